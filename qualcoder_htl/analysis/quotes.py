"""Quotes of a code, cut from the quote text, with speaker turn, citation and context.

Quote text always comes from ``QuoteText`` records (one per source) that the service makes in
one place, so the pseudonymised text is used as soon as a project has a key. A quote is the
coded passage with surrounding white space trimmed; its offsets point into that text, so
``quote_text.text[q.start:q.end] == q.text`` always holds.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ..core.models import Turn
from ..core.results import Quote, QuoteExtract, QuoteGroup, QuoteText
from .columns import ColumnSpec

_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class TurnIndex:
    """A source's turns mapped into its quote text: spans, labels and where labels end."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    speakers: tuple[str, ...]
    label_ends: tuple[int, ...]

    @classmethod
    def of(cls, turns: list[Turn], qt: QuoteText) -> TurnIndex:
        turns = sorted(turns, key=lambda t: t.start)
        starts, ends, speakers, label_ends = [], [], [], []
        for t in turns:
            s, e = qt.at(t.start, "start"), qt.at(t.end, "end")
            colon = qt.text.find(":", s, min(e, s + 80))
            bracket = qt.text.find("]", s, min(e, s + 80))
            label_end = colon + 1 if colon >= 0 else (bracket + 1 if bracket >= 0 else s)
            starts.append(s)
            ends.append(e)
            speakers.append(t.speaker)
            label_ends.append(label_end)
        return cls(tuple(starts), tuple(ends), tuple(speakers), tuple(label_ends))

    def at(self, offset: int) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.ends[i] else None

    def between(self, start: int, end: int) -> list[int]:
        lo = bisect_right(self.ends, start)
        return [i for i in range(lo, len(self.starts)) if self.starts[i] < end]


def make_quote(coding, qt: QuoteText, turns: TurnIndex | None, *, source_name: str,
               code_path: str, citation: str, group: str,
               context: str | int | None = None, keep_label: bool = False) -> Quote | None:
    """The quote of one coding, or None if the passage is only white space. A coding that
    takes in its turn's speaker label ("IP: Att vi ...") is quoted from after the label; the
    speaker is kept in ``Quote.speaker`` (``keep_label`` quotes it as coded)."""
    text = qt.text
    a, b = qt.at(coding.start, "start"), qt.at(coding.end, "end")
    raw = text[a:b]
    stripped = raw.strip()
    if not stripped:
        return None
    a += len(raw) - len(raw.lstrip())
    b = a + len(stripped)
    speaker, label_in_text, n_turns = "", False, 1
    spanned: list[int] = []
    first_turn = None
    if turns is not None and turns.starts:
        spanned = turns.between(a, b)
        n_turns = max(1, len(spanned))
        first_turn = turns.at(a)
        if first_turn is not None:
            speaker = turns.speakers[first_turn]
            label_end = turns.label_ends[first_turn]
            if not keep_label and turns.starts[first_turn] <= a < label_end < b:
                rest = text[label_end:b]
                a = label_end + len(rest) - len(rest.lstrip())
                stripped = text[a:b]
                if not stripped:
                    return None
            label_in_text = a < label_end
    before, after, lo = _context(text, a, b, turns, spanned, context)
    if before and first_turn is not None and lo <= turns.starts[first_turn]:
        label_in_text = True  # the context shown before the quote carries the label
    cut_before, cut_after = _cuts(text, a, b)
    return Quote(coding.id, coding.source_id, source_name, coding.code_id, code_path, a, b,
                 stripped, citation, group, speaker, label_in_text, n_turns,
                 bool(getattr(coding, "is_key_quote", False)), getattr(coding, "memo", "") or "",
                 before, after, cut_before, cut_after)


_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”»)]"


def _cuts(text: str, a: int, b: int) -> tuple[bool, bool]:
    """Whether the passage starts after / ends before more of the same sentence (the report
    then marks the omission with "[…]", as Swedish reports do)."""
    prev = text[max(0, a - 200):a].rstrip(" \t")
    cut_before = bool(prev) and prev[-1] not in _SENTENCE_END + ":\n" + _CLOSERS
    rest = text[b:b + 200].lstrip(" \t")
    last = text[b - 1] if b > a else ""
    cut_after = bool(rest) and rest[0] != "\n" and last not in _SENTENCE_END + _CLOSERS
    return cut_before, cut_after


