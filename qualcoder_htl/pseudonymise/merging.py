"""Combining the suggestions of every rule into spans a reader can trust: overlapping
suggestions become one span typed by the strongest of them, neighbouring name spans join
("Anna" + "Berg"), and a span grows over the parts of a name the rules saw one by one
(particles, initials, a place's "län" or "kommun")."""
from __future__ import annotations

import re

from . import context, english, frequency, institutions, lexicon, names, places
from .capitals import CAP_TOKEN, LABEL_WORDS, is_acronym, is_initial
from .groups import group_tail_after
from .institutions import is_authority
from .letters import LOW, UP, L
from .suggestions import (
    ADDRESS,
    CAPITAL,
    EMAIL,
    KNOWN,
    NAME_TYPES,
    NAMES,
    NER,
    ORGANISATION,
    PATTERN,
    PERSON,
    PERSONNUMMER,
    PHONE,
    PLACE,
    PROPAGATED,
    SCHOOL,
    WORKPLACE,
    Suggestion,
)
from .typing_rules import COMPASS, NAME_PREFIXES, WORKPLACE_NOUNS, WORKPLACE_PREFIXES, infer_type

_SOURCE_RANK = {KNOWN: 6, PATTERN: 5, NAMES: 4, NER: 3, PROPAGATED: 3, CAPITAL: 2}
_STRONG_PATTERNS = (PERSONNUMMER, EMAIL, PHONE, ADDRESS)
_WORD_BEFORE = re.compile(rf"([{UP}][{L}]*)\.? $")
_WORD_AFTER = re.compile(rf" ([{L}]+)")
_INITIALS = re.compile(rf"(?:[{UP}]\.\s?)+")
_SLASHED = re.compile(rf"/([{UP}][{L}]+)(?![{L}/])")
_NUMERAL_NAME = re.compile(rf" [IVX]{{1,5}} ([{UP}][{L}]+)(?![{L}])")
_FOOTNOTED = re.compile(rf" ([{UP}][{L}]+)\d{{1,2}}(?![\w])")
_ADMIN_UNIT = re.compile(rf" (läns?|kommuns?|stads?|torgs?|centrums?)(?![{L}])")  # also
# "Ormberga torg", "Ulvhamra centrum": a place's square and centre by its name


# --- combining ------------------------------------------------------------------------------

def _rank(s: Suggestion) -> tuple:
    first = s.source.split("+")[0]
    return (_SOURCE_RANK.get(first, 1), s.score, s.end - s.start)


