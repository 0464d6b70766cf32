"""Reading a file's bytes with errors a researcher understands (shared by all readers), and the
messages every reader may give: a damaged file, a format it is not."""
from __future__ import annotations

import os
from pathlib import Path

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import catalogue, msg

catalogue({
    "import.missing": ("the file does not exist (was it moved or renamed?)",
                       "filen finns inte (har den flyttats eller bytt namn?)"),
    "import.is_folder": ("this is a folder, not a file", "detta är en mapp, inte en fil"),
    "import.permission": ("permission denied: the file cannot be read",
                          "åtkomst nekad: filen kan inte läsas"),
    "import.unreadable": ("the file cannot be read ({reason})",
                          "filen kan inte läsas ({reason})"),
    "import.empty": ("the file is empty (0 bytes)", "filen är tom (0 byte)"),
    "import.damaged": ("the file is damaged: {what}", "filen är skadad: {what}"),
    "import.not_zip": ("not a valid {kind} file (it is not a zip archive)",
                       "inte en giltig {kind}-fil (den är inget zip-arkiv)"),
    "import.part_missing": ("not a valid {kind} file ({part} is missing from the archive)",
                            "inte en giltig {kind}-fil ({part} saknas i arkivet)"),
    "import.bad_xml": ("{part} is not valid XML (line {line}: {reason})",
                       "{part} är inte giltig XML (rad {line}: {reason})"),
    "list.and": ("{first} and {last}", "{first} och {last}"),
    "import.bad_zip": ("the zip archive is broken or incomplete ({reason})",
                       "zip-arkivet är trasigt eller ofullständigt ({reason})"),
})


def joined(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' (Swedish: 'och')."""
    if len(items) == 1:
        return items[0]
    return str(msg("list.and", first=", ".join(items[:-1]), last=items[-1]))


def zip_reason(exc: BaseException) -> str:
    """What zipfile or zlib says about a broken member ('Bad CRC-32 for file ...'): names a
    part, never its contents."""
    return (str(exc) or type(exc).__name__)[:160]


def damaged(name: str, what) -> ImportFileError:
    """``the file is damaged: <what>`` (``what``: a Message or plain words from a library)."""
    return ImportFileError(name, msg("import.damaged", what=what))


def bad_xml(name: str, part: str, exc) -> ImportFileError:
    """A damaged XML part, with the line and the parser's own words (no document text)."""
    line = getattr(exc, "lineno", None)
    if line is None and getattr(exc, "position", None):
        line = exc.position[0]  # expat (xml.etree, odfpy)
    reason = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
    first = next(iter(getattr(exc, "error_log", None) or ()), None)
    if first is not None and first.message:  # lxml's iterparse: the first error is the cause
        line, reason = first.line, first.message
    reason = reason.split(", line ")[0]
    return damaged(name, msg("import.bad_xml", part=part, line=line or "?", reason=reason))


def check_readable(path: str | os.PathLike[str]) -> None:
    """``read_bytes``'s checks (missing, a folder, unreadable, empty) without reading the file:
    a reader may refuse a huge file by its size before a byte of it is read."""
    _read(path, 1)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Return the bytes of ``path`` or raise ImportFileError (missing, a folder, unreadable, empty).

    Each reader calls this so that it gives the same messages whether it is called
    directly or through ``readers.read_file``. Readers check the file's size first
    (``limits.check_file_size``) so that nothing huge is read.
    """
    return _read(path, -1)


def _read(path: str | os.PathLike[str], size: int) -> bytes:
    """The first ``size`` bytes of ``path`` (all with -1), with one message per failure."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ImportFileError(name, msg("import.missing"))
    if p.is_dir():
        raise ImportFileError(name, msg("import.is_folder"))
    try:
        with p.open("rb") as f:
            data = f.read(size)
    except PermissionError:
        raise ImportFileError(name, msg("import.permission")) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ImportFileError(name, msg("import.unreadable", reason=reason)) from None
    if not data:
        raise ImportFileError(name, msg("import.empty"))
    return data
