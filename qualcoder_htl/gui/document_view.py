"""The transcript, read-only, with its codings.

Speed comes from doing only what the screen needs: the text is set once per source; codings are
painted as ``ExtraSelections`` for the codings that reach into the visible blocks, recomputed on
scroll and resize (microseconds for hundreds of codings); coding bars likewise. A change of
codings swaps the coding list and repaints, the text is never touched again.

All positions that leave this class are stored code-point offsets (see ``offsets.py``).
"""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ..core.models import Coding, Source, Turn
from .document_highlight import TurnHighlighter
from .document_margins import (
    Bar,
    CodingMargin,
    LineNumberArea,
    assign_lanes,
    bars_for,
    changed_band,
    describe,
)
from .document_selection import WordSelection
from .document_tooltips import CodingTooltips
from .offsets import OffsetMap

HIGHLIGHT_ALPHA = 70
SELECTED_ALPHA = 150


class DocumentView(WordSelection, CodingTooltips, QPlainTextEdit):
    code_dropped = Signal(int)  # a code dragged onto the view (applies to the selection)
    coding_clicked = Signal(int)
    coding_cleared = Signal()
    coding_menu = Signal(int, QPoint)
    text_menu = Signal(QPoint)

    def __init__(self, lookup, parent=None):
        """``lookup`` answers ``code_color(id)``, ``code_path(id)``, ``coder_name(id)``."""
        super().__init__(parent)
        self.setObjectName("documentView")
        self.lookup = lookup
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setAcceptDrops(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.text_menu.emit(self.viewport().mapToGlobal(pos)))
        self.document().setDocumentMargin(10)
        self.highlighter = TurnHighlighter(self.document())
        self.line_numbers = LineNumberArea(self)
        self.margin = CodingMargin(self)
        self.margin.coding_clicked.connect(self.coding_clicked)
        self.margin.coding_menu.connect(self.coding_menu)
        self.source: Source | None = None
        self.turns: list[Turn] = []
        self.text = ""
        self.init_selection()
        self.editing = False  # edit mode (text_edit_mode.py): editable, codings hidden
        self.offsets = OffsetMap("")
        self.codings: list[Coding] = []
        self._starts: list[int] = []  # codings' starts, sorted with self.codings
        self._max_len = 0
        self._lanes: dict[int, int] = {}
        self._bars: list[Bar] | None = None
        self.selected_coding_id: int | None = None
        self._margin_selected: int | None = None  # the selection the margin last showed
        self.overlays: list = []  # callables (qt start, qt end) -> more ExtraSelections
        self._loading = False
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self.line_numbers.update)
        self._update_margins()

    # --- content ----------------------------------------------------------------------------
    def set_source(self, source: Source, turns: list[Turn], codings: list[Coding]) -> None:
        self.source = source
        self.turns = sorted(turns, key=lambda t: t.start)
        self.text = source.text
        self.offsets = OffsetMap(source.text)
        self.highlighter.set_turns(turns, self.offsets)
        self.selected_coding_id = None
        self._set_codings(codings)
        self._replace_text(source.text)  # the highlighter formats as the document fills

    def _replace_text(self, text: str) -> None:
        """Set the text with the margin handlers quiet: while the document is rebuilt its old
        blocks are gone, and measuring them then crashes some Qt versions."""
        self._loading = True
        try:
            self.setExtraSelections([])
            self.setPlainText(text)
        finally:
            self._loading = False
        self._refresh_codings()

    def clear_source(self) -> None:
        self.source = None
        self.turns = []
        self.text = ""
        self.offsets = OffsetMap("")
        self.highlighter.set_turns([], self.offsets)
        self._set_codings([])
        self._replace_text("")

    def set_codings(self, codings: list[Coding]) -> None:
        """New codings for the same text (a coding applied, removed, undone): the highlights
        that changed and a band of the margin around the bars that changed are repainted."""
        painted = self._bars
        self._set_codings(codings)
        if self.selected_coding_id not in {c.id for c in codings}:
            self.selected_coding_id = None
        self._refresh_codings(painted)

    def _set_codings(self, codings: list[Coding]) -> None:
        shown = getattr(self.lookup, "visible_coders", lambda: None)()  # coder filter, blind
        if shown is not None:
            codings = [c for c in codings if c.coder_id in shown]
        self.codings = sorted(codings, key=lambda c: (c.start, c.end, c.id))
        self._starts = [c.start for c in self.codings]
        self._max_len = max((c.end - c.start for c in self.codings), default=0)
        self._lanes = assign_lanes(self.codings)
        self.margin.lanes = max(self._lanes.values(), default=-1) + 1

    def refresh_colours(self) -> None:
        self._refresh_codings()

    # --- what is visible --------------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        """Qt positions [start, end) of the blocks on screen."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0, 0
        start = block.position()
        offset = self.contentOffset()
        height = self.viewport().height()
        end = start
        while block.isValid():
            if self.blockBoundingGeometry(block).translated(offset).top() > height:
                break
            end = block.position() + block.length()
            block = block.next()
        return start, end

    def codings_between(self, start: int, end: int) -> list[Coding]:
        """Codings overlapping stored offsets [start, end): a binary search on starts, with
        the longest coding bounding how far back an overlapping one can begin."""
        lo = bisect_left(self._starts, start - self._max_len)
        hi = bisect_left(self._starts, end)
        return [c for c in self.codings[lo:hi] if c.end > start]

    def codings_at(self, offset: int) -> list[Coding]:
        return [c for c in self.codings_between(offset, offset + 1)]

    def _visible_codings(self) -> tuple[list[Coding], int, int]:
        qs, qe = self.visible_range()
        s, e = self.offsets.to_stored(qs), self.offsets.to_stored(qe)
        return self.codings_between(s, e), qs, qe

    def _refresh_codings(self, painted: list[Bar] | None = None) -> None:
        """Highlights and bars of what is visible. ``painted``: the bars on screen, when the
        text and its layout did not change (else the whole margin is repainted; measuring
        while Qt lays the text out again can crash it)."""
        self._bars = None
        if self.editing:
            self.setExtraSelections([])
            self.margin.update()
            return
        visible, qs, qe = self._visible_codings()
        doc = self.document()
        selections = []
        for c in visible:
            a, b = self.offsets.span_to_qt(c.start, c.end)
            a, b = max(a, qs), min(b, qe)
            if a >= b:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            color = QColor(self.lookup.code_color(c.code_id))
            color.setAlpha(SELECTED_ALPHA if c.id == self.selected_coding_id else HIGHLIGHT_ALPHA)
            fmt.setBackground(color)
            if c.is_key_quote:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(self.lookup.code_color(c.code_id)).darker(130))
            sel.format = fmt
            selections.append(sel)
        for overlay in self.overlays:
            selections += overlay(qs, qe)
        self.setExtraSelections(selections)  # Qt repaints the selections that changed
        self._update_margins()
        self._update_margin_bars(painted)

    def _update_margin_bars(self, painted: list[Bar] | None) -> None:
        """Repaint the coding margin where bars changed (applying a code repaints a band
        around its bar, not the whole margin). Without the bars painted before, all of it."""
        selected_before, self._margin_selected = self._margin_selected, self.selected_coding_id
        if painted is None or self._loading or selected_before != self.selected_coding_id:
            self.margin.update()
            return
        self._bars = self._compute_bars()
        band = changed_band(painted, self._bars, self.margin.height())
        if band is not None:
            self.margin.update(0, band[0], self.margin.width(), band[1] - band[0])

    def visible_bars(self) -> list[Bar]:
        if self._loading or self.editing:
            return []
        if self._bars is None:
            self._bars = self._compute_bars()
        return self._bars

    def _compute_bars(self) -> list[Bar]:
        visible, qs, qe = self._visible_codings()
        return bars_for(self, visible, qs, qe, self._lanes)

    # --- selection in stored offsets ----------------------------------------------------------
    def selected_span(self) -> tuple[int, int] | None:
        """The selection as a stored span with surrounding white space trimmed, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        s, e = self.offsets.span_to_stored(cursor.selectionStart(), cursor.selectionEnd())
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return (s, e) if s < e else None

    def selected_text(self) -> str:
        span = self.selected_span()
        return self.text[span[0]:span[1]] if span else ""

    def select_span(self, start: int, end: int) -> None:
        a, b = self.offsets.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(b, self.offsets.qt_length))
        self.setTextCursor(cursor)
        self.centerCursor()
        cursor.setPosition(a)
        cursor.setPosition(min(b, self.offsets.qt_length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def select_coding(self, coding_id: int | None, show: bool = True) -> None:
        self.selected_coding_id = coding_id
        coding = next((c for c in self.codings if c.id == coding_id), None)
        if coding is not None and show:
            self.select_span(coding.start, coding.end)
        self._refresh_codings()

    def cursor_offset(self) -> int:
        return self.offsets.to_stored(self.textCursor().position())

    def describe(self, coding: Coding) -> str:
        return describe(self.lookup, coding)

    # --- margins ----------------------------------------------------------------------------
    def _update_margins(self, *_):
        if self._loading:
            return
        left, right = self.line_numbers.width_hint(), self.margin.width_hint()
        if (left, right) != (self.viewportMargins().left(), self.viewportMargins().right()):
            self.setViewportMargins(left, 0, right, 0)
        self._place_margins()

    def _place_margins(self) -> None:
        """Beside the viewport (not the contents rect, which also holds the scroll bar)."""
        vp = self.viewport().geometry()
        m = self.viewportMargins()
        self.line_numbers.setGeometry(QRect(vp.left() - m.left(), vp.top(), m.left(),
                                            vp.height()))
        self.margin.setGeometry(QRect(vp.right() + 1, vp.top(), m.right(), vp.height()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_margins()
        self._refresh_codings()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if self._loading:
            return
        if dy:
            self.line_numbers.scroll(0, dy)
            self._refresh_codings()
        else:
            self.line_numbers.update(0, rect.y(), self.line_numbers.width(), rect.height())
            if rect.contains(self.viewport().rect()):
                self._bars = None
                self.margin.update()

    def set_font_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
        self.line_numbers.setFont(font)
        self._update_margins()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.selected_coding_id is not None:
            self.select_coding(None, show=False)
            self.coding_cleared.emit()
            return
        super().keyPressEvent(event)
