"""The pseudonymisation key kept apart: a separate key file, encrypted with its own passphrase.

A key file is an SQLCipher database (``sqlcipher3``; only this module imports the driver). It
holds what ``key-split`` took out of a project: the row images of everything that carried an
original (the original texts and files, names, values and memos as they were, the key, the
known list, the suggestions and decisions), each source's replacements (to move codings back),
and which project it belongs to. Nothing in it is ever written unencrypted: the file is made
in a private working folder with SQLCipher's own encrypted pages and journal, temporary data in
memory, then flushed and moved into place whole (``core.atomic``), and read back with the
passphrase before the caller deletes anything from the project.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core import atomic
from ..core.errors import UserError
from ..core.messages import catalogue, msg
from .writer import RowOp

catalogue({
    "keyfile.missing": ("No key file at {name}.", "Det finns ingen nyckelfil på {name}."),
    "keyfile.exists": ("A file already exists at {name}; choose another name.",
                       "Det finns redan en fil på {name}; välj ett annat namn."),
    "keyfile.wrong_passphrase": (
        "{name} cannot be opened: the passphrase is wrong, or it is not a key file.",
        "{name} kan inte öppnas: lösenfrasen är fel, eller så är det ingen nyckelfil."),
    "keyfile.not_key_file": ("{name} is not a qualcoder-htl key file.",
                             "{name} är ingen nyckelfil för qualcoder-htl."),
    "keyfile.newer": ("{name} was written by a newer version of qualcoder-htl.",
                      "{name} skrevs av en nyare version av qualcoder-htl."),
    "keyfile.empty_passphrase": ("The passphrase must not be empty.",
                                 "Lösenfrasen får inte vara tom."),
    "keyfile.no_driver": (
        "Key files need SQLCipher (the Python package sqlcipher3-wheels), which is not "
        "installed.",
        "Nyckelfiler kräver SQLCipher (Python-paketet sqlcipher3-wheels), som inte är "
        "installerat."),
    "keyfile.no_folder": ("Cannot write {name}: the folder does not exist.",
                          "Kan inte skriva {name}: mappen finns inte."),
})

FORMAT = "qualcoder-htl key file"
VERSION = 1


@dataclass
class KeyFileContents:
    meta: dict[str, str]
    ops: list[RowOp]
    offsets: dict[str, dict] = field(default_factory=dict)  # source guid -> replacements


def write(path: str | Path, passphrase: str, meta: dict[str, str], ops: list[RowOp],
          offsets: dict[str, dict]) -> str:
    """Write a new key file at ``path`` (never over an existing one) and return the SHA-256 of
    its bytes. A kill at any moment leaves nothing at ``path`` or the whole file."""
    path = Path(path)
    _check_passphrase(passphrase)
    if not path.parent.is_dir():
        raise UserError(msg("keyfile.no_folder", name=path.name))
    if path.exists():
        raise UserError(msg("keyfile.exists", name=path.name))
    with atomic.work_folder() as work:
        tmp = work / "key.qhtlkey"
        con = _connect(tmp, passphrase)
        try:
            con.executescript(
                "CREATE TABLE key_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE row_ops (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
                "op TEXT NOT NULL, pk TEXT NOT NULL, before TEXT, after TEXT);"
                "CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL);"
                "CREATE TABLE offsets (source_guid TEXT PRIMARY KEY, value TEXT NOT NULL);")
            blobs: list[bytes] = []
            con.executemany("INSERT INTO key_meta VALUES (?, ?)",
                            [("format", FORMAT), ("version", str(VERSION)), *meta.items()])
            con.executemany(
                "INSERT INTO row_ops VALUES (?, ?, ?, ?, ?, ?)",
                [(i, op.table, op.op, _dump(op.pk, blobs), _dump(op.before, blobs),
                  _dump(op.after, blobs)) for i, op in enumerate(ops)])
            con.executemany("INSERT INTO blobs VALUES (?, ?)", list(enumerate(blobs)))
            con.executemany("INSERT INTO offsets VALUES (?, ?)",
                            [(g, json.dumps(v)) for g, v in offsets.items()])
            con.commit()
        finally:
            con.close()
        digest = file_hash(tmp)
        try:
            atomic.publish(tmp, path, overwrite=False)
        except FileExistsError:
            raise UserError(msg("keyfile.exists", name=path.name)) from None
    return digest


def read(path: str | Path, passphrase: str) -> KeyFileContents:
    """Everything in the key file; one translated ``UserError`` for a missing file, a wrong
    passphrase or a file that is not a key file."""
    path = Path(path)
    if not path.is_file():
        raise UserError(msg("keyfile.missing", name=path.name))
    con = _connect(path, passphrase, create=False)
    database_error = _driver().DatabaseError
    try:
        try:
            meta = dict(con.execute("SELECT key, value FROM key_meta").fetchall())
        except database_error:
            raise UserError(msg("keyfile.wrong_passphrase", name=path.name)) from None
        if meta.get("format") != FORMAT:
            raise UserError(msg("keyfile.not_key_file", name=path.name))
        if int(meta.get("version", "0")) > VERSION:
            raise UserError(msg("keyfile.newer", name=path.name))
        blobs = dict(con.execute("SELECT id, data FROM blobs").fetchall())
        ops = [RowOp(t, op, _load(pk, blobs), _load(b, blobs), _load(a, blobs))
               for t, op, pk, b, a in con.execute(
                   "SELECT tbl, op, pk, before, after FROM row_ops ORDER BY seq")]
        offsets = {g: json.loads(v) for g, v in con.execute("SELECT * FROM offsets")}
    except database_error:
        raise UserError(msg("keyfile.not_key_file", name=path.name)) from None
    finally:
        con.close()
    return KeyFileContents(meta, ops, offsets)


def file_hash(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise UserError(msg("keyfile.empty_passphrase"))


def _driver():
    """The SQLCipher driver (one clear message where it is not installed)."""
    try:
        import sqlcipher3
    except ImportError:
        raise UserError(msg("keyfile.no_driver")) from None
    return sqlcipher3


def _connect(path: Path, passphrase: str, create: bool = True):
    _check_passphrase(passphrase)
    sqlcipher3 = _driver()
    if create:
        con = sqlcipher3.connect(str(path))
    else:
        con = sqlcipher3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    con.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is our message only
    con.execute("PRAGMA key = " + _quote(passphrase))
    con.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary file
    return con


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- values of a row image as JSON (dates and bytes tagged) ---------------------------------

def _dump(value: Any, blobs: list[bytes]) -> str | None:
    if value is None:
        return None

    def default(v: Any):
        if isinstance(v, datetime):
            return {"$dt": v.isoformat()}
        if isinstance(v, (bytes, bytearray, memoryview)):
            blobs.append(bytes(v))
            return {"$blob": len(blobs) - 1}
        raise TypeError(type(v).__name__)
    return json.dumps(value, default=default, ensure_ascii=False)


def _load(text: str | None, blobs: dict[int, bytes]) -> Any:
    if text is None:
        return None

    def hook(d: dict):
        if len(d) == 1 and "$dt" in d:
            return datetime.fromisoformat(d["$dt"])
        if len(d) == 1 and "$blob" in d:
            return blobs[d["$blob"]]
        return d
    return json.loads(text, object_hook=hook)
