"""What the import result list says about each imported file: its speaker turns and
speakers, timestamps, attribute values, and whether the attribute sheet had a row for it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.import_summary import FileDetails

translate = QCoreApplication.translate

def describe(d: FileDetails) -> str:
    """One line on what a file held: turns and speakers, timestamps, attribute values."""
    if d.turns:
        who = ", ".join(f"{name} ({n})" for name, n in d.speakers[:4])
        who += ", …" if len(d.speakers) > 4 else ""
        parts = [translate("ImportDialog", "{0} turns by {1} speakers: {2}").format(
            d.turns, len(d.speakers), who)]
    else:
        parts = [translate("ImportDialog", "no speaker turns found")]
    if d.timestamps:
        parts.append(translate("ImportDialog", "{0} timestamps").format(d.timestamps))
    if d.sheet_matched is False:
        parts.append(translate("ImportDialog", "no row in the attribute sheet matched"))
    if d.attributes:
        parts.append(", ".join(f"{k}: {v}" for k, v in d.attributes.items()))
    return " · ".join(parts)
