"""Import a REFI-QDA project (.qdpx) or codebook (.qdc): a preview of what the file holds (read
without touching any project), then into the open project (merged, codes matched by name or by
GUID) or into a new project that opens afterwards. The import runs off the GUI thread with a
progress bar and Cancel; the service writes it in one transaction, so an error or a cancel
leaves the project as it was, and one Undo removes a merge. The end shows the service's report,
including how positions were counted (NVivo counts in UTF-16 code units)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..core.errors import UserError
from ..services import refi, refi_import
from . import errors, prompts
from .job_progress import JobProgressMixin
from .refi_dialogs import remember_folder, remembered_folder, show_report, with_suffix
from .refi_preview import FilePreview, ReadingOptions
from .workers import Job

translate = QCoreApplication.translate


def import_file(window) -> RefiImportDialog | None:
    path = prompts.open_file(window, translate("RefiImport", "Import REFI-QDA"), translate(
        "RefiImport", "REFI-QDA projects and codebooks (*.qdpx *.qdc)"), str(remembered_folder()))
    if not path:
        return None
    remember_folder(path)
    dialog = RefiImportDialog(window, path)
    dialog.open()
    dialog.preview()
    return dialog


class RefiImportDialog(JobProgressMixin, QDialog):
    def __init__(self, window, path: str | Path):
        super().__init__(window)
        self.setObjectName("refiImportDialog")
        self.setWindowTitle(self.tr("Import REFI-QDA"))
        self.window_, self.path = window, Path(path)
        self.session = window.session
        self.model = None  # the file as read for the preview
        self.preview_error: str | None = None
        self.preview_job: Job | None = None
        self.job: Job | None = None
        self.report = None
        self.new_project_path: Path | None = None
        layout = QVBoxLayout(self)
        self.settings_page = QVBoxLayout()
        layout.addLayout(self.settings_page)
        self.file_preview = FilePreview(self.path)
        self.settings_page.addWidget(self.file_preview)
        self.settings_page.addWidget(self._destination_box())
        self.reading = ReadingOptions()
        self.reading.changed.connect(self.preview)
        self.settings_page.addWidget(self.reading)
        self.settings_page.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("refiImportSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.results = QPlainTextEdit()
        self.results.setObjectName("refiImportReport")
        self.results.setReadOnly(True)
        self.results.hide()
        layout.addWidget(self.results, 1)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self._show_progress(False)
        self._update()
        self.resize(700, 640)

    # --- parts ------------------------------------------------------------------------------
    def _destination_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import into"))
        layout = QVBoxLayout(box)
        name = self.session.project.name if self.session is not None else ""
        self.into_open = QRadioButton(self.tr("The &open project “{0}”, adding to what is "
                                              "there (merge)").format(name))
        self.match_name = QRadioButton(self.tr("Match codes by &name: a code at the same place "
                                               "in the code tree is the same code"))
        self.match_guid = QRadioButton(self.tr("Match codes by &GUID: only codes that came "
                                               "from the same project (exchanging back and "
                                               "forth)"))
        self.match_name.setChecked(True)
        self.into_new = QRadioButton(self.tr("A ne&w project (you choose where to save it)"))
        self.destination = QButtonGroup(self)
        self.destination.addButton(self.into_open)
        self.destination.addButton(self.into_new)
        self.matching = QButtonGroup(self)
        self.matching.addButton(self.match_name)
        self.matching.addButton(self.match_guid)
        layout.addWidget(self.into_open)
        for button in (self.match_name, self.match_guid):
            row = QHBoxLayout()
            row.addSpacing(24)
            row.addWidget(button, 1)
            layout.addLayout(row)
        layout.addWidget(self.into_new)
        has_project = self.session is not None
        self.into_open.setEnabled(has_project)
        (self.into_open if has_project else self.into_new).setChecked(True)
        self.into_open.toggled.connect(lambda: self._update())
        return box

    def _boxes(self) -> list:
        items = (self.settings_page.itemAt(i) for i in range(self.settings_page.count()))
        return [item.widget() for item in items if item.widget() is not None]

    def _set_settings_enabled(self, on: bool) -> None:
        for box in self._boxes():
            box.setEnabled(on)
        if on:
            self.into_open.setEnabled(self.session is not None)

    def _show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress_label.setVisible(on)

    def _update(self) -> None:
        merging = self.into_open.isChecked()
        self.match_name.setEnabled(merging)
        self.match_guid.setEnabled(merging)
        finished = self.report is not None
        self.import_button.setVisible(not finished)
        self.import_button.setEnabled(self.job is None and self.model is not None)
        self.cancel_button.setText(self.tr("Close") if finished else self.tr("Cancel"))

    # --- preview ----------------------------------------------------------------------------
    def options(self) -> refi.RefiImportOptions:
        return self.reading.options("guid" if self.match_guid.isChecked() else "name")

    def preview(self) -> Job:
        """Read the file (again, with the chosen way of reading) without touching a project."""
        if self.preview_job is not None:
            self.preview_job.cancel()
        self.model, self.preview_error = None, None
        self.file_preview.clear()
        path, options = self.path, self.options()
        job = Job(lambda progress: refi_import.read_file(path, options, progress), self)
        job.succeeded.connect(lambda model: self._previewed(job, model))
        job.failed.connect(lambda error, details: self._preview_failed(job, error, details))
        self.preview_job = job.start()
        self._update()
        return job

    def _previewed(self, job: Job, model) -> None:
        if job is not self.preview_job:
            return  # an older read, overtaken by a change of the reading options
        self.preview_job, self.model = None, model
        self.file_preview.show_model(model)
        self._update()

    def _preview_failed(self, job: Job, error, details: str) -> None:
        if job is not self.preview_job:
            return
        self.preview_job = None
        self.file_preview.facts["origin"].setText("")
        if not isinstance(error, UserError):
            raise error
        self.preview_error = str(error)
        self.file_preview.show_message(self.tr("This file cannot be imported: {0}").format(error))
        self._update()

    # --- import -----------------------------------------------------------------------------
    def start(self) -> Job | None:
        if self.model is None or self.job is not None or self.report is not None:
            return None
        path, options = self.path, self.options()
        if self.into_new.isChecked():
            suggested = self.path.with_suffix(".qhtl")
            target = prompts.save_file(self, self.tr("New project"),
                                       self.tr("qualcoder-htl projects (*.qhtl)"),
                                       str(suggested), "qhtl")
            if not target:
                return None
            self.new_project_path = target = with_suffix(target, ".qhtl")
            coder = self.window_.coder

            def work(progress):
                return refi_import.import_into_new_project(path, target, options, progress, coder)
        else:
            self.new_project_path = None
            project = self.session.project

            def work(progress):
                return refi_import.import_refi(project, path, options, progress)
        self._set_settings_enabled(False)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Importing…"))
        self._show_progress(True)
        job = Job(work, self)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job.start()
        self._update()
        return job

    def _stopped(self, message: str) -> None:
        self.job = None
        self._show_progress(False)
        self._set_settings_enabled(True)
        self.cancel_button.setEnabled(True)
        self.file_preview.show_message(message)
        self._update()

    def _failed(self, error, details: str) -> None:
        reason = str(error) if isinstance(error, UserError) else ""
        self._stopped((self.tr("Nothing was imported and no project was created. {0}")
                       if self.new_project_path is not None else
                       self.tr("Nothing was imported; the project is as it was. {0}"))
                      .format(reason).strip())
        if not isinstance(error, UserError):
            raise error  # the exception hook offers the details
        errors.show_user_error(self, error)

    def _cancelled(self) -> None:
        self._stopped(self.tr("Cancelled: nothing was imported."))

    def _finished(self, result) -> None:
        self.job = None
        if self.new_project_path is not None:
            project, self.report = result
            self.window_.set_project(project)
            summary = self.tr("The new project {0} was created and opened.").format(
                self.new_project_path.name)
        else:
            self.report = result
            summary = self.tr("Imported into the open project. Undo (Ctrl+Z) removes this "
                              "import as a whole.")
        self._show_progress(False)
        for box in self._boxes():
            box.hide()
        self.summary.setText(summary)
        self.summary.show()
        show_report(self.results, self.report.lines())
        self.cancel_button.setEnabled(True)
        self.cancel_button.setDefault(True)
        self._update()
        self.window_.statusBar().showMessage(summary, 8000)

    def reject(self) -> None:
        if self.job is not None:  # closing while importing: cancel first, nothing is kept
            self.cancel()
            return
        if self.preview_job is not None:
            self.preview_job.cancel()
        super().reject()
