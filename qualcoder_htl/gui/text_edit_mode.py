"""Edit mode of the document view: fix a typo or remove a stray line in a transcript.

The view is read-only while coding. "Edit text" makes it editable under a banner that says so,
hides the coding highlights (their offsets are the saved text's), and blocks coding actions.
Save hands the whole new text to ``sources.edit_text``, which moves codings, turns and
pseudonymisation suggestions with the change and reindexes, as one undo step; Cancel puts the
saved text back.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import prompts
from .session import Session


class TextEditMode(QObject):
    toggled = Signal(bool)

    def __init__(self, session: Session, panel, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.panel = panel
        self.view = panel.view
        self.active = False
        self._window: QWidget | None = None  # watched for Close while editing
        self.banner = QFrame()
        self.banner.setObjectName("editBanner")
        self.banner.setStyleSheet("#editBanner{background:#fff4cc;border-bottom:1px solid #e0c060}"
                                  "#editBanner QLabel{color:#5c4400}")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.save_button = QPushButton(self.tr("&Save text"))
        self.save_button.setToolTip(self.tr("Save the edited text (Ctrl+S); codings follow it"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        # Ctrl+S saves while editing (and only then: the shortcut is off otherwise)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, panel)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.setEnabled(False)
        self.shortcut.activated.connect(self.save)
        self.view.installEventFilter(self)
        self.banner.hide()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """While editing, Ctrl+Z and Ctrl+Y undo typing in the text, not the project; closing
        the window asks what becomes of an unsaved edit."""
        if self.active and obj is self._window and event.type() == event.Type.Close:
            if not self.finish_before_closing():
                event.ignore()
                return True
            return False
        if (self.active and obj is self.view and event.type() == event.Type.ShortcutOverride
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.accept()
        return super().eventFilter(obj, event)

    def _set_editing(self, editing: bool) -> None:
        """Editable text without coding highlights (their offsets are the saved text's), or
        back to reading (the panel then reloads the saved text)."""
        view = self.view
        view.editing = editing
        view.setReadOnly(not editing)
        view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextEditorInteraction if editing
            else Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        view.setUndoRedoEnabled(editing)
        view.selected_coding_id = None
        view.refresh_colours()

    def edited_text(self) -> str:
        """The text as it stands in the widget, line breaks as newlines (no-break spaces and
        other characters kept, which ``toPlainText`` would change)."""
        raw = self.view.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def start(self) -> bool:
        if self.active or self.view.source is None:
            return False
        self.active = True
        self._window = self.panel.window()
        self._window.installEventFilter(self)
        self._set_editing(True)
        self.label.setText(self.tr(
            "Editing the text of “{0}”. Codings, speaker turns and pseudonymisation follow "
            "your changes when you save; the whole edit is one step to undo.").format(
                self.view.source.name))
        self.banner.show()
        self.shortcut.setEnabled(True)
        self.view.setFocus()
        self.toggled.emit(True)
        return True

    def modified(self) -> bool:
        return self.active and self.edited_text() != self.view.text

    def save(self) -> bool:
        if not self.active:
            return False
        source_id, new_text = self.view.source.id, self.edited_text()
        if new_text != self.view.text:
            changes = self.session.run(
                lambda: self.session.project.sources.edit_text(source_id, new_text), self.panel)
            if changes is None:
                return False  # the error was shown; the edits stay on screen
            result = changes.result
            if result is not None:
                moved = result.codings_moved
                self.session.status.emit(self.tr(
                    "Text saved: %n coding(s) moved, {0} removed with their words.", "",
                    moved).format(result.codings_removed))
        self._finish()
        return True

    def cancel(self, ask: bool = True) -> bool:
        if not self.active:
            return False
        if ask and self.modified() and not prompts.confirm(
                self.panel, self.tr("Cancel editing"),
                self.tr("Throw away the changes to the text?"), self.tr("Throw away")):
            return False
        self._finish()
        return True

    def finish_before_closing(self) -> bool:
        """Save or throw away an unsaved edit; False when the user cancels."""
        if not self.modified():
            return self.cancel(ask=False)
        answer = prompts.choose_button(
            self.panel, self.tr("Edited text"),
            self.tr("Save the changes to the text of “{0}”?").format(self.view.source.name),
            [self.tr("Save"), self.tr("Throw away")])
        if answer is None:
            return False
        return self.save() if answer == 0 else self.cancel(ask=False)

    def _finish(self) -> None:
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        self.active = False
        self.shortcut.setEnabled(False)
        self.banner.hide()
        self._set_editing(False)
        self.panel.reload_source()
        self.toggled.emit(False)
