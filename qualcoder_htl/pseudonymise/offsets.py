"""An offset map between an original text and its pseudonymised version.

Replacing ``Anna`` (4 code points) by ``[barnets namn]`` (14) moves every later offset.
``OffsetMap`` converts offsets both ways so codings stay right in either text. A position
inside a replaced span has no exact counterpart: a span's start maps to the start of the
replacement and its end to the end, so a coding that overlaps a replacement grows to cover all
of it (a quote never shows half a pseudonym, and never half an original).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Replacement:
    start: int
    end: int
    new: str
    type: str = ""
    original: str = ""


class OffsetMap:
    def __init__(self, old_length: int, replacements: list[Replacement]):
        self._old_starts: list[int] = []
        self._new_starts: list[int] = []
        self._spans: list[tuple[int, int, int, int]] = []  # old_start, old_end, new_start, new_end
        shift = 0
        for r in replacements:
            new_start = r.start + shift
            new_end = new_start + len(r.new)
            self._spans.append((r.start, r.end, new_start, new_end))
            shift += len(r.new) - (r.end - r.start)
        self._old_starts = [s[0] for s in self._spans]
        self._new_starts = [s[2] for s in self._spans]
        self.old_length = old_length
        self.new_length = old_length + shift

    @property
    def replaced(self) -> list[tuple[int, int, int, int]]:
        """(old_start, old_end, new_start, new_end) of every replacement."""
        return list(self._spans)

    def _convert(self, pos: int, side: str, forward: bool) -> int:
        starts = self._old_starts if forward else self._new_starts
        limit = self.old_length if forward else self.new_length
        if not 0 <= pos <= limit:
            raise ValueError(f"offset {pos} outside 0..{limit}")
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return pos
        o_start, o_end, n_start, n_end = self._spans[i]
        a_start, a_end, b_start, b_end = ((o_start, o_end, n_start, n_end) if forward
                                          else (n_start, n_end, o_start, o_end))
        if pos == a_start:
            return b_start
        if pos < a_end:  # inside a replacement
            return b_start if side == "start" else b_end
        return b_end + (pos - a_end)

    def to_new(self, pos: int, side: str = "start") -> int:
        """An offset in the original text → the pseudonymised text."""
        return self._convert(pos, side, True)

    def to_old(self, pos: int, side: str = "start") -> int:
        """An offset in the pseudonymised text → the original text."""
        return self._convert(pos, side, False)

    def span_to_new(self, start: int, end: int) -> tuple[int, int]:
        new_start = self.to_new(start, "start")
        new_end = self.to_new(end, "end") if end > start else new_start
        return new_start, max(new_start, new_end)

    def span_to_old(self, start: int, end: int) -> tuple[int, int]:
        old_start = self.to_old(start, "start")
        old_end = self.to_old(end, "end") if end > start else old_start
        return old_start, max(old_start, old_end)


def apply(text: str, replacements: list[Replacement]) -> tuple[str, OffsetMap]:
    """The text with ``replacements`` made (they must not overlap), and its offset map."""
    reps = sorted(replacements, key=lambda r: r.start)
    parts, pos = [], 0
    for r in reps:
        if r.start < pos:
            raise ValueError(f"replacements overlap at {r.start}")
        parts.append(text[pos:r.start])
        parts.append(r.new)
        pos = r.end
    parts.append(text[pos:])
    return "".join(parts), OffsetMap(len(text), reps)
