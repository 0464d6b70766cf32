"""REFI-QDA exchange from the File menu: export the project (.qdpx) or the codebook (.qdc) for
colleagues in NVivo, ATLAS.ti, MAXQDA or QualCoder (the import is in ``refi_import``).

The export runs off the GUI thread with a progress bar and Cancel (the file is written
atomically, so a cancelled export leaves nothing). Once the project has a pseudonymisation key
the service exports pseudonymised text only; the researcher's own full copy needs an explicit
tick. A refusal (a ``UserError``, e.g. the export guard) is shown as a readable dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..services import refi_export
from . import errors, prompts
from . import settings as app_settings
from .job_progress import JobProgressMixin
from .workers import Job

translate = QCoreApplication.translate
FOLDER_KEY = "refi/folder"


def remembered_folder() -> Path:
    """The folder of the last REFI-QDA file chosen (exports and imports share it)."""
    folder = app_settings.settings().value(FOLDER_KEY, "")
    return Path(str(folder)) if folder else Path.home()


def remember_folder(path: str | Path) -> None:
    app_settings.settings().setValue(FOLDER_KEY, str(Path(path).parent))


def with_suffix(path: str | Path, suffix: str) -> Path:
    path = Path(path)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def show_report(view: QPlainTextEdit, lines: list[str]) -> None:
    view.setPlainText("\n".join(lines))
    view.show()


def export_project(window) -> RefiExportDialog | None:
    return _export(window, "qdpx")


def export_codebook(window) -> RefiExportDialog | None:
    return _export(window, "qdc")


def _export(window, kind: str) -> RefiExportDialog | None:
    session = window.session
    if session is None:
        return None
    if kind == "qdpx":
        title = translate("RefiExport", "Export REFI-QDA project")
        filters = translate("RefiExport", "REFI-QDA projects (*.qdpx)")
    else:
        title = translate("RefiExport", "Export codebook")
        filters = translate("RefiExport", "REFI-QDA codebooks (*.qdc)")
    suggested = remembered_folder() / f"{session.project.name}.{kind}"
    path = prompts.save_file(window, title, filters, str(suggested), kind)
    if not path:
        return None
    path = with_suffix(path, "." + kind)
    remember_folder(path)
    dialog = RefiExportDialog(session, path, kind, window)
    dialog.open()
    if not dialog.needs_choice:
        dialog.start()
    return dialog


class RefiExportDialog(JobProgressMixin, QDialog):
    """Where the file goes and what it carries; with a pseudonymisation key the researcher
    starts the export (after choosing shared or full), otherwise it starts at once."""

    def __init__(self, session, path: str | Path, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("refiExportDialog")
        self.session, self.path, self.kind = session, Path(path), kind
        self.job: Job | None = None
        self.report = None
        self.error: str | None = None
        self.pseudonymised = kind == "qdpx" and refi_export.pseudonymisation_active(session.project)
        self.needs_choice = self.pseudonymised
        self.setWindowTitle(self.tr("Export REFI-QDA project") if kind == "qdpx"
                            else self.tr("Export codebook"))
        layout = QVBoxLayout(self)
        target = QLabel(self.tr("To: {0}").format(self.path))
        target.setWordWrap(True)
        layout.addWidget(target)
        self.notice = QLabel(self._notice())
        self.notice.setObjectName("refiExportNotice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.full = QCheckBox(self.tr(
            "Export the original, unpseudonymised text and Word files instead: my own "
            "archive copy, never to be shared"))
        self.full.setVisible(self.pseudonymised)
        layout.addWidget(self.full)
        self.summary = QLabel()
        self.summary.setObjectName("refiExportSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.results = QPlainTextEdit()
        self.results.setObjectName("refiExportReport")
        self.results.setReadOnly(True)
        self.results.hide()
        layout.addWidget(self.results, 1)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_label.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addStretch(0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.setVisible(self.needs_choice)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.start)
        self.full.toggled.connect(lambda on: self.export_button.setText(
            self.tr("Export with the &original text") if on else self.tr("&Export")))
        self.cancel_button.clicked.connect(self.cancel)
        self.resize(560, 240)

    def _notice(self) -> str:
        if self.kind == "qdc":
            return self.tr("Only the codebook is exported: code names, colours and "
                           "definitions, no transcripts and no codings.")
        if self.pseudonymised:
            return self.tr(
                "This project has a pseudonymisation key, so the export carries the "
                "pseudonymised text only: names in memos, definitions and attribute values are "
                "scrubbed as well, and no original Word files go along. The file can be shared "
                "with colleagues.")
        return self.tr(
            "This project has no pseudonymisation key: the export carries the full text of "
            "every transcript and the original Word files. Share it only as your data "
            "management plan allows.")

    def start(self) -> Job | None:
        if self.job is not None or self.report is not None:
            return None
        project, path = self.session.project, self.path
        if self.kind == "qdc":
            def work(progress):
                return refi_export.export_qdc(project, path, progress)
        else:
            shared = (not self.full.isChecked()) if self.pseudonymised else None

            def work(progress):
                return refi_export.export_qdpx(project, path, progress, shared=shared)
        self.full.setEnabled(False)
        self.export_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(self.tr("Exporting…"))
        self.progress_label.show()
        job = Job(work, self)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job.start()
        return job

    def _end(self, summary: str) -> None:
        self.job = None
        self.progress.hide()
        self.progress_label.hide()
        self.summary.setText(summary)
        self.summary.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)

    def _finished(self, report) -> None:
        self.report = report
        if self.kind == "qdc":
            summary = self.tr("The codebook was exported to {0}.").format(self.path.name)
        elif report.shared:
            summary = self.tr("Exported to {0}, with pseudonymised text only.").format(
                self.path.name)
        elif self.pseudonymised:
            summary = self.tr("Exported to {0} WITH the original text: keep this file to "
                              "yourself.").format(self.path.name)
        else:
            summary = self.tr("Exported to {0}.").format(self.path.name)
        self._end(summary)
        show_report(self.results, report.lines())
        self.resize(max(self.width(), 640), max(self.height(), 320))
        self.session.status.emit(summary)

    def _failed(self, error, details: str) -> None:
        if not isinstance(error, UserError):
            self._end(self.tr("The export failed; no file was written."))
            raise error  # the exception hook offers the details
        self.error = str(error)
        self._end(self.tr("The export was not made: {0}").format(error))
        errors.show_user_error(self, error)

    def _cancelled(self) -> None:
        self._end(self.tr("Cancelled: no file was written."))

    def reject(self) -> None:
        if self.job is not None:  # closing while exporting: cancel first
            self.cancel()
            return
        super().reject()
