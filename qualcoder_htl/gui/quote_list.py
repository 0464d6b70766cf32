"""Quotes as the analysis views list them: citation and source above each passage, key quotes
starred, optionally under group headings (organisational levels). Double-click or Enter opens
the passage in the document; K marks or unmarks a key quote (undoable)."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ..core.results import Quote, QuoteExtract
from .delegates import HtmlRole
from .session import Session

translate = QCoreApplication.translate
QuoteRole = Qt.ItemDataRole.UserRole + 32  # the Quote of a row (None for a group heading)
_COLOUR = re.compile(r"color:#[0-9a-fA-F]{3,6}")


def _flat(text: str) -> str:
    return " ".join(text.split())


def quote_html(q: Quote, show_code: bool = True) -> str:
    """A quote as the preview shows it: star, citation, source (and theme) above; the
    speaker's label, the passage and any context in grey below."""
    star = "<span style='color:#c08000'>★</span> " if q.is_key_quote else ""
    head = [f"<b>{html.escape(q.citation)}</b>", html.escape(q.source_name)]
    if show_code:
        head.append(html.escape(q.code_path))
    body = ""
    if q.context_before:
        body += f"<span style='color:#777'>{html.escape(_flat(q.context_before))}</span> "
    elif q.cut_before:
        body += "[…] "
    if q.speaker and not q.label_in_text:
        body += f"<span style='color:#555'>{html.escape(q.speaker)}:</span> "
    body += html.escape(q.text).replace("\n", "<br>")
    if q.context_after:
        body += f" <span style='color:#777'>{html.escape(_flat(q.context_after))}</span>"
    elif q.cut_after:
        body += " […]"
    return (f"{star}<span style='color:#555'>{' · '.join(head)}</span>"
            f"<div style='margin-top:2px'>{body}</div>")


class QuoteListModel(QAbstractListModel):
    """Quotes, optionally under group headings (an extract grouped by level)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[tuple[str, object]] = []  # ("group", (label, n)) / ("quote", Quote)
        self.show_code = True

    def set_quotes(self, quotes: list[Quote]) -> None:
        self.beginResetModel()
        self.entries = [("quote", q) for q in quotes]
        self.endResetModel()

    def set_extract(self, extract: QuoteExtract | None, limit: int | None = None) -> None:
        self.beginResetModel()
        self.entries = []
        shown = 0
        for group in (extract.groups if extract else ()):
            self.entries.append(("group", (group.label, len(group.quotes))))
            for q in group.quotes:
                if limit is not None and shown >= limit:
                    break
                self.entries.append(("quote", q))
                shown += 1
        self.endResetModel()

    def quotes(self) -> list[Quote]:
        return [q for kind, q in self.entries if kind == "quote"]

    def row_of(self, coding_id: int) -> int | None:
        return next((i for i, (kind, q) in enumerate(self.entries)
                     if kind == "quote" and q.coding_id == coding_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()][0] == "group":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        kind, item = self.entries[index.row()]
        if kind == "group":
            label, n = item
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{label} ({n})"
            if role == HtmlRole:
                count = self.tr("%n quote(s)", "", n)
                return (f"<b style='font-size:large'>{html.escape(label)}</b>"
                        f" <span style='color:#666'>· {count}</span>")
            return None
        q: Quote = item
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{'★ ' if q.is_key_quote else ''}{q.citation} {_flat(q.text)}"
        if role == HtmlRole:
            return quote_html(q, self.show_code)
        if role == QuoteRole:
            return q
        if role == Qt.ItemDataRole.ToolTipRole:
            memo = f"\n\n{q.memo}" if q.memo else ""
            return translate("AnalysisViews", "Double-click or Enter: open the passage. "
                             "K: mark or unmark as key quote.") + memo
        return None


class QuoteDelegate(QStyledItemDelegate):
    """Rich text wrapped to the list's width; rows as tall as their quote."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(4)
        self._heights: dict[int, int] = {}
        self._width = 0

    def clear(self) -> None:
        self._heights.clear()

    def _width_now(self) -> int:
        return max(160, self.view.viewport().width() - 6)

    def _layout(self, html_text: str, font, width: int) -> None:
        self._doc.setDefaultFont(font)
        self._doc.setHtml(html_text)
        self._doc.setTextWidth(width)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        width = self._width_now()
        if width != self._width:
            self._heights.clear()
            self._width = width
        height = self._heights.get(index.row())
        if height is None:
            self._layout(index.data(HtmlRole) or "", option.font, width)
            height = int(self._doc.size().height()) + 4
            if index.data(QuoteRole) is None:  # a group heading: room above it
                height += 8
            self._heights[index.row()] = height
        return QSize(width, height)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        heading = index.data(QuoteRole) is None
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = index.data(HtmlRole) or ""
        if selected:  # greys and gold would not read on the highlight
            text = _COLOUR.sub("", text)
        self._layout(text, opt.font, self._width_now())  # as sizeHint measured it
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + 2, opt.rect.top() + (8 if heading else 0))
        self._doc.documentLayout().draw(painter, ctx)
        painter.restore()
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight())
        painter.restore()


