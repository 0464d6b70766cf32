"""What the window shows with no project open: open the demo, new project, open a project or a
recent one, import transcripts into a new project or a REFI-QDA project, and Settings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from . import settings as app_settings
from .server_dialog import open_location


class WelcomePage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("welcomePage")
        self.window_ = window
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setFixedWidth(560)  # word-wrapped labels get their height for this width
        layout = QVBoxLayout(box)
        title = QLabel("<h2>qualcoder-htl</h2>")
        layout.addWidget(title)
        intro = QLabel(self.tr("Code interview transcripts: read, select a passage, attach "
                               "themes, write memos, revise the codebook."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.first_run = QLabel(self.tr(
            "New here? The demo project is a fictional follow-up study, imported and coded: "
            "try everything on it, nothing else changes."))
        self.first_run.setObjectName("firstRunHint")
        self.first_run.setWordWrap(True)
        layout.addWidget(self.first_run)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
                ("demo", self.tr("Open the &demo project"), window.open_demo),
                ("new", self.tr("&New project…"), window.new_project),
                ("open", self.tr("&Open project…"), window.open_project_dialog),
                ("import", self.tr("&Import transcripts into a new project…"),
                 self.import_transcripts),
                ("import_refi", self.tr("Import from N&Vivo, ATLAS.ti, MAXQDA, QualCoder "
                                        "(REFI-QDA)…"), getattr(window, "import_refi", None)),
                ("settings", self.tr("&Settings…"), window.show_settings)):
            if slot is None:
                continue
            button = QPushButton(text)
            button.setObjectName(f"welcome_{name}")
            button.clicked.connect(lambda checked=False, slot=slot: slot())
            layout.addWidget(button)
            self.buttons[name] = button
        self.recent_label = QLabel(self.tr("&Recent projects:"))
        layout.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentProjects")
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: open_location(
            window, item.data(Qt.ItemDataRole.UserRole)))  # a server URL may ask a password
        layout.addWidget(self.recent)
        margins = layout.contentsMargins()
        for label in (intro, self.first_run):  # the box's layout does not ask wrapped labels
            label.setMinimumHeight(label.heightForWidth(
                box.width() - margins.left() - margins.right()))
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.refresh()

    def import_transcripts(self):
        """A new project (asked for as File ▸ New does), then the import dialog on it."""
        if self.window_.session is None and not self.window_.new_project():
            return None
        return self.window_.import_transcripts()

    def refresh(self) -> None:
        self.recent.clear()
        for path in app_settings.recent_projects():
            self.recent.addItem(f"{Path(path).stem}  —  {path}")
            self.recent.item(self.recent.count() - 1).setData(Qt.ItemDataRole.UserRole, path)
        visible = self.recent.count() > 0
        self.recent.setVisible(visible)
        self.recent_label.setVisible(visible)
        self.first_run.setVisible(not visible)  # no project opened yet: point at the demo
        if visible:
            self.recent.setCurrentRow(0)
