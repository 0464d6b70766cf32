"""Fast scanning for the shaped identifiers: a pattern behind a look-ahead of its first
characters, and a slow pattern run only near the matches of a cheap anchor."""
from __future__ import annotations

import re
from collections.abc import Iterator


def first_letters(head: str, pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a look-ahead of the characters every match opens with: the engine
    then skips every other position quickly (a pattern that opens with a look-behind is
    otherwise tried in full at each position; a tenth of the time on long texts)."""
    return re.compile(f"(?={head})(?:{pattern.pattern})", pattern.flags)


def heads(words, both_cases: bool = False) -> str:
    """A character class of the first letters of ``words`` (in both cases if asked): the head
    ``first_letters`` needs for a pattern opening with an alternation of these words."""
    firsts = {w[0] for w in words}
    if both_cases:
        firsts |= {c.swapcase() for c in firsts}
    return "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"


def near(anchor: re.Pattern, pattern: re.Pattern, text: str, before: int = 48,
         after: int = 64) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` run only around the matches of ``anchor``, a cheap search
    for a part every match of ``pattern`` contains (within ``before`` characters of the match's
    start and ``after`` of its end). Patterns that open with a long alternation ("tjugotre
    år", "första maj") are slow to try at every position of a long text; the anchor ("år",
    a digit) is fast. Windows are widened to whitespace so look-arounds see whole words."""
    n = len(text)
    windows: list[list[int]] = []
    for a in anchor.finditer(text):
        start, end = max(0, a.start() - before), min(n, a.end() + after)
        if windows and end <= windows[-1][1]:
            continue  # inside the window already taken
        if not windows or start > windows[-1][1]:
            start = _blank_before(text, start)
        end = _blank_after(text, end)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _blank_before(text: str, pos: int, limit: int = 64) -> int:
    """``pos`` moved back to just after a blank, at most ``limit`` characters (a text without
    blanks must not be walked from every anchor to its start)."""
    stop = max(0, pos - limit)
    while pos > stop and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _blank_after(text: str, pos: int, limit: int = 64) -> int:
    stop = min(len(text), pos + limit)
    while pos < stop and not text[pos].isspace():
        pos += 1
    return pos
