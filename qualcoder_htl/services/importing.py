"""Import transcripts: files or a folder as one action (one transaction, one undo entry; each
file a savepoint in it), duplicates found by content hash, per-file errors reported while the
rest goes on. A cancel keeps the files imported so far; an unexpected error keeps none.

Speed (200 transcripts, a million words, in about a second): the search index of all the files
is written once, as the transaction commits (``Writer.flush_index``), not at every file's
savepoint; turns go in as one plain executemany per file. Durability costs one fsync for the
whole import: the project keeps ``synchronous=FULL``. ``synchronous=NORMAL`` under WAL would
also keep the database consistent after a crash (a commit is in the WAL whole or not at all)
and lose at most the last commits on a power cut, but it saves fsyncs only where there are
many commits, and an import now has one."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import Cancelled, ConflictError, ImportFileError, UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..core.models import (
    MATERIAL_KIND_ATTRIBUTE,
    MATERIAL_KIND_NAMES,
    FileImportResult,
    ImportedText,
    ImportReport,
)
from ..importers.attribute_sheet import (
    attributes_for_file,
    attributes_from_filename,
    read_attribute_sheet,
    sheet_notes,
)
from ..importers.readers import SUPPORTED_EXTENSIONS, read_file
from ..importers.speakers import SpeakerOptions, parse_turns
from ..store import reads
from ..store.database import utcnow
from ..store.writer import Writer

catalogue({
    "import.duplicate": ("same text as the source '{source}'; not imported again",
                         "samma text som källan '{source}'; importerades inte igen"),
    "import.value_left_out": ("attribute value left out: {reason}",
                              "attributvärdet utelämnades: {reason}"),
    "import.cancelled": ("cancelled", "avbruten"),
    "import.no_folder": ("No folder at {folder}.", "Ingen mapp på {folder}."),
    "importing.undo.files": (
        ("Import {n} file",
         "Import {n} files"),
        ("Importera {n} fil",
         "Importera {n} filer")),
})


@dataclass
class ImportOptions:
    speakers: SpeakerOptions = field(default_factory=SpeakerOptions)
    parse_speakers: bool = True
    attribute_sheet: Path | None = None
    filename_pattern: str | None = None  # e.g. "{Respondentgrupp}_o{Omgång}_{Intervjunummer}"
    recursive: bool = True
    # what the files are when not interviews ("deltagande observation", "dokument"): stored as
    # the source attribute Materialtyp, unless the sheet or file name gives each file's own
    kind: str | None = None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_importable(folder: Path, recursive: bool = True) -> list[Path]:
    pattern = "**/*" if recursive else "*"
    return sorted(p for p in Path(folder).glob(pattern)
                  if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS
                  and not p.name.startswith(("~$", ".")))


class ImportService:
    def __init__(self, project):
        self.p = project

    def import_folder(self, folder: str | Path, options: ImportOptions | None = None,
                      progress: Progress | None = None) -> ImportReport:
        folder = Path(folder)
        if not folder.is_dir():
            raise UserError(msg("import.no_folder", folder=str(folder)))
        options = options or ImportOptions()
        return self.import_files(find_importable(folder, options.recursive), options, progress)

    def import_files(self, paths: list[str | Path], options: ImportOptions | None = None,
                     progress: Progress | None = None) -> ImportReport:
        options = options or ImportOptions()
        progress = progress or Progress()
        self.p.check_writable()  # one clear refusal, not one error per file
        sheet = read_attribute_sheet(options.attribute_sheet) if options.attribute_sheet else {}
        report = ImportReport()
        paths = [Path(p) for p in paths]
        known = [a.name for a in self.p.attributes.definitions("source")] if sheet else []
        with self.p.batch(msg("importing.undo.files", n=len(paths))) as batch:
            self._import_all(paths, options, sheet, progress, report)
            n = report.count("imported")
            batch.label = msg("importing.undo.files", n=n)
        if sheet:
            report.notes.extend(sheet_notes(
                sheet, [r.path for r in report.results if r.status == "imported"], known))
        return report

    def _import_all(self, paths: list[Path], options: ImportOptions, sheet: dict,
                    progress: Progress, report: ImportReport) -> None:
        try:
            for i, path in enumerate(paths):
                progress.step(i, len(paths), path.name)
                result, _ops = self._import_one(path, options, sheet)
                report.results.append(result)
            progress.step(len(paths), len(paths), "")
        except Cancelled:
            report.cancelled = True
            done = {r.path for r in report.results}
            report.results.extend(FileImportResult(str(p), "skipped", str(msg("import.cancelled")))
                                  for p in paths if str(p) not in done)

    def _import_one(self, path: Path, options: ImportOptions, sheet: dict):
        try:
            imported = read_file(path)
        except ImportFileError as e:
            return FileImportResult(str(path), "error", e.reason), []
        digest = content_hash(imported.text)
        with self.p.db.read() as conn:
            twins = reads.sources_by_hash(conn, digest)
        if twins:
            return FileImportResult(str(path), "duplicate",
                                    str(msg("import.duplicate", source=twins[0].name)),
                                    twins[0].id), []
        attributes = self._attributes_for(path, options, sheet)
        try:
            ops, source_id = self.p.transaction(
                lambda w: self._store(w, path, imported, digest, options, attributes))
        except UserError as e:
            return FileImportResult(str(path), "error", str(e)), []
        return FileImportResult(str(path), "imported", "", source_id,
                                list(imported.warnings)), ops

    @staticmethod
    def _attributes_for(path: Path, options: ImportOptions, sheet: dict) -> dict[str, str]:
        values: dict[str, str] = {}
        if options.filename_pattern:
            values.update(attributes_from_filename(path.name, options.filename_pattern))
        if sheet:
            values.update(attributes_for_file(sheet, path.name))
        if options.kind and options.kind.strip() and not any(
                k.strip().casefold() in MATERIAL_KIND_NAMES for k in values):
            values[MATERIAL_KIND_ATTRIBUTE] = options.kind.strip()
        return values

    def _store(self, w: Writer, path: Path, imported: ImportedText, digest: str,
               options: ImportOptions, attributes: dict[str, str]) -> int:
        name = path.name
        n = 2
        while w.find("sources", name=name):
            name = f"{path.stem} ({n}){path.suffix}"
            n += 1
        text = imported.text
        source_id = w.insert("sources", {
            "name": name, "text": text, "content_hash": digest,
            "word_count": len(text.split()), "char_count": len(text),
            "original_format": imported.original_format, "original_file_name": path.name,
            "encoding": imported.encoding, "imported_at": utcnow(),
            "imported_by": self.p.coder.id})
        if imported.original_bytes:
            w.insert("source_files", {"source_id": source_id, "file_name": path.name,
                                      "data": imported.original_bytes})
        if options.parse_speakers:
            turns = parse_turns(text, options.speakers)
            w.insert_many("turns", [
                {"source_id": source_id, "ordinal": i, "speaker": t.speaker, "start": t.start,
                 "end": t.end, "timestamp_ms": t.timestamp_ms, "is_interviewer": t.is_interviewer}
                for i, t in enumerate(turns)])
        if attributes:
            by_name = {r["name"].casefold(): r["id"]
                       for r in w.find("attribute_defs", applies_to="source")}
            for attr_name, value in attributes.items():
                aid = by_name.get(attr_name.strip().casefold())
                if aid is None:
                    aid = self.p.attributes.define_in(w, attr_name)
                    by_name[attr_name.strip().casefold()] = aid
                try:
                    self.p.attributes.set_value_in(w, "source", source_id, aid, value)
                except ConflictError as e:  # keep the transcript, say which value was left out
                    imported.warnings.append(str(msg("import.value_left_out", reason=e)))
        return source_id