def _context(text: str, a: int, b: int, turns: TurnIndex | None, spanned: list[int],
             context: str | int | None) -> tuple[str, str, int]:
    """Text before and after the passage, and where the text before starts."""
    if not context:
        return "", "", a
    if context == "turn":
        if spanned:
            first, last = spanned[0], spanned[-1]
            lo = max(turns.label_ends[first], turns.starts[first])
            hi = turns.ends[last]
        else:  # no turns: the paragraph around the passage
            lo = text.rfind("\n", 0, a) + 1
            hi = text.find("\n", b)
            hi = len(text) if hi < 0 else hi
        raw = text[lo:a] if lo < a else ""
        before = raw.strip()
        return before, text[b:hi].strip() if b < hi else "", lo + len(raw) - len(raw.lstrip())
    n = int(context)
    lo, hi = max(0, a - n), min(len(text), b + n)
    before, after = text[lo:a], text[b:hi]
    if lo > 0 and not text[lo - 1].isspace():  # do not start inside a word
        before = re.sub(r"^\S*", "", before, count=1)
    if hi < len(text) and not text[hi].isspace():
        after = re.sub(r"\S*$", "", after, count=1)
    start = a - len(before.lstrip())
    before, after = before.strip(), after.strip()
    if lo > 0 and before:
        before = "… " + before
    if hi < len(text) and after:
        after = after + " …"
    return before, after, start


def natural_key(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p.casefold() for p in _DIGITS.split(text))


def sort_quotes(quotes: Iterable[Quote], key_first: bool = True) -> list[Quote]:
    """Key quotes first; then by citation, its words before its numbers, so that one
    respondent group's interviews stay together in number order; then by position."""
    return sorted(quotes, key=lambda q: ((not q.is_key_quote) if key_first else False,
                                         _DIGITS.sub("", q.citation).casefold(),
                                         natural_key(q.citation), q.source_name, q.start))


def build_extract(codings: Iterable, *, code_id: int, code_name: str, code_path: str,
                  definition: str, paths: Mapping[int, str], texts: Mapping[int, QuoteText],
                  names: Mapping[int, str], turns: Mapping[int, list[Turn]],
                  groups: ColumnSpec, citations: Mapping[int, str],
                  context: str | int | None = None, key_first: bool = True,
                  key_only: bool = False,
                  turn_indexes: dict[int, TurnIndex] | None = None) -> QuoteExtract:
    """Quotes of ``codings`` grouped by ``groups`` (a source may fall in several groups).

    A passage coded with two of the codes (same source, same span) is quoted once, its
    ``code_path`` naming both codes. ``turn_indexes`` keeps each source's turns mapped into
    its quote text across calls (a report makes an extract per code: 40 codes over 200
    sources mapped the same turns 7,000 times)."""
    seen: dict[tuple[int, int, int], int] = {}
    made: list[Quote] = []
    indexes: dict[int, TurnIndex] = {} if turn_indexes is None else turn_indexes
    for c in codings:
        if key_only and not c.is_key_quote:
            continue
        if c.source_id not in groups.members or c.source_id not in texts:
            continue
        qt = texts[c.source_id]
        if c.source_id not in indexes:
            indexes[c.source_id] = TurnIndex.of(turns.get(c.source_id, []), qt)
        q = make_quote(c, qt, indexes[c.source_id], source_name=names.get(c.source_id, ""),
                       code_path=paths.get(c.code_id, ""), citation=citations.get(c.source_id, ""),
                       group="", context=context)
        if q is None:
            continue
        key = (q.source_id, q.start, q.end)
        if key in seen:
            i = seen[key]
            old = made[i]
            both = " ; ".join(dict.fromkeys(old.code_path.split(" ; ") + [q.code_path]))
            made[i] = replace(old, code_path=both, is_key_quote=old.is_key_quote or q.is_key_quote,
                               memo="\n\n".join(m for m in (old.memo, q.memo) if m))
            continue
        seen[key] = len(made)
        made.append(q)
    buckets: dict[int, list[Quote]] = {}
    for q in made:
        for gi in groups.members[q.source_id]:
            buckets.setdefault(gi, []).append(replace(q, group=groups.labels[gi]))
    out = tuple(QuoteGroup(groups.keys[gi], groups.labels[gi],
                           tuple(sort_quotes(buckets[gi], key_first)))
                for gi in range(len(groups.keys)) if gi in buckets)
    pseudonymised = bool(texts) and all(t.pseudonymised for t in texts.values())
    return QuoteExtract(code_id, code_name, code_path, definition, groups.title, out,
                        pseudonymised)
