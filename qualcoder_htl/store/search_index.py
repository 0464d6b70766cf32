"""Full-text search candidates behind one interface.

``Fts5Index`` (SQLite) finds paragraphs that contain all query tokens, with diacritics removed so
it returns a superset; the service then matches precisely with Swedish folding (``core.textfold``).
``ScanIndex`` is the portable fallback for databases without FTS5: it yields every paragraph.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, text


def paragraphs(source_text: str) -> Iterator[tuple[int, str]]:
    """(start offset, line) for every non-blank line of a text."""
    pos = 0
    for line in source_text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


class SearchIndex:
    def add_source(self, conn: Connection, source_id: int, source_text: str) -> None:
        raise NotImplementedError

    def remove_source(self, conn: Connection, source_id: int) -> None:
        raise NotImplementedError

    def candidates(self, conn: Connection, fts_query: str | None,
                   source_ids: Iterable[int] | None = None) -> Iterator[tuple[int, int, str]]:
        """Yield (source_id, paragraph start, paragraph text) that may contain a hit."""
        raise NotImplementedError


class Fts5Index(SearchIndex):
    def add_source(self, conn, source_id, source_text):
        rows = [{"b": body, "s": source_id, "p": start} for start, body in paragraphs(source_text)]
        if rows:
            conn.execute(text("INSERT INTO search_paragraphs(body, source_id, start) "
                              "VALUES (:b, :s, :p)"), rows)

    def remove_source(self, conn, source_id):
        conn.execute(text("DELETE FROM search_paragraphs WHERE source_id = :s"), {"s": source_id})

    def candidates(self, conn, fts_query, source_ids=None):
        wanted = set(source_ids) if source_ids is not None else None
        if fts_query:
            rows = conn.execute(text("SELECT source_id, start, body FROM search_paragraphs "
                                     "WHERE search_paragraphs MATCH :q"), {"q": fts_query})
        else:
            rows = conn.execute(text("SELECT source_id, start, body FROM search_paragraphs"))
        for source_id, start, body in rows:
            if wanted is None or source_id in wanted:
                yield int(source_id), int(start), body


class ScanIndex(SearchIndex):
    """No index: scan the stored texts (PostgreSQL and others until they get their own)."""

    def add_source(self, conn, source_id, source_text):
        pass

    def remove_source(self, conn, source_id):
        pass

    def candidates(self, conn, fts_query, source_ids=None):
        wanted = set(source_ids) if source_ids is not None else None
        for source_id, source_text in conn.execute(text("SELECT id, text FROM sources")):
            if wanted is None or source_id in wanted:
                for start, body in paragraphs(source_text):
                    yield int(source_id), start, body


def index_for(dialect_name: str) -> SearchIndex:
    return Fts5Index() if dialect_name == "sqlite" else ScanIndex()
