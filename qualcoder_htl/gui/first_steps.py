"""First steps that lead somewhere: what an empty project shows instead of an empty document
(import transcripts, drop files or a folder on the window, open the demo), and dropping
transcript files or folders on the main window to import them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyProjectPage(QWidget):
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("emptyProject")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setFixedWidth(480)  # wrapped labels get their height for this width
        layout = QVBoxLayout(box)
        title = QLabel("<h3>" + self.tr("This project has no transcripts yet") + "</h3>")
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Import interview transcripts (Word, text, OpenDocument, RTF) to start coding. "
            "An attribute sheet can give each transcript its respondent group, level and round."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.import_button = QPushButton(self.tr("&Import transcripts…"))
        self.import_button.setObjectName("emptyImport")
        self.import_button.clicked.connect(self.import_requested)
        layout.addWidget(self.import_button)
        drop = QLabel(self.tr("Or drop transcript files or a whole folder on this window."))
        drop.setWordWrap(True)
        drop.setStyleSheet("color:#555")
        layout.addWidget(drop)
        self.demo_button = QPushButton(self.tr("Open the &demo project to try things first"))
        self.demo_button.setObjectName("emptyDemo")
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(self.demo_button)
        margins = layout.contentsMargins()
        for label in (text, drop):  # the box's layout does not ask wrapped labels
            label.setMinimumHeight(label.heightForWidth(
                box.width() - margins.left() - margins.right()))
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)


def dropped_paths(mime) -> list[Path]:
    """Local files with a transcript extension, and folders, from a drag."""
    if not mime.hasUrls():
        return []
    # imported here: the readers (odfpy, python-docx) cost a tenth of a second at start-up
    from ..services.importing import SUPPORTED_EXTENSIONS
    out = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or path.suffix.lower() in SUPPORTED_EXTENSIONS:
            out.append(path)
    return out


class FileDrop(QObject):
    """Transcripts or folders dropped anywhere on the window open the import dialog with them
    (on the welcome page: in a new project first)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_dialog = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return super().eventFilter(obj, event)

    def import_paths(self, paths: list[Path]):
        window = self.window
        if window.session is None and not window.new_project():
            return None
        dialog = window.import_transcripts()
        if dialog is not None:
            dialog.add_paths(paths)
        self.last_dialog = dialog
        return dialog