def merge(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Resolve overlaps (the union of a cluster, typed by its strongest member), then join
    neighbouring name spans into one."""
    found = sorted(found, key=lambda s: (s.start, -s.end))
    clusters: list[list[Suggestion]] = []
    end = -1
    for s in found:
        if clusters and s.start < end:
            clusters[-1].append(s)
            end = max(end, s.end)
        else:
            clusters.append([s])
            end = s.end
    merged = [_combine(text, c) for c in clusters]
    return _join_neighbours(text, merged)


def _combine(text: str, cluster: list[Suggestion]) -> Suggestion:
    if len(cluster) == 1:
        return cluster[0]
    best = max(cluster, key=_rank)
    start = min(s.start for s in cluster)
    end = max(s.end for s in cluster)
    # a strong pattern (e-mail, phone, personnummer) keeps its own extent
    if best.source.startswith(PATTERN) and best.type in _STRONG_PATTERNS:
        start, end = best.start, best.end
    sources = "+".join(dict.fromkeys(p for s in cluster for p in s.source.split("+")))
    score = min(1.0, max(s.score for s in cluster) + 0.05 * (len({s.source for s in cluster}) - 1))
    typ = best.type
    if best.source.startswith(NER) and typ in (ORGANISATION, WORKPLACE) \
            and " " not in text[start:end] and infer_type(text[start:end], "?") == "?" \
            and any(s.type == PERSON and not s.source.startswith(NER) for s in cluster):
        typ = PERSON  # one word the rules call a person and nothing marks as a body: "Arash"
    if typ in NAME_TYPES and not best.source.startswith(KNOWN):
        typ = infer_type(text[start:end], typ, from_list=best.source.startswith(NAMES))
    return Suggestion(start, end, typ, text[start:end], sources, round(score, 2))


def _whose(text: str, start: int, end: int) -> bool:
    """A girl's or boy's first name in the genitive: "med Zosias skola" is her school, not a
    school's name (but "Drottning Silvias barnsjukhus" is one); nor is a genitive after kin."""
    name = text[start:end]
    hit = names.lookup(name)
    before = context.words_before(text, start, 1, keep_case=True)
    if " " not in name and name.endswith("s") and before \
            and before[0] in context.KIN_AND_TITLES:
        return True  # "min lillebror Awets skola": the brother's school, whatever his name
    return " " not in name and hit is not None and hit.kind == "first" and hit.suffix == "s" \
        and hit.base not in names.places() and not (before and before[0][:1].isupper())


def _join_neighbours(text: str, spans: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for s in spans:
        s = _extend(text, s)
        prev = out[-1] if out else None
        if prev is not None and _joinable(text, prev, s):
            start = prev.start
            best = max((prev, s), key=_rank)
            typ = best.type if best.type != PERSON or prev.type == s.type else prev.type
            if prev.type == PERSON and s.type == PERSON:
                typ = PERSON
            else:
                typ = infer_type(text[start:s.end], typ)
            src = "+".join(dict.fromkeys(prev.source.split("+") + s.source.split("+")))
            out[-1] = Suggestion(start, s.end, typ, text[start:s.end], src,
                                 max(prev.score, s.score))
            continue
        out.append(s)
    return out


def _joinable(text: str, a: Suggestion, b: Suggestion) -> bool:
    if a.type not in NAME_TYPES or b.type not in NAME_TYPES:
        return False
    gap = text[a.end:b.start]
    if gap == " ":
        # "Anna Söderlund", "Café Kvarnen", "ICA Kvarnbo" (not "Anna Moa" across a list, not
        # "Sunderlands Frazier Campbell" or "högskolan i Kristianstad Lars Dahlberg")
        if b.type == PERSON and (a.type == PLACE or a.text.endswith("s")):
            return False
        return a.type == b.type == PERSON or a.type != PERSON or b.type != PERSON
    if gap == ", " and a.type == b.type == PERSON:
        return _reference_entry(text, a, b)  # "Andersson, Karin (2019)"
    if gap == " & ":
        if PERSON in (a.type, b.type) and _CITED_YEAR.match(text, b.end):
            return False  # "(Okonkwo-Lindahl & Ben Youssef 2019)": two authors, no firm
        return "," not in a.text  # "Berg & Son", "Lager & Logistik", not "Nilsson, Per & Ek"
    return gap == "-" and a.type == b.type


def _reference_entry(text: str, a: Suggestion, b: Suggestion) -> bool:
    """"Surname, First" in a reference list: a surname, a listed first name (or initials),
    and then a year, another author or the end of the entry."""
    if " " in a.text or " " in b.text:
        return False
    first = names.lookup(b.text)
    if not (first is not None and first.kind == "first") and \
            not _INITIALS.fullmatch(b.text):
        return False
    hit = names.lookup(a.text)
    if hit is not None and hit.kind == "first":
        return False  # "Anna, Karin och Moa": a list of first names
    if context.word_before(text, a.start) in places.PLACE_PREPOSITIONS:
        return False  # "präst i Mossbrunna, Håkan": a place, then the person
    line_end = text.find("\n", b.end)
    rest = text[b.end:line_end if line_end >= 0 else len(text)][:240]
    return bool(re.match(r"\s*(?:\(\d{4}|&|,|\.|och\s|and\s|$)", rest)) \
        and _YEAR_IN_BRACKETS.search(rest) is not None  # not "Kuba, Gosia, ringde"


_YEAR_IN_BRACKETS = re.compile(r"\((?:19|20)\d{2}")
_CITED_YEAR = re.compile(r",? \(?(?:19|20)\d{2}[a-z]?(?![\d\w])")


def _extend(text: str, s: Suggestion) -> Suggestion:
    """Grow a name span over the words that belong to it: "Östra Sörby", "Café Kvarnen",
    "M. Lund", "Tjärnadalens bibliotek", "ICA Kvarnbo"."""
    if s.type not in NAME_TYPES:
        return s
    start, end, typ = s.start, s.end, s.type
    before = text[max(0, start - 12):start]
    m = _WORD_BEFORE.search(before)
    if m:
        word = m.group(1)
        if word in COMPASS:
            start, typ = start - len(m.group(0)), PLACE
        elif word in WORKPLACE_PREFIXES and m.group(0) == word + " ":  # (not "på ICA. Max")
            start, typ = start - len(m.group(0)), WORKPLACE
        elif word in NAME_PREFIXES:
            start -= len(m.group(0))  # "Sankt Olofs kyrka", "S:t Moritz": the type stays
        elif len(word) == 1 and m.group(0).endswith(". ") and typ == PERSON:
            start -= len(m.group(0))  # "M. Lund"
        elif typ == PERSON and m.group(0) == word + " " and 2 <= len(word) <= 3 \
                and word[0].isupper() and word[1:].islower() and s.text[:1].isupper() \
                and not names.is_function_word(word) and frequency.zipf_sv(word) < 4.0 \
                and word not in _NOT_FAMILY_NAMES and not context.closed_class(word):
            start -= len(m.group(0))  # "Mo Yan", "Xi Jinping": a short family name first (not
            # "Rut. Ivar Ortiz": a full stop ends the sentence)
        elif typ == PERSON and m.group(0) == word + " " and word in _PRONOUN_FIRST_NAMES \
                and _a_surname_alone(s.text):
            start -= len(m.group(0))  # "Hans Strand kom", "Alla Kravets": no pronoun or
            # quantifier stands before a surname (but "Alla Anderssons barn")
        elif typ == PERSON and m.group(0) == word + " " \
                and _name_part(text, start - len(m.group(0)), word) \
                and (names.lookup(word) is not None
                     or not (lexicon.is_compound_word(word) or lexicon.has_word_ending(word))):
            start -= len(m.group(0))  # "Ryan Giggs", "Chuck Hagel"; not "Brobyggare Anna"
    if typ == PERSON:
        start, end = _grow_person(text, start, end)
        end = group_tail_after(text, end)  # "cali xuseen-familjen": their household
        other = _SLASHED.match(text, end)
        if other is not None and _name_part(text, other.start(1), other.group(1)):
            end = other.end()  # "Familjen Habtom/Tesfamariam": two names of one household
        more = _NUMERAL_NAME.match(text, end) or _FOOTNOTED.match(text, end)
        if more is not None and _name_part(text, more.start(1), more.group(1)):
            end = more.end()  # "Carl XVI Gustaf"; "Molly Sanden8" (a footnote's number)
        nxt = CAP_TOKEN.match(text, end + 1) if text[end:end + 1] == " " else None
        if nxt is not None and not text[nxt.end():nxt.end() + 1] == ":" \
                and _name_part(text, nxt.start(), nxt.group(0)):
            end = nxt.end()  # "Aksel Lund Svindal": the last name too
    after = _WORD_AFTER.match(text[end:end + 30])
    # "Tjärnadalens bibliotek", "Vassvikens förskola"; a place without genitive too when the
    # noun says what it is ("Hällsjö gymnasium", "Ormåsen IF")
    if after and typ in (PLACE, WORKPLACE, ORGANISATION, PERSON, SCHOOL) \
            and not s.source.startswith(KNOWN) \
            and not (typ == PERSON and _whose(text, start, end)) \
            and not (typ == PERSON and text.startswith(":", end + len(after.group(0)))):
        # (the key keeps its type; "klara skola: hej": a chat's sender and where she is)
        noun = after.group(1)
        if noun in WORKPLACE_NOUNS or noun.lower() in WORKPLACE_NOUNS \
                or noun in ("lärcentrum", "lärcentret") \
                or (noun.islower() and noun.endswith(institutions.NAMED_INSTITUTION_HEADS)
                    and noun not in institutions.NAMED_INSTITUTION_HEADS  # "Kuba hem"
                    and lexicon.is_compound_word(noun)):
            end += len(after.group(0))
            low = noun.lower()
            typ = SCHOOL if low.startswith(("skola", "förskola", "gymnasi", "grundskola",
                                            "friskola", "komvux", "vuxenutbildning",
                                            "folkhögskola", "lärcent")) \
                or low.endswith(("skola", "skolan")) else WORKPLACE

    if typ == PLACE and end == s.end:
        unit = _ADMIN_UNIT.match(text, end)
        if unit and not unit.group(1).startswith("kommun") and (
                unit.group(1).startswith(("län", "torg", "centrum")) or s.text.endswith("s")):
            end = unit.end()  # "Stockholms län", "Stockholms stad": its name (but "Kiruna
            # kommun" keeps its word: the surrogate reads "[ort] kommun", the body it is)
    if typ in (WORKPLACE, SCHOOL, PLACE, ORGANISATION) and text.startswith(" AB", end) \
            and not text[end + 3:end + 4].isalnum():
        end, typ = end + 3, WORKPLACE  # "Hällsjö Elmontage AB"
    # "på Förskolan Trollsländan", "och Fritidsgården Lyktan": the noun capitalised inside a
    # sentence is in the name (opening one, "Fritidsgården Kajutan ligger", it is no sign)
    if typ in (SCHOOL, WORKPLACE) and start == s.start:
        before_word = context.words_before(text, start, 1, keep_case=True)
        if before_word and before_word[0][:1].isupper() \
                and before_word[0].lower() in institutions.INSTITUTION_NOUNS \
                and (not is_initial(text, start - len(before_word[0]) - 1)
                     or before_word[0] == "Föreningen"):  # ("Föreningen Bron": its name)
            start -= len(before_word[0]) + 1
    if (start, end) == (s.start, s.end):
        return s
    return Suggestion(start, end, typ, text[start:end], s.source, s.score)


# first names that are pronouns or quantifiers too
_PRONOUN_FIRST_NAMES = frozenset({"Hans", "Alla", "Inga", "Dina", "Mina", "Sina"})


def _a_surname_alone(name: str) -> bool:
    """One word, no first name, no genitive of a listed name: "Strand", "Kravets"."""
    if " " in name or not name[:1].isupper():
        return False
    hit = names.lookup(name)
    if hit is not None and hit.kind != "surname":
        return False
    return not (name.endswith("s") and names.lookup(name[:-1]) is not None)


NAME_PARTICLES = context.NAME_PARTICLES


def _name_part(text: str, start: int, word: str) -> bool:
    """Could ``word``, right beside a person's name, be another part of it ("Ryan" in "Ryan
    Giggs", "Svindal" in "Aksel Lund Svindal")? Not a word of the sentence around the name:
    a function word, a title or kin word, an authority, a place, a genitive, a month or a
    language, an acronym, a common Swedish word (or, at a sentence start, any word)."""
    if len(word) < 2 or not word[:1].isupper() or is_acronym(word) \
            or names.is_function_word(word) or lexicon.is_generic(word) \
            or (lexicon.has_word_ending(word) and lexicon.is_compound_word(word)) \
            or lexicon.is_generic(names.strip_genitive(word)) or is_authority(word) \
            or context.closed_class(word) or word in COMPASS or word in LABEL_WORDS \
            or word in WORKPLACE_PREFIXES or word.lower() in context.KIN_AND_TITLES \
            or word.lower() in context.GREETINGS or word.lower() in context.SIGN_OFFS \
            or word in _NOT_FAMILY_NAMES \
            or "-" in word and lexicon.is_generic(word.split("-", 1)[0]):  # "Excel-ark"
        return False
    hit = names.lookup(word)
    initial = is_initial(text, start)
    # a listed first name; one that is also a word ("Chuck", "Ryan") only inside a sentence
    first = hit is not None and hit.kind == "first" and not (hit.stop and initial)
    if word.endswith("s") and not first:
        return False  # "Sunderlands Frazier Campbell", "Volvos Håkan Samuelsson"
    if not first and (hit is not None and hit.kind == "place" or word in names.places()):
        return False  # "i Kristianstad Lars Dahlberg"
    if first:
        return True
    if lexicon.is_word(word) and (frequency.zipf_sv(word) >= 3.0
                                  or initial and frequency.zipf_sv(word) >= 1.5):
        return False  # "Skolan Anna ...", "Igår Anna": a word of the sentence (not "Taras")
    return not (english.common_english(word) and initial)

# short capitalised words before a name that are no family name: interjections and titles
_NOT_FAMILY_NAMES = frozenset("Aj Hm Ms Mr Dr Oj Åh Ah Eh Fy Ok Mm Tja Asså Sir Fru".split())
_PARTICLE_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))([{LOW}]+) $")
_INITIAL_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))([{UP}])\.? $")
_INITIAL_AFTER = re.compile(rf" ([{UP}])\.?(?= [{UP}])")


