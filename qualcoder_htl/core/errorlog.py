"""What an unexpected error leaves behind, and the failures a user can meet that are not bugs.

An exception's message may carry the text it was working on: SQLAlchemy appends the SQL
parameters (a transcript, a name from the pseudonymisation key), a ``KeyError`` shows its key.
So the terminal gets one line with the exception *type* only, and the log keeps the frames and
types with every quoted literal and parameter list redacted. The log goes to the user's data
folder (``$XDG_DATA_HOME/qualcoder-htl/logs`` or ``~/.local/share/qualcoder-htl/logs``), a
folder only the user can read (0700), one file per error (0600), never a fixed name in /tmp.

``known_failure`` turns what the disk and SQLite say (busy, read-only, full, I/O error) into a
translated one-line message: those are not bugs, and the user can act on them. The CLI and the
GUI's exception hook both use this module.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path

from .messages import Message, catalogue, msg

catalogue({
    "failure.locked": (
        "The project is busy: another program or window is writing to it. Nothing was "
        "changed; try again in a moment.",
        "Projektet är upptaget: ett annat program eller fönster skriver i det. Inget ändrades; "
        "försök igen om en stund."),
    "failure.readonly": (
        "The project cannot be changed: the file, its folder or the disk is read-only.",
        "Projektet kan inte ändras: filen, mappen eller disken är skrivskyddad."),
    "failure.disk_full": (
        "The disk is full. Nothing was saved by the failed action; free some space and try "
        "again.",
        "Disken är full. Den misslyckade åtgärden sparade inget; frigör utrymme och försök igen."),
    "failure.disk_io": (
        "The disk could not be read or written (I/O error). Check the drive or network folder "
        "and try again.",
        "Disken kunde inte läsas eller skrivas (I/O-fel). Kontrollera enheten eller "
        "nätverksmappen och försök igen."),
    "failure.cannot_open": (
        "The project file cannot be opened (the file or its folder is missing or not "
        "accessible).",
        "Projektfilen kan inte öppnas (filen eller mappen saknas eller går inte att nå)."),
    "failure.permission": (
        "Permission denied: the file or folder cannot be written or read.",
        "Åtkomst nekad: filen eller mappen kan inte skrivas eller läsas."),
    "failure.interrupted": ("interrupted", "avbrutet"),
    "failure.internal": (
        "internal error: {type} (details in {log})",
        "internt fel: {type} (detaljer i {log})"),
    "failure.internal_nolog": (
        "internal error: {type} (no log could be written)",
        "internt fel: {type} (ingen logg kunde skrivas)"),
})

_SQLITE_MESSAGES = (  # what SQLite says -> our message key (first match wins)
    ("database is locked", "failure.locked"),
    ("database table is locked", "failure.locked"),
    ("readonly database", "failure.readonly"),
    ("read-only", "failure.readonly"),
    ("database or disk is full", "failure.disk_full"),
    ("disk i/o error", "failure.disk_io"),
    ("unable to open database file", "failure.cannot_open"),
)
_OS_ERRNOS = {
    errno.ENOSPC: "failure.disk_full",
    errno.EDQUOT: "failure.disk_full",
    errno.EROFS: "failure.readonly",
    errno.EIO: "failure.disk_io",
    errno.EACCES: "failure.permission",
    errno.EPERM: "failure.permission",
}


def _chain(exc: BaseException | None):
    """The exception, what it wraps (``.orig`` of SQLAlchemy) and its causes, each once."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        orig = getattr(e, "orig", None)
        todo.extend(x for x in (orig, e.__cause__, e.__context__) if isinstance(x, BaseException))


def _is_sqlite_error(e: BaseException) -> bool:
    """An error of SQLite's driver or of SQLCipher's (an encrypted project), which has its own
    copy of the same classes."""
    return isinstance(e, sqlite3.Error) or type(e).__module__.startswith("sqlcipher3")


def known_failure(exc: BaseException, path: str | os.PathLike[str] | None = None) -> Message | None:
    """A translated message for a disk or database failure the user can act on, else None.

    ``path``: the project (or output) file, if known. SQLite reports a full disk as an I/O
    error when it cannot create its WAL index, so an I/O error on a disk without free space
    is reported as a full disk."""
    key = None
    for e in _chain(exc):
        if _is_sqlite_error(e):
            text = str(e).casefold()
            key = next((k for fragment, k in _SQLITE_MESSAGES if fragment in text), None)
        elif isinstance(e, OSError):
            key = _OS_ERRNOS.get(e.errno)
        if key:
            break
    if key == "failure.disk_io" and path is not None and _disk_is_full(Path(path)):
        key = "failure.disk_full"
    if key == "failure.cannot_open" and path is not None and not _folder_writable(Path(path)):
        key = "failure.readonly"  # e.g. a new project in a folder on a read-only disk
    return msg(key) if key else None


