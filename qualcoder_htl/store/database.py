"""A project file: create, open (migrating with a backup first), back up, and transactions.

A project is one SQLite file (``*.qhtl``) with foreign keys on and WAL. Every user action is one
``write()`` transaction whose row log becomes the undo record.

Writes take the write lock first: one thread of this program at a time (a lock in the
``Database``), and ``BEGIN IMMEDIATE`` against other programs, so a transaction never reads and
then fails to write. A write that waits too long gives ``ProjectBusyError`` in the user's
language, never SQLite's "database is locked". A ``write()`` inside another on the same thread
joins it as a savepoint, so a batch of actions is one transaction (``Project.batch``).
While a project is open for writing, a lock file beside it says who has it (``store.lock``).
"""
from __future__ import annotations

import sqlite3
import threading
import time
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
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from ..core import atomic
from ..core.errorlog import known_failure
from ..core.errors import ProjectBusyError, ProjectError
from ..core.messages import catalogue, msg
from . import cipher, postgres
from .lock import ProjectLock
from .postgres import is_server_url
from .readonly import make_read_only_engine
from .search_index import SearchIndex, index_for
from .tables import metadata
from .writer import RowOp, Writer

catalogue({
    "project.file_exists": (
        "A file already exists at {path}; choose another name.",
        "Det finns redan en fil på {path}; välj ett annat namn."),
    "project.no_folder": (
        "The folder {path} does not exist.",
        "Mappen {path} finns inte."),
    "project.missing": (
        "No project file at {path}.",
        "Ingen projektfil finns på {path}."),
    "project.foreign_sqlite": (
        "{file} is an SQLite file but not a qualcoder-htl project.",
        "{file} är en SQLite-fil men inget qualcoder-htl-projekt."),
    "project.newer": (
        "{file} was saved by a newer version of qualcoder-htl (schema {schema}); please update "
        "the program.",
        "{file} sparades av en nyare version av qualcoder-htl (schema {schema}); uppdatera "
        "programmet."),
    "project.upgrade_breaks": (
        ("Upgrading {file} would break {n} reference; the file was not changed.",
         "Upgrading {file} would break {n} references; the file was not changed."),
        ("Att uppgradera {file} skulle bryta {n} hänvisning; filen ändrades inte.",
         "Att uppgradera {file} skulle bryta {n} hänvisningar; filen ändrades inte.")),
    "project.copy_exists": (
        "A file already exists at {path}.",
        "Det finns redan en fil på {path}."),
    "project.not_sqlite": (
        "{file} is not a qualcoder-htl project (not an SQLite file).",
        "{file} är inget qualcoder-htl-projekt (ingen SQLite-fil)."),
})

catalogue({
    "store.open.unreadable": ("{name} cannot be read as a project: {reason}",
                              "{name} kan inte läsas som ett projekt: {reason}"),
    "store.open.upgrade_read_only": (
        "{name} was saved by an older version and must be upgraded, but it is read-only. "
        "Copy it to a folder you can write to and open the copy.",
        "{name} sparades av en äldre version och måste uppgraderas, men den är skrivskyddad. "
        "Kopiera den till en mapp där du kan skriva och öppna kopian."),
    "project.busy": (
        "{name} is busy: another program or task is saving to it. Nothing was changed; try "
        "again in a moment.",
        "{name} är upptaget: ett annat program eller en annan uppgift sparar i det. Inget "
        "ändrades; försök igen om en stund."),
})

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


BUSY_TIMEOUT_MS = 2000  # SQLite waits this long for the lock in one attempt
BUSY_WAIT_SECONDS = 20.0  # a write retries this long in all before saying "busy"
WRITE_OPTION = "qhtl_write"


def _make_engine(path: Path, foreign_keys: bool = True, key: cipher.Key | None = None) -> Engine:
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    else:  # the same dialect on SQLCipher's driver, each connection keyed first
        engine = create_engine(f"sqlite:///{path}", module=cipher.dbapi(), creator=lambda:
                               cipher.connect(path, key, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (pysqlite recipe)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")  # a laptop's battery can die: keep commits
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # reads stay deferred (WAL readers never wait); writes take the lock at BEGIN
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION)
                             else "BEGIN")

    return engine


