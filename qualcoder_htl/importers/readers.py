"""One entry point for importing a transcript file, whatever its format.

The import service calls ``read_file`` for each file a researcher picked; it must get
either an ImportedText or an ImportFileError with a message it can show, never a raw
traceback from a parser library, so one bad file does not stop a batch of fifty.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import read_bytes
from qualcoder_htl.importers.docx_reader import read_docx
from qualcoder_htl.importers.odt_reader import read_odt
from qualcoder_htl.importers.rtf_reader import read_rtf
from qualcoder_htl.importers.text_files import read_txt

Reader = Callable[[str | os.PathLike[str]], ImportedText]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".docx": read_docx,
    ".odt": read_odt,
    ".rtf": read_rtf,
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(READERS)

_HINTS = {
    ".doc": "old Word .doc files are not supported; open the file in Word and save it as .docx",
    ".pdf": "PDF files are not supported; export the transcript from Word as .docx or .txt",
    ".pages": "Pages files are not supported; export the transcript as .docx",
    ".docm": "save the file as a normal .docx (without macros) and import that",
}


def read_file(path: str | os.PathLike[str]) -> ImportedText:
    """Read one transcript by its extension; every failure becomes an ImportFileError."""
    name = str(path)
    ext = Path(path).suffix.lower()
    reader = READERS.get(ext)
    if reader is None:
        hint = _HINTS.get(ext) or (
            f"files of type '{ext}' cannot be imported" if ext else "the file name has no extension"
        )
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        raise ImportFileError(name, f"{hint} (supported: {supported})")
    read_bytes(path)  # missing, unreadable or empty: the same clear messages for every format
    try:
        result = reader(path)
    except ImportFileError:
        raise
    except MemoryError:
        raise ImportFileError(name, "the file is too large to import") from None
    except Exception as exc:  # noqa: BLE001 - any parser failure is a broken file to the user
        detail = str(exc).strip() or type(exc).__name__
        raise ImportFileError(
            name, f"the file could not be read as {ext[1:].upper()} (is it damaged?): {detail}"
        ) from exc
    if not result.text.strip():
        result.warnings.append("The file contains no text.")
    return result
