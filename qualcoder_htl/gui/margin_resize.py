"""Dragging an end of a coding bar in the margin to resize the coding.

Pressing within ``GRIP`` pixels of a bar's top or bottom end starts a drag; the end snaps to
whole visual lines (the top to the start of the line under the mouse, the bottom to its end,
white space trimmed) and the bar is drawn at the new extent while dragging. Release reports the
new stored span once; Escape cancels. A drag that would leave the coding empty is clamped to
one character. Keyboard users resize through the selection (``CodingActions.resize_coding``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint

from ..core.models import Coding

GRIP = 4


@dataclass
class BarDrag:
    coding: Coding
    edge: str  # "top" or "bottom"
    start: int  # the previewed span, stored offsets
    end: int

    @property
    def changed(self) -> bool:
        return (self.start, self.end) != (self.coding.start, self.coding.end)

    def preview(self) -> Coding:
        return replace(self.coding, start=self.start, end=self.end)


def grip_at(bars, pos: QPoint, height: int) -> tuple[Coding, str] | None:
    """The (coding, "top"/"bottom") of ``bars`` (those of the lane under the mouse) whose end
    is within ``GRIP`` px of ``pos``; an end that runs off the view cannot be gripped."""
    best = None
    for bar in bars:
        for edge, y, shown in (("top", bar.top, bar.top >= 0),
                               ("bottom", bar.bottom, bar.bottom <= height)):
            distance = abs(pos.y() - y)
            if shown and distance <= GRIP and (best is None or distance < best[0]):
                best = (distance, bar.coding, edge)
    return None if best is None else (best[1], best[2])


def line_span_at(view, y: int) -> tuple[int, int] | None:
    """Stored [start, end) of the visual line at viewport ``y``, white space trimmed."""
    height = view.viewport().height()
    y = max(0, min(y, height - 1))
    position = view.cursorForPosition(QPoint(1, y)).position()
    block = view.document().findBlock(position)
    if not block.isValid():
        return None
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        a = b = block.position()
    else:
        a = block.position() + line.textStart()
        b = a + line.textLength()
    b = min(b, block.position() + block.length() - 1)  # never the paragraph separator
    s, e = view.offsets.span_to_stored(a, max(a, b))
    text = view.text
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def drag_to(drag: BarDrag, view, y: int) -> None:
    """Move the dragged end to the line at ``y``, clamped so the coding keeps a character."""
    span = line_span_at(view, y)
    if span is None:
        return
    c = drag.coding
    if drag.edge == "top":
        drag.start, drag.end = min(span[0], c.end - 1), c.end
    else:
        drag.start, drag.end = c.start, max(span[1], c.start + 1)
