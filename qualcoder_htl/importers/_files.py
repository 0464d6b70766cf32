"""Reading a file's bytes with errors a researcher understands (shared by all readers)."""
from __future__ import annotations

import os
from pathlib import Path

from qualcoder_htl.core.errors import ImportFileError


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Return the bytes of ``path`` or raise ImportFileError (missing, a folder, unreadable, empty).

    Each reader calls this so that it gives the same messages whether it is called
    directly or through ``readers.read_file``.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ImportFileError(name, "the file does not exist (was it moved or renamed?)")
    if p.is_dir():
        raise ImportFileError(name, "this is a folder, not a file")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise ImportFileError(name, "permission denied: the file cannot be read") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ImportFileError(name, f"the file cannot be read ({reason})") from None
    if not data:
        raise ImportFileError(name, "the file is empty (0 bytes)")
    return data
