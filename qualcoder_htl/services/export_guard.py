"""The one export guard, and the one way every export, shared copy and report is written.

``write_guarded(dest, write, service, what)`` makes the file in a private working folder
(``core.atomic``), reads the whole finished file back (``exporters.readback``: every part of a
zip, every text column of a SQLite copy, the text of anything else) and checks it, and the
final file name, against the pseudonymisation key (``pseudonymise.guard.find_leaks``); only a
file that passes is flushed and moved into place. A refusal (``ExportRefused``) names the place
and the fix in the interface language and leaves no file behind.

Before that, metadata that may carry an original (a project title, attribute values and
choices, code names and definitions, memo titles, source and file names) is written in its
pseudonymised form: ``scrub_record`` replaces every string of an analysis record with the
key's replacement, counting how many changed, so an export is refused only for what cannot be
replaced.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..core import atomic
from ..core.errors import UserError
from ..core.messages import Message, catalogue, msg
from ..exporters.readback import Unreadable, file_texts, raw_texts
from ..pseudonymise.guard import ExportRefused, find_leaks
from ..pseudonymise.known import KnownIdentifier
from ..store.cipher import connect_read_only

catalogue({
    "export.what.report": ("The theme report", "Temarapporten"),
    "export.what.matrix": ("The matrix export", "Matrisexporten"),
    "export.what.quotes": ("The quote extract", "Citatutdraget"),
    "export.what.copy": ("The shared copy", "Den delade kopian"),
    "export.what.qdpx": ("The REFI-QDA export", "REFI-QDA-exporten"),
    "export.what.codebook": ("The codebook export", "Kodboksexporten"),
    "export.what.agreement": ("The agreement table", "Överensstämmelsetabellen"),
    "export.file_name": ("the file name", "filnamnet"),
    "export.unreadable": (
        "{what} was refused: the written file cannot be checked ({reason}).",
        "{what} stoppades: den skrivna filen kan inte kontrolleras ({reason})."),
    "export.exists": ("A file already exists at {path}; choose another name.",
                      "Det finns redan en fil på {path}; välj ett annat namn."),
    "export.no_folder": ("Cannot write {path}: the folder does not exist.",
                         "Kan inte skriva {path}: mappen finns inte."),
    "export.denied": ("Cannot write {path}: permission denied.",
                      "Kan inte skriva {path}: åtkomst nekad."),
    "export.os_error": ("Cannot write {path}: {reason}.", "Kan inte skriva {path}: {reason}."),
})


class ExportedPath(type(Path())):
    """The path an export was written to (a ``Path``), with how many metadata strings
    (titles, names, attribute values, ...) were written in pseudonymised form."""

    metadata_replaced: int = 0


def exported(path: Path, replaced: int) -> ExportedPath:
    out = ExportedPath(path)
    out.metadata_replaced = replaced
    return out


def guard_file(path: str | Path, identifiers: Iterable[KnownIdentifier],
               allowed: Iterable[str] = (), name: str | None = None,
               what: str | Message | None = None) -> None:
    """Read the whole file at ``path`` back and raise ``ExportRefused`` (naming where) if any
    original of ``identifiers`` is in it or in ``name`` (the final file name)."""
    identifiers = list(identifiers)
    if not identifiers:
        return
    try:
        texts = file_texts(path, connect=connect_read_only)  # an encrypted copy with its key
    except (Unreadable, OSError, ValueError) as e:
        raise UserError(msg("export.unreadable", what=what or msg("guard.export"),
                            reason=str(e))) from None
    if name is not None:
        texts[str(msg("export.file_name"))] = name
    leaks = find_leaks(texts, identifiers, allowed)
    if not leaks:  # what no table shows, once the tables are clean
        leaks = find_leaks(raw_texts(path), identifiers, allowed)
    if leaks:
        raise ExportRefused(leaks, what)


def write_guarded(dest: str | Path, write: Callable[[Path], Any], service,
                  what: str | Message, overwrite: bool = True, project=None,
                  kind: str = "", also: Callable | None = None) -> Path:
    """``write(path)`` writes the file; ``service`` (the project's pseudonymisation service,
    None when the project has no key) guards it; then it is moved to ``dest``. With
    ``project``, the export is recorded in its export log as ``kind`` (refused or failed too),
    with ``also(w)``'s bookkeeping rows in the same transaction."""
    from . import export_log

    dest = Path(dest)
    try:
        _write_guarded(dest, write, service, what, overwrite)
    except BaseException as e:
        if isinstance(e, Exception):
            try:
                export_log.record(project, kind, dest.name, e)
            except UserError:  # busy or read-only: the refusal itself is what to show
                pass
        raise
    export_log.record(project, kind, dest.name, also=also)
    return dest


