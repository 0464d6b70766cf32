"""Selecting with the mouse in the document view (whole words, a turn without its label), and
dragging: a selection out onto a code, a code in onto the selection.

A drag snaps to whole words when the button is released (Alt keeps exact characters, as in
word processors) and starts after a speaker label; a triple click takes the words of a turn,
without its label and line break; a dragged or copied selection carries its stored span, so it
can be dropped on a code. Word boundaries and labels are computed on stored code points
(``core.words``); Qt positions are converted through the view's ``OffsetMap``.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QMimeData, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from ..core.words import snap_to_words, turn_body, without_label
from .mime import CODE_MIME, decode_code_ids, encode_span


class WordSelection:
    """Mixed into ``DocumentView`` (a ``QPlainTextEdit`` with ``text``, ``turns``, ``offsets``,
    ``source``, ``editing`` and ``selected_span``)."""

    def init_selection(self) -> None:
        self._press_pos: QPoint | None = None
        self._exact = False  # Alt held: the selection keeps its characters
        self._double_click = QElapsedTimer()
        self._double_click_pos = QPoint()
        self._triple = False

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._exact = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        self._press_pos = event.position().toPoint()
        if (not self.editing and event.button() == Qt.MouseButton.LeftButton
                and self._double_click.isValid()
                and self._double_click.elapsed() < QApplication.doubleClickInterval()
                and (self._press_pos - self._double_click_pos).manhattanLength()
                < QApplication.startDragDistance() * 2):
            self._double_click.invalidate()
            self._triple = True
            self.select_turn_at(self.cursorForPosition(self._press_pos).position())
            event.accept()
            return
        self._triple = False
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self._double_click.start()
        self._double_click_pos = event.position().toPoint()
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._triple:
            self._triple = False
            event.accept()
            return
        super().mouseReleaseEvent(event)
        exact = self._exact or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if (event.button() == Qt.MouseButton.LeftButton and self._press_pos is not None
                and not exact and not self.editing and self.textCursor().hasSelection()):
            self.snap_selection()
        self._press_pos = None

    def snap_selection(self) -> None:
        """Widen the selection to whole words and start it after a speaker label."""
        cursor = self.textCursor()
        anchor = self.offsets.to_stored(cursor.anchor())
        position = self.offsets.to_stored(cursor.position())
        s, e = snap_to_words(self.text, min(anchor, position), max(anchor, position))
        s, e = without_label(self.text, self.turns, s, e)
        if s >= e:
            return
        a, b = self.offsets.span_to_qt(s, e)
        if position < anchor:
            a, b = b, a
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def select_turn_at(self, position: int) -> None:
        """Triple click: the words of the turn there (no label, no line break); a paragraph
        where the text has no turns."""
        offset = self.offsets.to_stored(position)
        turn = next((t for t in self.turns if t.start <= offset < t.end), None)
        if turn is not None:
            s, e = turn_body(self.text, turn)
        else:
            block = self.document().findBlock(position)
            s = self.offsets.to_stored(block.position())
            e = self.offsets.to_stored(block.position() + block.length() - 1)
            while s < e and self.text[s].isspace():
                s += 1
            while e > s and self.text[e - 1].isspace():
                e -= 1
        if s >= e:
            return
        a, b = self.offsets.span_to_qt(s, e)
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def createMimeDataFromSelection(self):  # noqa: N802
        """A dragged or copied selection carries its plain text and its stored span, so a drop
        on a code codes it. (Qt's own selection data lists fixed formats only: a new one.)"""
        span = self.selected_span()
        if span is None or self.source is None:
            return super().createMimeDataFromSelection()
        mime = QMimeData()
        mime.setText(self.text[span[0]:span[1]])
        encode_span(mime, self.source.id, *span)
        return mime

    # --- a code dropped on the text (applies to the selection) ------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(CODE_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        ids = decode_code_ids(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        for code_id in ids:
            self.code_dropped.emit(code_id)
