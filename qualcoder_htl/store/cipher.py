"""Encryption at rest: a project file encrypted with SQLCipher (the ``sqlcipher3`` wheel).

The key: on encrypting or creating, a random 16-byte salt and ``K = scrypt(passphrase, salt)``
(32 bytes). The file is keyed with SQLCipher's raw key and explicit salt
(``PRAGMA key = "x'<K><salt>'"``), so SQLCipher runs no key derivation of its own: opening a
connection costs nothing extra, which matters for a pool of connections. SQLCipher keeps the
salt in plaintext in the file's first 16 bytes; on opening, the salt is read from there and
``K`` derived again from the passphrase. ``K`` itself is the recovery key, shown once as
printable groups: it opens the file without the passphrase, and every copy and backup of it.

Every page (4 KiB, AES-256-CBC, HMAC-SHA256: ``Key.settings``; files encrypted before
2026-12-02 have 16 KiB pages, found on opening and kept until re-keyed), the write-ahead log
and every backup are encrypted by SQLCipher with the same key;
temporary tables and sorts stay in memory (``temp_store = MEMORY``). A wrong passphrase shows
as "file is not a database" on the first read after keying, reported as one translated message.

Keys already given in this process are remembered in memory by the file's salt, so a project
is asked for once per session, and its backups and working copies open without asking. When a
key is needed and not known, the registered provider is asked (the CLI reads
``QHTL_PASSPHRASE`` or the terminal, the GUI shows a dialog).
"""
from __future__ import annotations

import base64
import hashlib
import os
import secrets
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core import atomic
from ..core.errors import (
    PassphraseNeededError,
    ProjectBusyError,
    ProjectError,
    WrongPassphraseError,
)
from ..core.messages import catalogue, msg

catalogue({
    "cipher.wrong": (
        "The passphrase does not open {name}. Check it (and the keyboard layout) and try again.",
        "Lösenfrasen öppnar inte {name}. Kontrollera den (och tangentbordslayouten) och försök "
        "igen."),
    "cipher.wrong_recovery": (
        "The recovery key does not open {name}.",
        "Återställningsnyckeln öppnar inte {name}."),
    "cipher.bad_recovery": (
        "That is not a recovery key (52 letters A–Z and digits 2–7, in groups of four).",
        "Det är ingen återställningsnyckel (52 bokstäver A–Z och siffror 2–7, i grupper om "
        "fyra)."),
    "cipher.needed": (
        "{name} is encrypted: give its passphrase (on the terminal, or in QHTL_PASSPHRASE), "
        "or its recovery key (--recovery-key or QHTL_RECOVERY_KEY).",
        "{name} är krypterat: ange lösenfrasen (i terminalen eller i QHTL_PASSPHRASE) eller "
        "återställningsnyckeln (--recovery-key eller QHTL_RECOVERY_KEY)."),
    "cipher.unavailable": (
        "Encrypted projects need the sqlcipher3 package, which this installation lacks "
        "(pip install sqlcipher3-wheels).",
        "Krypterade projekt kräver paketet sqlcipher3, som saknas i den här installationen "
        "(pip install sqlcipher3-wheels)."),
    "cipher.empty": (
        "The passphrase must not be empty.",
        "Lösenfrasen får inte vara tom."),
})

SALT_BYTES = 16
KEY_BYTES = 32
PLAIN_HEADER = b"SQLite format 3\x00"
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}
# The file format, set on every connection after the key: pages checked with HMAC-SHA256
# (AES-256-CBC as always; SQLCipher 4's default HMAC-SHA512 costs more for nothing a project
# needs). New files have 4 KiB pages (a commit writes a quarter of what 16 KiB pages did);
# files made before have 16 KiB pages, tried second on opening (``PAGE_SIZES``).
HMAC = "HMAC_SHA256"
PAGE_SIZES = (4096, 16384)
CACHE_KIB = -65536  # 64 MiB of decrypted pages per connection at most (SQLite's default: 2)


@dataclass(frozen=True)
class Secret:
    """What the user gave: a passphrase or a recovery key (printable groups)."""

    passphrase: str | None = None
    recovery_key: str | None = None

    def __repr__(self) -> str:  # never in a log
        return "Secret(<hidden>)"


@dataclass(frozen=True)
class Key:
    """The raw SQLCipher key of one file and the file's salt."""

    k: bytes = field(repr=False)
    salt: bytes = field(repr=False)
    page_size: int = PAGE_SIZES[0]

    def pragma_value(self) -> str:
        return f"\"x'{self.k.hex()}{self.salt.hex()}'\""

    @property
    def settings(self) -> tuple[tuple[str, str], ...]:
        return (("cipher_page_size", str(self.page_size)), ("cipher_hmac_algorithm", HMAC))

    @property
    def recovery_key(self) -> str:
        return format_recovery_key(self.k)

    @classmethod
    def new(cls, passphrase: str) -> Key:
        salt = secrets.token_bytes(SALT_BYTES)
        return cls(derive(passphrase, salt), salt)


