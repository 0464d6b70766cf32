"""Reads of the pseudonymisation tables, and the scrubbing of a shared copy's file.

Services call these with a connection from ``Database.read()`` (reads) or a path (scrub);
they return plain dicts so that services never see SQLAlchemy.
"""
from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, String, Text, func, select

from . import cipher
from .search_index import Fts5Index
from .tables import (
    TABLES,
    coders,
    pseudo_decisions,
    pseudo_key,
    pseudo_known,
    pseudo_log,
    pseudo_policy,
    pseudo_sources,
    pseudo_suggestions,
    sources,
)


def _rows(conn: Connection, stmt) -> list[dict]:
    return [dict(r) for r in conn.execute(stmt).mappings()]


def key_rows(conn: Connection) -> list[dict]:
    return _rows(conn, select(pseudo_key).order_by(pseudo_key.c.id))


def known_rows(conn: Connection) -> list[dict]:
    return _rows(conn, select(pseudo_known).order_by(pseudo_known.c.id))


def decision_rows(conn: Connection) -> list[dict]:
    return _rows(conn, select(pseudo_decisions).order_by(pseudo_decisions.c.id))


def policy_rows(conn: Connection) -> list[dict]:
    return _rows(conn, select(pseudo_policy))


def source_state_rows(conn: Connection) -> list[dict]:
    return _rows(conn, select(pseudo_sources))


def log_rows(conn: Connection) -> list[dict]:
    stmt = (select(pseudo_log, coders.c.name.label("coder"))
            .join(coders, coders.c.id == pseudo_log.c.coder_id).order_by(pseudo_log.c.id))
    return _rows(conn, stmt)


def suggestion_rows(conn: Connection, source_id: int | None = None,
                    status: str | None = None) -> list[dict]:
    stmt = (select(pseudo_suggestions, sources.c.name.label("source_name"),
                   coders.c.name.label("decided_by_name"))
            .join(sources, sources.c.id == pseudo_suggestions.c.source_id)
            .outerjoin(coders, coders.c.id == pseudo_suggestions.c.decided_by))
    if source_id is not None:
        stmt = stmt.where(pseudo_suggestions.c.source_id == source_id)
    if status is not None:
        stmt = stmt.where(pseudo_suggestions.c.status == status)
    stmt = stmt.order_by(pseudo_suggestions.c.source_id, pseudo_suggestions.c.start)
    return _rows(conn, stmt)


def suggestion_counts(conn: Connection) -> dict[int, dict[str, int]]:
    """{source_id: {"open": n, "accepted": n, "rejected": n}}."""
    stmt = (select(pseudo_suggestions.c.source_id, pseudo_suggestions.c.status, func.count())
            .group_by(pseudo_suggestions.c.source_id, pseudo_suggestions.c.status))
    out: dict[int, dict[str, int]] = {}
    for sid, status, n in conn.execute(stmt):
        out.setdefault(sid, {})[status] = n
    return out


def zero_deleted_in(w) -> None:
    """In a write transaction that removes originals (a key split): SQLite overwrites what it
    deletes with zeros, so the pages it commits hold no original even before the file is
    vacuumed (``compact``). A PostgreSQL server keeps dead rows until its VACUUM
    (``Database.compact``)."""
    if w.conn.dialect.name == "sqlite":
        w.conn.exec_driver_sql("PRAGMA secure_delete = ON")


def rebuild_index_in(w) -> None:
    """Rebuild the full-text index from the current text inside the transaction: the old
    index segments (which hold the words of the text before) are deleted, and zeroed with
    ``zero_deleted_in``."""
    w.flush_index()
    if w.conn.dialect.name != "sqlite":
        return  # the server's index rows changed with the text (``Writer.flush_index``)
    w.index.refill(w.conn.connection.dbapi_connection)


def compact(path: Path, key: cipher.Key | None = None, still_open: bool = False) -> None:
    """Make deleted data unrecoverable from a project file: rebuild the full-text index from
    the current text, write the WAL back, and VACUUM the file (an encrypted one stays
    encrypted: VACUUM rewrites it with its key, its temporary copy kept in memory). A closed
    file is settled (its empty log files removed); a file ``still_open`` elsewhere in this
    program keeps its log files, emptied: a connection open meanwhile holds them, and would
    read a removed log ('disk I/O error') once another connection had written."""
    key = key or cipher.key_for(path)
    con = cipher.connect_any(path, key)
    try:
        con.execute("PRAGMA secure_delete = ON")
        Fts5Index().refill(con)
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM")
        if still_open:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    if not still_open:
        settle(path, key)


def settle(path: Path, key: cipher.Key | None = None) -> bool:
    """Fold a closed project file's write-ahead log into the file itself, so the file moves
    alone; False if a non-empty log is left (another connection still has it open)."""
    con = cipher.connect_any(path, key or cipher.key_for(path))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    for suffix in ("-wal", "-shm"):
        leftover = Path(str(path) + suffix)
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()
    return not Path(str(path) + "-wal").exists()


def text_columns() -> dict[str, list[str]]:
    """{table: [its text columns]}: where an original could be written."""
    out = {}
    for name, table in TABLES.items():
        cols = [c.name for c in table.columns if isinstance(c.type, (String, Text))]
        if cols:
            out[name] = cols
    return out


def references_to(table_name: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key that points at ``table_name``."""
    return [(name, c.name) for name, table in TABLES.items() for c in table.columns
            for fk in c.foreign_keys if fk.column.table.name == table_name]


def backups_of(path: Path, folder: Path | None = None) -> list[Path]:
    """The backups ``Database.backup`` made of the project beside it (or in ``folder``):
    ``<stem>.<label>.<YYYYmmdd-HHMMSS>[-n].qhtl``."""
    path = Path(path)
    folder = Path(folder) if folder is not None else path.parent
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(path.stem) + r"\.[^/]+\.\d{8}-\d{6}(-\d+)?\.qhtl$")
    return sorted(p for p in folder.iterdir()
                  if p != path and pattern.fullmatch(p.name) and p.is_file())
