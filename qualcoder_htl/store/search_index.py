"""Full-text search behind one interface.

A search hands over the query as folded tokens (each maybe a prefix) and the regex that
decides (Swedish folding, ``core.textfold``); an index skips the paragraphs that cannot hold
the tokens and runs the regex over the folded text of the rest, in import order.

``Fts5Index`` (SQLite) keeps two FTS5 tables with the same rowid per paragraph:
- ``search_paragraphs``: words (``unicode61``, diacritics removed), with the paragraph as
  stored; whole-word queries ask it for the tokens as a phrase.
- ``search_trigrams``: the paragraph folded (``core.textfold.fold``: one code point in, one
  out, so offsets agree) under the ``trigram`` tokenizer with ``detail=none``; substring queries
  ask it for every trigram of every token of three characters or more. Without positions the
  index is small and quick to build (a quarter of a second per million words); the service's
  regex sorts out the rare paragraph that has the trigrams but not the substring. The folded
  copy is also what the service matches against, so a search folds nothing itself.
``ScanIndex`` is the portable fallback for other databases: it reads every paragraph.
``pg_search.PostgresIndex`` is PostgreSQL's (Swedish text search and ``pg_trgm``).

Both tables change with ``sources`` through the ``Writer`` (insert, text update, delete — and so
undo and redo), all together as its transaction commits (``Writer.flush_index``). If ``fold``
ever changes, a migration must rebuild ``search_trigrams``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, text

from ..core.textfold import fold

Tokens = tuple[tuple[str, bool], ...]  # (folded token, is_prefix)
Match = tuple[int, int, str, list[tuple[int, int]]]  # source_id, start, paragraph, spans

WORDS_DDL = ("CREATE VIRTUAL TABLE search_paragraphs USING fts5("
             "body, source_id UNINDEXED, start UNINDEXED, "
             "tokenize = 'unicode61 remove_diacritics 2')")
TRIGRAMS_DDL = ("CREATE VIRTUAL TABLE search_trigrams USING fts5("
                "folded, tokenize = 'trigram case_sensitive 1', detail = none, columnsize = 0)")
MAX_TRIGRAMS = 24  # enough to narrow any query; more only costs time


def paragraphs(source_text: str) -> Iterator[tuple[int, str]]:
    """(start offset, line) for every non-blank line of a text."""
    pos = 0
    for line in source_text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


class SearchIndex:
    def create(self, conn: Connection) -> None:
        """Create the index tables in a new project (at the newest schema)."""

    def add_sources(self, conn: Connection, sources: list[tuple[int, str]]) -> None:
        """Index (source_id, text) pairs, in one statement per table where it can."""
        raise NotImplementedError

    def remove_source(self, conn: Connection, source_id: int) -> None:
        raise NotImplementedError

    def matches(self, conn: Connection, tokens: Tokens, whole_words: bool, pattern: re.Pattern,
                source_ids: Iterable[int] | None = None) -> Iterator[Match]:
        """Yield (source_id, paragraph start, paragraph, spans of ``pattern`` in the folded
        paragraph) for every paragraph where the pattern matches, in import order. ``tokens``
        (in a row, as whole words or anywhere) let an index skip paragraphs that cannot
        match; the pattern decides."""
        raise NotImplementedError


class Fts5Index(SearchIndex):
    def create(self, conn):
        conn.exec_driver_sql(WORDS_DDL)
        conn.exec_driver_sql(TRIGRAMS_DDL)

    def add_sources(self, conn, sources):
        last = conn.execute(text("SELECT rowid FROM search_paragraphs ORDER BY rowid DESC "
                                 "LIMIT 1")).scalar()
        rowid = last or 0
        words, trigrams = [], []
        for source_id, source_text in sources:
            folded = fold(source_text)  # same length: paragraph offsets hold in the folded text
            for start, body in paragraphs(source_text):
                rowid += 1
                words.append((rowid, body, source_id, start))
                trigrams.append((rowid, folded[start:start + len(body)]))
        if words:
            conn.exec_driver_sql("INSERT INTO search_paragraphs(rowid, body, source_id, start) "
                                 "VALUES (?, ?, ?, ?)", words)
            conn.exec_driver_sql("INSERT INTO search_trigrams(rowid, folded) VALUES (?, ?)",
                                 trigrams)

    def remove_source(self, conn, source_id):
        rowids = [(r,) for r in conn.execute(
            text("SELECT rowid FROM search_paragraphs WHERE source_id = :s"),
            {"s": source_id}).scalars()]
        if rowids:
            conn.exec_driver_sql("DELETE FROM search_paragraphs WHERE rowid = ?", rowids)
            conn.exec_driver_sql("DELETE FROM search_trigrams WHERE rowid = ?", rowids)

    def matches(self, conn, tokens, whole_words, pattern, source_ids=None):
        wanted = set(source_ids) if source_ids is not None else None
        words = word_query(tokens) if whole_words else None
        trigrams = None if words else trigram_query(tokens)
        if words:
            sql, params = _SELECT_BY_WORDS, (words,)
        elif trigrams:
            sql, params = _SELECT_BY_TRIGRAMS, (trigrams,)
        else:
            sql, params = _SELECT_ALL, ()
        # DB-API cursors, read lazily (a limited search stops early); the paragraph as stored
        # is read only where the folded copy matches
        dbapi = conn.connection.dbapi_connection
        cursor, lookup = dbapi.execute(sql, params), dbapi.cursor()
        try:
            for rowid, folded in cursor:
                spans = [m.span() for m in pattern.finditer(folded)]
                if spans:
                    source_id, start, body = lookup.execute(_SELECT_PARAGRAPH,
                                                            (rowid,)).fetchone()
                    if wanted is None or source_id in wanted:
                        yield source_id, start, body, spans
        finally:
            cursor.close()
            lookup.close()


_SELECT_BY_WORDS = ("SELECT p.rowid, t.folded FROM search_paragraphs p JOIN search_trigrams t "
                    "ON t.rowid = p.rowid WHERE search_paragraphs MATCH ? ORDER BY p.rowid")
_SELECT_BY_TRIGRAMS = ("SELECT rowid, folded FROM search_trigrams WHERE search_trigrams MATCH ? "
                       "ORDER BY rowid")
_SELECT_ALL = "SELECT rowid, folded FROM search_trigrams ORDER BY rowid"
_SELECT_PARAGRAPH = "SELECT source_id, start, body FROM search_paragraphs WHERE rowid = ?"


class ScanIndex(SearchIndex):
    """No index: scan the stored texts (databases without an index of their own)."""

    def add_sources(self, conn, sources):
        pass

    def remove_source(self, conn, source_id):
        pass

    def matches(self, conn, tokens, whole_words, pattern, source_ids=None):
        wanted = set(source_ids) if source_ids is not None else None
        for source_id, source_text in conn.execute(text("SELECT id, text FROM sources "
                                                        "ORDER BY id")):
            if wanted is None or source_id in wanted:
                folded = fold(source_text)
                for start, body in paragraphs(source_text):
                    spans = [m.span() for m in pattern.finditer(folded, start,
                                                                start + len(body))]
                    if spans:
                        yield source_id, start, body, [(a - start, b - start) for a, b in spans]


def _quoted(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def word_query(tokens: Tokens) -> str | None:
    """An FTS5 query on the word table that finds a superset of the paragraphs with the tokens
    as whole words: the tokens as a phrase when only the last may be a prefix, else all tokens
    anywhere. None when no token has a word character (the word table cannot help)."""
    words = [(tok, prefix) for tok, prefix in tokens if re.search(r"\w", tok)]
    if not words:
        return None
    if len(words) == len(tokens) and not any(p for _, p in words[:-1]):
        return _quoted(" ".join(tok for tok, _ in words)) + ("*" if words[-1][1] else "")
    return " AND ".join(_quoted(tok) + ("*" if prefix else "") for tok, prefix in words)


def trigram_query(tokens: Tokens) -> str | None:
    """An FTS5 query on the trigram table: every trigram of every token (each token is a
    substring of any match). None when all tokens are shorter than three characters."""
    grams: list[str] = []
    for tok, _prefix in tokens:
        for i in range(len(tok) - 2):
            gram = tok[i:i + 3]
            if gram not in grams:
                grams.append(gram)
    if not grams:
        return None
    if len(grams) > MAX_TRIGRAMS:  # keep the first, last and evenly spread ones
        step = (len(grams) - 1) / (MAX_TRIGRAMS - 1)
        grams = [grams[round(i * step)] for i in range(MAX_TRIGRAMS)]
    return " AND ".join(_quoted(g) for g in grams)


def index_for(dialect_name: str) -> SearchIndex:
    if dialect_name == "sqlite":
        return Fts5Index()
    if dialect_name == "postgresql":
        from .pg_search import PostgresIndex  # Swedish text search and trigrams
        return PostgresIndex()
    return ScanIndex()
