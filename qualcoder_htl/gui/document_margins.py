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
from .margin_resize import BarDrag, drag_to, grip_at

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


def changed_band(old: list[Bar], new: list[Bar], height: int) -> tuple[int, int] | None:
    """The rows (top, bottom) of the margin that differ between two sets of bars, or None.
    A bar's name may run on below it down to the next bar in its lane, so the band reaches
    from the bar above a changed bar in its lane to the bar below it."""
    changed = set(old) ^ set(new)
    if not changed:
        return None
    lanes: dict[int, list[int]] = {}
    for bar in (*old, *new):
        lanes.setdefault(min(bar.lane, MAX_LANES - 1), []).append(bar.top)
    top, bottom = height, 0
    for bar in changed:
        tops = lanes[min(bar.lane, MAX_LANES - 1)]
        above = [t for t in tops if t < bar.top]
        below = [t for t in tops if t > bar.top]
        top = min(top, max(above, default=bar.top))
        bottom = max(bottom, bar.bottom, min(below, default=height))
    top, bottom = max(0, top - 3), min(height, bottom + 3)  # the selected bar's frame
    return (top, bottom) if bottom > top else None


def _y_at(view, position: int, bottom: bool) -> int:
    block = view.document().findBlock(position)
    geom = view.blockBoundingGeometry(block).translated(view.contentOffset())
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return round(geom.bottom() if bottom else geom.top())
    return round(geom.top() + line.y() + (line.height() if bottom else 0))


def describe(lookup, coding: Coding) -> str:
    """Tooltip text of a coding: code, coder, key quote, memo."""
    # the context written out at each call, so that lupdate files the texts under it
    translate = QCoreApplication.translate
    parts = [f"<b>{html.escape(lookup.code_path(coding.code_id))}</b>",
             html.escape(translate("DocumentView", "coded by {0}").format(
                 lookup.coder_name(coding.coder_id)))]
    if coding.is_key_quote:
        parts.append("★ " + html.escape(translate("DocumentView", "key quote")))
    if coding.memo:
        memo = coding.memo if len(coding.memo) < 400 else coding.memo[:400] + "…"
        parts.append("<i>" + html.escape(translate("DocumentView", "Memo:")) + "</i> "
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
    """Paints ``view.visible_bars()``; hover shows code, coder and memo; a click selects;
    dragging a bar's end resizes its coding (``margin_resize``)."""

    coding_clicked = Signal(int)
    coding_menu = Signal(int, QPoint)
    coding_resized = Signal(int, int, int)  # coding id, new start, new end (stored offsets)

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("codingMargin")
        # it fills what it paints: the widgets behind it need not paint a band first
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.lanes = 0
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        self._label_font = font
        self.drag: BarDrag | None = None

    def width_hint(self) -> int:
        return 10 + LANE_WIDTH * max(1, min(self.lanes, MAX_LANES))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width_hint(), 0)

    def lane_x(self, lane: int) -> int:
        return 4 + LANE_WIDTH * min(lane, MAX_LANES - 1)

    def lane_bars(self, pos: QPoint) -> list[Bar]:
        lane = (pos.x() - 4) // LANE_WIDTH
        return [b for b in self.view.visible_bars() if min(b.lane, MAX_LANES - 1) == lane]

    def bars_at(self, pos: QPoint) -> list[Bar]:
        return [b for b in self.lane_bars(pos) if b.top - 1 <= pos.y() <= b.bottom + 1]

    def grip_at(self, pos: QPoint) -> tuple[Coding, str] | None:
        return grip_at(self.lane_bars(pos), pos, self.view.viewport().height())

    def _with_preview(self, bars: list[Bar]) -> list[Bar]:
        """The bars with the one being dragged drawn at its new extent."""
        drag = self.drag
        if drag is None:
            return bars
        qs, qe = self.view.visible_range()
        out = []
        for bar in bars:
            if bar.coding.id == drag.coding.id:
                out += bars_for(self.view, [drag.preview()], qs, qe, {bar.coding.id: bar.lane})
            else:
                out.append(bar)
        return out

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, event.rect().top(), 0, event.rect().bottom())
        selected = self.view.selected_coding_id
        painter.setFont(self._label_font)
        metrics = QFontMetrics(self._label_font)
        bars = self._with_preview(self.view.visible_bars())
        free_below = self._free_below(bars)
        for bar in bars:
            x = self.lane_x(bar.lane)
            color = QColor(bar.color)
            height = max(3, bar.bottom - bar.top)
            if bar.coding.id == selected:
                painter.fillRect(QRect(x - 2, bar.top - 2, BAR_WIDTH + 4, height + 4),
                                 self.palette().color(QPalette.ColorRole.Highlight))
            painter.fillRect(QRect(x, bar.top, BAR_WIDTH, height), color)
            coder_colour = self.view.lookup.coder_colour(bar.coding.coder_id)
            if coder_colour:  # whose coding it is: a cap in the coder's colour
                painter.fillRect(QRect(x - 1, bar.top, BAR_WIDTH + 2, min(5, height)),
                                 QColor(coder_colour))
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
        pos = event.position().toPoint()
        if self.drag is not None and not event.buttons() & Qt.MouseButton.LeftButton:
            self._end_drag()  # the release went elsewhere (the window lost the mouse)
        if self.drag is not None:
            drag_to(self.drag, self.view, pos.y())
            self.update()
            return
        if self.grip_at(pos):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
            return
        over = bool(self.bars_at(pos))
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag = self.drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        drag_to(drag, self.view, event.position().toPoint().y())
        self._end_drag()
        if drag.changed:
            self.coding_resized.emit(drag.coding.id, drag.start, drag.end)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.drag is not None and event.key() == Qt.Key.Key_Escape:
            self._end_drag()
            return
        super().keyPressEvent(event)

    def _end_drag(self) -> None:
        self.drag = None
        self.releaseKeyboard()
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.position().toPoint()
        grip = self.grip_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if grip is not None:
            coding, edge = grip
            self.drag = BarDrag(coding, edge, coding.start, coding.end)
            self.grabKeyboard()  # Escape cancels, wherever the focus is
            self.setCursor(Qt.CursorShape.SizeVerCursor)
            return
        bars = self.bars_at(pos)
        if not bars:
            return
        coding_id = bars[0].coding.id
        if event.button() == Qt.MouseButton.RightButton:
            self.coding_clicked.emit(coding_id)
            self.coding_menu.emit(coding_id, event.globalPosition().toPoint())
        elif event.button() == Qt.MouseButton.LeftButton:
            self.coding_clicked.emit(coding_id)
