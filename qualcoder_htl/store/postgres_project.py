"""Creating and opening a project on a PostgreSQL server (``Database.create/open`` with a URL).

A new server project gets the newest schema straight from the table metadata, the search
index and the Alembic stamp in one transaction (DDL is transactional on PostgreSQL: a failure
leaves the database empty). An older schema is upgraded by the same migrations, in one write
transaction; there is no file to back up first (``pull`` makes one).
"""
from __future__ import annotations

from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from ..core.errors import ProjectError
from ..core.messages import msg
from . import postgres
from .postgres import database_name, server_path
from .writer import Writer, changes_of


class ServerLink:
    """What a server project adds to its ``Database``: it announces each write transaction's
    rows to the other programs and hears theirs (``poll``)."""

    def __init__(self, url: str):
        self.url = url
        self.sender = postgres.new_sender()
        self._feed: postgres.ChangeFeed | None = None

    def before_commit(self, w: Writer) -> None:
        if w.ops:
            postgres.notify(w.conn, self.sender, changes_of(w.ops).touched)

    def start(self) -> None:
        """Listen from now on (``poll`` returns what others commit after this)."""
        if self._feed is None:
            self._feed = postgres.ChangeFeed(self.url, self.sender)

    def poll(self, db) -> list[dict[str, list]]:
        """Others' committed changes since the last poll ({table: [ids]} each). The first
        call starts listening and returns nothing."""
        import psycopg

        try:
            if self._feed is None:
                self.start()
                return []
            found = self._feed.poll()
        except psycopg.Error as e:  # the listening connection broke: listen anew next time
            self.close()
            raise postgres.connect_failure(self.url, e) from None
        return fill_whole_tables(db, found)

    def close(self) -> None:
        if self._feed is not None:
            self._feed.close()
            self._feed = None


def _database(cls, url: str, read_only: bool):
    from .database import BUSY_TIMEOUT_MS

    # each attempt waits for the write lock as long as SQLite's busy timeout; Database retries
    engine = postgres.make_engine(url, lock_timeout_ms=BUSY_TIMEOUT_MS, read_only=read_only)
    db = cls(server_path(url), engine, read_only=read_only)
    db.url = url
    db.server = ServerLink(url)
    return db


def create_on_server(cls, url: str, fill=None):
    """A new project in the empty database at ``url``; ``fill(conn, index)`` (``push``) adds
    rows in the same transaction."""
    from .database import _script_directory
    from .tables import metadata

    db = _database(cls, url, read_only=False)
    name = database_name(url)
    try:
        with db.engine.begin() as conn:
            if postgres.has_tables(conn):
                raise ProjectError(msg("server.not_empty", name=name))
            postgres.prepare(conn)
            metadata.create_all(conn)
            db.index.create(conn)
            MigrationContext.configure(conn).stamp(_script_directory(), "head")
            if fill is not None:
                fill(conn, db.index)
    except OperationalError as e:
        db.close()
        raise postgres.connect_failure(url, e) from None
    except BaseException:
        db.close()
        raise
    return db


def open_on_server(cls, url: str, read_only: bool = False):
    from .database import _alembic_config, _script_directory, head_revision

    db = _database(cls, url, read_only=read_only)
    name = database_name(url)
    try:
        current = db.revision()
        if current is None:
            raise ProjectError(msg("server.not_project", name=name))
        if current != head_revision():
            known = {s.revision for s in _script_directory().walk_revisions()}
            if current not in known:
                raise ProjectError(msg("project.newer", file=name, schema=current))
            if read_only:
                raise ProjectError(msg("store.open.upgrade_read_only", name=name))
            with db.write() as w:  # every other writer waits; all or nothing
                cfg = _alembic_config()
                cfg.attributes["connection"] = w.conn
                command.upgrade(cfg, "head")
    except OperationalError as e:
        db.close()
        raise postgres.connect_failure(url, e) from None
    except DBAPIError as e:
        db.close()
        if postgres.permission_denied(e):
            raise ProjectError(msg("server.not_project", name=name)) from None
        raise
    except BaseException:
        db.close()
        raise
    return db


def fill_whole_tables(db, found: list[dict[str, list]]) -> list[dict[str, list]]:
    """Others' changes whose ids did not fit in a notification (an import) name whole tables:
    every id of such a table (and of the sources and codes, for ``*_affected``) is named."""
    from .tables import TABLES

    whole = {t for touched in found for t, ids in touched.items() if not ids}
    if not whole:
        return found
    filled: dict[str, list] = {}
    with db.read() as conn:
        for table in whole:
            real = {"sources_affected": "sources", "codes_affected": "codes"}.get(table, table)
            if real in TABLES:
                pk = list(TABLES[real].primary_key.columns)[0]
                filled[table] = list(conn.execute(select(pk)).scalars())
    return [{t: (ids or filled.get(t, [])) for t, ids in touched.items()} for touched in found]
