"""Export what the analysis views show: the theme matrix (Word, CSV or Excel), the quote
extract (Word) or the theme report (Word), in Swedish or English (the interface language by
default). The export runs off the GUI thread with a progress bar and Cancel; a refusal (a
pseudonymised project's export that would carry an original) or another error a user can
meet is shown as a readable message, and nothing is left half written."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from .analysis_models import MatrixRequest, QuoteRequest, interface_language
from .session import Session
from .workers import Job

KINDS = ("matrix", "quotes", "report")
FORMATS = {"docx": "Word (.docx)", "xlsx": "Excel (.xlsx)", "csv": "CSV (.csv)"}
NAMES = {"sv": {"matrix": "temamatris", "quotes": "citat", "report": "temarapport"},
         "en": {"matrix": "theme matrix", "quotes": "quotes", "report": "theme report"}}


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", name).strip(" .") or "export"


class ExportDialog(QDialog):
    def __init__(self, session: Session, matrix: MatrixRequest | None = None,
                 quotes: QuoteRequest | None = None, kind: str = "matrix", parent=None,
                 descriptions: dict[str, str] | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.session = session
        self.matrix_request = matrix or MatrixRequest()
        self.quote_request = quotes
        self.job: Job | None = None
        self.result_path: Path | None = None
        self._path_edited = False
        descriptions = descriptions or {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        kinds = QWidget()
        kind_layout = QVBoxLayout(kinds)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        self.kinds = QButtonGroup(self)
        titles = {"matrix": self.tr("The theme &matrix"),
                  "quotes": self.tr("The &quote extract"),
                  "report": self.tr("The theme &report (every theme: table and quotes)")}
        self.kind_buttons: dict[str, QRadioButton] = {}
        for n, name in enumerate(KINDS):
            button = QRadioButton(titles[name])
            self.kinds.addButton(button, n)
            self.kind_buttons[name] = button
            kind_layout.addWidget(button)
            if name in descriptions:
                note = QLabel(descriptions[name])
                note.setWordWrap(True)
                note.setContentsMargins(22, 0, 0, 4)
                note.setStyleSheet("color: #555")
                kind_layout.addWidget(note)
        self.kind_buttons["quotes"].setEnabled(quotes is not None)
        form.addRow(self.tr("What:"), kinds)
        self.by = QComboBox()
        for value, label in session.project.analysis.column_choices(interface_language()):
            self.by.addItem(label, value)
        level = session.project.attributes.by_role("org_level")
        self.by.setCurrentIndex(max(0, self.by.findData(level.name if level else None)))
        self.key_only = QCheckBox(self.tr("Key quotes only"))
        self.max_quotes = QSpinBox()
        self.max_quotes.setRange(0, 1000)
        self.max_quotes.setSpecialValueText(self.tr("all"))
        report = QHBoxLayout()
        report.addWidget(self.by, 1)
        report.addWidget(QLabel(self.tr("quotes per group:")))
        report.addWidget(self.max_quotes)
        report.addWidget(self.key_only)
        self.report_label = QLabel(self.tr("&Group the report by:"))
        self.report_label.setBuddy(self.by)
        form.addRow(self.report_label, report)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        form.addRow(self.tr("&Format:"), self.format)
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(interface_language()))
        form.addRow(self.tr("&Language of the document:"), self.language)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, path_row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the document"))
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_result)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.path.textEdited.connect(self._edited)
        self.kinds.idToggled.connect(lambda _id, on: on and self._kind_changed())
        self.format.currentIndexChanged.connect(lambda _: self._suggest_path())
        self.language.currentIndexChanged.connect(lambda _: self._suggest_path())
        self.kind_buttons[kind if kind != "quotes" or quotes else "matrix"].setChecked(True)
        self.setMinimumWidth(680)
        self.adjustSize()

    # --- choices ----------------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(0, self.kinds.checkedId())]

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _kind_changed(self) -> None:
        kind = self.kind()
        formats = list(FORMATS) if kind == "matrix" else ["docx"]
        kept = self.format.currentData()
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in formats:
            self.format.addItem(FORMATS[fmt], fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(kept)))
        self.format.blockSignals(False)
        self.format.setEnabled(len(formats) > 1)
        for w in (self.by, self.key_only, self.max_quotes, self.report_label):
            w.setEnabled(kind == "report")
        self._suggest_path()

    def _edited(self, _text: str) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        fmt = self.format.currentData() or "docx"
        if self._path_edited and self.path.text().strip():
            self.path.setText(str(Path(self.path.text().strip()).with_suffix(f".{fmt}")))
            return
        project = self.session.project
        name = NAMES[self.language.currentData()][self.kind()]
        if self.kind() == "quotes" and self.quote_request is not None:
            name += " – " + self.session.code_name(self.quote_request.code_id)
        self.path.setText(str(project.path.parent / f"{_safe(f'{project.name} – {name}')}.{fmt}"))

    def browse(self) -> None:
        fmt = self.format.currentData() or "docx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export as"),
                                              self.path.text(), f"{FORMATS[fmt]} (*.{fmt})")
        if path:
            self._path_edited = True
            self.path.setText(str(Path(path).with_suffix(f".{fmt}")))

    # --- running ----------------------------------------------------------------------------
    def work(self):
        """The export as a function of ``progress``, for the worker thread."""
        project, analysis = self.session.project, self.session.project.analysis
        kind, fmt, language = self.kind(), self.format.currentData(), self.language.currentData()
        path = Path(self.path.text().strip())
        if kind == "matrix":
            request = self.matrix_request
            return lambda progress: analysis.export_matrix(
                request.compute(project, language), path, fmt=fmt, language=language,
                progress=progress)
        if kind == "quotes":
            request = self.quote_request
            return lambda progress: analysis.export_quotes(
                request.compute(project, language), path, language=language, progress=progress)
        by, key_only = self.by.currentData(), self.key_only.isChecked()
        most = self.max_quotes.value() or None
        return lambda progress: analysis.export_report(
            path, by=by, language=language, key_only=key_only, max_quotes=most,
            progress=progress)

    def start(self) -> Job | None:
        if self.job is not None:
            return None
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose where to save the document."))
            return None
        target = Path(self.path.text().strip())
        if target.is_file() and not self._path_confirmed(target):
            return None
        job = Job(self.work())
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        self.result_path = None
        self.open_button.hide()
        self.progress.setRange(0, 0)  # busy until the first step
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self._running(True)
        return job.start()

    def _path_confirmed(self, target: Path) -> bool:
        from . import prompts
        return prompts.confirm(self, self.tr("Replace the document?"), self.tr(
            "{0} exists already. Replace it with this export?").format(target.name),
            self.tr("Replace"))

    def _running(self, running: bool) -> None:
        for w in [*self.kind_buttons.values(), self.by, self.key_only, self.max_quotes,
                  self.format, self.language, self.path, self.browse_button,
                  self.export_button]:
            w.setEnabled(not running)
        if not running:
            self.kind_buttons["quotes"].setEnabled(self.quote_request is not None)
            self._kind_changed()
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _progressed(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if label:
            self.status.setText(self.tr("Exporting: {0}").format(label))

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self._running(False)

    def _succeeded(self, path) -> None:
        self._finish()
        self.result_path = Path(path)
        self.status.setText(self.tr("Saved: {0}").format(self.result_path))
        self.open_button.show()

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Cancelled: no document was written."))

    def _failed(self, error, details: str) -> None:
        self._finish()
        if isinstance(error, UserError):
            self.status.setText(self.tr("Not exported: {0}").format(error))
            from . import errors
            errors.show_user_error(self, error)
            return
        self.status.setText(self.tr("The export failed; nothing was written."))
        raise error  # the exception hook shows it with details to copy

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def open_result(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path)))

    def reject(self) -> None:
        if self.job is not None:  # Cancel while exporting stops the export, keeps the dialog
            self.cancel()
            return
        super().reject()
