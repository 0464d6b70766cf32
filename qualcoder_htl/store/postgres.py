"""A project on a PostgreSQL server, opened by URL (``postgresql://user@host/db``).

The same tables (``tables.metadata``) and the same Alembic stamp as a project file; what
differs stays here:

- Writes: one writer at a time, as on SQLite. Every write transaction first takes a
  transaction-level advisory lock (``pg_advisory_xact_lock``), so two programs' actions run one
  after the other and each one reads what the previous one committed; waiting too long is the
  same ``ProjectBusyError`` as a busy project file. Row ids come from sequences, never reused.
- No lock file (a server has many users at once) and no backups beside it; a copy of the
  project (``Database.copy_to``: a shared copy) is a new file made by ``transfer.pull``.
- Others' changes: each write transaction sends ``NOTIFY`` with the ids it touched; a
  ``ChangeFeed`` listens on its own connection and hands them to ``Project.poll_changes``.
- Column lengths (``String(36)``) are not enforced, as on SQLite: every ``VARCHAR(n)`` is a plain
  ``VARCHAR`` here, so a project file always fits on a server.
"""
from __future__ import annotations

import json
import uuid
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import Connection, Engine, String, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.compiler import compiles

from ..core.errors import ProjectError
from ..core.messages import catalogue, msg

catalogue({
    "server.not_empty": (
        "The database {name} already holds tables; a new project needs an empty database.",
        "Databasen {name} innehåller redan tabeller; ett nytt projekt behöver en tom databas."),
    "server.not_project": (
        "The database {name} is not a qualcoder-htl project.",
        "Databasen {name} är inget qualcoder-htl-projekt."),
    "server.unreachable": (
        "Cannot connect to the server for {name}: {reason}",
        "Kan inte ansluta till servern för {name}: {reason}"),
    "server.no_file_copy": (
        "{name} is on a server: it has no file to copy here. Use pull to make a local copy.",
        "{name} ligger på en server: det finns ingen fil att kopiera här. Använd pull för att "
        "göra en lokal kopia."),
    "server.not_allowed": (
        "Your database role may not read {what} in {name}; only the project lead's role can. "
        "Nothing was changed.",
        "Din databasroll får inte läsa {what} i {name}; bara projektledarens roll får det. "
        "Inget ändrades."),
})

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
WRITE_LOCK_KEY = 0x71_68_74_6C  # "qhtl": one advisory lock per database = one writer
CHANNEL = "qhtl_changes"
MAX_PAYLOAD = 7000  # NOTIFY payloads must stay under 8000 bytes


@compiles(String, "postgresql")
def _varchar_without_length(type_, compiler, **kw):
    """SQLite does not enforce ``String(n)``; a server must accept whatever a file holds."""
    return "VARCHAR"


def is_server_url(location) -> bool:
    """Whether ``location`` names a project on a PostgreSQL server rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def sqlalchemy_url(url: str) -> str:
    """The URL with the psycopg (version 3) driver named."""
    scheme, rest = url.split("://", 1)
    return f"postgresql+psycopg://{rest}" if "+" not in scheme else url


def database_name(url: str) -> str:
    """The database's name, for messages and window titles (never the password)."""
    return unquote(urlsplit(url).path.lstrip("/")) or "postgres"


