"""Error dialogs: a readable message for errors a user can meet, and for anything unexpected a
dialog that says the work is safe and offers the details to copy into a bug report."""
from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.errorlog import describe, known_failure, write_error_log
from ..core.errors import UserError

translate = QCoreApplication.translate


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Cannot do that"), str(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userErrorDialog")
    box.exec()


class ExceptionDialog(QDialog):
    """Shown for an unexpected exception. Every change is its own transaction, so what was
    saved before is intact and the failed action left nothing half done."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exceptionDialog")
        self.setWindowTitle(translate("Errors", "Something went wrong"))
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(translate(
            "Errors",
            "An unexpected error stopped the last action. Your project is safe: every change "
            "is saved as soon as it is made, and the failed action was not applied.\n\n"
            "If it happens again, please copy the details and send them to the developers."))
        message.setWordWrap(True)
        layout.addWidget(message)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(520, 180)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("Errors", "&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(translate("Errors", "Copied"))


def format_details(exc_type, exc, tb) -> str:
    """Frames and exception types, with messages redacted (they may quote transcript text):
    the same text that goes into the log and that the user may paste into a bug report."""
    return f"qualcoder-htl {__version__}\n" + describe(exc_type, exc, tb)


class ExceptionHook:
    """Installed as ``sys.excepthook`` while the app runs (Qt calls it for exceptions raised
    in slots). ``after`` runs once the dialog closed: the window refreshes every panel from
    the project, so nothing shown disagrees with what is stored."""

    def __init__(self, after: Callable[[], None] | None = None):
        self.after = after
        self._showing = False
        self._previous = sys.excepthook
        self.last_log = None  # the log file of the last unexpected error

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):  # a service error that escaped a handler
            show_user_error(QApplication.activeWindow(), exc)
            return
        known = known_failure(exc) if isinstance(exc, Exception) else None
        if known is not None:  # busy, read-only, disk full: not a bug, the user can act
            show_user_error(QApplication.activeWindow(), UserError(known))
            return
        details = format_details(exc_type, exc, tb)
        self.last_log = write_error_log(exc_type, exc, tb,
                                        header=f"qualcoder-htl {__version__}, window\n")
        if self.last_log is not None:
            details += f"\n{self.last_log}\n"
        print(details, file=sys.stderr)
        if self._showing:  # an error while the dialog is up: log it, do not stack dialogs
            return
        self._showing = True
        try:
            dialog = ExceptionDialog(details, QApplication.activeWindow())
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.exec()
        finally:
            self._showing = False
        if self.after is not None:
            try:
                self.after()
            except Exception:  # refreshing must never raise into the hook
                traceback.print_exc()
