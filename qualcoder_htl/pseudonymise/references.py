"""Entries of a report's reference list, read as what they are.

An entry in the APA shape the follow-up reports use, "Lipsky, M. (2010). Street-level
bureaucracy. New York: Russell Sage Foundation.", names its authors before the year, and ends
with the place of publication and the publisher:

- the authors' surnames are people ("Danermark, B." is no place, whatever its ending);
- the place of publication is a place, with its state ("Cambridge, MA");
- the publisher identifies no one and stays ("Routledge", "Russell Sage Foundation", "Sage").
"""
from __future__ import annotations

import re
from bisect import bisect_right

from . import english, lexicon, names
from .institutions import is_authority
from .letters import LOW, UP, L
from .suggestions import (
    CAPITAL,
    KNOWN,
    ORGANISATION,
    PATTERN,
    PERSON,
    PLACE,
    SCHOOL,
    WORKPLACE,
    Suggestion,
)

# a line with "(2010)." or "(2019, 14 juni)." after its authors: a reference entry
_ENTRY = re.compile(r"(?m)^(?P<authors>(?:[^\n(]|\((?:[Rr]ed|Eds?|[Hh]rsg)\.\)){2,300}?)"
                    r"\s\((?:19|20)\d{2}[a-z]?(?:, [^)\n]{1,30})?\)\.[^\n]*$")
# where an entry's title begins, after its year: "(2017). "
_TITLE_START = re.compile(r"\((?:19|20)\d{2}[a-z]?(?:, [^)\n]{1,30})?\)\.[ \t]+")
# "... design. Cambridge, MA: Harvard University Press." at the end of the entry's line
_PUBLISHED = re.compile(
    rf"(?<=[.?!] )(?P<place>[{UP}][{L}\-]+(?: [{UP}][{L}\-]+){{0,2}}(?:, [A-Z]{{2}})?)"
    rf": (?P<publisher>[{UP}][^\n.:]{{0,80}})\.\s*(?:(?:https?://|doi)\S*\s*)?$")


# in-text citations: "(Danermark & Kullberg, 1999; Wójcik, 2022)", "Danermark (2000) menar"
_CITED = re.compile(rf"(?P<who>[{UP}][{L}\-]+(?:(?:, | & | och | )[{UP}][{L}\-]+){{0,4}})"
                    rf"(?P<many> m\.fl\.| et al\.)?"
                    rf"(?:(?:, | \()(?:19|20)\d{{2}}[a-z]?[);,]"
                    rf"| (?P<bare>)(?:19|20)\d{{2}}[a-z]?[);])")
# (and without a comma, "(jfr Kaya 2019)", where a list knows the author's name: not
# "Konferensen (Göteborg 2019)", "från Aleppo 2018, ")


