"""Short forms and nicknames that a transcript links to a full name.

People say so when they introduce someone: "Aleksandra, vi säger Ola", "Marjatta – alla kallar
henne Maja", "Mohammed (Mo)", "Sofi, det är kort för Sofia". The key then treats the short form
as the same person: it shares the full name's code ("Person C") and gets a short form of the
full name's pseudonym, so a published quote keeps the link without giving the name away.
"""
from __future__ import annotations

import re

from . import frequency, lexicon, names
from .letters import UP, L

_NAME = rf"[{UP}][{L}]+(?:[-\s][{UP}][{L}]+)?"
_WHO = r"(?:vi|jag|alla|man|de|dom|hon|han|hen|folk|mamma|pappa|kompisarna|familjen)"
_CALLS = r"(?:säger|kallar|kallas|kallade|sa|brukar\s+säga|brukar\s+kalla)"
_OBJECT = r"(?:henne|honom|hen|dem|dom|sig|mig|oss)"
# "{full}, vi säger {short}" and the like: the full name first, then the short form
_FORWARD = (rf"(?P<full>{_NAME})\s*(?:,|–|-|—)?\s*(?:men\s+|och\s+|fast\s+)?"
            rf"(?:{_WHO}\s+)?{_CALLS}(?:\s+{_OBJECT})?(?:\s+(?:för|bara|oftast|alltid))*\s+"
            rf"[\"”']?{{short}}\b"
            rf"|(?P<full2>{_NAME})\s*(?:,\s*)?(?:kallad|kallas|alias|aka|eller)\s+"
            rf"[\"”']?{{short}}\b"
            rf"|(?P<full3>{_NAME})\s*\(\s*[\"”“']?{{short}}[\"”“']?\s*\)"
            # "Jakub. Kuba är smeknamnet", "Abdulkadir, Kadi är hans smeknamn"
            rf"|(?P<full4>{_NAME})\s*[.,:;]?\s+{{short}}\s+är\s+"
            rf"(?:hans\s+|hennes\s+|hens\s+|ett\s+|bara\s+)?(?:smeknamn|kortnamn)(?:et)?\b")
_EQUATES = r"(?:det\s+är|alltså|asså|dvs\.?|det\s+vill\s+säga)"
# "Kuba. Alltså Jakub": the by-name said first, then the name it is short for
_EQUATES_CAPITALISED = r"(?:Alltså|Asså|Egentligen)"
# "{short}, det är kort för {full}", "{short} (smeknamn för {full})"
_BACKWARD = (rf"\b{{short}}\s*(?:,|\(|–)?\s*(?:som\s+)?(?:det\s+)?(?:är\s+)?"
             rf"(?:kort|förkortning|smeknamn|kortnamn)\s+(?:för|på|av)\s+(?P<full>{_NAME})"
             rf"|\b{{short}}[\"”']?\s*\(\s*(?P<full2>{_NAME})\s*\)"
             # "Jojo, det är Yonas?", "Jojo, alltså Yonas": the by-name equated with the name
             rf"|\b{{short}}\s*,\s*{_EQUATES}\s+(?P<equated>{_NAME})\b"
             rf"|\b{{short}}\.\s+{_EQUATES_CAPITALISED}\s+(?P<equated2>{_NAME})\b"
             # a transcriber's key: "Gaga = Dragana (smeknamn)"
             rf"|\b{{short}}\s*=\s*(?P<keyed>{_NAME})\s*\(\s*(?:smeknamn|kortnamn|kort\s+för)")




def _compiled(template: str) -> re.Pattern:
    parts = template.split("{short}")
    return re.compile(parts[0] + "".join(rf"(?P<short{i}>[{L}]+)" + part
                                         for i, part in enumerate(parts[1:])))


_PATTERNS = [_compiled(_FORWARD), _compiled(_BACKWARD)]


def full_name_for(text: str, short: str) -> str | None:
    """The full name ``text`` links the short form ``short`` to, or None."""
    short = short.strip()
    if not short or " " in short:
        return None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if next(v for k, v in m.groupdict().items() if k.startswith("short") and v) != short:
                continue
            full = next((g for g in (m.groupdict().get(k)
                                     for k in ("full", "full2", "full3", "full4", "equated",
                                               "equated2", "keyed"))
                         if g), None)
            if m.groupdict().get("equated2") and not names.is_listed_person(
                    full.split()[0], ("first",)):
                continue  # "Kuba. Alltså Jakub", not "till Kuba. Alltså Havanna"
            if (m.groupdict().get("equated") or m.groupdict().get("equated2")) \
                    and frequency.zipf_sv(short) >= 4.0:
                continue  # "Hej, det är Mateo": a greeting, not a by-name
            if m.groupdict().get("full2") and re.search(r"\beller\s", m.group(0)) \
                    and full[:1].casefold() != short[:1].casefold():
                continue  # "Mushtaba eller Muji", not "Göteborg eller Malmö"
            if full and _plausible(full, short):
                return full
    return None


