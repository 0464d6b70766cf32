"""Where stored offsets go when a text is edited: a diff of the old and new text in code points.

Fixing a typo or removing a stray line must not make every coding after it point at the wrong
words (QualCoder's users' complaint: "codes shift after edits"). ``OffsetShift`` compares the two
texts with ``difflib`` (lines first, so a long transcript diffs fast, then the code points of the
changed lines) and maps every old offset to its new place:

- text inserted exactly at a span's edge stays outside the span, text inserted inside it is in;
- a span that starts or ends in replaced text takes the whole replacement;
- deleted text leaves the span; a span whose text is wholly deleted collapses (start == end).
"""
from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]


def _char_opcodes(old: str, new: str, i0: int, j0: int) -> list[Opcode]:
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return [(tag, i1 + i0, i2 + i0, j1 + j0, j2 + j0)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def diff_opcodes(old: str, new: str) -> list[Opcode]:
    """``difflib`` opcodes over code points: equal lines are matched as lines, changed runs of
    lines character by character."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    old_at = [0]
    for line in old_lines:
        old_at.append(old_at[-1] + len(line))
    new_at = [0]
    for line in new_lines:
        new_at.append(new_at[-1] + len(line))
    out: list[Opcode] = []
    lines = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        a1, a2, b1, b2 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
        if tag == "equal":
            out.append(("equal", a1, a2, b1, b2))
        elif tag == "replace":
            out += _char_opcodes(old[a1:a2], new[b1:b2], a1, b1)
        else:
            out.append((tag, a1, a2, b1, b2))
    return out


class OffsetShift:
    """Maps offsets in ``old`` to offsets in ``new``."""

    def __init__(self, old: str, new: str):
        self.old_length, self.new_length = len(old), len(new)
        # the opcodes that cover old text (inserts cover none), sorted by old start
        self._ops = [op for op in diff_opcodes(old, new) if op[0] != "insert"]
        self._starts = [op[1] for op in self._ops]
        self.changed = old != new

    def _op_at(self, position: int) -> Opcode | None:
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and self._ops[i][1] <= position < self._ops[i][2]:
            return self._ops[i]
        return None

    def start(self, offset: int) -> int:
        """New place of a span's start (the character at ``offset``)."""
        op = self._op_at(offset)
        if op is None:
            return self.new_length
        tag, i1, _, j1, _ = op
        return j1 + offset - i1 if tag == "equal" else j1

    def end(self, offset: int) -> int:
        """New place of a span's exclusive end (just after the character at ``offset - 1``)."""
        if offset <= 0:
            return 0
        op = self._op_at(offset - 1)
        if op is None:
            return self.new_length
        tag, i1, _, j1, j2 = op
        if tag == "equal":
            return j1 + offset - i1
        return j2 if tag == "replace" else j1

    def span(self, start: int, end: int) -> tuple[int, int]:
        s, e = self.start(start), self.end(end)
        return (s, max(s, e))
