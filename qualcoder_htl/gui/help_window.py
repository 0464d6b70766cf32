"""Help ▸ User guide (F1): the short guide of the main tasks (import, code, pseudonymise,
analyse, export, team work), one HTML file per language in ``resources/help/``, shown in the
interface language beside the work (not modal), one window at a time."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..paths import resources_dir
from .analysis_models import interface_language


def guide_path(language: str) -> Path:
    """The guide in ``language`` ("sv", "en"); the English one for any other."""
    folder = resources_dir() / "help"
    path = folder / f"guide_{language}.html"
    return path if path.is_file() else folder / "guide_en.html"


class GuideDialog(QDialog):
    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.language = language or interface_language()
        self.setWindowTitle(self.tr("User guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # the guide links only within itself
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(self.language))))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(640, 680)


def show_guide(window) -> GuideDialog:
    """Show the guide beside ``window`` (the one already open, if it is in the interface
    language), in front."""
    language = interface_language()
    dialog = next((d for d in window.findChildren(GuideDialog) if d.language == language), None)
    if dialog is None:
        dialog = GuideDialog(window, language)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
