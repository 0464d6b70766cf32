"""Crash-atomic files: a kill at any moment leaves either nothing or the finished file.

An export, a shared copy or a new project file is made in a private working folder (mode 0700,
under the user's own data folder, never the destination), checked there, flushed to disk and
only then moved to its name. The destination folder never holds a half-written file or a file
that still carries originals; the only name that may appear there before the final one is a
neutral ``.qhtl-part-<random>`` (when the private folder is on another disk), which holds the
finished, checked bytes.

``clean_stale()`` (at start-up) removes working folders that a killed process left behind;
``install_signal_cleanup()`` (the CLI) removes the current ones on SIGTERM/SIGINT.
"""
from __future__ import annotations

import errno
import os
import secrets
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DATA_ENV = "QUALCODER_HTL_DATA"  # overrides the user's data folder (tests, portable installs)
PART_PREFIX = ".qhtl-part-"
_WORK_PREFIX = "w"
_live: set[Path] = set()  # working folders and destination temp files of this process


def user_data_dir() -> Path:
    """The user's own data folder for qualcoder-htl (not shared, not a system temp folder)."""
    forced = os.environ.get(DATA_ENV)
    if forced:
        return Path(forced)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA")
        return Path(base or Path.home()) / "qualcoder-htl"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "qualcoder-htl"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "qualcoder-htl"


def private_temp_dir() -> Path:
    """``<data>/temp``, readable by the user only."""
    folder = user_data_dir() / "temp"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


@contextmanager
def work_folder() -> Iterator[Path]:
    """A fresh private folder for one piece of work; removed afterwards whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix=f"{_WORK_PREFIX}{os.getpid()}-",
                                   dir=private_temp_dir()))
    _live.add(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        _live.discard(folder)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish(finished: Path, dest: Path, overwrite: bool = True) -> Path:
    """Move a finished, checked file into place in one step. ``overwrite=False`` refuses an
    existing ``dest`` (FileExistsError) instead of replacing it."""
    fsync_file(finished)
    try:
        _move(finished, dest, overwrite)
    except OSError as e:
        if e.errno != errno.EXDEV:
            raise
        part = dest.with_name(f"{PART_PREFIX}{secrets.token_hex(8)}")  # no name in the name
        _live.add(part)
        try:
            shutil.copyfile(finished, part)
            fsync_file(part)
            _move(part, dest, overwrite)
        finally:
            part.unlink(missing_ok=True)
            _live.discard(part)
    _fsync_dir(dest.parent)
    return dest


def _move(src: Path, dest: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(src, dest)
        return
    try:
        os.link(src, dest)  # atomic, and fails if dest exists
    except FileExistsError:
        raise
    except OSError as e:  # a file system without hard links (FAT on a USB stick)
        if e.errno == errno.EXDEV:
            raise
        if dest.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(dest)) from None
        os.replace(src, dest)
        return
    src.unlink()


def clean_stale(max_age_hours: float = 24.0) -> int:
    """Remove working folders left by processes that no longer run (a crash, a kill).
    Returns how many were removed."""
    folder = user_data_dir() / "temp"
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.iterdir():
        if _is_stale(entry, max_age_hours):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed += 1
    return removed


def _is_stale(entry: Path, max_age_hours: float) -> bool:
    pid_text = entry.name[len(_WORK_PREFIX):].split("-", 1)[0]
    if entry.name.startswith(_WORK_PREFIX) and pid_text.isdigit() and os.name == "posix":
        pid = int(pid_text)
        if pid == os.getpid():
            return entry not in _live
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            pass  # alive, someone else's: fall through to the age (a reused process id)
    try:
        return time.time() - entry.stat().st_mtime > max_age_hours * 3600
    except OSError:
        return False


def remove_live() -> None:
    """Remove this process's working folders and destination temp files (signal handler)."""
    for path in list(_live):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        _live.discard(path)


def install_signal_cleanup() -> None:
    """On SIGTERM/SIGINT remove the working files first, then stop as the signal asks."""
    def handler(signum, frame):
        remove_live()
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGINT"):
        sig = getattr(signal, name, None)
        if sig is not None:
            try:
                signal.signal(sig, handler)
            except ValueError:  # not the main thread
                pass
