"""What an import found in each file, for the result list: speaker turns and speakers,
timestamps, and which attribute values came from the sheet (or that no sheet row matched).

Read back from the project after the import, so it says what was stored, not what a reader
meant to store; the import itself stays as it is.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..core.models import ImportReport
from ..importers.attribute_sheet import attributes_for_file, read_attribute_sheet


@dataclass(frozen=True)
class FileDetails:
    turns: int = 0
    speakers: list[tuple[str, int]] = field(default_factory=list)  # (label, turns), most first
    timestamps: int = 0
    attributes: dict[str, str] = field(default_factory=dict)  # all values the source has
    sheet_matched: bool | None = None  # None: no sheet was given


def import_details(project, report: ImportReport, sheet_path: Path | None = None
                   ) -> dict[str, FileDetails]:
    """{file path: details} for the files of ``report`` that were imported."""
    sheet = read_attribute_sheet(sheet_path) if sheet_path else None
    out: dict[str, FileDetails] = {}
    for result in report.results:
        if result.status != "imported" or result.source_id is None:
            continue
        turns = project.sources.turns(result.source_id)
        speakers = Counter(t.speaker for t in turns).most_common()
        matched = None
        if sheet is not None:
            matched = bool(attributes_for_file(sheet, Path(result.path).name))
        out[result.path] = FileDetails(
            turns=len(turns), speakers=speakers,
            timestamps=sum(1 for t in turns if t.timestamp_ms is not None),
            attributes={k: v for k, v in project.attributes.values_of(result.source_id).items()
                        if v},
            sheet_matched=matched)
    return out
