"""Word boundaries and speaker labels for selections, in stored code-point offsets.

A researcher dragging across a passage means whole words: a drag that starts inside "är" and
ends inside "ingen" codes "är ... ingen", not "r ... in". Word characters are Unicode letters,
marks (so a combining accent stays with its letter) and digits in every script, with an
apostrophe between two letters ("don't", "Ann's") inside the word. Scripts written without
spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) have no word boundary that letters alone
can show, so each of their characters counts as a word of its own there: snapping never
swallows a whole sentence.

A turn's speaker label ("[00:12:45] IP: ") is not part of what the respondent said: a selection
that starts in it starts after it, unless the researcher asks for exact characters.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .models import Turn

_APOSTROPHES = "'\u2019"
# scripts without spaces between words: every character is its own word
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x2FDF),
             (0x3040, 0x30FF), (0x3100, 0x312F), (0x3190, 0x31FF), (0x3400, 0x4DBF),
             (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))


@lru_cache(maxsize=8192)
def _kind(ch: str) -> str:
    """"w" word character, "u" a character of a script without spaces, "" anything else."""
    cp = ord(ch)
    if any(lo <= cp <= hi for lo, hi in _UNSPACED):
        return "u" if unicodedata.category(ch)[0] in "LMN" else ""
    return "w" if unicodedata.category(ch)[0] in "LMN" or ch == "_" else ""


def is_word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` belongs to a word (an apostrophe between two letters does)."""
    if not 0 <= i < len(text):
        return False
    ch = text[i]
    if ch in _APOSTROPHES:
        return 0 < i < len(text) - 1 and _kind(text[i - 1]) == "w" == _kind(text[i + 1])
    return _kind(ch) == "w"


def _joined(text: str, i: int) -> bool:
    """Whether offset ``i`` lies inside a word (between two characters of the same word)."""
    if not 0 < i < len(text):
        return False
    if _kind(text[i]) == "u" or _kind(text[i - 1]) == "u":
        # a combining mark stays with its base character; otherwise one character, one word
        return unicodedata.category(text[i])[0] == "M"
    return is_word_char(text, i - 1) and is_word_char(text, i)


def word_start(text: str, i: int) -> int:
    while _joined(text, i):
        i -= 1
    return i


def word_end(text: str, i: int) -> int:
    while _joined(text, i):
        i += 1
    return i


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words at both ends; white space around is trimmed."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start > end:
        start, end = end, start
    s, e = word_start(text, start), word_end(text, end)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_TS = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?)"
_GENERIC_LABEL = re.compile(
    rf"\s*(?:{_TS}\s*)?\[?[^\s:\[\]][^:\n]{{0,40}}?\]?[ \t]?:[ \t]*(?:{_TS}[ \t]*)?")


def body_start(text: str, turn: Turn) -> int:
    """Where the words of a turn begin: after its timestamp, speaker label and colon."""
    piece = text[turn.start:turn.end]
    label = re.compile(rf"\s*(?:{_TS}\s*)?\[?{re.escape(turn.speaker)}\]?[ \t]*:?[ \t]*"
                       rf"(?:{_TS}[ \t]*)?\s*")
    m = label.match(piece)
    if m is None or not turn.speaker:
        m = _GENERIC_LABEL.match(piece)
    if m is None:
        return turn.start
    return turn.start + m.end()


def without_label(text: str, turns: list[Turn], start: int, end: int) -> tuple[int, int]:
    """A span that begins in a speaker label begins after it (if anything is left)."""
    for turn in turns:
        if turn.start <= start < turn.end:
            body = body_start(text, turn)
            if start < body < end:
                return body, end
            break
    return start, end


def turn_body(text: str, turn: Turn) -> tuple[int, int]:
    """The words of a turn, without its label and the line break that ends it."""
    s, e = body_start(text, turn), turn.end
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
