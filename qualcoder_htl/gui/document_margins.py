"""The two margins of the document view: line numbers on the left, coding bars on the right.

Coding bars are laid out in lanes so overlapping codings sit side by side instead of on top of
each other; each bar carries its code's name written along it, and a star when the coding is a
key quote. Only bars that reach into the visible part of the text are computed and painted.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from ..core.models import Coding

LANE_WIDTH = 18
BAR_WIDTH = 5
MAX_LANES = 10


def assign_lanes(codings: list[Coding]) -> dict[int, int]:
    """{coding id: lane}: greedy interval colouring, longest first at equal starts, so a
    passage coded with many codes uses as few lanes as it has overlapping codings."""
    lanes_end: list[int] = []
    out: dict[int, int] = {}
    for c in sorted(codings, key=lambda c: (c.start, -c.end, c.id)):
        for lane, end in enumerate(lanes_end):
            if end <= c.start:
                lanes_end[lane] = c.end
                out[c.id] = lane
                break
        else:
            out[c.id] = len(lanes_end)
            lanes_end.append(c.end)
    return out


def bars_for(view, visible: list[Coding], qs: int, qe: int, lanes: dict[int, int]) -> list[Bar]:
    """Bars of the codings reaching into the visible Qt range [qs, qe): a bar starts at the
    line of its first character and ends below the line of its last, or runs off the edge."""
    height = view.viewport().height()
    bars = []
    for c in visible:
        a, b = view.offsets.span_to_qt(c.start, c.end)
        top = _y_at(view, a, bottom=False) if a >= qs else -4
        bottom = _y_at(view, max(a, b - 1), bottom=True) if b <= qe else height + 4
        bars.append(Bar(c, lanes.get(c.id, 0), top, bottom,
                        view.lookup.code_color(c.code_id), view.lookup.code_name(c.code_id)))
    return bars


def _y_at(view, position: int, bottom: bool) -> int:
    block = view.document().findBlock(position)
    geom = view.blockBoundingGeometry(block).translated(view.contentOffset())
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return round(geom.bottom() if bottom else geom.top())
    return round(geom.top() + line.y() + (line.height() if bottom else 0))


def describe(lookup, coding: Coding) -> str:
    """Tooltip text of a coding: code, coder, key quote, memo."""
    tr = lambda text: QCoreApplication.translate("DocumentView", text)  # noqa: E731
    parts = [f"<b>{html.escape(lookup.code_path(coding.code_id))}</b>",
             html.escape(tr("coded by {0}").format(lookup.coder_name(coding.coder_id)))]
    if coding.is_key_quote:
        parts.append("★ " + html.escape(tr("key quote")))
    if coding.memo:
        memo = coding.memo if len(coding.memo) < 400 else coding.memo[:400] + "…"
        parts.append("<i>" + html.escape(tr("Memo:")) + "</i> "
                     + html.escape(memo).replace("\n", "<br>"))
    return "<br>".join(parts)


@dataclass(frozen=True)
class Bar:
    coding: Coding
    lane: int
    top: int
    bottom: int
    color: str
    name: str


class LineNumberArea(QWidget):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("lineNumbers")

    def width_hint(self) -> int:
        digits = len(str(max(1, self.view.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width_hint(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(event.rect(), pal.color(QPalette.ColorRole.Window))
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        current = self.view.textCursor().blockNumber()
        block = self.view.firstVisibleBlock()
        offset = self.view.contentOffset()
        height = self.view.viewport().height()
        fm_height = self.fontMetrics().height()
        while block.isValid():
            top = round(self.view.blockBoundingGeometry(block).translated(offset).top())
            if top > height:
                break
            if block.isVisible() and block.length() > 1:
                n = block.blockNumber()
                font = painter.font()
                font.setBold(n == current)
                painter.setFont(font)
                painter.drawText(QRect(0, top, self.width() - 6, fm_height),
                                 Qt.AlignmentFlag.AlignRight, str(n + 1))
            block = block.next()


class CodingMargin(QWidget):
    """Paints ``view.visible_bars()``; hover shows code, coder and memo; a click selects."""

    coding_clicked = Signal(int)
    coding_menu = Signal(int, QPoint)

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("codingMargin")
        self.setMouseTracking(True)
        self.lanes = 0
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        self._label_font = font

    def width_hint(self) -> int:
        return 10 + LANE_WIDTH * max(1, min(self.lanes, MAX_LANES))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width_hint(), 0)

    def lane_x(self, lane: int) -> int:
        return 4 + LANE_WIDTH * min(lane, MAX_LANES - 1)

    def bars_at(self, pos: QPoint) -> list[Bar]:
        lane = (pos.x() - 4) // LANE_WIDTH
        return [b for b in self.view.visible_bars()
                if min(b.lane, MAX_LANES - 1) == lane and b.top - 1 <= pos.y() <= b.bottom + 1]

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, event.rect().top(), 0, event.rect().bottom())
        selected = self.view.selected_coding_id
        painter.setFont(self._label_font)
        metrics = QFontMetrics(self._label_font)
        bars = self.view.visible_bars()
        free_below = self._free_below(bars)
        for bar in bars:
            x = self.lane_x(bar.lane)
            color = QColor(bar.color)
            height = max(3, bar.bottom - bar.top)
            if bar.coding.id == selected:
                painter.fillRect(QRect(x - 2, bar.top - 2, BAR_WIDTH + 4, height + 4),
                                 self.palette().color(QPalette.ColorRole.Highlight))
            painter.fillRect(QRect(x, bar.top, BAR_WIDTH, height), color)
            label = ("★ " if bar.coding.is_key_quote else "") + bar.name
            # a short bar's name may run on below it, down to the next bar in its lane
            room = max(height, free_below[bar.coding.id]) - 4
            if room > 24:
                text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
                painter.save()
                painter.translate(x + BAR_WIDTH + 2, bar.top + 2)
                painter.rotate(90)
                painter.setPen(color.darker(170) if color.lightness() > 150 else color.darker(115))
                painter.drawText(QRectF(0, -LANE_WIDTH + BAR_WIDTH + 2, room, LANE_WIDTH - 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                painter.restore()
            elif bar.coding.is_key_quote:
                painter.setPen(color.darker(150))
                painter.drawText(QPoint(x + BAR_WIDTH + 1, bar.top + metrics.ascent()), "★")

    def _free_below(self, bars: list[Bar]) -> dict[int, int]:
        """{coding id: pixels from the bar's top to the next bar in the same lane}."""
        by_lane: dict[int, list[Bar]] = {}
        for bar in bars:
            by_lane.setdefault(min(bar.lane, MAX_LANES - 1), []).append(bar)
        out = {}
        for lane_bars in by_lane.values():
            lane_bars.sort(key=lambda b: b.top)
            for i, bar in enumerate(lane_bars):
                below = lane_bars[i + 1].top if i + 1 < len(lane_bars) else self.height()
                out[bar.coding.id] = below - bar.top - 6
        return out

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            bars = self.bars_at(event.pos())
            if bars:
                QToolTip.showText(event.globalPos(),
                                  "<hr>".join(self.view.describe(b.coding) for b in bars), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        over = bool(self.bars_at(event.position().toPoint()))
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        bars = self.bars_at(event.position().toPoint())
        if not bars:
            return
        coding_id = bars[0].coding.id
        if event.button() == Qt.MouseButton.RightButton:
            self.coding_clicked.emit(coding_id)
            self.coding_menu.emit(coding_id, event.globalPosition().toPoint())
        elif event.button() == Qt.MouseButton.LeftButton:
            self.coding_clicked.emit(coding_id)
