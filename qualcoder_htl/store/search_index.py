"""Full-text search behind one interface.

A search hands over the query as folded tokens (each maybe a prefix) and the regex that
decides (Swedish folding, ``core.textfold``); an index skips the paragraphs that cannot hold
the tokens and runs the regex over the folded text of the rest, in import order.

``Fts5Index`` (SQLite) keeps one contentless FTS5 table, ``search_trigrams``: one row per
source (rowid = source id), its text folded (``core.textfold.fold``: one code point in, one
out, so offsets agree) under the ``trigram`` tokenizer with ``detail=none`` and no copy of the
text. A query asks it for every trigram of every token of three characters or more; the
service's regex then runs over the folded paragraphs of the sources that hold them all (the
folded texts are kept in memory between searches, ``FoldedTexts``).
``ScanIndex`` is the portable fallback for other databases: it reads every paragraph.
``pg_search.PostgresIndex`` is PostgreSQL's (Swedish text search and ``pg_trgm``).

The index changes with ``sources`` through the ``Writer`` (insert, text update, delete — and so
undo and redo), all together as its transaction commits (``Writer.flush_index``). If ``fold``
ever changes, a migration must refill the index (``Fts5Index.refill``).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, text

from ..core.textfold import fold

Tokens = tuple[tuple[str, bool], ...]  # (folded token, is_prefix)
Match = tuple[int, int, str, list[tuple[int, int]]]  # source_id, start, paragraph, spans

TRIGRAMS_DDL = ("CREATE VIRTUAL TABLE search_trigrams USING fts5("
                "folded, tokenize = 'trigram case_sensitive 1', detail = none, content = '')")
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

    def remove_source(self, conn: Connection, source_id: int, source_text: str) -> None:
        """Forget a source, whose text as indexed is ``source_text``."""
        raise NotImplementedError

    def prepare(self, engine) -> None:
        """Get ready for the first search in the background, if the index needs to."""

    def stop(self) -> None:
        """Stop what ``prepare`` started (the project is closing)."""

    def matches(self, conn: Connection, tokens: Tokens, whole_words: bool, pattern: re.Pattern,
                source_ids: Iterable[int] | None = None) -> Iterator[Match]:
        """Yield (source_id, paragraph start, paragraph, spans of ``pattern`` in the folded
        paragraph) for every paragraph where the pattern matches, in import order. ``tokens``
        (in a row, as whole words or anywhere) let an index skip paragraphs that cannot
        match; the pattern decides."""
        raise NotImplementedError


class Fts5Index(SearchIndex):
    """One contentless FTS5 table of trigrams, one row per source: the index only, no copy of
    the text (a search reads the text from ``sources``; an import writes a third of what a
    table per paragraph with its own copy cost). A contentless table forgets a row only when
    told the text it indexed (``remove_source``), which the ``Writer`` knows from the row's
    before image."""

    def __init__(self):
        self.folded = FoldedTexts()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def create(self, conn):
        conn.exec_driver_sql(TRIGRAMS_DDL)

    def prepare(self, engine, delay: float = 0.5) -> None:
        """Fold the texts in a background thread from ``delay`` seconds after the project
        opens (about 50 ms per million words), so that even the first search a user types
        reads folded texts; a command that opens, works and closes at once folds nothing."""
        self._stopping.clear()

        def fold_all() -> None:
            if self._stopping.wait(delay):
                return
            try:
                with engine.connect() as conn:
                    dbapi = conn.connection.dbapi_connection
                    ids = [r[0] for r in dbapi.execute(_SELECT_ALL_SOURCES).fetchall()]
                    for source_id in ids:
                        if self._stopping.is_set() or self.folded.full():
                            return
                        row = dbapi.execute(_SELECT_TEXT, (source_id,)).fetchone()
                        if row:
                            self.folded.get(source_id, row[0])
            except Exception:  # noqa: BLE001 - closed meanwhile: a search folds what it reads
                return

        self._thread = threading.Thread(target=fold_all, name="fold-texts", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    def add_sources(self, conn, sources):
        self._write(conn.connection.dbapi_connection, sources, "")

    def remove_source(self, conn, source_id, source_text):
        self._write(conn.connection.dbapi_connection, [(source_id, source_text)], "delete")

    @staticmethod
    def _write(dbapi, sources, command: str) -> None:
        """Index (``command`` "") or unindex ("delete") texts in one statement."""
        rows = [(source_id, fold(source_text)) for source_id, source_text in sources]
        if command:
            dbapi.executemany("INSERT INTO search_trigrams(search_trigrams, rowid, folded) "
                              "VALUES ('delete', ?, ?)", rows)
        else:
            dbapi.executemany("INSERT INTO search_trigrams(rowid, folded) VALUES (?, ?)", rows)

    def matches(self, conn, tokens, whole_words, pattern, source_ids=None):
        """The sources that hold every trigram of every token (all sources when no token has
        three characters), in import order; in each, the pattern decides paragraph by
        paragraph over the folded text (whole words or not is the pattern's business)."""
        wanted = set(source_ids) if source_ids is not None else None
        dbapi = conn.connection.dbapi_connection
        trigrams = trigram_query(tokens)
        cursor = dbapi.execute(_SELECT_BY_TRIGRAMS, (trigrams,)) if trigrams else \
            dbapi.execute(_SELECT_ALL_SOURCES)
        lookup = dbapi.cursor()
        try:  # read lazily: a limited search stops early
            for (source_id,) in cursor:
                if wanted is not None and source_id not in wanted:
                    continue
                row = lookup.execute(_SELECT_TEXT, (source_id,)).fetchone()
                if row:
                    yield from _paragraph_matches(source_id, row[0],
                                                  self.folded.get(source_id, row[0]), pattern)
        finally:
            cursor.close()
            lookup.close()

    def refill(self, dbapi) -> None:
        """Drop every index segment and index the current texts again (after originals were
        replaced: the old segments held their words)."""
        dbapi.execute("INSERT INTO search_trigrams(search_trigrams) VALUES ('delete-all')")
        ids = [r[0] for r in dbapi.execute(_SELECT_ALL_SOURCES).fetchall()]
        for i in range(0, len(ids), 100):
            chunk = ids[i:i + 100]
            self._write(dbapi, dbapi.execute(
                f"SELECT id, text FROM sources WHERE id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall(), "")
        dbapi.execute("INSERT INTO search_trigrams(search_trigrams) VALUES ('optimize')")


def _paragraph_matches(source_id: int, source_text: str, folded: str,
                       pattern: re.Pattern) -> Iterator[Match]:
    """Matches of ``pattern`` in each paragraph of a text (never across a line break)."""
    if not pattern.search(folded):
        return
    for start, body in paragraphs(source_text):
        spans = [m.span() for m in pattern.finditer(folded, start, start + len(body))]
        if spans:
            yield source_id, start, body, [(a - start, b - start) for a, b in spans]


class FoldedTexts:
    """The folded text of the sources searched lately, so that a search folds each text once
    (folding a million words takes about 50 ms). An entry holds while its source's text is
    the same string (compared by hash and length); at most ``limit`` characters are kept."""

    def __init__(self, limit: int = 64_000_000):
        self.limit, self.size = limit, 0
        self.entries: dict[int, tuple[int, int, str]] = {}
        self.lock = threading.Lock()  # a search may run in a worker thread

    def get(self, source_id: int, source_text: str) -> str:
        key = (hash(source_text), len(source_text))
        entry = self.entries.get(source_id)
        if entry is not None and entry[:2] == key:
            return entry[2]
        folded = fold(source_text)
        with self.lock:
            self._keep(source_id, key, folded)
        return folded

    def full(self) -> bool:
        return self.size >= self.limit * 0.9

    def _keep(self, source_id: int, key: tuple[int, int], folded: str) -> None:
        entry = self.entries.pop(source_id, None)
        if entry is not None:
            self.size -= len(entry[2])
        while self.entries and self.size + len(folded) > self.limit:
            _old_id, (_h, _n, old) = next(iter(self.entries.items()))
            del self.entries[_old_id]
            self.size -= len(old)
        if len(folded) <= self.limit:
            self.entries[source_id] = (*key, folded)
            self.size += len(folded)


_SELECT_BY_TRIGRAMS = ("SELECT rowid FROM search_trigrams WHERE search_trigrams MATCH ? "
                       "ORDER BY rowid")
_SELECT_ALL_SOURCES = "SELECT id FROM sources ORDER BY id"
_SELECT_TEXT = "SELECT text FROM sources WHERE id = ?"


class ScanIndex(SearchIndex):
    """No index: scan the stored texts (databases without an index of their own)."""

    def add_sources(self, conn, sources):
        pass

    def remove_source(self, conn, source_id, source_text):
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