class Database:
    def __init__(self, path: Path, engine: Engine, read_only: bool = False,
                 key: cipher.Key | None = None):
        self.path = path
        self.key = key  # the SQLCipher key of an encrypted project, None for plain SQLite
        self.engine = engine
        self.index: SearchIndex = index_for(engine.dialect.name)
        self.read_only = read_only
        self.url: str | None = None  # a server project's URL (store.postgres); None for a file
        self.server = None  # its store.postgres.ServerLink (notifications of others' changes)
        self.lock: ProjectLock | None = None
        self.busy_wait = BUSY_WAIT_SECONDS
        self.write_count = 0  # committed top-level write transactions (one per user action)
        self._write_lock = threading.Lock()  # one writing thread at a time in this program
        self._local = threading.local()  # the writer of the transaction open on this thread

    # --- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, passphrase: str | None = None) -> Database:
        """A new project; with ``passphrase`` encrypted (``store.cipher``) from its first
        page on. A server URL creates it on that server."""
        if is_server_url(path):
            from .postgres_project import create_on_server
            return create_on_server(cls, str(path))
        path = Path(path)
        key = cipher.Key.new(passphrase) if passphrase is not None else None
        if path.exists():
            raise ProjectError(msg("project.file_exists", path=path))
        if not path.parent.exists():
            raise ProjectError(msg("project.no_folder", path=path.parent))
        lock = ProjectLock.acquire(path)  # the name is ours before the file exists
        try:
            # made in a private working folder and moved into place whole: a kill leaves
            # either nothing at ``path`` or a complete, empty project
            with atomic.work_folder() as folder:
                tmp = folder / "new.qhtl"
                made = cls(tmp, _make_engine(tmp, key=key), key=key)
                try:
                    made._create_schema()
                finally:
                    made.engine.dispose()
                from .pseudo_store import settle
                if not settle(tmp, key):
                    raise ProjectError(msg("project.file_exists", path=path))
                try:
                    atomic.publish(tmp, path, overwrite=False)
                except FileExistsError:
                    raise ProjectError(msg("project.file_exists", path=path)) from None
        except BaseException:
            lock.release()
            raise
        if key is not None:
            cipher.remember(key)
        db = cls(path, _make_engine(path, key=key), key=key)
        db.lock = lock
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

    @classmethod
    def open(cls, path: str | Path, backup_dir: Path | None = None, read_only: bool = False,
             lock: bool = True, secret: cipher.Secret | None = None) -> Database:
        """Open for writing, holding the project's lock file (``ProjectLockedError`` names who
        has it), or ``read_only`` without the lock: nothing is written then, not even the WAL
        files where the folder cannot be written (``store.readonly``). ``lock=False`` is for
        tests and tools that must write beside another process (each transaction is still
        safe, undo is not). An encrypted file is opened with ``secret``, a key given earlier
        in this session, or the passphrase provider's answer (``store.cipher.unlock``). A
        server URL opens the project on that server (no lock file)."""
        if is_server_url(path):
            from .postgres_project import open_on_server
            return open_on_server(cls, str(path), read_only=read_only)
        path = Path(path)
        if not path.is_file():
            raise ProjectError(msg("project.missing", path=path))
        key = cipher.unlock(path, secret) if _check_sqlite_header(path) else None
        held = ProjectLock.acquire(path) if lock and not read_only else None
        engine = (make_read_only_engine(path, key=key) if read_only
                  else _make_engine(path, key=key))
        db = cls(path, engine, read_only=read_only, key=key)
        db.lock = held
        try:
            current = db.revision()
            head = head_revision()
            if current is None:
                raise ProjectError(msg("project.foreign_sqlite", file=path.name))
            if current != head and read_only:
                raise ProjectError(msg("store.open.upgrade_read_only", name=path.name))
            if current != head:
                scripts = ScriptDirectory.from_config(_alembic_config())
                known = {s.revision for s in scripts.walk_revisions()}
                if current not in known:
                    raise ProjectError(msg("project.newer", file=path.name, schema=current))
                db.backup(label=f"before-upgrade-from-{current}", folder=backup_dir)
                db._upgrade()
        except (OperationalError, DatabaseError) as e:
            db.close()
            raise _open_failure(path, e) from None
        except Exception:
            db.close()
            raise
        db.index.prepare(db.engine)
        return db

    def close(self) -> None:
        self.index.stop()
        if self.server is not None:
            self.server.close()
            self.server = None
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def _upgrade(self) -> None:
        """Migrate to the newest schema in one transaction. Foreign keys are off meanwhile
        (SQLite's batch migrations recreate tables) and checked before the commit."""
        cfg = _alembic_config()
        engine = _make_engine(self.path, foreign_keys=False, key=self.key)
        try:
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ProjectError(msg("project.upgrade_breaks", file=self.path.name,
                                           n=len(broken)))
        finally:
            engine.dispose()

    def backup(self, label: str = "backup", folder: Path | None = None) -> Path:
        """Copy the project with SQLite's online backup (consistent even with WAL)."""
        self._check_file()
        folder = Path(folder) if folder else self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = folder / f"{self.path.stem}.{label}.{stamp}{PROJECT_SUFFIX}"
        n = 1
        while dest.exists():
            dest = folder / f"{self.path.stem}.{label}.{stamp}-{n}{PROJECT_SUFFIX}"
            n += 1
        _sqlite_copy(self.path, dest, self.key)
        return dest

    def copy_to(self, dest: Path) -> None:
        """A consistent copy of the whole project file (used before risky steps and exports);
        of a server project, a new project file made by ``pull``."""
        if self.url is not None:
            from .transfer import pull
            pull(self.url, dest)
            return
        if dest.exists():
            raise ProjectError(msg("project.copy_exists", path=dest))
        _sqlite_copy(self.path, dest, self.key)

    def compact(self) -> None:
        """Make deleted data unrecoverable from the open project file (``pseudo_store.compact``:
        the full-text index rebuilt, the WAL written back and truncated, VACUUM). Runs between
        transactions, holding this program's write lock; the background fold is stopped and
        the pool's connections are closed first, and the log files stay (emptied) for any
        connection opened meanwhile. On a server: ``VACUUM`` of the tables (the
        server's write-ahead log and backups are its administrator's)."""
        from .pseudo_store import compact
        if self.url is not None:
            postgres.vacuum(self.engine)
            return
        if not self._write_lock.acquire(timeout=self.busy_wait):
            raise self._busy()
        try:
            self.index.stop()  # the background fold's connection, if it still runs
            self.engine.dispose()
            compact(self.path, self.key, still_open=True)
        finally:
            self._write_lock.release()

    @property
    def location(self) -> str:
        """What opens this project again: its file's path or its server's URL."""
        return self.url if self.url is not None else str(self.path)

    def _check_file(self) -> None:
        if self.url is not None:
            raise ProjectError(msg("server.no_file_copy", name=self.path.name))

    # --- transactions ----------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction; inside a write on this thread, that write's connection (a batch
        sees its own rows: the second of two equal files in one import is a duplicate)."""
        outer: Writer | None = getattr(self._local, "writer", None)
        if outer is not None:
            yield outer.conn
            return
        with self.engine.connect() as conn:
            try:
                yield conn
            except DBAPIError as e:
                self._check_refused(e)
                if isinstance(e, OperationalError):
                    self._check_reachable(e)
                raise
            conn.rollback()

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction; commits on success, rolls back on any exception. Inside another
        ``write()`` on this thread it is a savepoint of that one: its failure undoes only its
        own rows, and its row log joins the outer one when it succeeds."""
        outer: Writer | None = getattr(self._local, "writer", None)
        if outer is not None:
            yield from _nested(self._local, outer)
            return
        deadline = time.monotonic() + self.busy_wait
        if not self._write_lock.acquire(timeout=self.busy_wait):
            raise self._busy()
        try:
            conn = self._begin_immediate(deadline)
            w = Writer(conn, self.index)
            self._local.writer = w
            try:
                yield w
                w.flush_index()
                if self.server is not None:
                    self.server.before_commit(w)
                conn.commit()
            except OperationalError as e:
                conn.rollback()
                if _is_busy(e):
                    raise self._busy() from None
                self._check_reachable(e)
                raise
            except DBAPIError as e:
                conn.rollback()
                self._check_refused(e)
                raise
            except BaseException:
                conn.rollback()
                raise
            finally:
                self._local.writer = None
                conn.close()
            self.write_count += 1
        finally:
            self._write_lock.release()

    def in_write(self) -> bool:
        """Whether this thread is inside a write transaction (a batch)."""
        return getattr(self._local, "writer", None) is not None

    def _begin_immediate(self, deadline: float) -> Connection:
        """A connection inside ``BEGIN IMMEDIATE``, retrying while another program writes."""
        pause = 0.05
        while True:
            conn = self.engine.connect().execution_options(**{WRITE_OPTION: True})
            try:
                conn.begin()
                return conn
            except OperationalError as e:
                conn.close()
                if not _is_busy(e):
                    raise
                if time.monotonic() >= deadline:
                    raise self._busy() from None
            time.sleep(pause)
            pause = min(pause * 2, 0.5)

    def _check_refused(self, e: DBAPIError) -> None:
        """A server's refusal to let this role read a table (``store.roles``) becomes one
        translated message."""
        if self.url is not None and postgres.permission_denied(e):
            raise postgres.denied_error(e, self.path.name) from None

    def _check_reachable(self, e: OperationalError) -> None:
        """A server that went away (network, restart) says so, in the user's language."""
        if self.url is not None and postgres.connection_lost(e):
            raise postgres.connect_failure(self.url, e) from None

    def _busy(self) -> ProjectBusyError:
        return ProjectBusyError(msg("project.busy", name=self.path.name))

    def revert(self, ops: list[RowOp]) -> list[RowOp]:
        with self.write() as w:
            w.apply_inverse(ops)
        return w.ops

    def replay(self, ops: list[RowOp]) -> list[RowOp]:
        with self.write() as w:
            w.apply_again(ops)
        return w.ops