def _folder_writable(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    return not folder.exists() or os.access(folder, os.W_OK)


def _disk_is_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


# --- the log --------------------------------------------------------------------------------

_PARAMETERS = re.compile(r"\[parameters: .*?\]\s*(?=\(Background|\Z|\[SQL)", re.S)
_QUOTED = re.compile(r"'(?P<s>(?:[^'\\]|\\.)*)'" r'|"(?P<d>(?:[^"\\]|\\.)*)"', re.S)
_SAFE_LITERAL = re.compile(r"[a-z_][a-z0-9_.\-]{0,19}")  # a column, a codec, a key name


def redact(text: str) -> str:
    """Drop SQL parameter lists; replace quoted literals that could be user text.

    Short lower-case identifiers ('sources', 'utf-8') stay: they help and carry no text.
    Anything else quoted (a name, a sentence, a path) becomes ``'<redacted N chars>'``."""
    text = _PARAMETERS.sub("[parameters: <redacted>] ", text)

    def one(m: re.Match[str]) -> str:
        body = m.group("s") if m.group("s") is not None else m.group("d")
        if _SAFE_LITERAL.fullmatch(body):
            return m.group(0)
        quote = m.group(0)[0]
        return f"{quote}<redacted {len(body)} chars>{quote}"

    text = _QUOTED.sub(one, text)
    if len(text) > 400:
        text = text[:400] + " <cut>"
    return text


def describe(exc_type, exc: BaseException | None, tb) -> str:
    """The traceback's frames and exception types, messages redacted, causes included."""
    lines = [f"Python {sys.version.split()[0]}, {sys.platform}"]
    chain = []
    e = exc
    while e is not None and len(chain) < 10:
        chain.append(e)
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    for i, e in enumerate(reversed(chain)):
        if i:
            lines.append("\nwhich led to:")
        frames = traceback.extract_tb(e.__traceback__ if e is not exc else tb)
        for f in frames:
            lines.append(f'  File "{f.filename}", line {f.lineno}, in {f.name}')
            if f.line:
                lines.append(f"    {redact(f.line.strip())}")  # a literal may be data
        kind = type(e)
        lines.append(f"{kind.__module__}.{kind.__qualname__}: {redact(_message_of(e))}")
        orig = getattr(e, "orig", None)
        if isinstance(orig, BaseException):
            lines.append(f"  wraps {type(orig).__module__}.{type(orig).__qualname__}: "
                         f"{redact(_message_of(orig))}")
    if exc is None and exc_type is not None:
        lines.append(exc_type.__qualname__)
    return "\n".join(lines) + "\n"


# Exceptions whose messages describe code, not data (with quoted literals still redacted).
# Any other message (ValueError, KeyError, RuntimeError, our own) may quote the text it was
# working on, so only its length is logged.
_STRUCTURAL = (sqlite3.Error, AttributeError, TypeError, NameError, ImportError, IndexError,
               ZeroDivisionError, RecursionError, MemoryError, NotImplementedError)


def _message_of(e: BaseException) -> str:
    orig = getattr(e, "orig", None)
    if isinstance(orig, BaseException):  # SQLAlchemy: its str() appends SQL and parameters
        return f"(see below, {type(orig).__name__})"
    if isinstance(e, OSError):  # errno and the system's words; never the file name
        return f"[Errno {e.errno}] {e.strerror or ''}".strip()
    try:
        text = str(e)
    except Exception:  # noqa: BLE001 - a broken __str__ must not stop the log
        return "<message not printable>"
    if isinstance(e, _STRUCTURAL) or _is_sqlite_error(e):
        return text
    return f"<message withheld, {len(text)} chars>"


def log_folder() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share`` (on Windows ``%LOCALAPPDATA%``), then
    ``qualcoder-htl/logs``."""
    base = os.environ.get("XDG_DATA_HOME")
    if not base and sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
    return Path(base or Path.home() / ".local" / "share") / "qualcoder-htl" / "logs"


def write_error_log(exc_type, exc: BaseException | None, tb, header: str = "") -> Path | None:
    """Write ``describe(...)`` to a new private file in ``log_folder()``; None if impossible."""
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in range(100):
            path = folder / f"error-{stamp}-{os.getpid()}{f'-{n}' if n else ''}.log"
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(header + describe(exc_type, exc, tb))
            return path
    except OSError:
        return None
    return None


def internal_error_line(exc: BaseException, log: Path | None) -> Message:
    kind = type(exc).__name__
    if log is None:
        return msg("failure.internal_nolog", type=kind)
    return msg("failure.internal", type=kind, log=str(log))
