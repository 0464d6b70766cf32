"""Speaker turns in a transcript: who speaks, where each turn starts and ends.

Swedish transcripts mark turns with a label at line start, "J:" / "IP:" or names,
often after a timestamp. Coding by speaker ("only what respondents say") depends on
finding these reliably, and on NOT taking ordinary sentences with a colon
("Det var så här: vi ...", "Kl. 12:45 kom hon") or header lines ("Datum: ...") for
speakers. A label is therefore short, at line start, followed by ":" and a space or
the end of the line, and (unless configured) must look like a name or initials and
occur more than once.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from qualcoder_htl.core.models import TurnSpan

# Words that look like a one-word name label but are headings, notes or annotations.
DEFAULT_IGNORED_LABELS: tuple[str, ...] = (
    "Datum", "Tid", "Tidpunkt", "Plats", "Ort", "Tema", "Ämne", "Fråga", "Frågor", "Svar",
    "Obs", "OBS", "Not", "Notera", "Kommentar", "Anteckning", "Anteckningar", "Deltagare",
    "Närvarande", "Intervju", "Intervjun", "Transkribering", "Transkriberad", "Transkriberat",
    "Transkriptör", "Längd", "Fil", "Filnamn", "Projekt", "Kod", "Bakgrund", "Syfte",
    "Sammanfattning", "Exempel", "Citat", "Källa", "Skola", "Namn", "Arbetsplats", "Paus",
    "Skratt", "Ohörbart", "Ohörbar", "Oklart", "Tystnad", "Avbrott", "Slut", "Början",
    "Date", "Time", "Place", "Location", "Theme", "Topic", "Question", "Answer", "Note",
    "Notes", "Comment", "Participants", "Interview", "Transcript", "Transcribed", "Duration",
    "File", "Project", "Source", "Name", "Pause", "Laughter", "Laughs", "Inaudible",
    "Crosstalk", "End", "Start", "OK", "PS", "NB",
    # common sentence openers that are capitalised at line start
    "Jag", "Du", "Han", "Hon", "Hen", "Vi", "Ni", "De", "Det", "Den", "Dom", "Men", "Och",
    "Så", "Då", "Sen", "Nu", "Här", "Där", "Ja", "Nej", "Alltså", "Typ", "Också", "Fast",
)

_TS_CORE = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_TS = rf"(?:\[{_TS_CORE}\]|\({_TS_CORE}\)|{_TS_CORE}(?=[ \t]))"
_LABEL = r"(?:\[(?P<blabel>[^\]\n:]{1,40})\](?:[ \t]?:)?|(?P<label>[^\s:\[\]][^:\n]{0,39}?)[ \t]?:)"
_LINE = re.compile(rf"[ \t]*(?P<ts>{_TS})?[ \t]*{_LABEL}(?=[ \t]|$)")
_LINE_NO_TS = re.compile(rf"[ \t]*{_LABEL}(?=[ \t]|$)")
_TS_ONLY = re.compile(rf"[ \t]*(?P<ts>{_TS_CORE}|\[{_TS_CORE}\]|\({_TS_CORE}\))[ \t]*$")
_AFTER_LABEL_TS = re.compile(rf"[ \t]*(?:\[(?P<a>{_TS_CORE})\]|\((?P<b>{_TS_CORE})\))")
_TS_PARTS = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?")
_NUMBERED = re.compile(r"(?P<base>.*?\S)(?P<sep>[ \t]?)(?P<num>\d{1,2})")


@dataclass(frozen=True)
class SpeakerOptions:
    """How speaker labels look in one import (the dialog lets the user change these)."""

    interviewer_labels: tuple[str, ...] = ("J", "I", "Int", "Intervjuare", "Interviewer")
    respondent_labels: tuple[str, ...] = ("IP", "R", "Resp", "Respondent")
    allow_names: bool = True  # "Anna:", "Anna S.:", "AS:", "Lars-Erik Wikström:"
    bracket_names: bool = True  # "[Anna]:" or "[Anna]"
    timestamps: bool = True  # "[00:12:45] IP: ...", "12:45 IP: ..."
    # A name label seen fewer times than this is taken for an ordinary word ("Skolan: ...").
    min_name_count: int = 2
    max_label_length: int = 30
    # Labels before the first recurring speaker that occur only once are header lines.
    skip_header_labels: bool = True
    ignored_labels: tuple[str, ...] = DEFAULT_IGNORED_LABELS


@dataclass(frozen=True)
class _Candidate:
    line_start: int
    speaker: str
    key: str  # casefolded, for counting
    configured: bool
    is_interviewer: bool
    timestamp_ms: int | None


def parse_turns(text: str, options: SpeakerOptions | None = None) -> list[TurnSpan]:
    """Find the speaker turns in normalised ``text`` (offsets are code points into it).

    A turn runs from the start of its label line (timestamp included) to the end of its
    last non-empty line before the next turn; text before the first label is a header.
    A line holding only a timestamp just before a label line belongs to that turn.
    """
    opts = options or SpeakerOptions()
    lines = _lines(text)
    candidates = {
        i: c for i, (start, line) in enumerate(lines) if (c := _candidate(line, start, opts))
    }
    counts = Counter(c.key for c in candidates.values() if not c.configured)
    starts = [
        i for i, c in sorted(candidates.items())
        if c.configured or counts[c.key] >= max(1, opts.min_name_count)
    ]
    if opts.skip_header_labels:
        starts = _drop_header_lines(starts, candidates)
    turns = []
    for n, i in enumerate(starts):
        c = candidates[i]
        first, ts = i, c.timestamp_ms
        if opts.timestamps and i > 0 and (m := _TS_ONLY.match(lines[i - 1][1])):
            first = i - 1
            ts = ts if ts is not None else _ms(m.group("ts"))
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        if n + 1 < len(starts) and opts.timestamps and stop - 1 > i:
            if _TS_ONLY.match(lines[stop - 1][1]):
                stop -= 1  # that timestamp line introduces the next turn
        last = max(j for j in range(i, stop) if lines[j][1].strip())
        end = lines[last][0] + len(lines[last][1].rstrip())
        turns.append(TurnSpan(c.speaker, lines[first][0], end, ts, c.is_interviewer))
    return turns


def _drop_header_lines(starts: list[int], candidates: dict[int, _Candidate]) -> list[int]:
    """Leading one-off labels ("Respondent: Anna Berg, rektor") are header lines, not turns.

    Only while some other speaker has several turns: a text with a single turn keeps it.
    """
    uses = Counter(candidates[i].key for i in starts)
    if max(uses.values(), default=0) < 2:
        return starts
    first = next((n for n, i in enumerate(starts) if uses[candidates[i].key] > 1), 0)
    return starts[first:]


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _candidate(line: str, start: int, opts: SpeakerOptions) -> _Candidate | None:
    m = (_LINE if opts.timestamps else _LINE_NO_TS).match(line)
    if not m:
        return None
    bracketed = m.group("blabel") is not None
    raw = (m.group("blabel") if bracketed else m.group("label")).strip()
    if bracketed and not opts.bracket_names and not _configured(raw, opts):
        return None
    ts = _ms(m.group("ts")) if opts.timestamps and m.groupdict().get("ts") else None
    if ts is None and opts.timestamps:
        after = _AFTER_LABEL_TS.match(line, m.end())
        if after:
            ts = _ms(after.group("a") or after.group("b"))
    conf = _configured(raw, opts)
    if conf:
        speaker, interviewer = conf
        return _Candidate(start, speaker, speaker.casefold(), True, interviewer, ts)
    if not (opts.allow_names or bracketed) or not _looks_like_name(raw, opts):
        return None
    return _Candidate(start, raw, raw.casefold(), False, False, ts)


def _configured(raw: str, opts: SpeakerOptions) -> tuple[str, bool] | None:
    """Match a configured label case-insensitively, also with a number ("IP2", "IP 2")."""
    key = raw.casefold()
    for labels, interviewer in ((opts.interviewer_labels, True), (opts.respondent_labels, False)):
        for label in labels:
            if key == label.casefold():
                return label, interviewer
    m = _NUMBERED.fullmatch(raw)
    if m:
        base = _configured(m.group("base"), opts)
        if base:
            return base[0] + m.group("sep") + m.group("num"), base[1]
    return None


def _ignored(raw: str, opts: SpeakerOptions) -> bool:
    """A heading or sentence opener, not a speaker. Upper-case initials such as "JA" or "DE"
    are speakers unless listed exactly so ("OBS", "NB")."""
    if raw in opts.ignored_labels:
        return True
    return raw.casefold() in _casefolded(opts.ignored_labels) and not raw.isupper()


def _looks_like_name(raw: str, opts: SpeakerOptions) -> bool:
    """1-3 capitalised words or initials ("Anna", "Anna S.", "AS", "Lars-Erik", "P3")."""
    if len(raw) > opts.max_label_length or _ignored(raw, opts):
        return False
    words = raw.split()
    if not 1 <= len(words) <= 3:
        return False
    if len(words) > 1 and words[-1].isdigit() and len(words[-1]) <= 2:
        words = words[:-1]  # "Deltagare 2"
    for word in words:
        core = word.rstrip("0123456789") if word[-1].isdigit() else word
        if not core or not core[0].isupper():
            return False
        if not all(ch.isalpha() or ch in ".-'’" for ch in core):
            return False
    return True


@lru_cache(maxsize=8)
def _casefolded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _ms(ts: str | None) -> int | None:
    if not ts:
        return None
    m = _TS_PARTS.search(ts)
    if not m:
        return None
    hours, minutes, seconds, frac = m.groups()
    if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    total = (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)) * 1000
    return total + (int(frac.ljust(3, "0")) if frac else 0)
