"""Opening a project that cannot be written: on a CD, a write-protected USB stick, a share
mounted read-only, a file marked read-only or in a folder the user may not write.

Such a project is still worth opening to read, search, analyse and export. SQLite in WAL mode
wants to create ``-wal`` and ``-shm`` files beside the project even to read; where the folder
cannot be written we open with ``immutable=1`` (nothing can change the file there), elsewhere
with ``mode=ro``. Every connection also has ``query_only`` on, so no write can slip through.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from . import cipher


def can_write(path: str | os.PathLike[str]) -> bool:
    """Whether the project file and its folder can be written (WAL needs both)."""
    path = Path(path)
    folder = path.parent
    return (os.access(path, os.W_OK) and os.access(folder, os.W_OK)
            and not _mounted_read_only(folder))


def _mounted_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def make_read_only_engine(path: Path, key: cipher.Key | None = None) -> Engine:
    """An engine whose connections can only read ``path`` (an encrypted one with ``key``)."""
    folder_writable = os.access(path.parent, os.W_OK) and not _mounted_read_only(path.parent)
    # A WAL left by a program that did not close the project holds its last changes: read it
    # (SQLite can, given its -shm beside it); only without one is the file taken as it is.
    wal = path.with_name(path.name + "-wal")
    unfinished = wal.is_file() and wal.stat().st_size > 0
    mode = "mode=ro" if folder_writable or unfinished else "immutable=1"
    uri = f"file:{quote(str(path.resolve()))}?{mode}"

    def connect() -> sqlite3.Connection:
        if key is not None:
            return cipher.connect(uri, key, uri=True, check_same_thread=False)
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # a pool of file connections as for a writable project ("sqlite://" alone would share one
    # connection per thread, and a read inside a read would then fail)
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool,
                           **({"module": cipher.dbapi()} if key is not None else {}))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, as for a writable project
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA query_only = ON")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")  # a consistent snapshot for each read()

    return engine
