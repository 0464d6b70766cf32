"""Project ▸ Copy for a coder… and Project ▸ Merge a coder's copy…

The copy dialog chooses the coder, the sources (ticked: those assigned to the coder, or all)
and, once the project has a pseudonymisation key, whether the coder may have it; the copy is
written by ``services.coder_copy``. The merge dialog first shows the dry run's report (what
would be added, what is already there, the conflicts); Merge then writes it as one undo step
(``services.merge``) and shows what was done."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..core.errors import UserError
from ..services.coder_copy import copy_for_coder
from ..services.merge import merge
from ..services.refi_export import pseudonymisation_active
from . import prompts
from .session import Session
from .workers import Job

_USER = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


class CopyForCoderDialog(QDialog):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("copyForCoderDialog")
        self.setWindowTitle(self.tr("Copy for a coder"))
        self.session = session
        self.report = None
        project = session.project
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "A copy of the project for one coder to code in. Merge it back with Project ▸ "
            "Merge a coder's copy.")))
        form = QFormLayout()
        self.coder = QComboBox()
        self.coder.setEditable(True)
        self.coder.addItems([c.name for c in project.coders()])
        self.coder.setCurrentText("")
        self.coder.setToolTip(self.tr("An existing coder or a new name"))
        form.addRow(self.tr("&Coder:"), self.coder)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sources in the copy (those assigned to the coder are "
                                        "ticked, or all):")))
        self.sources = QListWidget()
        for source in project.sources.list():
            item = QListWidgetItem(source.name)
            item.setData(_USER, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sources.addItem(item)
        layout.addWidget(self.sources, 1)
        self.with_key = QCheckBox(self.tr("The coder may see the original text and the "
                                          "pseudonymisation &key"))
        self.with_key.setVisible(pseudonymisation_active(project))
        self.with_key.setToolTip(self.tr("Without it the copy holds pseudonymised text only"))
        layout.addWidget(self.with_key)
        self.blind = QCheckBox(self.tr("The coder codes &blind (the others' codings and memos "
                                       "hidden in the copy)"))
        layout.addWidget(self.blind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(self.tr("&Write the copy…"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.coder.currentTextChanged.connect(self._tick_assigned)
        self._tick_assigned("")

    def _tick_assigned(self, name: str) -> None:
        project = self.session.project
        row = next((c for c in project.coders() if c.name.casefold() == name.strip().casefold()),
                   None)
        assigned = project.team.assigned_sources(row.id) if row is not None else set()
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            ticked = not assigned or item.data(_USER) in assigned
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.write_button.setEnabled(bool(name.strip()))

    def chosen(self) -> list[int]:
        return [self.sources.item(i).data(_USER) for i in range(self.sources.count())
                if self.sources.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        name = self.coder.currentText().strip()
        if not name:
            return
        project = self.session.project
        open_ = (project.pseudonymisation.summary()["open"]
                 if self.with_key.isVisible() and not self.with_key.isChecked() else 0)
        if open_ and prompts.choose_button(self, self.tr("Open suggestions"), self.tr(
                "Suggestions still open: {0}. The copy may contain names nobody has "
                "reviewed. Review them first, or make the copy anyway?").format(open_),
                [self.tr("Make the copy anyway")]) is None:
            return
        suggested = str(project.path.with_name(f"{project.path.stem}-{name}.qhtl"))
        dest = prompts.save_file(self, self.tr("Write the copy for {0}").format(name),
                                 self.tr("Project files (*.qhtl)"), suggested, "qhtl")
        if not dest:
            return
        self.report = self.session.run(
            lambda: copy_for_coder(project, dest, name, self.chosen(),
                                   with_key=self.with_key.isChecked(), allow_open=True,
                                   blind=self.blind.isChecked()), self)
        if self.report is None:
            return
        prompts.inform(self, self.windowTitle(), "\n".join(self.report.lines()))
        super().accept()


class MergeDialog(QDialog):
    """The dry run's report first (read off the GUI thread), then Merge."""

    def __init__(self, session: Session, path: str | Path, parent=None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge a coder's copy"))
        self.resize(640, 420)
        self.session, self.path = session, Path(path)
        self.dry = None  # the dry run's report
        self.report = None  # the merge's, once done
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Reading {0}…").format(self.path.name))
        layout.addWidget(self.heading)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setEnabled(False)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._run(True)

    def _run(self, dry_run: bool) -> None:
        project, path = self.session.project, self.path
        self.busy.show()
        self.merge_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.job = Job(lambda progress: merge(project, path, dry_run, progress), self)
        self.job.succeeded.connect(self._dry_done if dry_run else self._merged)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _stopped(self) -> None:
        self.job = None
        self.busy.hide()
        self.close_button.setEnabled(True)

    def _dry_done(self, report) -> None:
        self._stopped()
        self.dry = report
        self.heading.setText(self.tr("What merging {0} would do (nothing is written yet):")
                             .format(self.path.name))
        self.text.setPlainText("\n".join(report.lines()))
        self.merge_button.setEnabled(True)

    def merge(self) -> None:
        if self.dry is not None and self.job is None and self.report is None:
            self._run(False)

    def _merged(self, report) -> None:
        self._stopped()
        self.report = report
        self.heading.setText(self.tr("Merged {0}; Edit ▸ Undo takes the whole merge back.")
                             .format(self.path.name))
        self.text.setPlainText("\n".join(report.lines()))
        self.merge_button.hide()
        self.close_button.setText(self.tr("Close"))

    def _failed(self, error, _details: str) -> None:
        self._stopped()
        self.merge_button.setEnabled(self.dry is not None and self.report is None)
        if not isinstance(error, UserError):
            raise error  # the exception hook offers the details
        self.heading.setText(self.tr("Nothing was merged; the project is as it was."))
        self.text.setPlainText(str(error))
        from .errors import show_user_error
        show_user_error(self, error)

    def reject(self) -> None:
        if self.job is None:  # a merge under way finishes first (it is one transaction)
            super().reject()


def copy_for_a_coder(window) -> CopyForCoderDialog | None:
    if window.session is None:
        return None
    dialog = CopyForCoderDialog(window.session, window)
    dialog.open()
    return dialog


def merge_a_copy(window) -> MergeDialog | None:
    if window.session is None:
        return None
    path = prompts.open_file(window, translate("TeamDialogs", "Merge a coder's copy"),
                             translate("TeamDialogs", "Coder's copies (*.qhtl *.qdpx)"))
    if not path:
        return None
    dialog = MergeDialog(window.session, path, window)
    dialog.open()
    return dialog
