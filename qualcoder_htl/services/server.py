"""A shared project on a PostgreSQL server, for the CLI and the GUI: is a location a server
URL, ``push`` a project file to a server, ``pull`` a server project into a new file, and set
up the lead's and the coders' database roles. The work is in the store
(``store.transfer``, ``store.roles``); nothing here knows SQL.
"""
from __future__ import annotations

from pathlib import Path

from ..core.errors import ProjectError
from ..core.messages import catalogue, msg
from ..store import transfer
from ..store.database import Database
from ..store.postgres import database_name, is_server_url, safe_url, with_password

__all__ = ["database_name", "is_server_url", "pull", "push", "safe_url", "setup_roles",
           "with_password"]

catalogue({
    "server.needs_url": (
        "{location} is not a server URL (postgresql://user@host/database).",
        "{location} är ingen server-URL (postgresql://användare@värd/databas)."),
    "server.needs_file": (
        "{location} is a server URL; give a project file here.",
        "{location} är en server-URL; ange en projektfil här."),
})


def _url(location: str) -> str:
    if not is_server_url(location):
        raise ProjectError(msg("server.needs_url", location=location))
    return location


def push(project_file: str | Path, url: str) -> dict[str, int]:
    """Copy a project file to the empty database at ``url``, every row with its id; returns
    the number of rows per table on the server."""
    if is_server_url(str(project_file)):
        raise ProjectError(msg("server.needs_file", location=safe_url(str(project_file))))
    db = transfer.push(project_file, _url(url))
    try:
        with db.read() as conn:
            return {t: len(rows) for t, rows in transfer.all_rows(conn).items()}
    finally:
        db.close()


def pull(url: str, dest: str | Path) -> Path:
    """Copy the server project at ``url`` into a new project file ``dest`` (made whole in a
    private folder and moved into place)."""
    if is_server_url(str(dest)):
        raise ProjectError(msg("server.needs_file", location=safe_url(str(dest))))
    return transfer.pull(_url(url), dest)


def setup_roles(url: str, leads: list[str], coders: list[str]) -> tuple[str, str]:
    """Create the project's lead and coder roles on its server and make the named login
    roles members (run as the database's owner). Returns the two roles' names."""
    from ..store.roles import setup_roles as setup

    db = Database.open(_url(url))
    try:
        with db.write() as w:
            return setup(w.conn, leads, coders)
    finally:
        db.close()


def same_rows(a: str | Path, b: str | Path) -> bool:
    """Whether two projects (files or URLs) hold the same rows in every table."""
    return rows_of(a) == rows_of(b)


def rows_of(location: str | Path) -> dict[str, list[dict]]:
    db = Database.open(location, read_only=True)
    try:
        with db.read() as conn:
            return transfer.all_rows(conn)
    finally:
        db.close()