def apply(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """``found`` with the reference entries and citations of ``text`` read as above."""
    if "(" not in text:
        return found
    places, publishers, authors, titles = [], [], [], set()
    citations, paired = [], []
    for m in _CITED.finditer(text):
        if m.group("bare") is None or m.group("many") or all(
                names.is_listed_person(w, word_like_too=True)
                for w in re.split(r", | & | och | ", m.group("who"))):
            citations.append(m)
        elif _HARVARD_BEFORE.search(text, max(0, m.start("who") - 6), m.start("who")) \
                and any(s.type == PERSON and m.start("who") <= s.start < m.end("who")
                        for s in found):
            paired.append(m)  # "(jfr Hjärpe 2019; Lindeborg & Vestergaard 2021)"
    cited = [(m.start("who"), m.end("who")) for m in citations]
    found = _cited_authors(text, found, citations + paired)
    for m in _ENTRY.finditer(text):
        authors.append((m.start("authors"), m.end("authors")))
        title = _TITLE_START.search(text, m.end("authors"), m.end())
        if title is not None:
            titles.add(title.end())  # "(1987). Unraveling the mystery of health"
        p = _PUBLISHED.search(text, m.end("authors"), m.end())
        if p:
            places.append(Suggestion(p.start("place"), p.end("place"), PLACE, p.group("place"),
                                     PATTERN, 0.8))
            publishers.append((p.start("publisher"), p.end("publisher")))
    if not authors and not cited:
        return found
    out = []
    for s in found:
        if any(a <= s.start and s.end <= b for a, b in publishers) \
                and not s.source.startswith(KNOWN):
            continue  # "Routledge", "Russell Sage Foundation"
        if any(p.start <= s.start < p.end or s.start <= p.start < s.end for p in places):
            continue  # the place of publication is taken whole below
        if s.start in titles and not s.source.startswith(KNOWN) and (
                s.source == CAPITAL and (lexicon.is_word(s.text.lower())
                                         or english.english_around(text, s.start, s.end))
                or " " not in s.text and _TITLE_GOES_ON.match(text, s.end)
                and names.lookup(s.text) is None and s.text not in names.places()
                and not any(o.text == s.text and o.start != s.start for o in found)):
            continue  # a title's first word, a word, has its capital from where it stands
            # ("Unraveling the Mystery", "Relationell infrastruktur"; not "Harrsjöfors i
            # förändring" where the text names Harrsjöfors elsewhere too)
        if s.type == PLACE and " " not in s.text and _author(text, s, authors):
            s = s.with_(type=PERSON)  # "Danermark, B. (2000)"
        elif s.type != PERSON and any(a <= s.start and s.end <= b for a, b in cited) \
                and all(w[:1].isupper() or w in ("&", "och") for w in s.text.split()):
            s = s.with_(type=PERSON)  # "(Danermark & Kullberg, 1999)", "Danermark (2000)"
        out.append(s)
    for a, b in authors:
        out = _authors_written_out(text, a, b, out)
    return sorted(out + places, key=lambda s: (s.start, s.end))


_AFTER_A_LOWER_WORD = re.compile(rf"(?<![{L}])[{LOW}]+ $")


def _cited_authors(text: str, found: list[Suggestion], citations: list[re.Match]
                   ) -> list[Suggestion]:
    """``found`` with the surnames of in-text citations that nothing found: "(Lindeborg &
    Vestergaard 2021)", "Nordenfalk och Ramírez Soto (2017)", one with the surname beside it
    ("Åkerblom Nyström (2017)"); one that is a word too only beside "m.fl." or a listed
    surname ("(Vass m.fl. 2022)", "(jfr Länsman 2019)" where Länsman is a surname). Not a
    body ("Skolverket, 2019", "Skolinspektionens (2020)"), a survey ("LUPP-undersökningen och
    Đorđević (2021)"), a place or a function word ("Enligt Danermark (2000)")."""
    if not citations:
        return found
    spans = sorted((s.start, s.end) for s in found)
    starts = [a for a, _ in spans]
    people_at = {s.start: s for s in found if s.type == PERSON}
    people_to = {s.end: s for s in found if s.type == PERSON}
    added, absorbed = [], set()
    for m in citations:
        for w in _WORD.finditer(text, m.start("who"), m.end("who")):
            word = w.group(0)
            i = bisect_right(starts, w.start()) - 1
            if i >= 0 and spans[i][0] <= w.start() < spans[i][1] \
                    or names.is_function_word(word) \
                    or any(lexicon.is_generic(form) or is_authority(form)
                           for form in (word, names.strip_genitive(word))) or word.isupper() \
                    or "-" in word and lexicon.is_word(word.rsplit("-", 1)[1].lower()) \
                    or word in names.places():
                continue
            hit = names.lookup(word)
            if hit is not None and hit.kind == "place" or lexicon.is_word(word.lower()) and not (
                    m.group("many") or hit is not None and hit.kind == "surname"
                    or _AFTER_A_LOWER_WORD.search(text, max(0, w.start() - 30), w.start())):
                continue  # (but "framhålls av Lax (2020)": a word capitalised mid-sentence)
            a, b = w.start(), w.end()
            for s in (people_to.get(a - 1), people_at.get(b + 1)):
                if s is not None and text[min(b, s.end):max(a, s.start)] == " ":
                    a, b = min(a, s.start), max(b, s.end)
                    absorbed.add(id(s))
            added.append(Suggestion(a, b, PERSON, text[a:b], CAPITAL, 0.6))
    if not added:
        return found
    return sorted([s for s in found if id(s) not in absorbed] + added,
                  key=lambda s: (s.start, s.end))


_WORD = re.compile(rf"[{UP}][{L}\-]+")


def _authors_written_out(text: str, a: int, b: int, found: list[Suggestion]
                         ) -> list[Suggestion]:
    """The authors of an entry, "Surname, First" or "Surname, F." each, as one person apiece
    ("Topor, Alain, Bøe, Tore Dag & Larsen, Inger Beate"; "Danermark, B. & Kullberg, C."),
    whatever else their words are. An entry whose authors do not read as such pairs (a body,
    "Skolverket") is left as it was found."""
    parts = _split_authors(text, a, b)
    if not parts or len(parts) % 2:
        return found
    people = []
    for (s1, e1), (s2, e2) in zip(parts[::2], parts[1::2], strict=True):
        surname, first = text[s1:e1], text[s2:e2]
        if not all(w[:1].isupper() and w[-1:].isalpha() for w in surname.split()) \
                or not (_INITIALS.fullmatch(first) or all(w[:1].isupper() for w in first.split())):
            return found
        if lexicon.is_generic(surname) or is_authority(surname):
            continue
        end = e1 if _INITIALS.fullmatch(first) else e2  # initials identify no one alone
        people.append((s1, end))
    if any(s.source.startswith(KNOWN) and a < s.end and s.start < b for s in found):
        return found  # (the key's own spans decide)
    inside = [s for s in found if a <= s.start and s.end <= b and s.type in _NAME_TYPES]
    score = max([0.75] + [s.score for s in inside])
    kept = [s for s in found if s not in inside]
    return kept + [Suggestion(x, y, PERSON, text[x:y], PATTERN, score) for x, y in people]


# a title in sentence case or in English goes on after its first word
_TITLE_GOES_ON = re.compile(r" (?:the|of|and|a|an|in|to|for|[a-zåäö]+)\b")
_NAME_TYPES = frozenset({PERSON, PLACE, ORGANISATION, SCHOOL, WORKPLACE})
_INITIALS = re.compile(rf"(?:[{UP}]\.[ -]?)+")
_AUTHOR_SEPARATOR = re.compile(r", | & | och ")


def _split_authors(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of an entry's authors between ", ", " & " and " och " (an editor's mark
    dropped): surname and first name in turn."""
    end = b
    editor = re.search(r"\s*\((?:[Rr]ed|Eds?|[Hh]rsg)\.\)\s*$", text[a:b])
    if editor:
        end = a + editor.start()
    label = text.rfind(": ", a, end)  # "Referenser: Andersson, Karin (2019)."
    if label >= 0:
        a = label + 2
    parts, pos = [], a
    for m in _AUTHOR_SEPARATOR.finditer(text, a, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return [(x, y) for x, y in parts if y > x]


def _author(text: str, s: Suggestion, authors: list[tuple[int, int]]) -> bool:
    """A surname followed by its initials inside an entry's authors."""
    return any(a <= s.start and s.end <= b for a, b in authors) \
        and re.match(rf", (?:[{UP}]\.[ -]?)+", text[s.end:s.end + 12]) is not None


# a year in brackets after a surname: a citation ("Pickett (2009)", "Pickett, 2009)")
_CITATION_AFTER = re.compile(r"(?: \(|, )(?:19|20)\d{2}[a-z]?[);]")
# "(Guttorm 2019; Mikkola 2015)", "jfr Guttorm 2019, s. 88": a citation without a comma
_HARVARD_AFTER = re.compile(r" (?:19|20)\d{2}[a-z]?(?:[;)]|, s\.)")
_HARVARD_BEFORE = re.compile(r"(?:\(|; |jfr |se )$")


def cited(text: str, start: int, end: int) -> bool:
    """A year after the name, as a citation has it: "(Pickett, 2009)", "(jfr Kaya 2019)"."""
    return bool(_CITATION_AFTER.match(text, end)) or (
        bool(_HARVARD_AFTER.match(text, end))
        and bool(_HARVARD_BEFORE.search(text, max(0, start - 6), start)))