# particles that are also Swedish words ("de", "la", "den"): part of a name only between two
# of its capitalised words ("Juan de la Cruz", "Ludwig van der Berg")
INNER_PARTICLES = frozenset("de la le der den dem ter dela delos ben los las des".split())


def _particle_at(text: str, pos: int) -> bool:
    """Does a name's particle open the span at ``pos`` ("la" of "la Cruz")?"""
    word = text[pos:pos + 8].split(" ", 1)[0]
    return word in NAME_PARTICLES or word in INNER_PARTICLES


def _capital_before(text: str, pos: int) -> bool:
    """Does a capitalised word (or another particle of the name) end just before ``pos``?"""
    before = context.words_before(text, pos, 1, keep_case=True)
    return bool(before) and text[pos - 1:pos] == " " and (
        before[0][:1].isupper() or before[0] in NAME_PARTICLES | INNER_PARTICLES)


def _grow_person(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the particles and initials of a person's name: "von Eckermann", "John B
    Gurdon", "C G Jung", "Ylva M Andersson"."""
    for _ in range(4):
        before = text[max(0, start - 8):start]
        m = _PARTICLE_BEFORE.search(before)
        if m and (m.group(1) in NAME_PARTICLES or m.group(1) in INNER_PARTICLES
                  and (_capital_before(text, start - len(m.group(0)))
                       or _particle_at(text, start))):  # "de la Cruz": one more
            start -= len(m.group(0))
            continue
        m = _INITIAL_BEFORE.search(before)
        if m and m.group(1) not in ("I", "Å"):  # "I Eminas klass", "Å Alvin": i, och
            start -= len(m.group(0))
            continue
        break
    m = _INITIAL_AFTER.match(text, end)
    if m:
        nxt = CAP_TOKEN.match(text, m.end() + 1)
        if nxt and text[m.end() - 1] == "." and (
                text.startswith(":", nxt.end())  # "Transkr. Jenni Y. Obs: dålig ljud"
                or names.is_function_word(nxt.group(0))
                or lexicon.is_word(nxt.group(0).lower()) and names.lookup(nxt.group(0)) is None):
            end = m.end()  # "Sara H. Vi säger", "Fredrik R. Ta upp": the initial ends the
            # name and the sentence (but "Anna K. Berg" is one name)
        elif nxt:
            end = nxt.end()  # "John B. Smith"
    return start, end
