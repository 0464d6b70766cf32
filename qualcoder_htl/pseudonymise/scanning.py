"""Fast scanning for the shaped identifiers: a pattern behind a look-ahead of its first
characters, and a slow pattern run only near the matches of a cheap anchor."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


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


class Words:
    """An anchor for ``near`` made of plain words, found in any case: ``str.find`` on the
    lower-cased text is many times faster than a case-insensitive pattern, which the regex
    engine tries at every position. ``whole``: only where the word stands alone (no letter,
    digit or "_" on either side)."""

    def __init__(self, *words: str, whole: bool = False, letter_before: bool = True) -> None:
        self.words = tuple(w.lower() for w in words)
        self.whole = whole
        self.letter_before = letter_before  # False: not where a letter stands just before
        # (a pattern that opens with "no letter before" then misses no match of its own)
        bound = (r"(?<!\w)", r"(?!\w)") if whole else \
            ("" if letter_before else r"(?<![^\W\d_])", "")
        self._pattern = re.compile(
            bound[0] + "(?:" + "|".join(map(re.escape, self.words)) + ")" + bound[1],
            re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        low = _lowered(text)
        if len(low) != len(text):  # a letter whose lower case is longer ("İ"): the pattern
            return [m.span() for m in self._pattern.finditer(text)]
        out = []
        for w in self.words:
            i = low.find(w)
            while i >= 0:
                j = i + len(w)
                if self.whole and (i and _word_char(text[i - 1])
                                   or j < len(text) and _word_char(text[j])):
                    pass
                elif self.letter_before or not (i and _letter(text[i - 1])):
                    out.append((i, j))
                i = low.find(w, i + 1)
        out.sort()
        return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches


def _letter(ch: str) -> bool:
    return ch.isalpha()  # (inside what ``[^\W\d_]`` and a class of letters match)


@lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    return text.lower()


def near(anchor: re.Pattern | Words | tuple, pattern: re.Pattern, text: str, before: int = 48,
         after: int = 64) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` run only around the matches of ``anchor``, a cheap search
    for a part every match of ``pattern`` contains (within ``before`` characters of the match's
    start and ``after`` of its end). Patterns that open with a long alternation ("tjugotre
    år", "första maj") are slow to try at every position of a long text; the anchor ("år",
    a digit) is fast. Windows are widened to whitespace so look-arounds see whole words."""
    n = len(text)
    windows: list[list[int]] = []
    spans = _spans(anchor, text)
    for a_start, a_end in spans:
        start, end = max(0, a_start - before), min(n, a_end + after)
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


def _spans(anchor, text: str):
    """Where ``anchor`` (a pattern, ``Words`` or a tuple of them) matches, in order."""
    if isinstance(anchor, tuple):
        return sorted(span for one in anchor for span in _spans(one, text))
    if isinstance(anchor, Words):
        return anchor.spans(text)
    return (a.span() for a in anchor.finditer(text))


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
