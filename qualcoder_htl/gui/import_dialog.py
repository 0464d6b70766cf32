"""Import transcripts: files or a folder, an attribute sheet or a file-name pattern, how
speaker labels look; the import runs off the GUI thread with a progress bar and Cancel, and
ends with a list of what happened to each file (imported, duplicate, error with reason)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.models import ImportReport
from ..services.import_summary import import_details
from ..services.importing import (
    SUPPORTED_EXTENSIONS,
    ImportOptions,
    SpeakerOptions,
    find_importable,
)
from .import_results import describe
from .session import Session
from .workers import Job


def _labels(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


class ImportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import transcripts"))
        self.session = session
        self.job: Job | None = None
        self.report: ImportReport | None = None
        self._sheet: Path | None = None
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._settings_page())
        self.pages.addWidget(self._results_page())
        layout.addWidget(self.pages, 1)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v of %m files"))
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
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
        self._update_buttons()
        self.resize(680, 560)

    # --- pages ------------------------------------------------------------------------------
    def _settings_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        files_box = QGroupBox(self.tr("Files"))
        files = QVBoxLayout(files_box)
        self.file_list = QListWidget()
        self.file_list.setObjectName("importFiles")
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        files.addWidget(self.file_list)
        row = QHBoxLayout()
        add_files = QPushButton(self.tr("Add &files…"))
        add_folder = QPushButton(self.tr("Add f&older…"))
        remove = QPushButton(self.tr("&Remove"))
        self.count_label = QLabel()
        for w in (add_files, add_folder, remove):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.count_label)
        files.addLayout(row)
        add_files.clicked.connect(self._browse_files)
        add_folder.clicked.connect(self._browse_folder)
        remove.clicked.connect(self._remove_selected)
        layout.addWidget(files_box, 1)

        attrs_box = QGroupBox(self.tr("Attributes"))
        form = QFormLayout(attrs_box)
        sheet_row = QHBoxLayout()
        self.sheet = QLineEdit()
        self.sheet.setPlaceholderText(self.tr("CSV or Excel: a row per file (optional)"))
        browse_sheet = QPushButton(self.tr("Browse…"))
        browse_sheet.clicked.connect(self._browse_sheet)
        sheet_row.addWidget(self.sheet, 1)
        sheet_row.addWidget(browse_sheet)
        sheet_label = QLabel(self.tr("Attribute &sheet:"))
        sheet_label.setBuddy(self.sheet)
        form.addRow(sheet_label, sheet_row)
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText("{Respondentgrupp}_o{Omgång}_{Intervjunummer}")
        form.addRow(self.tr("File-name &pattern:"), self.pattern)
        layout.addWidget(attrs_box)

        speakers_box = QGroupBox(self.tr("Speaker labels"))
        form = QFormLayout(speakers_box)
        defaults = SpeakerOptions()
        self.parse_speakers = QCheckBox(self.tr("Find speaker turns"))
        self.parse_speakers.setChecked(True)
        form.addRow(self.parse_speakers)
        self.interviewer = QLineEdit(", ".join(defaults.interviewer_labels))
        form.addRow(self.tr("I&nterviewer labels:"), self.interviewer)
        self.respondent = QLineEdit(", ".join(defaults.respondent_labels))
        form.addRow(self.tr("R&espondent labels:"), self.respondent)
        self.allow_names = QCheckBox(self.tr("Names and initials as labels (“Anna:”, “AS:”)"))
        self.allow_names.setChecked(defaults.allow_names)
        form.addRow(self.allow_names)
        self.timestamps = QCheckBox(self.tr("Timestamps before labels (“[00:12:45] IP:”)"))
        self.timestamps.setChecked(defaults.timestamps)
        form.addRow(self.timestamps)
        self.parse_speakers.toggled.connect(lambda on: [w.setEnabled(on) for w in (
            self.interviewer, self.respondent, self.allow_names, self.timestamps)])
        layout.addWidget(speakers_box)
        return page

    def _results_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.result_summary = QLabel()
        self.result_summary.setObjectName("importSummary")
        self.result_summary.setWordWrap(True)
        layout.addWidget(self.result_summary)
        self.results = QTableWidget(0, 3)
        self.results.setObjectName("importResults")
        self.results.setHorizontalHeaderLabels([self.tr("Result"), self.tr("File"),
                                                self.tr("Details")])
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.results, 1)
        return page

    # --- files ------------------------------------------------------------------------------
    def add_paths(self, paths: list[str | Path]) -> None:
        present = set(self.paths())
        for p in paths:
            p = Path(p)
            found = find_importable(p) if p.is_dir() else [p]
            for f in found:
                if str(f) not in present:
                    self.file_list.addItem(str(f))
                    present.add(str(f))
        self._update_buttons()

    def paths(self) -> list[str]:
        return [self.file_list.item(i).text() for i in range(self.file_list.count())]

    def _browse_files(self) -> None:
        pattern = " ".join(f"*{e}" for e in sorted(SUPPORTED_EXTENSIONS))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose transcripts"), "",
                                                self.tr("Transcripts ({0})").format(pattern))
        self.add_paths(files)

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))
        if folder:
            self.add_paths([folder])

    def _browse_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an attribute sheet"), "",
                                              self.tr("Sheets (*.csv *.xlsx)"))
        if path:
            self.sheet.setText(path)

    def _remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.job is not None
        finished = self.report is not None
        self.count_label.setText(self.tr("%n file(s)", "", self.file_list.count()))
        self.import_button.setVisible(not finished)
        self.import_button.setEnabled(not running and self.file_list.count() > 0)
        self.cancel_button.setText(self.tr("Close") if finished else self.tr("Cancel"))

    # --- running ----------------------------------------------------------------------------
    def options(self) -> ImportOptions:
        speakers = SpeakerOptions(interviewer_labels=_labels(self.interviewer.text()),
                                  respondent_labels=_labels(self.respondent.text()),
                                  allow_names=self.allow_names.isChecked(),
                                  timestamps=self.timestamps.isChecked())
        sheet = self.sheet.text().strip()
        return ImportOptions(speakers=speakers, parse_speakers=self.parse_speakers.isChecked(),
                             attribute_sheet=Path(sheet) if sheet else None,
                             filename_pattern=self.pattern.text().strip() or None)

    def start(self) -> Job | None:
        paths = [Path(p) for p in self.paths()]
        if not paths or self.job is not None:
            return None
        options = self.options()
        self._sheet = options.attribute_sheet
        importer = self.session.project.importer
        self.pages.widget(0).setEnabled(False)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.show()
        job = Job(lambda progress: importer.import_files(paths, options, progress), self)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        self.job = job.start()
        self._update_buttons()
        return job

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Reading {0}…").format(label) if label else "")

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_label.setText(self.tr("Cancelling after the current file…"))
            self.cancel_button.setEnabled(False)
        else:
            self.reject() if self.report is None else self.accept()

    def _failed(self, error, details: str) -> None:
        self.job = None
        self.pages.widget(0).setEnabled(True)
        self.progress.hide()
        self.progress_label.hide()
        self._update_buttons()
        raise error  # the exception hook shows it with details; nothing was half-imported

    def _finished(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        self.progress.hide()
        self.progress_label.hide()
        self.cancel_button.setEnabled(True)
        names = {"imported": self.tr("imported"), "duplicate": self.tr("duplicate"),
                 "error": self.tr("error"), "skipped": self.tr("skipped")}
        order = {"error": 0, "duplicate": 1, "skipped": 2, "imported": 3}
        rows = sorted(report.results, key=lambda r: (order.get(r.status, 9), r.path))
        try:
            found = import_details(self.session.project, report, self._sheet)
        except UserError:  # the sheet cannot be read again: say what the files hold
            found = import_details(self.session.project, report)
        self.results.setRowCount(len(rows))
        for i, r in enumerate(rows):
            parts = [r.message] * bool(r.message)
            if r.path in found:
                parts.append(describe(found[r.path]))
            details = " · ".join(parts + list(r.warnings))
            for col, text in enumerate((names.get(r.status, r.status), Path(r.path).name, details)):
                item = QTableWidgetItem(text)
                item.setToolTip(r.path if col == 1 else text)
                if r.status == "error":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.results.setItem(i, col, item)
        summary = self.tr("Imported: {0} · duplicates: {1} · errors: {2}.").format(
            report.count("imported"), report.count("duplicate"), report.count("error"))
        if report.cancelled:
            summary += " " + self.tr("Cancelled: %n file(s) were not imported.", "",
                                     report.count("skipped"))
        if report.count("imported"):
            summary += " " + self.tr("Undo (Ctrl+Z) removes this import as a whole.")
        summary = "\n".join([summary, *report.notes])  # the attribute sheet's notes
        self.result_summary.setText(summary)
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    def reject(self) -> None:
        if self.job is not None:  # closing while importing: cancel first, keep what is done
            self.cancel()
            return
        super().reject()