# --- keys ------------------------------------------------------------------------------------

def derive(passphrase: str, salt: bytes) -> bytes:
    if not passphrase:
        raise ProjectError(msg("cipher.empty"))
    data = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(data, salt=salt, dklen=KEY_BYTES, maxmem=64 * 1024 * 1024, **SCRYPT)


def format_recovery_key(k: bytes) -> str:
    text = base64.b32encode(k).decode("ascii").rstrip("=")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    clean = "".join(ch for ch in text.upper() if ch.isalnum())
    clean = clean.replace("0", "O").replace("1", "I").replace("8", "B")  # misread on paper
    try:
        k = base64.b32decode(clean + "=" * (-len(clean) % 8))
    except (ValueError, base64.binascii.Error):
        raise ProjectError(msg("cipher.bad_recovery")) from None
    if len(k) != KEY_BYTES:
        raise ProjectError(msg("cipher.bad_recovery"))
    return k


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(SALT_BYTES)


def looks_encrypted(path: Path) -> bool:
    """Not a plain SQLite file, but shaped like an SQLCipher one (whole pages)."""
    size = path.stat().st_size
    return read_salt(path) != PLAIN_HEADER and size >= 1024 and size % 512 == 0


# --- connections -----------------------------------------------------------------------------

def dbapi():
    """SQLCipher's driver; imported only when an encrypted file is met (plain projects never
    load it)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise ProjectError(msg("cipher.unavailable")) from None
    return dbapi2


def connect(target: str | Path, key: Key | None, uri: bool = False, cache: bool = True,
            **kwargs):
    """An ``sqlcipher3`` connection keyed with ``key`` (None: a plain file through SQLCipher).
    Keyed before anything reads the file, as SQLCipher requires. ``cache=False``: SQLite's
    default page cache (setting it reads the file, which a wrong key cannot)."""
    con = dbapi().connect(str(target), uri=uri, **kwargs)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # its own stderr lines on a wrong key
        if key is not None:
            con.execute(f"PRAGMA key = {key.pragma_value()}")
            for name, value in key.settings:
                con.execute(f"PRAGMA {name} = {value}")
            con.execute("PRAGMA temp_store = MEMORY")
            # every page read from disk is decrypted and checked: keep more of them decrypted
            # in memory (the page cache grows only as pages are read)
            if cache:
                con.execute(f"PRAGMA cache_size = {CACHE_KIB}")
    except BaseException:
        con.close()
        raise
    return con


def connect_any(path: Path, key: Key | None):
    """A plain ``sqlite3`` connection for a plain file (as before), SQLCipher for a key."""
    return sqlite3.connect(path) if key is None else connect(path, key)


def key_for(path: Path) -> Key | None:
    """None for a plain file; the key of an encrypted one (remembered, or asked for)."""
    path = Path(path)
    if not path.is_file() or read_salt(path) == PLAIN_HEADER or not looks_encrypted(path):
        return None
    return unlock(path)


def connect_read_only(path: Path):
    """A read-only connection to a plain or encrypted project file (the export guard's read
    back of a shared copy): ``sqlite3`` for plain files, SQLCipher with the known key."""
    from urllib.parse import quote
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    key = key_for(path)
    return sqlite3.connect(uri, uri=True) if key is None else connect(uri, key, uri=True)


def opens_with(path: Path, k: bytes) -> Key | None:
    """The key (with the file's page size) if ``k`` decrypts the file, else None (read-only
    check: nothing is written)."""
    from urllib.parse import quote
    # a folder that cannot be written cannot hold the WAL index: read the file as it is
    mode = "mode=ro" if os.access(Path(path).parent, os.W_OK) else "immutable=1"
    salt = read_salt(path)
    for page_size in PAGE_SIZES:
        key = Key(k, salt, page_size)
        con = connect(f"file:{quote(str(Path(path).resolve()))}?{mode}", key, uri=True,
                      cache=False)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchall()
            return key
        except dbapi().DatabaseError as e:
            if "not a database" not in str(e):
                raise
        finally:
            con.close()
    return None


# --- the session's keys and the provider -----------------------------------------------------

_known: dict[bytes, bytes] = {}  # salt -> K, for this process only
Provider = Callable[[Path, int], "Secret | None"]
_provider: Provider | None = None


def remember(key: Key) -> None:
    _known[key.salt] = key.k


def forget_all() -> None:
    _known.clear()


def set_provider(provider: Provider | None) -> Provider | None:
    """Who is asked for a passphrase: ``provider(path, attempt)`` returns a ``Secret`` or None
    (cancelled); ``attempt`` > 0 after a wrong one. Returns the previous provider."""
    global _provider
    previous, _provider = _provider, provider
    return previous


def unlock(path: Path, secret: Secret | None = None) -> Key:
    """The key of an encrypted file: from ``secret``, else one remembered this session, else
    the provider's. Raises ``WrongPassphraseError`` or ``PassphraseNeededError``."""
    path = Path(path)
    salt = read_salt(path)
    if secret is not None:
        return _try(path, salt, secret)
    k = _known.get(salt)
    key = opens_with(path, k) if k is not None else None
    if key is not None:
        return key
    attempt = 0
    while True:
        given = _provider(path, attempt) if _provider is not None else None
        if given is None:
            if attempt:
                raise WrongPassphraseError(msg("cipher.wrong", name=path.name))
            raise PassphraseNeededError(msg("cipher.needed", name=path.name))
        try:
            return _try(path, salt, given)
        except WrongPassphraseError:
            attempt += 1