def safe_url(url: str) -> str:
    """The URL without its password, for display and for the list of recent projects."""
    u = make_url(sqlalchemy_url(url))
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False).replace("postgresql+psycopg://",
                                                              "postgresql://", 1)


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` in it (percent-encoded: any character may be in it)."""
    if not password:
        return url
    u = make_url(sqlalchemy_url(url))
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    scheme, rest = bare.render_as_string(hide_password=False).split("://", 1)
    user, _, host = rest.partition("@") if u.username else ("", "", rest)
    return f"{scheme}://{user}:{quote(password, safe='')}@{host}"


def make_engine(url: str, lock_timeout_ms: int, read_only: bool = False) -> Engine:
    """An engine whose write transactions take the project's write lock first, waiting at
    most ``lock_timeout_ms`` per attempt (``Database`` retries until its busy time is up).
    ``read_only``: the server refuses every write in its sessions."""
    from .database import WRITE_OPTION

    connect_args = {"options": "-c default_transaction_read_only=on"} if read_only else {}
    engine = create_engine(sqlalchemy_url(url), pool_pre_ping=True, connect_args=connect_args)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get(WRITE_OPTION):
            # the one-writer model: waits like BEGIN IMMEDIATE, gives up like busy_timeout
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(lock_timeout_ms)}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    return engine


def is_busy(e: OperationalError) -> bool:
    """The advisory lock was not free within the lock timeout (SQLSTATE 55P03)."""
    orig = getattr(e, "orig", None)
    return getattr(orig, "sqlstate", None) == "55P03" or "lock timeout" in str(e).lower()


def connect_failure(url: str, e: Exception) -> ProjectError:
    reason = str(getattr(e, "orig", e)).strip().splitlines()[0] if str(e).strip() else ""
    return ProjectError(msg("server.unreachable", name=database_name(url), reason=reason))


def has_tables(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = current_schema()")).scalar())


def prepare(conn: Connection) -> None:
    """What a new project needs on the server before its tables: the trigram extension
    (trusted since PostgreSQL 13, so a database owner may create it)."""
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def set_sequences(conn: Connection, tables, floors: dict[str, int] | None = None) -> None:
    """Move every id sequence past the highest id (and past ``floors``: the ids a project
    file ever handed out), so ids copied in are never handed out again."""
    floors = floors or {}
    for t in tables:
        pk = list(t.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                           {"t": t.name, "c": pk[0].name}).scalar()
        if seq is None:
            continue
        top = conn.execute(text(f'SELECT coalesce(max("{pk[0].name}"), 0) FROM "{t.name}"')
                           ).scalar()
        top = max(top, floors.get(t.name, 0))
        if top > 0:
            conn.execute(text("SELECT setval(:s, :v)"), {"s": seq, "v": top})


def sequence_values(conn: Connection, tables) -> dict[str, int]:
    """The last id each table's sequence handed out (for a pulled file's AUTOINCREMENT)."""
    out: dict[str, int] = {}
    for t in tables:
        pk = list(t.primary_key.columns)
        if len(pk) != 1:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                           {"t": t.name, "c": pk[0].name}).scalar()
        if seq is not None:
            value = conn.execute(text(f"SELECT last_value, is_called FROM {seq}")).first()
            if value is not None and value[1]:
                out[t.name] = int(value[0])
    return out


def connection_lost(e: Exception) -> bool:
    """The connection failed or broke (SQLSTATE class 08, or no SQLSTATE at all)."""
    state = getattr(getattr(e, "orig", None), "sqlstate", None)
    return state is None or state.startswith("08") or state in ("57P01", "57P02", "57P03")


def vacuum(engine: Engine) -> None:
    """Reclaim the space of deleted rows (what ``compact`` does to a file)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")


def permission_denied(e: Exception) -> bool:
    orig = getattr(e, "orig", None)
    return getattr(orig, "sqlstate", None) == "42501"


def denied_error(e: DBAPIError, name: str) -> ProjectError:
    from .roles import what_was_denied
    return ProjectError(msg("server.not_allowed", what=what_was_denied(e), name=name))


# --- others' changes ----------------------------------------------------------------------

def notify(conn: Connection, sender: str, touched: dict[str, set]) -> None:
    """Tell every listener which rows this transaction touched (delivered at commit)."""
    payload = json.dumps({"by": sender, "t": {k: sorted(v) for k, v in touched.items() if v}},
                         separators=(",", ":"), default=str)
    if len(payload) > MAX_PAYLOAD:  # too many ids: the tables alone (listeners reload them)
        payload = json.dumps({"by": sender, "t": {k: [] for k, v in touched.items() if v}})
    conn.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})


class ChangeFeed:
    """A listening connection of its own; ``poll()`` returns what others committed since."""

    def __init__(self, url: str, sender: str):
        import psycopg
        from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

        self.sender = sender
        args, kwargs = PGDialect_psycopg().create_connect_args(make_url(sqlalchemy_url(url)))
        self._conn = psycopg.connect(*args, **kwargs, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def poll(self) -> list[dict[str, list]]:
        """{table: [ids]} per transaction others committed; an empty id list means "reload
        the table". Never waits."""
        out = []
        for note in self._conn.notifies(timeout=0, stop_after=None):
            try:
                data = json.loads(note.payload)
            except ValueError:
                continue
            if data.get("by") != self.sender:
                out.append(data.get("t", {}))
        return out

    def close(self) -> None:
        self._conn.close()


def new_sender() -> str:
    return uuid.uuid4().hex


def server_path(url: str) -> Path:
    """What ``Database.path`` is for a server project: its database name (for titles and
    messages; there is no file)."""
    return Path(database_name(url))
