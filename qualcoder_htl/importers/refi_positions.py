"""How another program counted the positions of coded selections, and where they land in our text.

QDA-XML says positions are Unicode code points into the plain text file. Programs differ:
NVivo counts UTF-16 code units (an emoji is two), ATLAS.ti counts a CR LF line end as one
character although its file has two, some count a byte-order mark. Nothing in the file says
which, so we try each way of counting and keep the one that puts the selections inside the
text and their edges on word boundaries (people select words, not halves of words); ties go
to the standard. The stored text is normalised (``normalise.normalise_text``: LF line ends,
NFC, no BOM; trailing blanks kept, so the text is as long as in the other program), so positions
are then mapped into that text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import product

from ..core.messages import catalogue, msg
from .normalise import normalise_text

_NON_BMP = re.compile("[\U00010000-\U0010ffff]")
_DROPPED = re.compile("\r(?=\n)|\x00")
_TO_LF = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n"})
_SEGMENTS = re.compile(r"\s+|\S+")


catalogue({
    "counting.utf16": ("UTF-16 code units", "UTF-16-kodenheter"),
    "counting.code_points": ("Unicode code points", "Unicode-kodpunkter"),
    "counting.crlf_one": ("CR LF counted as one character", "CR LF räknat som ett tecken"),
    "counting.crlf_two": ("CR LF counted as two characters", "CR LF räknat som två tecken"),
    "counting.bom": ("the byte-order mark counted as a character",
                     "byte-ordningsmarkeringen räknad som ett tecken"),
    "counting.standard": ("(as the standard says)", "(som standarden säger)"),
    "counting.nvivo": ("(as NVivo counts)", "(som NVivo räknar)"),
    "counting.atlas": ("(as ATLAS.ti counts)", "(som ATLAS.ti räknar)"),
    "counting.none": ("no coded text selections, so no counting of positions had to be chosen",
                      "inga kodade textavsnitt, så inget sätt att räkna positioner behövde "
                      "väljas"),
    "counting.share": (
        ("{on} of {n} coded selection ({percent}) starts and ends on word boundaries",
         "{on} of {n} coded selections ({percent}) start and end on word boundaries"),
        ("{on} av {n} kodat avsnitt ({percent}) börjar och slutar vid ordgränser",
         "{on} av {n} kodade avsnitt ({percent}) börjar och slutar vid ordgränser")),
    "counting.same": (
        "positions read as {counting}; these texts have no CR LF, byte-order mark or "
        "characters outside the BMP before a selection, so every counting gives the same "
        "result; {share}",
        "positioner lästa som {counting}; dessa texter har ingen CR LF, "
        "byte-ordningsmarkering eller tecken utanför BMP före ett avsnitt, så alla sätt att "
        "räkna ger samma resultat; {share}"),
    "counting.chosen": ("positions read as {counting}, chosen from the data: {share}",
                        "positioner lästa som {counting}, valt utifrån data: {share}"),
    "counting.standard_would": ("(counting as the standard says would give {on})",
                                "(att räkna som standarden säger skulle ge {on})"),
    "counting.standard_would_outside": (
        "(counting as the standard says would give {on}, with {out} outside the text)",
        "(att räkna som standarden säger skulle ge {on}, med {out} utanför texten)"),
})


@dataclass(frozen=True)
class Counting:
    """One way of counting positions in a plain text file."""

    utf16: bool = False  # UTF-16 code units instead of code points
    crlf_as_one: bool = False  # a CR LF line end counted as one character
    bom_counted: bool = False  # a byte-order mark at the start counted as a character

    def describe(self) -> str:
        parts = [msg("counting.utf16" if self.utf16 else "counting.code_points"),
                 msg("counting.crlf_one" if self.crlf_as_one else "counting.crlf_two")]
        if self.bom_counted:
            parts.append(msg("counting.bom"))
        text = ", ".join(str(p) for p in parts)
        if self == STANDARD:
            text += " " + str(msg("counting.standard"))
        elif self == Counting(utf16=True):
            text += " " + str(msg("counting.nvivo"))
        elif self == Counting(crlf_as_one=True):
            text += " " + str(msg("counting.atlas"))
        return text


STANDARD = Counting()
# The standard first (it wins ties), then what real programs do, then the rest.
CANDIDATES: tuple[Counting, ...] = (
    STANDARD, Counting(utf16=True), Counting(crlf_as_one=True),
    Counting(utf16=True, crlf_as_one=True),
    *(Counting(u, c, True) for u, c in product((False, True), repeat=2)),
)


class AnchorMap:
    """A monotone map of positions given by anchors; between anchors it moves one to one,
    never past the next anchor (so deleted or shortened stretches collapse)."""

    def __init__(self, src: list[int], dst: list[int]):
        self.src, self.dst = src, dst

    def __call__(self, x: int) -> int:
        i = bisect_right(self.src, x) - 1
        d = self.dst[i] + x - self.src[i]
        if i + 1 < len(self.src):
            d = min(d, self.dst[i + 1])
        return d


class SourceText:
    """The text of one source as its file has it, and the way from there to our stored text."""

    def __init__(self, decoded: str):
        self.had_bom = decoded.startswith("\ufeff")
        self.raw = decoded[1:] if self.had_bom else decoded
        self._non_bmp = [m.start() for m in _NON_BMP.finditer(self.raw)]
        self._crlf = [m.start() for m in re.finditer("\r\n", self.raw)]  # index of each CR
        self.text, self._to_stored = _normalise_with_map(self.raw)

    @property
    def neutral(self) -> bool:
        """True when every way of counting gives the same positions (nothing to decide)."""
        return not (self.had_bom or self._non_bmp or self._crlf)

    def _units_before(self, i: int, c: Counting) -> int:
        n = i
        if c.utf16:
            n += bisect_left(self._non_bmp, i)
        if c.crlf_as_one:
            n -= bisect_left(self._crlf, i)
        return n

    def length(self, c: Counting) -> int:
        extra = 1 if c.bom_counted and self.had_bom else 0
        return self._units_before(len(self.raw), c) + extra

    def to_raw(self, pos: int, c: Counting) -> int:
        """The first index into the file's text whose count reaches ``pos``."""
        if c.bom_counted and self.had_bom:
            pos -= 1
        lo, hi = 0, len(self.raw)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._units_before(mid, c) < pos:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo)

    def to_stored(self, pos: int, c: Counting) -> int:
        return self._to_stored(self.to_raw(pos, c))

    def on_word_boundary(self, raw_index: int) -> bool:
        if raw_index <= 0 or raw_index >= len(self.raw):
            return True
        return not (self.raw[raw_index - 1].isalnum() and self.raw[raw_index].isalnum())