def _try(path: Path, salt: bytes, secret: Secret) -> Key:
    if secret.recovery_key:
        k = parse_recovery_key(secret.recovery_key)
        wrong = "cipher.wrong_recovery"
    else:
        k = derive(secret.passphrase or "", salt)
        wrong = "cipher.wrong"
    key = opens_with(path, k)
    if key is None:
        raise WrongPassphraseError(msg(wrong, name=path.name))
    remember(key)
    return key


# --- copies and re-keyed files ---------------------------------------------------------------

def backup_copy(src: Path, dest: Path, key: Key) -> None:
    """SQLite's online backup of an encrypted file into a new file with the same key and salt
    (so the recovery key opens it too): no page is ever written in plaintext."""
    s = connect(src, key)
    d = connect(dest, key)
    try:
        s.backup(d)
    finally:
        d.close()
        s.close()
    if os.path.exists(str(dest) + "-journal"):
        os.remove(str(dest) + "-journal")


def export(src: Path, src_key: Key | None, dest: Path, dest_key: Key | None) -> None:
    """``sqlcipher_export`` of a closed, settled file into the new file ``dest``, encrypted
    with ``dest_key`` (None: plaintext). Pages go to ``dest`` already encrypted."""
    con = connect(src, src_key)
    try:
        con.execute("PRAGMA temp_store = MEMORY")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        target = dest_key.pragma_value() if dest_key else "''"
        con.execute(f"ATTACH DATABASE ? AS target KEY {target}", (str(dest),))
        if dest_key is not None:
            for name, value in dest_key.settings:
                con.execute(f"PRAGMA target.{name} = {value}")
        con.execute("SELECT sqlcipher_export('target')")
        con.execute(f"PRAGMA target.user_version = {int(version)}")
        con.commit()
        con.execute("DETACH DATABASE target")
    finally:
        con.close()
    check = connect(dest, dest_key)
    try:
        check.execute("PRAGMA journal_mode = WAL")
        result = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if result != "ok":  # pragma: no cover - SQLCipher wrote a broken file
        raise ProjectError(msg("cipher.export_failed", name=src.name))


catalogue({
    "cipher.export_failed": (
        "{name} could not be rewritten (the new file failed its check); it was not changed.",
        "{name} kunde inte skrivas om (den nya filen klarade inte kontrollen); den ändrades "
        "inte."),
})


catalogue({
    "cipher.busy": (
        "{name} is still in use by another program; close it there and try again.",
        "{name} används fortfarande av ett annat program; stäng det där och försök igen."),
})


def rewrite(path: Path, old: Key | None, new: Key | None) -> None:
    """Encrypt, decrypt or re-key the closed project at ``path``, crash-safely: holding the
    project's lock, its write-ahead log folded in, the whole file exported with ``new`` (None:
    plaintext) into a private working folder, checked, flushed and renamed over the original.
    A kill at any moment leaves the old file or the new one, whole; going to encrypted, no
    page is written in plaintext on the way."""
    from .lock import ProjectLock
    from .pseudo_store import settle
    path = Path(path)
    lock = ProjectLock.acquire(path)
    try:
        if not settle(path, old):
            raise ProjectBusyError(msg("cipher.busy", name=path.name))
        with atomic.work_folder() as folder:
            tmp = folder / "rewritten.qhtl"
            export(path, old, tmp, new)
            os.chmod(tmp, path.stat().st_mode & 0o777)  # as private as the file it replaces
            atomic.publish(tmp, path, overwrite=True)
        for suffix in ("-wal", "-shm"):  # the old file's (empty) companions
            Path(str(path) + suffix).unlink(missing_ok=True)
    finally:
        lock.release()
    if new is not None:
        remember(new)