class QuoteList(QListView):
    """The list of quotes, with opening, key-quote marking and copying."""

    key_quote_toggled = Signal(int)  # coding id, after the change was made

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.quote_model = QuoteListModel(self)
        self.setModel(self.quote_model)
        self.delegate = QuoteDelegate(self)
        self.setItemDelegate(self.delegate)
        self.quote_model.modelReset.connect(self.delegate.clear)
        self.quote_model.dataChanged.connect(lambda *_: self.delegate.clear())
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setLayoutMode(QListView.LayoutMode.Batched)  # hundreds of quotes lay out in steps
        self.setBatchSize(40)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(lambda index: self.open_passage(index))

    def current_quote(self, index=None) -> Quote | None:
        index = index if index is not None else self.currentIndex()
        return index.data(QuoteRole) if index.isValid() else None

    def select_coding(self, coding_id: int | None) -> bool:
        row = self.quote_model.row_of(coding_id) if coding_id is not None else None
        if row is None:
            return False
        index = self.quote_model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def open_passage(self, index=None) -> bool:
        """Open the quote's source in the document view with the passage selected."""
        q = self.current_quote(index)
        if q is None:
            return False
        coding = self.session.run(lambda: self.session.project.codings.get(q.coding_id), self)
        if coding is None:
            return False
        self.session.jump_to(coding.source_id, coding.start, coding.end)
        return True

    def toggle_key_quote(self) -> bool:
        q = self.current_quote()
        if q is None:
            return False
        changes = self.session.run(lambda: self.session.project.codings.set_key_quote(
            q.coding_id, not q.is_key_quote), self)
        if changes is not None:
            self.key_quote_toggled.emit(q.coding_id)
        return changes is not None

    def copy_quote(self) -> None:
        q = self.current_quote()
        if q is not None:
            QGuiApplication.clipboard().setText(f"{' '.join(q.text.split())} {q.citation}")

    def keyPressEvent(self, event) -> None:  # noqa: N802
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.open_passage()
        elif event.key() == Qt.Key.Key_K and plain:
            self.toggle_key_quote()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_quote()
        else:
            super().keyPressEvent(event)

    def _menu(self, pos) -> None:
        index = self.indexAt(pos)
        q = self.current_quote(index)
        if q is None:
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(translate("AnalysisViews", "Open the passage\tEnter"), self.open_passage)
        menu.addAction(translate("AnalysisViews", "Unmark key quote\tK") if q.is_key_quote
                       else translate("AnalysisViews", "Mark as key quote\tK"),
                       self.toggle_key_quote)
        menu.addAction(translate("AnalysisViews", "Copy with citation"), self.copy_quote)
        menu.popup(self.viewport().mapToGlobal(pos))