def _normalise_with_map(raw: str):
    """``normalise_text(raw)`` (raw without BOM) and a map from raw indices into it."""
    dropped = [m.start() for m in _DROPPED.finditer(raw)]
    src, dst = [0], [0]
    for j, k in enumerate(dropped):
        src += [k, k + 1]
        dst += [k - j, k - j]
    step1 = AnchorMap(src, dst)
    t1 = _DROPPED.sub("", raw).translate(_TO_LF)
    if unicodedata.is_normalized("NFC", t1):
        t2, step2 = t1, None
    else:  # NFC changes lengths: map segment by segment (it never joins across whitespace)
        parts, src, dst, out = [], [0], [0], 0
        for m in _SEGMENTS.finditer(t1):
            seg = unicodedata.normalize("NFC", m.group())
            parts.append(seg)
            if len(seg) != len(m.group()):  # anchor every position of a changed word
                for k in range(len(m.group()) + 1):
                    src.append(m.start() + k)
                    dst.append(out + len(unicodedata.normalize("NFC", m.group()[:k])))
            out += len(seg)
        t2, step2 = "".join(parts), AnchorMap(src, dst)
        if t2 != unicodedata.normalize("NFC", t1):  # cannot happen; stay safe
            t2, step2 = unicodedata.normalize("NFC", t1), None
    text = t2
    end = len(text)

    def to_stored(i: int) -> int:
        j = step1(i)
        if step2 is not None:
            j = step2(j)
        return max(0, min(j, end))
    assert text == normalise_text(raw, keep_end=True)
    return text, to_stored


@dataclass
class CountingChoice:
    """What ``detect_counting`` decided, with the evidence for the import report."""

    counting: Counting
    selections: int = 0
    outside: int = 0
    on_words: int = 0
    decided_by_data: bool = False  # False: the texts gave no way to tell countings apart
    scores: dict[Counting, tuple[int, int]] = field(default_factory=dict)  # (outside, on_words)

    @property
    def share(self) -> float | None:
        return self.on_words / self.selections if self.selections else None

    def describe(self) -> str:
        if not self.selections:
            return str(msg("counting.none"))
        share = str(msg("counting.share", on=self.on_words, n=self.selections,
                        percent=f"{self.share:.1%}"))
        counting = self.counting.describe()
        if not self.decided_by_data:
            return str(msg("counting.same", counting=counting, share=share))
        text = str(msg("counting.chosen", counting=counting, share=share))
        if self.counting != STANDARD and STANDARD in self.scores:
            out, on = self.scores[STANDARD]
            text += " " + str(msg("counting.standard_would_outside" if out
                                  else "counting.standard_would", on=on, out=out))
        return text


def detect_counting(items: list[tuple[SourceText, list[tuple[int, int]]]],
                    candidates: tuple[Counting, ...] = CANDIDATES) -> CountingChoice:
    """Choose the counting that puts the most selections inside their texts and on word
    boundaries. ``items``: each source's text with its (start, end) positions as written."""
    total = sum(len(spans) for _, spans in items)
    if total == 0:
        return CountingChoice(STANDARD)
    scores: dict[Counting, tuple[int, int]] = {}
    results: dict[Counting, list[tuple[int, int]]] = {}
    for c in candidates:
        outside = on_words = 0
        landed = []
        for src, spans in items:
            length = src.length(c)
            for start, end in spans:
                if start < 0 or end > length or start > end:
                    outside += 1
                    continue
                a, b = src.to_raw(start, c), src.to_raw(end, c)
                landed.append((a, b))
                on_words += src.on_word_boundary(a) and src.on_word_boundary(b)
        scores[c] = (outside, on_words)
        results[c] = landed
    order = {c: i for i, c in enumerate(candidates)}
    best = min(candidates, key=lambda c: (scores[c][0], -scores[c][1], order[c]))
    differs = len({tuple(r) for r in results.values()}) > 1
    return CountingChoice(best, total, scores[best][0], scores[best][1], differs, scores)
