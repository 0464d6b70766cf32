"""The one place that converts between Qt text positions and stored offsets.

Stored offsets (``Coding.start``, ``Turn.start``, search hits) count Unicode code points, as
Python's ``str`` does. Qt counts UTF-16 code units: every character outside the Basic
Multilingual Plane (emoji, some CJK, musical symbols) takes two units. Combining characters
(``e`` + U+0301) are separate code points *and* separate UTF-16 units, so they need no care
here, only astral characters do.

A transcript without astral characters (nearly all Swedish text) converts by identity; otherwise
a sorted list of the astral characters' positions makes each conversion a binary search, so a
50,000-word text costs one regex pass to index and microseconds per lookup.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts positions in one text between code points (stored) and UTF-16 units (Qt)."""

    __slots__ = ("_cp", "_u16", "length", "qt_length")

    def __init__(self, text: str):
        # code-point offsets of astral characters, and the UTF-16 offset each one starts at
        self._cp = [m.start() for m in _ASTRAL.finditer(text)]
        self._u16 = [cp + i for i, cp in enumerate(self._cp)]
        self.length = len(text)
        self.qt_length = len(text) + len(self._cp)

    @property
    def is_identity(self) -> bool:
        return not self._cp

    def to_qt(self, offset: int) -> int:
        """Stored code-point offset → Qt (UTF-16) position."""
        if not self._cp:
            return offset
        # every astral character before ``offset`` adds one unit
        return offset + bisect_left(self._cp, offset)

    def to_stored(self, position: int) -> int:
        """Qt (UTF-16) position → stored code-point offset. A position between the two
        halves of a surrogate pair falls back to the start of that character."""
        if not self._cp:
            return position
        # astral characters that start before ``position``
        before = bisect_left(self._u16, position)
        cp = position - before
        # inside a pair: position == u16 start + 1 of the previous astral character
        if before and self._u16[before - 1] + 1 == position:
            return self._cp[before - 1]
        return cp

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_to_stored(self, start: int, end: int) -> tuple[int, int]:
        """A Qt selection → stored span; an end inside a pair is widened to take the whole
        character, so a selection never cuts an emoji in half."""
        s = self.to_stored(start)
        e = self.to_stored(end)
        if self._cp and e < self.length:
            i = bisect_right(self._u16, end) - 1
            if i >= 0 and self._u16[i] + 1 == end:
                e = self._cp[i] + 1
        return s, e
