"""Pseudonymisation dialogs: the replacement policy per type (with the explicit, logged choice
of gender-neutral pronouns), exporting the key as CSV and exporting a pseudonymised copy of
the project to share. Every change is one undoable service call; errors appear in dialogs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
)

from ..core.errors import UserError
from . import prompts
from .pseudo_names import METHODS, TYPES, method_name, type_name
from .workers import Job

translate = QCoreApplication.translate


class PolicyDialog(QDialog):
    """How each type is replaced, applied as soon as it is chosen (each change undoable)."""

    def __init__(self, session, panel=None, parent=None):
        super().__init__(parent)
        self.setObjectName("pseudoPolicyDialog")
        self.setWindowTitle(self.tr("Replacement policy"))
        self.session, self.panel = session, panel
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("How each kind of identifier reads in pseudonymised text, "
                               "quotes and shared copies. A form's own replacement (set in "
                               "the review list) always wins."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Type"), self.tr("Replaced by"),
                                       self.tr("Example in this project"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.combos: dict[str, QComboBox] = {}
        self.examples: dict[str, QLabel] = {}
        for row, typ in enumerate(TYPES, start=1):
            grid.addWidget(QLabel(type_name(typ)), row, 0)
            combo = QComboBox()
            for method in METHODS:
                combo.addItem(method_name(method), method)
            combo.currentIndexChanged.connect(lambda _=0, t=typ: self._set(t))
            grid.addWidget(combo, row, 1)
            example = QLabel()
            example.setStyleSheet("color:#555")
            grid.addWidget(example, row, 2)
            self.combos[typ], self.examples[typ] = combo, example
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.pronouns = QCheckBox(self.tr("Replace han/hon/honom/henne/hans/hennes with "
                                          "&hen/hens (hides a child's gender)"))
        self.pronouns.clicked.connect(self._pronouns)
        layout.addWidget(self.pronouns)
        note = QLabel(self.tr("Changing the pronouns is logged with your name."))
        note.setStyleSheet("color:#555")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._filling = False
        self.fill()
        session.changed.connect(self._on_changed)
        if panel is not None:
            panel.reloaded.connect(self.show_examples)

    @property
    def service(self):
        return self.session.project.pseudonymisation

    def _on_changed(self, changes) -> None:
        if "pseudo_policy" in changes or changes.result == "all":
            self.fill()

    def fill(self) -> None:
        policy = self.service.policy()
        self._filling = True
        try:
            for typ, combo in self.combos.items():
                combo.setCurrentIndex(max(combo.findData(policy.for_type(typ)), 0))
            self.pronouns.setChecked(policy.neutral_pronouns)
        finally:
            self._filling = False
        self.show_examples()

    def show_examples(self) -> None:
        groups = self.panel.model.all if self.panel is not None else []
        for typ, label in self.examples.items():
            g = next((g for g in groups if g.type == typ), None)
            label.setText(f"{g.text} → {g.replacement}" if g else "")

    def _set(self, typ: str) -> None:
        if self._filling:
            return
        method = self.combos[typ].currentData()
        if method == self.service.policy().for_type(typ):
            return
        service = self.service
        if self.session.run(lambda: service.set_policy(typ, method), self) is None:
            self.fill()

    def _pronouns(self, checked: bool) -> bool:
        if checked:
            question = self.tr(
                "Replace han, hon, honom, henne, hans and hennes with hen and hens in every "
                "pseudonymised text, quote and shared copy? This hides the gender of the people "
                "talked about, and changes how the quotes read. The choice is logged with your "
                "name and the time.")
            ok = self.tr("Use hen")
        else:
            question = self.tr("Keep han and hon in the pseudonymised texts again? The choice "
                               "is logged with your name and the time.")
            ok = self.tr("Keep han/hon")
        if not prompts.confirm(self, self.tr("Gender-neutral pronouns"), question, ok):
            self.fill()
            return False
        reason = prompts.ask_text(self, self.tr("Gender-neutral pronouns"),
                                  self.tr("Reason, for the log (optional):")) or ""
        service = self.service
        done = self.session.run(lambda: service.set_neutral_pronouns(checked, reason), self)
        self.fill()
        return done is not None


# --- exports -----------------------------------------------------------------------------------

def export_key(window, session) -> int | None:
    """Write the key (originals → replacements) as CSV where the user chooses."""
    project = session.project
    suggested = str(Path(project.path).with_name(f"{Path(project.path).stem}-nyckel.csv"))
    path = prompts.save_file(
        window, translate("PseudoExport", "Export the key (sensitive: keep it apart from "
                                          "shared data)"),
        translate("PseudoExport", "CSV files (*.csv)"), suggested, "csv")
    if not path:
        return None
    try:
        n = session.run(lambda: project.pseudonymisation.export_key(path), window)
    except OSError as e:
        from .errors import show_user_error
        show_user_error(window, UserError(translate(
            "PseudoExport", "Could not write {0}: {1}").format(path, e.strerror or e)))
        return None
    if n is not None:
        prompts.inform(window, translate("PseudoExport", "Key exported"), translate(
            "PseudoExport",
            "Wrote {0} originals with their replacements to {1}.\n\nThe key is sensitive "
            "research data: store it apart from what is shared.").format(n, path))
    return n


def export_copy(window, session) -> Job | None:
    """A copy of the project with pseudonymised text only, for assistants and co-authors."""
    from .errors import show_user_error
    project = session.project
    service = project.pseudonymisation
    s = service.summary()
    if not s["key_entries"]:
        show_user_error(window, UserError(translate(
            "PseudoExport",
            "Nothing has been accepted for pseudonymisation yet: a copy would contain the "
            "original text. Detect identifiers and review them first.")))
        return None
    allow_open = False
    if s["open"]:
        if prompts.choose_button(window, translate("PseudoExport", "Open suggestions"), translate(
                "PseudoExport",
                "Suggestions still open: {0}. The copy may contain names nobody has "
                "reviewed. Review them first, or export anyway?").format(s["open"]),
                [translate("PseudoExport", "Export anyway")]) is None:
            return None
        allow_open = True
    suggested = str(Path(project.path).with_name(
        f"{Path(project.path).stem}-pseudonymiserad.qhtl"))
    path = prompts.save_file(window, translate("PseudoExport", "Export a pseudonymised copy"),
                             translate("PseudoExport", "qualcoder-htl projects (*.qhtl)"),
                             suggested, "qhtl")
    if not path:
        return None
    if Path(path).exists():
        show_user_error(window, UserError(translate(
            "PseudoExport",
            "{0} already exists. Choose a new name: a shared copy never replaces a file.").format(
                path)))
        return None
    dialog = QProgressDialog(translate("PseudoExport", "Writing the pseudonymised copy…"),
                             translate("PseudoExport", "Cancel"), 0, 0, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job = Job(lambda progress: service.export_copy(path, progress, allow_open=allow_open))

    def progressed(done: int, total: int, label: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def succeeded(report) -> None:
        dialog.close()
        prompts.inform(window, translate("PseudoExport", "Pseudonymised copy written"), translate(
            "PseudoExport",
            "{0}: {1} sources with {2} replacements and {3} codings. The key, the suggestions "
            "and the original files are not in it.").format(
                report.path, report.sources, report.replacements, report.codings))

    def failed(error, details: str) -> None:
        dialog.close()
        if isinstance(error, UserError):
            show_user_error(window, error)
        else:
            raise error

    job.progressed.connect(progressed)
    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.cancelled.connect(dialog.close)
    dialog.canceled.connect(job.cancel)
    return job.start()
