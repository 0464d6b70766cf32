"""Project ▸ Export log… (every export, shared copy, key export and report with its result,
printable as .txt or .docx for a data management plan) and Project ▸ Retire the originals…
(the end of a study: the original texts and the key deleted for good, after a confirmation)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..services import export_log
from . import errors, prompts
from .session import Session

translate = QCoreApplication.translate


class ExportLogDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportLog")
        self.setWindowTitle(self.tr("Export log"))
        self.resize(820, 420)
        self.session = session
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Every export, shared copy, key export and report of this "
                              "project, with its result. File names only, never folders."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Time (UTC)"), self.tr("Coder"), self.tr("What"), self.tr("File"),
            self.tr("Result"), self.tr("Reason")])
        self.table = QTableView()
        self.table.setObjectName("exportLogTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                           ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Print / Save as…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for r in export_log.entries(self.session.project):
            self.model.appendRow([QStandardItem(v) for v in (
                r.at.strftime("%Y-%m-%d %H:%M:%S"), r.coder, r.what(), r.file_name,
                r.result_text(), r.reason_text())])

    def save(self) -> None:
        path = prompts.save_file(self, self.tr("Save the export log as"),
                                 self.tr("Word document (*.docx);;Text (*.txt)"),
                                 "exportlogg.docx", "docx")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        try:
            export_log.write_log(self.session.project, path)
        except UserError as e:
            errors.show_user_error(self, e)
        self.refresh()


def open_export_log(window) -> ExportLogDialog | None:
    if window.session is None:
        return None
    dialog = ExportLogDialog(window.session, window)
    dialog.open()
    return dialog


def retire_originals(window) -> bool:
    """Ask, then delete the original texts and the key for good (logged, not undoable)."""
    if window.session is None:
        return False
    project = window.session.project
    title = translate("ExportLog", "Retire the originals")
    text = translate(
        "ExportLog", "At the end of a study: the original texts, the original files and the "
        "pseudonymisation key of {0} are deleted for good; the pseudonymised texts, codings, "
        "memos and attributes stay. This cannot be undone, and no backup is made: backups "
        "made earlier still hold the originals, so delete them too. The action is recorded "
        "in the export log.").format(project.path.name)
    if not prompts.confirm(window, title, text, translate("ExportLog", "Delete the originals")):
        return False
    try:
        report = project.pseudonymisation.retire_originals()
    except UserError as e:
        errors.show_user_error(window, e)
        return False
    prompts.inform(window, title, translate(
        "ExportLog", "The originals are deleted: {0} sources now hold pseudonymised text only.")
        .format(report.sources))
    return True
