"""Headings in title case, whose capitals say nothing: a person made of ordinary words there
("Ett Liv Mellan Två System", "Att Bo Trångt Och Att Klara Skolan") is none, or too weak
to spread."""
from __future__ import annotations

import re

from . import lexicon
from .suggestions import PERSON, Suggestion


def weak_in_a_heading(text: str, s: Suggestion) -> Suggestion | None:
    """A person made of ordinary words inside a title-case heading: none where every word of
    the heading is a word ("5.4 Dag För Dag: Stödet Som Gavs", "Att Bo Trångt Och Att Klara
    Skolan"); elsewhere in such a heading ("Alla Mammor Har Hans Nummer") still a suggestion
    but too weak to spread over the text and the project, where its words are words."""
    if s.type != PERSON or not all(lexicon.is_word(w.lower()) for w in s.text.split()):
        return s
    start = text.rfind("\n", max(0, s.start - _LONGEST_HEADING), s.start) + 1
    end = text.find("\n", s.end, s.end + _LONGEST_HEADING)
    if start == 0 and s.start > _LONGEST_HEADING \
            or end < 0 and len(text) - s.end > _LONGEST_HEADING:
        return s  # a line too long for a heading (and no line searched to its ends)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    if _a_heading_of_words(line) or _a_numbered_heading_of_words(line):
        return None
    if s.score < 0.6:
        return s
    long = [w for w in _LINE_WORDS.findall(line) if len(w) >= 4]
    if len(long) >= 3 and all(w[:1].isupper() for w in long) and line[-1:] not in ".?!:" \
            and _LABEL_OPENS.match(line) is None:
        return s.with_(score=0.5)
    return s


_LONGEST_HEADING = 200


def _a_heading_of_words(line: str) -> bool:
    """A title-case heading (a section's number before it) of three or more words, each a
    word: no brackets, commas, digits or sentences that a list of names or a turn would hold
    ("I: Och Maj?", "Karin Hägg och Björn Ask" are none)."""
    m = _HEADING.fullmatch(line)
    if m is None or _LABEL_OPENS.match(line) is not None or ". " in line:
        return False
    words = _LINE_WORDS.findall(m.group("heading"))
    return len(words) >= 3 and all(w[:1].isupper() and lexicon.is_word(w.lower())
                                   for w in words)


def _a_numbered_heading_of_words(line: str) -> bool:
    """A section's heading after its number ("5.2 Sol och Storm – Två Bilder av Samverkan",
    "4.5 Klara Mål, Oklara Mandat: Skolteamens Bild"), three words or more, every one a word
    or a compound of words."""
    m = _NUMBERED_HEADING.fullmatch(line)
    if m is None or _A_TIME.match(line):
        return False  # ("15.00 Bilen, fem minuter med Tove": a note's time)
    words = _LINE_WORDS.findall(m.group("heading"))
    return len(words) >= 3 and words[0][:1].isupper() and all(
        lexicon.is_word(w.lower()) or lexicon.is_compound_word(w.lower()) for w in words)


_A_TIME = re.compile(r"[ \t]*\d{1,2}[.:]\d{2}\b")
_NUMBERED_HEADING = re.compile(r"[ \t]*\d+(?:\.\d+)+\.?[ \t]+(?P<heading>[^\d\n()\[\]/@.!]+[?]?)")
_HEADING = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?P<heading>[^\d\n()\[\],/@.!]+[?]?)")
_LINE_WORDS = re.compile(r"[^\W\d_]+")
# a speaker's label opening the line ("Anna B:", "[00:01:02] Dag:"): a turn, not a heading
_LABEL_OPENS = re.compile(r"[ \t]*(?:\[[\d:.]+\][ \t]*)?[^\W\d_][\w\-]*(?: [\w\-.]+)?:")
