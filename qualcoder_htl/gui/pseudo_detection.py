"""Detection over the whole project, off the GUI thread: a button, a progress bar and Cancel.
Sources already detected keep their suggestions and decisions; when every source has been
detected, a new run looks at all of them again (for names added to the known list since)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..core.errors import UserError
from .workers import Job


class DetectionBar(QWidget):
    running_changed = Signal(bool)
    message = Signal(str)  # what detection is doing, for the panel's summary line

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("&Detect identifiers"))
        self.button.setToolTip(self.tr("Find names, places, numbers and dates in every source "
                                       "(sources already done keep their decisions)"))
        row.addWidget(self.button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        self.bar = QProgressBar()
        self.bar.hide()
        row.addWidget(self.bar, 1)
        self.button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

    def start(self) -> Job | None:
        if self.job is not None:
            return None
        service = self.session.project.pseudonymisation
        s = service.summary()
        redo = s["sources"] > 0 and s["detected"] == s["sources"]
        job = Job(lambda progress: service.detect(progress, redo=redo))
        job.progressed.connect(self._progress)
        job.succeeded.connect(self._detected)
        job.failed.connect(self._failed)
        self.job = job
        self.bar.setRange(0, 0)  # busy until the first source: the detector loads
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.button.setEnabled(False)
        self.message.emit(self.tr("Loading the detector…"))
        self.running_changed.emit(True)
        return job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.message.emit(self.tr("Cancelling after this source…"))

    def _progress(self, done: int, total: int, label: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if label:
            self.message.emit(self.tr("Detecting in {0} ({1} of {2})…").format(
                label, done + 1, total))

    def _over(self) -> None:
        self.job = None
        self.bar.hide()
        self.cancel_button.hide()
        self.button.setEnabled(True)
        self.running_changed.emit(False)

    def _detected(self, result) -> None:
        self._over()
        if result.cancelled:
            text = self.tr("Detection cancelled: %n source(s) done, the others follow on the "
                           "next run.", "", result.sources)
        else:
            text = self.tr("Detection found %n new suggestion(s) in {0}.", "",
                           result.suggestions).format(
                self.tr("%n source(s)", "", result.sources))
        self.session.status.emit(text)

    def _failed(self, error, details: str) -> None:
        self._over()
        if isinstance(error, UserError):
            from .errors import show_user_error
            show_user_error(self, error)
        else:
            raise error
