"""What the window shows with no project open: new, open, the demo, and recent projects."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from . import settings as app_settings


class WelcomePage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("welcomePage")
        self.window_ = window
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(520)
        layout = QVBoxLayout(box)
        title = QLabel("<h2>qualcoder-htl</h2>")
        layout.addWidget(title)
        intro = QLabel(self.tr("Code interview transcripts: read, select a passage, attach "
                               "themes, write memos, revise the codebook."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for text, slot in ((self.tr("&New project…"), window.new_project),
                           (self.tr("&Open project…"), window.open_project_dialog),
                           (self.tr("Open the &demo project"), window.open_demo)):
            button = QPushButton(text)
            button.clicked.connect(lambda checked=False, slot=slot: slot())
            layout.addWidget(button)
        self.recent_label = QLabel(self.tr("&Recent projects:"))
        layout.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentProjects")
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: window.open_project(
            item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in app_settings.recent_projects():
            self.recent.addItem(f"{Path(path).stem}  —  {path}")
            self.recent.item(self.recent.count() - 1).setData(Qt.ItemDataRole.UserRole, path)
        visible = self.recent.count() > 0
        self.recent.setVisible(visible)
        self.recent_label.setVisible(visible)
