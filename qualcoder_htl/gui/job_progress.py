"""Progress and Cancel for a dialog that runs one ``workers.Job`` at a time."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class JobProgressMixin:
    """For a QDialog with ``job``, ``report``, ``progress`` (QProgressBar), ``progress_label``
    and ``cancel_button``: Cancel stops the running job, or closes the dialog when idle."""

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if label:
            self.progress_label.setText(label)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_label.setText(
                QCoreApplication.translate("JobProgressMixin", "Cancelling…"))
            self.cancel_button.setEnabled(False)
        else:
            self.accept() if self.report is not None else self.reject()
