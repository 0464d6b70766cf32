"""A project file: create, open (migrating with a backup first), back up, and transactions.

A project is one SQLite file (``*.qhtl``) with foreign keys on and WAL. Every user action is one
``write()`` transaction whose row log becomes the undo record.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError

from ..core.errors import ProjectError
from .search_index import SearchIndex, index_for
from .tables import metadata
from .writer import RowOp, Writer

MIGRATIONS = Path(__file__).parent / "migrations"
PROJECT_SUFFIX = ".qhtl"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def _script_directory() -> ScriptDirectory:
    """The migration scripts, read once per process (they do not change while it runs)."""
    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _make_engine(path: Path, foreign_keys: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (pysqlite recipe)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")  # a laptop's battery can die: keep commits
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


class Database:
    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self.index: SearchIndex = index_for(engine.dialect.name)

    # --- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path) -> Database:
        path = Path(path)
        if path.exists():
            raise ProjectError(f"A file already exists at {path}; choose another name.")
        if not path.parent.exists():
            raise ProjectError(f"The folder {path.parent} does not exist.")
        db = cls(path, _make_engine(path))
        try:
            db._create_schema()
        except Exception:
            db.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        return db

    def _create_schema(self) -> None:
        """The newest schema straight from the table metadata and the search index, stamped
        with the Alembic head, in one transaction. Replaying every migration (each batch step
        copies a table) took most of a second; tests/test_store.py checks that both ways give
        the same schema."""
        with self.engine.begin() as conn:
            metadata.create_all(conn)
            self.index.create(conn)
            MigrationContext.configure(conn).stamp(_script_directory(), "head")

    @contextmanager
    def bulk_commits(self) -> Iterator[None]:
        """Many small transactions in a row (importing a folder: one per file) without an
        fsync for each; one sync at the end.

        Projects run with ``synchronous=FULL`` under WAL: every commit fsyncs the WAL, so a
        coding survives even a power cut a moment later. Inside this block connections run
        with ``synchronous=NORMAL``: SQLite then syncs the WAL only at checkpoints. A crash of
        the program, or of the machine, still leaves the database consistent (WAL frames are
        checksummed, a commit is all there or not at all); what a power loss can cost is only
        the last commits before it, here files of an import that is still running and whose
        undo entry does not exist yet. At the end a checkpoint syncs the WAL and the database
        file, which makes every commit of the block durable. Each transaction is still one
        file's, committed on its own; the search index is built for all of them at the end
        (``SearchIndex.deferred``), before that checkpoint."""
        def relax(dbapi_conn, _record, _proxy):
            dbapi_conn.execute("PRAGMA synchronous = NORMAL")

        def restore(dbapi_conn, _record):
            if dbapi_conn is not None:
                dbapi_conn.execute("PRAGMA synchronous = FULL")

        event.listen(self.engine, "checkout", relax)
        event.listen(self.engine, "checkin", restore)
        try:
            with self.index.deferred(self.engine):  # and the search index built at the end
                yield
        finally:
            event.remove(self.engine, "checkout", relax)
            event.remove(self.engine, "checkin", restore)
            with self.engine.connect() as conn:  # outside a transaction: the raw connection
                conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")

    @classmethod
    def open(cls, path: str | Path, backup_dir: Path | None = None) -> Database:
        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"No project file at {path}.")
        _check_sqlite_header(path)
        db = cls(path, _make_engine(path))
        try:
            current = db.revision()
            head = head_revision()
            if current is None:
                raise ProjectError(f"{path.name} is an SQLite file but not a qualcoder-htl "
                                   f"project.")
            if current != head:
                scripts = ScriptDirectory.from_config(_alembic_config())
                known = {s.revision for s in scripts.walk_revisions()}
                if current not in known:
                    raise ProjectError(f"{path.name} was saved by a newer version of qualcoder-htl "
                                       f"(schema {current}); please update the program.")
                db.backup(label=f"before-upgrade-from-{current}", folder=backup_dir)
                db._upgrade()
            with db.engine.begin() as conn:  # an import cut short left sources to index
                db.index.catch_up(conn)
        except (OperationalError, DatabaseError) as e:
            db.close()
            raise ProjectError(f"{path.name} cannot be read as a project: {e.orig}") from None
        except Exception:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.engine.dispose()

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def _upgrade(self) -> None:
        """Migrate to the newest schema in one transaction. Foreign keys are off meanwhile
        (SQLite's batch migrations recreate tables) and checked before the commit."""
        cfg = _alembic_config()
        engine = _make_engine(self.path, foreign_keys=False)
        try:
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ProjectError(f"Upgrading {self.path.name} would break "
                                       f"{len(broken)} references; the file was not changed.")
        finally:
            engine.dispose()

    def backup(self, label: str = "backup", folder: Path | None = None) -> Path:
        """Copy the project with SQLite's online backup (consistent even with WAL)."""
        folder = Path(folder) if folder else self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = folder / f"{self.path.stem}.{label}.{stamp}{PROJECT_SUFFIX}"
        n = 1
        while dest.exists():
            dest = folder / f"{self.path.stem}.{label}.{stamp}-{n}{PROJECT_SUFFIX}"
            n += 1
        _sqlite_copy(self.path, dest)
        return dest

    def copy_to(self, dest: Path) -> None:
        """A consistent copy of the whole project file (used before risky steps and exports)."""
        if dest.exists():
            raise ProjectError(f"A file already exists at {dest}.")
        _sqlite_copy(self.path, dest)

    # --- transactions ----------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn
            conn.rollback()

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction; commits on success, rolls back on any exception."""
        with self.engine.begin() as conn:
            yield Writer(conn, self.index)

    def revert(self, ops: list[RowOp]) -> list[RowOp]:
        with self.write() as w:
            w.apply_inverse(ops)
        return w.ops

    def replay(self, ops: list[RowOp]) -> list[RowOp]:
        with self.write() as w:
            w.apply_again(ops)
        return w.ops


def _sqlite_copy(src_path: Path, dest: Path) -> None:
    """SQLite's online backup: a consistent copy even while the project is open (WAL)."""
    src = sqlite3.connect(src_path)
    dst = sqlite3.connect(dest)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _check_sqlite_header(path: Path) -> None:
    with open(path, "rb") as f:
        head = f.read(16)
    if head != b"SQLite format 3\x00":
        raise ProjectError(f"{path.name} is not a qualcoder-htl project (not an SQLite file).")
