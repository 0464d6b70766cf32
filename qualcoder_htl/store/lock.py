"""One open project in one place: a lock file beside the project while it is open.

``interviews.qhtl`` open for writing has ``interviews.qhtl.lock`` beside it, holding who has it
(user, host, process id, start time) as JSON. A second open, in this program or another, on
this computer or another one reaching the same folder, finds the file and is refused with a
message that names the user and the host (the GUI then offers a read-only open). A lock whose
process is gone on this host (a crash, a power cut) is stale and taken over.

SQLite's own locking keeps each transaction whole; this lock keeps two people from working on
one file at once, which undo cannot survive (each side's undo would revert the other's rows).
"""
from __future__ import annotations

import errno
import getpass
import glob
import json
import os
import socket
import sys
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ..core.errors import ProjectLockedError
from ..core.messages import catalogue, msg

catalogue({
    "project.locked": (
        "{name} is already open by {user} on {host} (since {since}). Open it read-only, or "
        "ask {user} to close it first. If it is no longer open there (that computer crashed), "
        "delete the file {lock} and open it again.",
        "{name} är redan öppet hos {user} på {host} (sedan {since}). Öppna det skrivskyddat, "
        "eller be {user} att stänga det först. Om det inte längre är öppet där (datorn "
        "kraschade), ta bort filen {lock} och öppna det igen."),
    "project.lock_failed": (
        "{name} cannot be locked for writing ({reason}). Open it read-only, or copy it to a "
        "folder you can write to.",
        "{name} kan inte låsas för skrivning ({reason}). Öppna det skrivskyddat, eller kopiera "
        "det till en mapp där du kan skriva."),
})

LOCK_SUFFIX = ".lock"


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + LOCK_SUFFIX)


def _user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # noqa: BLE001 - no login name (some containers)
        return "unknown"


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    started: str  # ISO time the lock was taken
    token: str  # tells this lock apart from a later one by the same process
    process_start: int | None = None  # Linux: the holder's start in ticks since boot

    @classmethod
    def me(cls) -> LockOwner:
        return cls(_user(), socket.gethostname(), os.getpid(),
                   datetime.now().isoformat(timespec="seconds"), uuid.uuid4().hex,
                   _start_ticks(os.getpid()))

    def is_stale(self) -> bool:
        """Gone for sure: same host and no such process. Another host's lock is trusted."""
        if self.host != socket.gethostname():
            return False
        return not _process_alive(self.pid, self.process_start)


def _process_alive(pid: int, boot_ticks: int | None = None) -> bool:
    """Whether ``pid`` runs on this host (and, where Linux tells, is the same process that
    took the lock rather than a later one that got its number)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        pass
    except OSError:
        return True  # cannot tell: keep the lock rather than take it from a live program
    if boot_ticks is not None:
        now = _start_ticks(pid)
        if now is not None and now != boot_ticks:
            return False  # the number was reused by a later process
    return True


def _windows_process_alive(pid: int) -> bool:
    """``os.kill(pid, 0)`` would end the process on Windows: ask the kernel instead."""
    import ctypes
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _start_ticks(pid: int) -> int | None:
    """When the process started, in clock ticks since boot (Linux), else None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock of the project at ``path``, or None (no lock, or unreadable)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        start = data.get("process_start")
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]),
                         str(data["started"]), str(data.get("token", "")),
                         int(start) if start is not None else None)
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ProjectLock:
    """Held from open to close. ``acquire`` raises ``ProjectLockedError`` naming the holder."""

    def __init__(self, project_path: Path, owner: LockOwner):
        self.project_path = project_path
        self.path = lock_path(project_path)
        self.owner = owner

    @classmethod
    def acquire(cls, project_path: Path) -> ProjectLock:
        project_path = Path(project_path)
        me = LockOwner.me()
        for _attempt in range(3):
            if _create_exclusive(project_path, me):
                return cls(project_path, me)
            holder = read_owner(project_path)
            if holder is None:
                # being written by its owner this very moment, or a broken file: a broken file
                # older than a few seconds is stale
                if _older_than(lock_path(project_path), seconds=5):
                    lock_path(project_path).unlink(missing_ok=True)
                continue
            if holder.is_stale():
                _remove_if_same(project_path, holder)
                continue
            raise _locked(project_path, holder)
        raise _locked(project_path, read_owner(project_path))

    def release(self) -> None:
        """Remove the lock file if it is still ours (never another's that took over)."""
        _remove_if_same(self.project_path, self.owner)

    @property
    def held(self) -> bool:
        return read_owner(self.project_path) == self.owner


def _locked(project_path: Path, holder: LockOwner | None) -> ProjectLockedError:
    user = holder.user if holder else "?"
    host = holder.host if holder else "?"
    since = holder.started if holder else ""
    return ProjectLockedError(
        msg("project.locked", name=project_path.name, user=user, host=host,
            since=since.replace("T", " ") or "?", lock=lock_path(project_path).name),
        user=user, host=host, since=since)


def _create_exclusive(project_path: Path, owner: LockOwner) -> bool:
    """Write the owner to a temporary file, then link it to the lock's name: the link is
    exclusive and atomic, so a lock file is never seen empty, even when its writer is killed
    half-way. Where the system offers a file without a name (Linux), a killed writer leaves
    nothing at all; elsewhere it leaves a named temporary file, which the next acquire
    removes."""
    path = lock_path(project_path)
    _remove_dead_temporaries(path)
    linked = _link_unnamed(path, owner)
    if linked is not None:
        return linked
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(asdict(owner), f)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise  # a full disk is told as one ("The disk is full ...")
        raise ProjectLockedError(msg("project.lock_failed", name=project_path.name,
                                     reason=e.strerror or str(e))) from None
    finally:
        tmp.unlink(missing_ok=True)
    return True


def _link_unnamed(path: Path, owner: LockOwner) -> bool | None:
    """The lock written to a file with no name in the lock's folder (``O_TMPFILE``) and then
    linked to the lock's name: True when linked, False when another holds the lock, None
    where the system or its file system has no such files."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return None
    try:
        fd = os.open(path.parent, flag | os.O_WRONLY, 0o644)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        return None  # a file system without unnamed files: the named way below
    try:
        os.write(fd, json.dumps(asdict(owner)).encode("utf-8"))
        os.fsync(fd)
        try:
            os.link(f"/proc/self/fd/{fd}", path)
        except FileExistsError:
            return False
        except OSError as e:
            if e.errno in (errno.ENOSPC, errno.EDQUOT):
                raise
            return None  # no /proc to link through: the named way below
        return True
    finally:
        os.close(fd)


def _remove_dead_temporaries(path: Path) -> None:
    """Temporary lock files of writers that no longer run ("studie.qhtl.lock.4711.tmp")."""
    for tmp in path.parent.glob(f"{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 1:-len(".tmp")]
        if pid.isdigit() and not _process_alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _remove_if_same(project_path: Path, owner: LockOwner) -> None:
    if read_owner(project_path) == owner:
        lock_path(project_path).unlink(missing_ok=True)


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return datetime.now().timestamp() - path.stat().st_mtime > seconds
    except OSError:
        return False