def _write_guarded(dest: Path, write: Callable[[Path], Any], service, what: str | Message,
                   overwrite: bool) -> None:
    if not dest.parent.is_dir():
        raise UserError(msg("export.no_folder", path=dest))
    if dest.exists() and (not overwrite or dest.is_dir()):
        raise UserError(msg("export.exists", path=dest))
    with atomic.work_folder() as work:
        tmp = work / f"export{dest.suffix}"
        write(tmp)
        if service is not None:
            service.guard_file(tmp, dest.name, what)
        try:
            atomic.publish(tmp, dest, overwrite)
        except FileExistsError:
            raise UserError(msg("export.exists", path=dest)) from None
        except PermissionError:
            raise UserError(msg("export.denied", path=dest)) from None
        except OSError as e:
            raise UserError(msg("export.os_error", path=dest,
                                reason=e.strerror or str(e))) from None


def export_record(project, path: Path, record: Any, write: Callable[[Path, Any], Any],
                  what: str) -> ExportedPath:
    """Export an analysis record: once the project has a key, every title, name and value in
    ``record`` and the file name in pseudonymised form (counted in the returned path's
    ``metadata_replaced``); ``write(tmp, record)`` writes the file in a private working
    folder, the export guard reads it back whole, and only then is it moved to ``path``. A
    refused or failed export leaves no file behind. ``what``: an ``export.what.*`` key."""
    pseudo = project.pseudonymisation
    service = pseudo if pseudo.active() else None
    scrubber = service.metadata_scrubber() if service is not None else None
    if scrubber is not None:
        record = scrub_record(record, scrubber)
        path = path.with_name(scrubber.file_name(path.name))
    write_guarded(path, lambda tmp: write(tmp, record), service, msg(what), project=project,
                  kind=what.removeprefix("export.what."))
    return exported(path, scrubber.replaced if scrubber is not None else 0)


# --- metadata in its pseudonymised form --------------------------------------------------------

_JOINED = re.compile(r"([-_])")


class MetadataScrubber:
    """Replace the key's originals in metadata strings, counting the strings changed."""

    def __init__(self, scrub: Callable[[str], str]):
        self._scrub = scrub
        self.replaced = 0

    def __call__(self, text: str) -> str:
        if not text or not isinstance(text, str):
            return text
        new = self._scrub(text)
        if _JOINED.search(new):  # vh_Anna_Berg.docx, Kvarnby-kopia: each part on its own
            new = "".join(self._scrub(part) if i % 2 == 0 else part
                          for i, part in enumerate(_JOINED.split(new)))
        if new != text:
            self.replaced += 1
        return new

    def file_name(self, name: str) -> str:
        new = self(name)
        return new.replace("/", "-").replace("\\", "-") if new != name else name


# Fields already cut from pseudonymised text: replacing again would undo a reviewer's
# "not an identifier" decision on a word that looks like an original.
_TEXT_FIELDS = frozenset({"text", "context_before", "context_after"})


def scrub_record(record: Any, scrub: Callable[[str], str]) -> Any:
    """The record (dataclasses, tuples, lists, dicts of them) with every string scrubbed,
    except quote text that is already pseudonymised."""
    if isinstance(record, str):
        return scrub(record)
    if isinstance(record, tuple) and hasattr(record, "_fields"):  # a NamedTuple
        return record
    if isinstance(record, (tuple, list)):
        if not record or isinstance(record[0], (int, float)):
            return record
        items = [scrub_record(r, scrub) for r in record]
        return type(record)(items)
    if isinstance(record, dict):
        return {scrub_record(k, scrub): scrub_record(v, scrub) for k, v in record.items()}
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        changes = {}
        quote_text = hasattr(record, "coding_id") or type(record).__name__ == "QuoteText"
        for f in dataclasses.fields(record):
            if not f.init or (quote_text and f.name in _TEXT_FIELDS):
                continue
            value = getattr(record, f.name)
            new = scrub_record(value, scrub)
            if new is not value and new != value:
                changes[f.name] = new
        return dataclasses.replace(record, **changes) if changes else record
    return record
