"""``push`` (a project file to a PostgreSQL server) and ``pull`` (a server project to a new
file), losslessly: every row of every table with its id, the ids each table has handed out
(so none is handed out again on either side) and the schema's Alembic stamp. The search index
is built anew from the sources on the receiving side.

Both are all or nothing: ``push`` fills an empty database in the transaction that creates
its tables (PostgreSQL's DDL is transactional); ``pull`` builds the file in a private working
folder and moves it into place whole (``core.atomic``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Connection, insert, select, text

from ..core import atomic
from ..core.errors import ProjectError
from ..core.messages import msg
from .tables import metadata

CHUNK = 2000
Progress = Callable[[str, int], None]  # (table, rows copied so far)


def _self_references(t) -> list[str]:
    return [fk.parent.name for fk in t.foreign_keys if fk.column.table is t]


def _parents_first(rows: list[dict], columns: list[str], pk: str) -> list[dict]:
    """Rows of a table that refers to itself (codes.parent_id) in an order where every
    parent comes before its children."""
    by_id = {r[pk]: r for r in rows}
    done: set = set()
    out: list[dict] = []

    def visit(row: dict, depth: int = 0) -> None:
        if row[pk] in done or depth > len(rows):
            return
        for col in columns:
            parent = by_id.get(row[col])
            if parent is not None and parent is not row:
                visit(parent, depth + 1)
        if row[pk] not in done:
            done.add(row[pk])
            out.append(row)

    for r in rows:
        visit(r)
    return out


def table_rows(conn: Connection) -> Iterator[tuple[object, list[dict]]]:
    """(table, all its rows as dicts in key order), parents' tables first."""
    for t in metadata.sorted_tables:
        pk = list(t.primary_key.columns)
        rows = [dict(r) for r in conn.execute(select(t).order_by(*pk)).mappings()]
        refs = _self_references(t)
        if refs and len(pk) == 1:
            rows = _parents_first(rows, refs, pk[0].name)
        yield t, rows


def all_rows(conn: Connection) -> dict[str, list[dict]]:
    """Every row of every table, by table name (for comparing two projects)."""
    return {t.name: sorted(rows, key=lambda r: tuple(str(r[c.name])
                                                     for c in t.primary_key.columns))
            for t, rows in table_rows(conn)}


def copy_rows(src: Connection, dst: Connection, progress: Progress | None = None) -> None:
    for t, rows in table_rows(src):
        for i in range(0, len(rows), CHUNK):
            dst.execute(insert(t), rows[i:i + CHUNK])
            if progress:
                progress(t.name, min(i + CHUNK, len(rows)))


def _sources(conn: Connection) -> list[tuple[int, str]]:
    return [(i, s) for i, s in conn.execute(text("SELECT id, text FROM sources ORDER BY id"))]


def _sqlite_sequences(conn: Connection) -> dict[str, int]:
    return {n: int(s) for n, s in conn.exec_driver_sql("SELECT name, seq FROM sqlite_sequence")}


def push(src_path: str | Path, url: str, progress: Progress | None = None):
    """Copy the project file at ``src_path`` to the empty database at ``url``; returns the
    server project's ``Database``, open."""
    from . import postgres
    from .database import Database
    from .postgres_project import create_on_server

    src = Database.open(src_path, read_only=True)  # one read transaction: a consistent copy
    try:
        with src.read() as sconn:
            floors = _sqlite_sequences(sconn)

            def fill(conn: Connection, index) -> None:
                copy_rows(sconn, conn, progress)
                postgres.set_sequences(conn, metadata.sorted_tables, floors)
                index.add_sources(conn, _sources(conn))

            return create_on_server(Database, url, fill=fill)
    finally:
        src.close()


def pull(url: str, dest: str | Path, progress: Progress | None = None) -> Path:
    """Copy the server project at ``url`` to a new project file at ``dest``."""
    from alembic.runtime.migration import MigrationContext

    from . import postgres
    from .database import Database, _make_engine, _script_directory
    from .pseudo_store import settle

    dest = Path(dest)
    if dest.exists():
        raise ProjectError(msg("project.file_exists", path=dest))
    if not dest.parent.exists():
        raise ProjectError(msg("project.no_folder", path=dest.parent))
    src = Database.open(url, read_only=True)
    try:
        with atomic.work_folder() as folder:
            tmp = folder / "pulled.qhtl"
            made = Database(tmp, _make_engine(tmp))
            try:
                with src.read() as sconn, made.engine.begin() as conn:
                    metadata.create_all(conn)
                    made.index.create(conn)
                    MigrationContext.configure(conn).stamp(_script_directory(), "head")
                    copy_rows(sconn, conn, progress)
                    for name, last in postgres.sequence_values(
                            sconn, metadata.sorted_tables).items():
                        _raise_sqlite_sequence(conn, name, last)
                    made.index.add_sources(conn, _sources(conn))
            finally:
                made.engine.dispose()
            if not settle(tmp):
                raise ProjectError(msg("project.file_exists", path=dest))
            try:
                atomic.publish(tmp, dest, overwrite=False)
            except FileExistsError:
                raise ProjectError(msg("project.file_exists", path=dest)) from None
    finally:
        src.close()
    return dest


def _raise_sqlite_sequence(conn: Connection, name: str, last: int) -> None:
    """Make SQLite's AUTOINCREMENT counter of ``name`` at least ``last``."""
    seq = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?",
                               (name,)).scalar()
    if seq is None:
        conn.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                             (name, last))
    elif seq < last:
        conn.exec_driver_sql("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (last, name))
