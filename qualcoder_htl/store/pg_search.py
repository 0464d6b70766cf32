"""Full-text search on a PostgreSQL server, behind ``search_index.SearchIndex``.

One row per paragraph in ``search_paragraphs``: the paragraph as stored (``body``), its folded
copy (``folded``, ``core.textfold.fold``: one code point in, one out, so offsets agree) and the
folded copy with every run of non-letters and non-digits made one space (``words``). Two GIN
indexes narrow a search before the service's regex decides:

- whole words: PostgreSQL's Swedish text search over ``words``
  (``to_tsvector('swedish', words) @@ to_tsquery('swedish', ...)``). A token made of letters and
  digits is a whole word of ``words`` wherever the regex can match it as a whole word, and the
  same parser and stemmer turn both into the same lexemes, so the query finds every paragraph
  the regex can match (and some more, by stem). Stop words drop out of the query.
- anything else (substrings, prefixes, tokens with punctuation): ``folded LIKE '%token%'`` for
  every token, which ``pg_trgm``'s trigram index answers.

Offsets are computed by the service's regex in Python over ``folded``, so they are Unicode code
points, as on SQLite.
"""
from __future__ import annotations

import re

from sqlalchemy import bindparam, text

from ..core.textfold import fold
from .search_index import SearchIndex, paragraphs

DDL = (
    "CREATE TABLE search_paragraphs (id BIGSERIAL PRIMARY KEY, source_id INTEGER NOT NULL, "
    "start INTEGER NOT NULL, body TEXT NOT NULL, folded TEXT NOT NULL, words TEXT NOT NULL)",
    "CREATE INDEX ix_search_paragraphs_source ON search_paragraphs (source_id)",
    "CREATE INDEX ix_search_paragraphs_words ON search_paragraphs "
    "USING gin (to_tsvector('swedish', words))",
    "CREATE INDEX ix_search_paragraphs_trigrams ON search_paragraphs "
    "USING gin (folded gin_trgm_ops)",
)
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")


def _like(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class PostgresIndex(SearchIndex):
    def create(self, conn):
        for ddl in DDL:
            conn.exec_driver_sql(ddl)

    def add_sources(self, conn, sources):
        rows = []
        for source_id, source_text in sources:
            folded = fold(source_text)
            for start, body in paragraphs(source_text):
                part = folded[start:start + len(body)]
                rows.append({"s": source_id, "st": start, "b": body, "f": part,
                             "w": _NOT_WORD.sub(" ", part)})
        if rows:
            conn.execute(text("INSERT INTO search_paragraphs (source_id, start, body, folded, "
                              "words) VALUES (:s, :st, :b, :f, :w)"), rows)

    def remove_source(self, conn, source_id, source_text):
        conn.execute(text("DELETE FROM search_paragraphs WHERE source_id = :s"),
                     {"s": source_id})

    def matches(self, conn, tokens, whole_words, pattern, source_ids=None):
        where, params = [], {}
        lexemes = [tok for tok, prefix in tokens
                   if whole_words and not prefix and _WORD.fullmatch(tok)]
        if lexemes:
            query = " & ".join(f"'{tok}'" for tok in lexemes)  # letters and digits only
            if conn.execute(text("SELECT numnode(to_tsquery('swedish', :q))"),
                            {"q": query}).scalar():
                where.append("to_tsvector('swedish', words) @@ to_tsquery('swedish', :q)")
                params["q"] = query
            else:  # only stop words: the trigram index narrows instead
                lexemes = []
        for i, (tok, _prefix) in enumerate(tokens):
            if tok not in lexemes:
                where.append(f"folded LIKE :l{i}")
                params[f"l{i}"] = _like(tok)
        stmt = "SELECT source_id, start, body, folded FROM search_paragraphs"
        if source_ids is not None:
            where.append("source_id IN :ids")
            params["ids"] = list(source_ids)
        if where:
            stmt += " WHERE " + " AND ".join(where)
        query_text = text(stmt + " ORDER BY id")
        if source_ids is not None:
            query_text = query_text.bindparams(bindparam("ids", expanding=True))
        result = conn.execute(query_text.execution_options(yield_per=500), params)
        try:
            for source_id, start, body, folded in result:
                spans = [m.span() for m in pattern.finditer(folded)]
                if spans:
                    yield source_id, start, body, spans
        finally:
            result.close()