def _nested(local, outer: Writer) -> Iterator[Writer]:
    inner = Writer(outer.conn, outer.index)
    savepoint = outer.conn.begin_nested()
    local.writer = inner
    try:
        yield inner
    except BaseException:
        savepoint.rollback()
        raise
    else:
        savepoint.commit()
        outer.ops.extend(inner.ops)
        outer.index_ops.extend(inner.index_ops)
    finally:
        local.writer = outer


def _is_busy(e: OperationalError) -> bool:
    text = str(e.orig if e.orig is not None else e).lower()
    return ("database is locked" in text or "database is busy" in text
            or postgres.is_busy(e))


def _sqlite_copy(src_path: Path, dest: Path, key: cipher.Key | None = None) -> None:
    """SQLite's online backup: a consistent copy even while the project is open (WAL); of
    an encrypted project, encrypted with the same key."""
    if key is not None:
        cipher.backup_copy(src_path, dest, key)
        return
    src = sqlite3.connect(src_path)
    dst = sqlite3.connect(dest)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _open_failure(path: Path, e: Exception) -> ProjectError:
    """A busy, read-only or full disk says so; anything else is a file we cannot read."""
    known = known_failure(e, path)
    if known is not None:
        return ProjectError(known)
    return ProjectError(msg("store.open.unreadable", name=path.name,
                            reason=str(getattr(e, "orig", e))))


def _check_sqlite_header(path: Path) -> bool:
    """True for an encrypted (SQLCipher) file, False for plain SQLite, else an error."""
    with open(path, "rb") as f:
        head = f.read(16)
    if head == cipher.PLAIN_HEADER:
        return False
    if cipher.looks_encrypted(path):
        return True
    raise ProjectError(msg("project.not_sqlite", file=path.name))
