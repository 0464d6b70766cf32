"""Parts of the REFI-QDA import dialog: what a .qdpx/.qdc holds (from ``refi_import.read_file``,
which touches no project) and how to read it (position counting, missing texts, speaker
turns)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel

from ..services import refi


def count_codes(codes) -> int:
    return sum(1 + count_codes(c.children) for c in codes)


def names(items: list[str], limit: int = 6) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f", … (+{len(items) - limit})" if len(items) > limit else "")


class FilePreview(QGroupBox):
    """The tool that wrote the file, its sources, codes, codings, users and how positions are
    counted; a file that cannot be used says why."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("The file"))
        form = QFormLayout(self)
        self.facts: dict[str, QLabel] = {}
        for key, label in (("file", self.tr("File:")), ("origin", self.tr("Written by:")),
                           ("name", self.tr("Project:")), ("sources", self.tr("Sources:")),
                           ("codes", self.tr("Codes:")), ("codings", self.tr("Codings:")),
                           ("users", self.tr("Users:")), ("other", self.tr("Also:")),
                           ("counting", self.tr("Positions:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"refiFact_{key}")
            self.facts[key] = value
            form.addRow(label, value)
        self.facts["file"].setText(path.name)
        self.facts["file"].setToolTip(str(path))
        self.message = QLabel()
        self.message.setObjectName("refiPreviewMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        self.message.hide()
        form.addRow(self.message)

    def clear(self) -> None:
        for key, label in self.facts.items():
            if key != "file":
                label.setText(self.tr("reading…") if key == "origin" else "")
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_model(self, model) -> None:
        users = {u.guid: u.name for u in model.users}
        f = self.facts
        f["origin"].setText(model.origin or self.tr("(not stated)"))
        kind = self.tr("project archive (.qdpx)") if model.kind == "project" else self.tr(
            "codebook only (.qdc)")
        f["name"].setText(f"{model.name or '–'} · {kind}")
        f["sources"].setText(f"{len(model.sources)}: {names([s.name for s in model.sources])}"
                             if model.sources else "0")
        f["codes"].setText(self.tr("{0} ({1} at the top level)").format(
            count_codes(model.codes), len(model.codes)))
        f["codings"].setText(str(sum(len(sel.codings) for s in model.sources
                                     for sel in s.selections)))
        f["users"].setText(names([u.name for u in model.users]) or "–")
        if model.creating_user in users:
            f["users"].setText(f["users"].text() + "  " + self.tr("(project created by {0})")
                               .format(users[model.creating_user]))
        f["other"].setText(" · ".join((self.tr("%n case(s)", "", len(model.cases)),
                                        self.tr("%n attribute(s)", "", len(model.variables)),
                                        self.tr("%n memo(s)", "", len(model.notes)))))
        counting = model.counting or "–"
        f["counting"].setText(counting[:1].upper() + counting[1:])
        self.show_message("\n".join(
            [self.tr("skipped: {0}").format(s) for s in model.skipped]
            + [self.tr("warning: {0}").format(w) for w in model.warnings]))


class ReadingOptions(QGroupBox):
    changed = Signal()  # the file must be read again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Reading the file"))
        form = QFormLayout(self)
        self.counting = QComboBox()
        self.counting.setObjectName("refiCounting")
        for text, counting in (
                (self.tr("Detect from the data (recommended)"), None),
                (self.tr("Unicode code points, as the standard says"), refi.Counting()),
                (self.tr("UTF-16 code units, as NVivo counts"), refi.Counting(utf16=True)),
                (self.tr("CR LF as one character, as ATLAS.ti counts"),
                 refi.Counting(crlf_as_one=True))):
            self.counting.addItem(text, counting)
        form.addRow(self.tr("Count &positions as:"), self.counting)
        self.missing = QComboBox()
        for text, policy in ((self.tr("Skip them only if the archive holds no texts at all"),
                              "auto"),
                             (self.tr("Stop with an error"), "error"),
                             (self.tr("Skip them and import the rest"), "skip")):
            self.missing.addItem(text, policy)
        form.addRow(self.tr("Texts missing from the &archive:"), self.missing)
        self.parse_speakers = QCheckBox(self.tr("Find speaker turns in the imported texts"))
        self.parse_speakers.setChecked(True)
        form.addRow(self.parse_speakers)
        self.counting.currentIndexChanged.connect(lambda: self.changed.emit())
        self.missing.currentIndexChanged.connect(lambda: self.changed.emit())

    def options(self, match_codes_by: str) -> refi.RefiImportOptions:
        return refi.RefiImportOptions(
            match_codes_by=match_codes_by, counting=self.counting.currentData(),
            missing_sources=self.missing.currentData(),
            parse_speakers=self.parse_speakers.isChecked())
