"""Item delegates: rich text in fixed-height rows (coded segments, search hits) and a small
progress bar (coding progress of a source)."""
from __future__ import annotations

import re

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HtmlRole = Qt.ItemDataRole.UserRole + 20
_COLOR = re.compile(r"(?<![-\w])color:\s*#[0-9a-fA-F]{3,8};?")
ProgressRole = Qt.ItemDataRole.UserRole + 21


class HtmlDelegate(QStyledItemDelegate):
    """Draws ``HtmlRole`` in rows of ``lines`` text lines, clipped (uniform rows stay fast
    with thousands of items)."""

    def __init__(self, lines: int = 3, parent=None):
        super().__init__(parent)
        self.lines = lines
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(3)

    def paint(self, painter, option, index) -> None:
        html = index.data(HtmlRole)
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:  # grey context would vanish on the highlight: use the highlight's text
            html = _COLOR.sub("", html)
        self._doc.setDefaultFont(opt.font)
        self._doc.setHtml(html)
        self._doc.setTextWidth(opt.rect.width() - 4)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + 2, opt.rect.top())
        clip = QRectF(0, 0, opt.rect.width() - 4, self._text_height(opt) + 3)
        painter.setClipRect(clip)
        ctx.clip = clip
        self._doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def _text_height(self, option) -> int:
        return option.fontMetrics.lineSpacing() * self.lines

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(200, self._text_height(option) + 10)


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar with the percentage of ``ProgressRole`` (0..1) beside it."""

    def paint(self, painter, option, index) -> None:
        value = index.data(ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = f"{round(value * 100)}\u202f%"
        text_width = opt.fontMetrics.horizontalAdvance("100\u202f%") + 6
        rect = opt.rect.adjusted(4, 0, -text_width, 0)
        bar = rect.adjusted(0, rect.height() // 2 - 3, 0, 0)
        bar.setHeight(6)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if bar.width() > 8:
            painter.fillRect(bar, opt.palette.color(QPalette.ColorRole.Midlight))
            done = bar.adjusted(0, 0, -round(bar.width() * (1 - max(0.0, min(1.0, value)))), 0)
            painter.fillRect(done, opt.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight))
        painter.setPen(opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(opt.rect.adjusted(0, 0, -3, 0),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


class KeepTypingDelegate(QStyledItemDelegate):
    """An open cell editor keeps what the user is typing when the model's data change under
    it (another coder's change arriving on a shared project): Qt would otherwise put the new
    value into the editor and the typed text would be lost. The model reads what the editor
    opened with (its EditRole, asked for once per editor) as the edit's ``based_on``, so the
    edit is then refused with a message that repeats the typed text."""

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if editor.property("keepTypingOpened"):
            return
        super().setEditorData(editor, index)
        editor.setProperty("keepTypingOpened", True)
