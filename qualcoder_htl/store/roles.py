"""Database roles of a server project: the lead's and the coders'.

``setup_roles`` (run by the database's owner) makes two group roles for the project's
database, ``<database>_lead`` and ``<database>_coder``, and makes the named login roles
members. The lead's role reads and writes everything. The coder's role codes (reads and
writes the project's tables) but cannot read what identifies people:

- ``pseudo_key.original`` (the pseudonymisation key's originals: every other column of the key
  is readable, so pseudonyms and labels show),
- ``pseudo_known`` (the list of known names and places),
- ``source_files.data`` (the original Word files as imported).

A read of those by a coder is refused by the server; the store turns the refusal into one
translated message (``server.not_allowed``) naming what was refused.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from ..core.messages import catalogue, msg
from .tables import TABLES

catalogue({
    "server.secret.pseudo_key": ("the pseudonymisation key", "pseudonymiseringsnyckeln"),
    "server.secret.pseudo_known": ("the list of known names", "listan över kända namn"),
    "server.secret.source_files": ("the original files", "originalfilerna"),
    "server.secret.other": ("this part of the project", "den här delen av projektet"),
})

# table -> columns a coder may read (None: none at all)
CODER_READABLE = {
    "pseudo_key": tuple(c for c in TABLES["pseudo_key"].c.keys() if c != "original"),
    "pseudo_known": None,
    "source_files": ("source_id", "file_name"),
}


def role_names(database: str) -> tuple[str, str]:
    base = re.sub(r"\W", "_", database.lower())[:50]
    return f"{base}_lead", f"{base}_coder"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _ensure_role(conn: Connection, name: str, login: bool) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if not exists:
        conn.exec_driver_sql(f"CREATE ROLE {_ident(name)} {'LOGIN' if login else 'NOLOGIN'}")


def setup_roles(conn: Connection, leads: list[str], coders: list[str]) -> tuple[str, str]:
    """Create (or bring up to date) the lead's and the coders' roles of the database ``conn``
    is connected to, and make ``leads`` and ``coders`` (login roles, created without a
    password if missing: the server's administrator sets one) members. Returns the two group
    roles' names."""
    database = conn.execute(text("SELECT current_database()")).scalar()
    lead, coder = role_names(database)
    for name in (lead, coder):
        _ensure_role(conn, name, login=False)
    db, schema = _ident(database), "public"
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    all_tables = _tables(conn)
    for role in (lead, coder):
        r = _ident(role)
        conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {r}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {r}")
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {r}")
        for t in all_tables:
            conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_ident(t)} TO {r}")
    # tables and sequences a later migration makes (run by this owner) are granted alike;
    # running ``setup_roles`` again after an upgrade withholds any new secret column
    both = f"{_ident(lead)}, {_ident(coder)}"
    conn.exec_driver_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, "
                         f"UPDATE, DELETE ON TABLES TO {both}")
    conn.exec_driver_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT "
                         f"ON SEQUENCES TO {both}")
    c = _ident(coder)
    for table, readable in CODER_READABLE.items():
        conn.exec_driver_sql(f"REVOKE SELECT ON {_ident(table)} FROM {c}")
        if readable:
            columns = ", ".join(_ident(col) for col in readable)
            conn.exec_driver_sql(f"GRANT SELECT ({columns}) ON {_ident(table)} TO {c}")
        if readable is None:
            conn.exec_driver_sql(f"REVOKE ALL ON {_ident(table)} FROM {c}")
    for names, group in ((leads, lead), (coders, coder)):
        for name in names:
            _ensure_role(conn, name, login=True)
            conn.exec_driver_sql(f"GRANT {_ident(group)} TO {_ident(name)}")
    return lead, coder


def _tables(conn: Connection) -> list[str]:
    return [n for (n,) in conn.execute(text(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        "AND table_type = 'BASE TABLE'"))]


def what_was_denied(e: DBAPIError):
    """The translated name of what a refused read concerned."""
    found = re.search(r"permission denied for (?:table|relation) (\w+)", str(e.orig))
    table = found.group(1) if found else ""
    return msg(f"server.secret.{table}" if table in CODER_READABLE else "server.secret.other")
