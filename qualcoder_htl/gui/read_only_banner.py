"""A bar across the top of the main window while the project is open read-only (on a CD, a
write-protected stick, a read-only share): the user sees at once why nothing can be changed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

translate = QCoreApplication.translate
OBJECT_NAME = "readOnlyBanner"


def show_read_only_banner(window: QMainWindow, read_only: bool) -> QToolBar | None:
    """Add the bar when ``read_only``; remove an earlier one in any case."""
    remove_read_only_banner(window)
    if not read_only:
        return None
    bar = QToolBar(window)
    bar.setObjectName(OBJECT_NAME)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    label = QLabel(translate(
        "ReadOnlyBanner",
        "This project is open read-only: the file, its folder or the disk cannot be written. "
        "You can read, search, analyse and export, but changes are not possible."))
    label.setObjectName("readOnlyBannerText")
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet("QLabel { color: #5c4400; padding: 4px 8px; }")
    bar.setStyleSheet("QToolBar { background: #fff3cd; border: none; }")
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def remove_read_only_banner(window: QMainWindow) -> None:
    for bar in window.findChildren(QToolBar, OBJECT_NAME):
        window.removeToolBar(bar)
        bar.setObjectName("")  # restoreState() must not bring it back before it is deleted
        bar.hide()
        bar.deleteLater()
