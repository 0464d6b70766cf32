"""One entry point for importing a transcript file, whatever its format.

The import service calls ``read_file`` for each file a researcher picked; it must get
either an ImportedText or an ImportFileError with a message it can show, never a raw
traceback from a parser library, so one bad file does not stop a batch of fifty.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from qualcoder_htl.core.errorlog import redact
from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import catalogue, msg
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import check_readable
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

catalogue({
    "import.hint.doc": (
        "old Word .doc files are not supported; open the file in Word and save it as .docx",
        "gamla Word .doc-filer stöds inte; öppna filen i Word och spara den som .docx"),
    "import.hint.pdf": (
        "PDF files are not supported; export the transcript from Word as .docx or .txt",
        "PDF-filer stöds inte; exportera transkriptionen från Word som .docx eller .txt"),
    "import.hint.pages": ("Pages files are not supported; export the transcript as .docx",
                          "Pages-filer stöds inte; exportera transkriptionen som .docx"),
    "import.hint.docm": ("save the file as a normal .docx (without macros) and import that",
                         "spara filen som en vanlig .docx (utan makron) och importera den"),
    "import.unsupported": ("files of type '{ext}' cannot be imported",
                           "filer av typen '{ext}' kan inte importeras"),
    "import.no_extension": ("the file name has no extension", "filnamnet saknar filändelse"),
    "import.supported": ("{hint} (supported: {supported})", "{hint} (stöds: {supported})"),
    "import.too_large": ("the file is too large to import", "filen är för stor för att importeras"),
    "import.unreadable_as": ("the file could not be read as {kind} (is it damaged?): {detail}",
                             "filen kunde inte läsas som {kind} (är den skadad?): {detail}"),
    "import.no_text": ("The file contains no text.", "Filen innehåller ingen text."),
})
_HINTS = {".doc": "import.hint.doc", ".pdf": "import.hint.pdf", ".pages": "import.hint.pages",
          ".docm": "import.hint.docm"}


def read_file(path: str | os.PathLike[str]) -> ImportedText:
    """Read one transcript by its extension; every failure becomes an ImportFileError."""
    name = str(path)
    ext = Path(path).suffix.lower()
    reader = READERS.get(ext)
    if reader is None:
        hint = msg(_HINTS[ext]) if ext in _HINTS else (
            msg("import.unsupported", ext=ext) if ext else msg("import.no_extension"))
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        raise ImportFileError(name, msg("import.supported", hint=hint, supported=supported))
    check_readable(path)  # missing, unreadable or empty: the same messages for every format
    try:
        result = reader(path)
    except ImportFileError:
        raise
    except MemoryError:
        raise ImportFileError(name, msg("import.too_large")) from None
    except Exception as exc:  # noqa: BLE001 - any parser failure is a broken file to the user
        detail = redact(str(exc).strip() or type(exc).__name__)[:200]  # no quoted text
        raise ImportFileError(
            name, msg("import.unreadable_as", kind=ext[1:].upper(), detail=detail)
        ) from exc
    if not result.text.strip():
        result.warnings.append(str(msg("import.no_text")))
    return result