def _plausible(full: str, short: str) -> bool:
    """The full name is a longer word than the short form, and neither is initials
    ("J (JS)")."""
    first = full.split()[0]
    last = full.split()[-1]
    if last != first and names.lookup(last) is None \
            and (lexicon.is_word(last.lower()) or lexicon.is_compound_word(last.lower())):
        return False  # "Näverfors Pappersbruk (\"Bruket\")": a firm's short name, no person's
    if _place_only(first):
        return False  # "Göteborg eller Gävle", "Göteborg (Gbg)": a place's other name
    if short[:1].casefold() != first[:1].casefold() and names.lookup(short) is None \
            and lexicon.is_word(short.lower()) and frequency.zipf_sv(short.lower()) >= 3.0:
        return False  # "Johanna Reinholdsson (Extern)": her role, not her by-name
    return (len(short) >= 2 and not first.isupper() and not short.isupper()
            and short[1:] == short[1:].lower()  # not "Socialtjänstlagen (SoL)"
            and first.casefold() != short.casefold() and len(first) > len(short))


def _place_only(word: str) -> bool:
    hit = names.lookup(word)
    return hit is not None and hit.kind == "place" or word in names.places() \
        and not names.is_listed_person(word)


def short_form(pseudonym: str, pool: list[str], used: set[str]) -> str:
    """A short form for a pseudonym: a short first name from ``pool`` (sorted, deterministic)
    with the same first letter and shorter than the pseudonym, not used yet; else its first
    syllable."""
    first = pseudonym.split()[0] if pseudonym.split() else pseudonym
    for name in pool:
        if name[:1] == first[:1] and 2 < len(name) < len(first) and name.casefold() not in used:
            return name
    cut = next((i + 1 for i in range(1, len(first)) if first[i] not in "aeiouyåäöé"
                and first[i - 1] in "aeiouyåäöé"), len(first))
    return first[:max(cut, 3)]


_CUES = frozenset("säger kallar kallas kallade kallad henne honom hen alias aka eller bara "
                  "oftast alltid för".split())


def is_linked_short_form(text: str, start: int, end: int, before: str) -> bool:
    """Does the text link the word at ``start:end`` to a full name just before or after it
    ("Aleksandra, vi säger Sunny", "Mo, det är kort för Mohammed")? ``before`` is the word
    before it in lower case (a cheap test first)."""
    word = text[start:end]
    if before in _CUES or text[start - 1:start] == "(" \
            or text[start - 2:start - 1] == "(" and text[start - 1:start] in "\"”“'":
        if full_name_for(text[max(0, start - 80):end + 2], word):
            return True
        if (before in ("säger", "kallar", "kallas")
                or _CALLED_BEFORE.search(text, max(0, start - 40), start)) \
                and _begins_like_a_name_before(text, start, word):
            return True  # "Björn Dahl, vår mentor. Vi säger Björnen."; "Jag heter Dilshad
            # [...] på jobbet säger alla bara Dille"
    return _SHORT_FORM_AFTER.match(text, end, end + 80) is not None \
        and full_name_for(text[max(0, start - 80):end + 80], word) is not None


_SHORT_FORM_AFTER = re.compile(
    rf"\s*,\s*{_EQUATES}\s+[{UP}]|\s*=\s*[{UP}]|\.\s+{_EQUATES_CAPITALISED}\s+[{UP}]"
    r"|[\"”']?\s*\(|\s*(?:,|\(|–)?\s*(?:som\s+)?(?:det\s+)?(?:är\s+)?"
    r"(?:hans\s+|hennes\s+|hens\s+|ett\s+|bara\s+)?"
    r"(?:kort|förkortning|smeknamn|kortnamn)(?:et)?\b")


# "säger alla bara", "kallar mig oftast": a by-name follows
_CALLED_BEFORE = re.compile(rf"\b{_CALLS}(?:\s+(?:{_WHO}|{_OBJECT}))*"
                            r"(?:\s+(?:för|bara|oftast|alltid))+\s+[\"”']?$")
_CAPITALISED = re.compile(rf"[{UP}][{L}]+")


def _begins_like_a_name_before(text: str, start: int, word: str) -> bool:
    """A listed first name shortly before that ``word`` begins like ("Björn" … "Björnen",
    "Mirela" … "Mirre"): the word said after "vi säger" is that person's by-name."""
    if len(word) < 3:
        return False
    for m in _CAPITALISED.finditer(text, max(0, start - 240), start):
        name = m.group(0)
        hit = names.lookup(name)
        if (hit is not None and hit.kind == "first"
                or text[max(0, m.start() - 6):m.start()] == "heter "
                or text[m.end():m.end() + 2] == ", " and m.end() + 60 > start
                and not lexicon.is_word(name.lower()) and hit is None) and name != word \
                and word.lower().startswith(name.lower()[:3]):  # (or a name after "heter",
            return True  # or one no list has just before: "Sakariye, vi säger Saki")
    return False
