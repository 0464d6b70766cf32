"""Names known by the company they keep, found after the first pass: a word joined by "och"
or a comma to a found name ("från Torneå och Kemi"), a surname after a first name written in
lower case ("dino hasanbegovic"), a place or youth centre called by a noun the text writes with
a capital ("på Bryggan"), a listed place in lower case after a preposition ("från tuzla")."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import ages, context, english, frequency, institutions, lexicon, names, word_uses
from .capitals import (
    ABBREVIATIONS,
    PARTICLES,
    CapToken,
    is_acronym,
    next_on_line,
    role_word,
    speaks_again,
)
from .letters import LOW, UP, L, whole_word
from .propagation import Coverage, people_followed_by
from .suggestions import (
    EMAIL,
    NAMES,
    ORGANISATION,
    PERSON,
    PLACE,
    PROPAGATED,
    SCHOOL,
    WORKPLACE,
    Suggestion,
)
from .typing_rules import (
    BALKAN_SURNAME_ENDINGS,
    STRONG_SURNAME_ENDINGS,
    infer_type,
    names_land,
)


def _initials_as_a_name(word: str, text: str, start: int) -> bool:
    """Two capitals that no body or thing is known by ("PO", "KG", "JP"): a person called by
    the initials of a double first name, when joined by "och" to a person ("med PO och
    Mats"); not a speaker's or a writer's initials, which the text uses as a label or
    defines ("MK: Och vi", "JE = Jonna", "(Bror Hassel, BH)")."""
    return len(word) == 2 and word.isalpha() and word.isupper() \
        and word not in _TWO_LETTER_ACRONYMS and not lexicon.is_generic(word) \
        and re.search(rf"(?m)^[ \t]*(?:\[[\d:]+\][ \t]*)?{word}:|{word} ?=|= ?{word}\b"
                      rf"|\({word}\)|, {word}\)", text) is None \
        and text.rfind("(", max(0, start - 40), start) <= text.rfind(")", max(0, start - 40),
                                                                     start)


# two-letter acronyms of bodies, parties, media, subjects and things
_TWO_LETTER_ACRONYMS = frozenset("""EU FN IT TV OK AB HB KB KS KF SD KD MP PR HR VD UK US CV BB
PM SO NO SV EN MA BD AC GP DN SR ST UR IF IK BK FK SK FF HM SL SJ PT PS OS VM EM JO IQ AI ID FB
IG YT ÅK HT VT LO AF SU KI LU GU SF UD MR VR NT BO AD TT TM DJ MC""".split())


def coordinated(text: str, found: list[Suggestion], tokens: list[CapToken]) -> list[Suggestion]:
    """A capitalised word joined by "och", "eller" or a comma to a person or place found
    just before it ("från Torneå och Kemi", "Zozan, Rêber och Berfin") is one of the same
    kind, unless it is a word no name would be (a language, an authority, a common word)."""
    spans = sorted((s for s in found if s.type in (PERSON, PLACE) and s.score >= 0.6),
                   key=lambda s: s.end)
    if not spans:
        return []
    ends = [s.end for s in spans]
    starts = sorted(s.start for s in spans if s.type == PERSON)
    covered = Coverage(found)
    out = []
    for tok in tokens:
        if tok.label or covered.covers(tok.start):
            continue
        word = tok.text
        j = bisect_right(starts, tok.end)
        hit = names.lookup(word)
        sep = text[tok.end:starts[j]] if j < len(starts) else ""
        if hit is not None and hit.kind == "first" and (
                sep == ", " and _LIST_GOES_ON.match(
                    text, starts[j] + len(context.word_after(text, starts[j] - 1)))
                or sep == " och " and not tok.initial) \
                or sep == " och " and _initials_as_a_name(word, text, tok.start):
            # "Namn nämnda: Tala, Arash, Oksana": a listed first name leading a list of
            # names; "två vänner, Dina och Sol" (a name that is also a word, then a name)
            out.append(Suggestion(tok.start, tok.end, PERSON, word, PROPAGATED, 0.5))
            continue
        i = bisect_right(ends, tok.start) - 1
        if tok.initial or i < 0 or not _COORDINATOR.fullmatch(text, spans[i].end, tok.start):
            continue
        if (names.is_function_word(word) or context.closed_class(word)
                or frequency.zipf_sv(word) >= 4.5) \
                and not _a_name_between_names(text, tok, word, starts):
            continue  # ("Zilan, Dina, Sol": a first name that is also a word, among names)
        if lexicon.is_generic(word) or is_acronym(word) and not (
                _initials_as_a_name(word, text, tok.start) and spans[i].type == PERSON
                and text[spans[i].end:tok.start] == " och ") \
                or english.common_english(word) or institutions.institution_word(word):
            continue  # (but "Marita och PO": a man called by his initials, among people)
        shape = infer_type(word, "?")  # "Jenni Kallio, Textverkstaden": her firm
        typ = shape if shape in (WORKPLACE, SCHOOL) and spans[i].type == PERSON \
            else spans[i].type  # (but "i Kvarnliden och Tegelbruket" are two areas)
        out.append(Suggestion(tok.start, tok.end, typ, word, PROPAGATED, 0.5))
    return out


def _a_name_between_names(text: str, tok: CapToken, word: str, starts: list[int]) -> bool:
    """A listed first name inside a sentence, with a person found right after it too."""
    if tok.initial or not names.is_listed_person(word, ("first",), word_like_too=True):
        return False
    j = bisect_right(starts, tok.end)
    return j < len(starts) and text[tok.end:starts[j]] in (", ", " och ")


def first_names_of_full_names(text: str, found: list[Suggestion],
                              tokens: list[CapToken]) -> list[Suggestion]:
    """A first name that is also a word, found before a surname ("Alla Kovalenko"), is her
    name elsewhere in the text where it is capitalised inside a sentence ("men Alla tyckte
    inte det"); a sentence's first word stays a word ("Alla översatte den")."""
    firsts = set()
    for s in found:
        words = s.text.split()
        if s.type == PERSON and s.score >= 0.6 and len(words) == 2 \
                and names.is_function_word(words[0]) \
                and names.is_listed_person(words[0], ("first",), word_like_too=True):
            firsts.add(words[0])
    if not firsts:
        return []
    covered = Coverage(found)
    return [Suggestion(t.start, t.end, PERSON, t.text, PROPAGATED, 0.5) for t in tokens
            if t.text in firsts and not t.initial and not t.label
            and not covered.covers(t.start)]


_LIST_GOES_ON = re.compile(rf"(?:,| och| samt) [{UP}]")
_COORDINATOR = re.compile(r"(?:,? (?:och|eller|samt) |, )(?:lilla |lille |stora )?")


def named_by_a_word(text: str, found: list[Suggestion],
                    tokens: list[CapToken]) -> list[Suggestion]:
    """A place or a youth centre called by an ordinary noun ("Bryggan", "Ankaret", "Gropen",
    "Fyrljuset"):
    in a text that otherwise writes its nouns in lower case, the same noun in the definite
    form written with a capital inside sentences, at least twice, once where one goes to a
    place ("på Bryggan", "från Gropen"), is that place's name. A report that capitalises its
    nouns by habit ("Samverkan", "Programmet") shows it by capitalising many different ones."""
    covered = Coverage(found)
    candidates: dict[str, list[CapToken]] = {}
    habit: set[str] = set()
    for i, tok in enumerate(tokens):
        word = tok.text
        if tok.initial or tok.label or covered.covers(tok.start):
            continue
        if _part_of_a_name(text, tokens, i):
            continue  # "Gärdets Väveri", "fritidsgården Trampolinen": a name, not a habit
        compound = not lexicon.is_word(word) and lexicon.is_compound_word(word)
        if not lexicon.is_word(word) and not compound:
            continue
        if context.closed_class(word) or lexicon.is_generic(word) or is_acronym(word) \
                or names.is_function_word(word) or institutions.institution_word(word) \
                or word.lower() in context.KIN_AND_TITLES or institutions.is_authority(word):
            continue  # (an authority is capitalised by rule: "Kommunstyrelsen")
        if frequency.zipf_sv(word) < 4.8 and len(word) <= (14 if compound else 12) \
                and word.lower().endswith(("an", "en", "et")) \
                and not word.lower().endswith(_DERIVED):
            candidates.setdefault(word, []).append(tok)
        else:
            habit.add(word)
    habit = {w for w in habit if names.strip_genitive(w) not in candidates}  # "Gärdets"
    if not candidates or len(habit) * 300 > len(text.split()):
        return []  # more than one capitalised ordinary word in 300 (different words, a name
        # repeated is no habit): a report's habit
    out = []
    for word, toks in candidates.items():
        befores = [context.word_before(text, t.start) for t in toks]
        going = sum(b in _GO_TO for b in befores)
        unheard = frequency.zipf_sv(word) == 0
        lived = any(_lived_before(text, t.start) for t in toks) \
            and not _written_lower(text, word)
        if not lived and (len(toks) < 2 or not (going or unheard and len(toks) >= 3)
                          or (frequency.zipf_sv(word) >= 4.2 and going < 3
                              and (going < 1 or _written_lower(text, word)))):
            continue  # a commoner word ("Stationen") only where the text goes there often;
            # a compound no one writes ("Fyrljuset") where the text comes back to it; but
            # where someone lives once is enough ("vi bodde på Djurgården")
        typ = WORKPLACE if any(b in _GO_TO_A_BODY for b in befores) \
            and not _lived_in(text, word) and not names_land(word) else PLACE
        # three times and twice where one goes: sure enough to look for in the other texts
        score = 0.6 if len(toks) >= 3 and going >= 2 else 0.5
        out.extend(Suggestion(t.start, t.end, typ, word, PROPAGATED, score) for t in toks)
    return out


def _part_of_a_name(text: str, tokens: list[CapToken], i: int) -> bool:
    """The capitalised word beside another, or after an institution noun: part of a name."""
    return (i > 0 and not tokens[i - 1].initial
            and next_on_line(text, tokens, i - 1) is tokens[i]) \
        or next_on_line(text, tokens, i) is not None \
        or institutions.after_institution_noun(text, tokens[i].start) is not None


# where people live or grow up, or all of a place: an area, not a body ("bott här på Gärdet",
# "uppvuxen på Gärdet", "i hela Gärdet", "hela Gärdet har hennes nummer")
_LIVED_IN = re.compile(r"(?:\b(?:bor|bott|bodde|bo|uppvuxen|uppväxt|växte upp|flyttade|"
                       r"flyttat)(?: \w+)?(?: här)? (?:på|i)|\bhela) $", re.IGNORECASE)


def _lived_before(text: str, start: int) -> bool:
    """People live or grew up in what starts at ``start``, or all of it is meant."""
    return _LIVED_IN.search(text, max(0, start - 30), start) is not None


def _lived_in(text: str, word: str) -> bool:
    """Somewhere in the text people live in ``word``, or all of it is meant."""
    start = text.find(word)
    while start >= 0:
        if _lived_before(text, start):
            return True
        start = text.find(word, start + len(word))
    return False


def _written_lower(text: str, word: str) -> bool:
    """The text also writes the word in lower case ("berget" beside "Berget"): an ordinary
    noun then, unless the text goes there often."""
    return re.search(rf"(?<![{L}]){re.escape(word.lower())}(?![{L}])", text) is not None


_DERIVED = ("ningen", "heten", "elsen", "tionen", "andet", "endet", "erna", "arna", "orna")
_GO_TO = frozenset("på till från vid hos utanför i".split())
_GO_TO_A_BODY = frozenset("på till hos vid".split())


def lower_surnames(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A lower-case word no lexicon knows right after a first name found in lower case: its
    surname ("dino hasanbegovic", "nardos tesfaye", "ljiljana đorić"); or joined to it by
    "och" or a comma: another name ("med emina och hodan")."""
    out = []
    covered = Coverage(found)
    for s in found:
        if s.type != PERSON or not s.text[:1].islower() or " " in s.text:
            continue
        for m in (_LOWER_NEXT.match(text, s.end), _LOWER_JOINED.match(text, s.end)):
            if m is None or covered.covers(m.start(1)):
                continue
            word = m.group(1)
            if len(word) < 3 or names.is_function_word(word) or lexicon.is_word(word) \
                    or lexicon.is_compound_word(word) or word.capitalize() in ABBREVIATIONS:
                continue
            if (frequency.zipf_sv(word) >= 2.0 or frequency.zipf_en(word) >= 3.0) \
                    and not names.is_listed_person(word.capitalize(), ("surname",)):
                continue  # (but "siriporn jansson": a listed surname, however common)
            out.append(Suggestion(m.start(1), m.end(1), PERSON, word, PROPAGATED, 0.5))
            break
        # "saga lindgren", "dag ekholm": a listed first name, even one that is a word, before
        # a surname found in lower case
        m = _LOWER_PREV.search(text, max(0, s.start - 25), s.start)
        if m is not None and not covered.covers(m.start(1)):
            word = m.group(1)
            hit = names.lookup(word.capitalize())
            surname = names.lookup(s.text.capitalize())
            listed = hit is not None and hit.kind == "first" and surname is not None \
                and surname.kind == "surname"
            # "aco petrović": a word no text uses before a surname that only a surname ends so
            shaped = not listed and s.text.endswith(_SHAPED_SURNAME) and len(word) >= 3 \
                and not lexicon.is_word(word) and not lexicon.is_compound_word(word) \
                and frequency.zipf_sv(word) < 1.5 and frequency.zipf_en(word) < 3.0
            if (listed or shaped) and not names.is_function_word(word) \
                    and context.word_before(text, m.start(1)) not in context.ARTICLES \
                    and not word_uses.greeted(text, m.start(1), m.end(1)):  # "selam millet"
                out.append(Suggestion(m.start(1), m.end(1), PERSON, word, PROPAGATED, 0.5))
    return out


_SHAPED_SURNAME = (*STRONG_SURNAME_ENDINGS, *BALKAN_SURNAME_ENDINGS)
_LOWER_NEXT = re.compile(rf" ([{LOW}][{L}]+)(?![{L}\d@])")
_LOWER_PREV = re.compile(rf"(?<![{L}\d@.])([{LOW}][{L}]+) $")
_LOWER_JOINED = re.compile(rf"(?: och|,) ([{LOW}][{L}]+)(?![{L}\d@])")


@lru_cache(maxsize=1)
def _lower_places() -> frozenset[str]:
    """Listed places in lower case that no Swedish text uses as words."""
    out = set()
    for place in names.places():
        low = place.lower()
        if len(low) < 4 or not low.isalpha() or lexicon.is_word(low):
            continue
        en = frequency.zipf_en(low)
        if en < 3.5 or en < 4.0 and frequency.zipf_sv(low) >= en - 1.0 \
                and not names.is_listed_person(place, word_like_too=True):
            out.add(low)  # (a city Swedish writes of as often: "i nairobi", "i oslo", where
            # "reading", "bath" are English words)
    return frozenset(out) | CITY_SHORT_FORMS


# the short forms notes write for Swedish cities: "bor i gbg", "möte i sthlm", "fr jkpg"
CITY_SHORT_FORMS = frozenset("gbg sthlm sthm jkpg nkpg lkpg hbg vbg ksd".split())


def lower_listed_places(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A listed place written in lower case after "i", "från" or "till" ("i hjällbo",
    "från tuzla", "till göteborg")."""
    places = _lower_places()
    covered = Coverage(found)
    out = []
    for m in _LOWER_AFTER_PREPOSITION.finditer(text):
        word = m.group(1)
        if word in places and not covered.covers(m.start(1)):
            out.append(Suggestion(m.start(1), m.end(1), PLACE, word, NAMES, 0.5))
    for m in _LOWER_PHONE_OF_A_PLACE.finditer(text) \
            if "nr" in text or "numme" in text or "numret" in text else ():
        # "mitt gamla stockholmsnummer", "göteborgsnr??": a number of a place's area code
        if m.group(1) in places and not covered.covers(m.start()):
            out.append(Suggestion(m.start(), m.end(), PLACE, m.group(0), NAMES, 0.5))
    for m in _LOWER_ROUTE.finditer(text):  # "båt visby–nynäshamn": both ends are places
        if m.group(1) in places and m.group(2) in places:
            for g in (1, 2):
                if not covered.covers(m.start(g)):
                    out.append(Suggestion(m.start(g), m.end(g), PLACE, m.group(g), NAMES, 0.5))
    return out


# "i hjällbo", "från tuzla", and in notes "fr mariupol", "flyttat t umeå"
_LOWER_AFTER_PREPOSITION = re.compile(rf"(?<![{L}])(?:i|från|fr\.?|till|t\.?|utanför|nära) "
                                      rf"([{LOW}][{LOW}]+)(?![{L}\d@])")
_LOWER_PHONE_OF_A_PLACE = re.compile(rf"(?<![{L}\-])([{LOW}]{{3,20}}?)s?(?:nummer|numret|nr)"
                                     rf"(?![{L}\d@\-])")
_LOWER_ROUTE = re.compile(rf"(?<![{L}\-])([{LOW}]{{3,}})[–—-]([{LOW}]{{3,}})(?![{L}\d@\-])")


def quoted_nicknames(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A by-name in quotes right after a person's name: 'Sven-Olof, "Svenne",', 'Per-Erik
    "Pelle" Nordin'."""
    out = []
    for person, m in people_followed_by(text, found, _QUOTED_AFTER, min_score=0.6):
        # (a capitalised word's weak guess is no reason to skip it: 'Zuzanna "Zuza"')
        word = m.group(1)
        if len(word) >= 2 and person.text.lower().startswith(word.lower()):
            out.append(Suggestion(m.start(1), m.end(1), PERSON, word, PROPAGATED, 0.6))
            continue  # 'somying saetang "som"': the first name's head, whatever the word
        if word[0].islower() and "(" not in m.group(0):
            continue  # 'faadumo nuur ("fado")' in notes; not 'Anna "boken"', 'hilja – "grindvakt"'
        if names.is_function_word(word) or lexicon.is_generic(word) or is_acronym(word) \
                or frequency.zipf_sv(word) >= 4.0:
            continue  # not 'Anna "Boken"': a title, a word ("Nalle" is a by-name)
        out.append(Suggestion(m.start(1), m.end(1), PERSON, word, PROPAGATED, 0.6))
    return out


_QUOTED_AFTER = re.compile(rf"(?:,| –| -| —)? \(?[\"”“'‘]([{L}][{L}\-]+)[\"”“'’]")  # (also
# 'Björn Ahlqvist – ”Nalle” bland kollegorna')


def aliases(text: str, found: list[Suggestion], tokens: list[CapToken]) -> list[Suggestion]:
    """A by-name the text explains by a first name ("Kuba, alltså Jakub", "Dule, egentligen
    Dušan") is that person wherever it stands capitalised, even when it is also a country or
    a word ("och Kuba fick börja", not "till Kuba")."""
    short_forms = set()
    for m in _ALIAS.finditer(text):
        short, full = m.group("short"), m.group("full")
        hit = names.lookup(full)
        if hit is not None and hit.kind == "first" and not hit.stop \
                and short != full and not names.is_function_word(short) \
                and (m.group("is") is None or short[:3] == full[:3]):
            short_forms.add(short)  # "Samme är Samir": a short form, by its letters
    short_forms |= _countries_named_as_people(text, found, tokens)
    if not short_forms:
        return []
    covered = Coverage(found)
    out = []
    for tok in tokens:
        if (tok.text in short_forms or names.strip_genitive(tok.text) in short_forms) \
                and not covered.covers(tok.start) and not _to_a_place(text, tok.start):
            out.append(Suggestion(tok.start, tok.end, PERSON, tok.text, PROPAGATED, 0.6))
    return out


# what a child does and a country does not: "Kuba satt hos mig", "Jordan grät"
_ACTS_AS_A_CHILD = frozenset("""satt sitter grät gråter skrattade skrattar ritade ritar lekte
leker sov sover log ler sprang springer pratade pratar kramade kramar""".split())


def _countries_named_as_people(text: str, found: list[Suggestion],
                               tokens: list[CapToken]) -> set[str]:
    """Countries the text uses as a person's by-name ("Kuba" for Jakub, "Jordan"): shown by a
    speaker's label on two lines or more, by kin or a gang after the genitive ("Kubas mamma",
    "Kubas gäng"), kin before ("mamman till Kuba"), a person joined to it ("Han och Kuba och
    Bohdan") or the full name set after it ("Kuba, Jakub Wójcik")."""
    countries = lexicon.countries()
    people = [s for s in found if s.type == PERSON and s.score >= 0.6]
    if not people:
        return set()
    starts = {s.start: s for s in people}
    ends = {s.end for s in people}
    out = set()
    for tok in tokens:
        if tok.text not in countries:
            continue
        if tok.label:
            if speaks_again(tok.text, text) \
                    and names.is_listed_person(tok.text, word_like_too=True):
                out.add(tok.text)  # "Kuba: Kuba, femton.": a country speaks for no one
            continue
        if _to_a_place(text, tok.start):
            continue  # "till Kuba", "från Jordan": the country (but "mamman till Kuba")
        base = names.strip_genitive(tok.text)
        if not names.is_listed_person(base, word_like_too=True):
            continue  # "Polen" is no one's name
        before = context.words_before(text, tok.start, 1)
        after = context.word_after(text, tok.end)
        nxt = re.match(r"(?:,| och) ", text[tok.end:tok.end + 5])
        joined_after = nxt is not None and tok.end + nxt.end() in starts and (
            nxt.group(0) == " och " or " " in starts[tok.end + nxt.end()].text)
        joined_before = any(text[e:tok.start] in (" och ", ", ") for e in
                            (tok.start - 5, tok.start - 2) if e in ends)
        if (base != tok.text and after in _GANG_AFTER) or before[:1] == ("till",) \
                or joined_after or joined_before or context.dislocated_subject(text, tok.end) \
                or context.role_apposition(text, tok.start) \
                or text.startswith((" och hans ", " och hennes ", " och hens "), tok.end) \
                or context.pronoun_follows(text, tok.end) \
                or _AGE_AFTER_COUNTRY.match(text, tok.end) \
                or context.grade_context(text, tok.end) or after in _ACTS_AS_A_CHILD:
            # ("Kuba i fyran, polsk familj", "Men Kuba satt hos mig varje dag")
            out.add(base)  # (also "Kuba, han går i min klass", "Min son, Kuba, var sex",
            # "Kuba och hans kompisar", "nu är Kuba där varje kväll, han hjälper till",
            # "Och Kuba är... femton?")
    return out


# an age said of it: "Kuba är... femton?", "Kuba är typ tolv"
_AGE_AFTER_COUNTRY = re.compile(rf" (?:är|var|fyller|fyllde)(?:\.\.\.|…)?"
                                rf"(?: (?:typ|nästan|snart|bara|redan))? (?i:{ages.NUMWORD})"
                                rf"(?![{L}])")


def _to_a_place(text: str, start: int) -> bool:
    """"till Kuba", "från Jordan": a preposition for a place before the word (but not
    "mamman till Kuba", "kompis till Jordan")."""
    before = context.words_before(text, start, 2)  # nearest first
    return bool(before) and before[0] in _TO_A_PLACE and not (
        before[0] == "till" and len(before) == 2 and _KIN_NOUN.fullmatch(before[1]))


_KIN_NOUN = re.compile(r"(?:mamm|papp|bror|syst|kompis|kusin|vän|flickvän|pojkvän)\w*")
_GANG_AFTER = context.KIN | frozenset("""föräldrar familj familjen kompis kompisar gäng gänget
lärare mentor bror syster""".split())


_ALIAS = re.compile(rf"(?<![{L}])(?P<short>[{UP}][{LOW}]+)(?:, (?:alltså|dvs\.?|egentligen|"
                    rf"det vill säga)|\. (?:Alltså|Dvs\.?|Egentligen)|(?P<is> är)) "
                    rf"(?P<full>[{UP}][{LOW}]+)(?![{L}])")  # ("Kuba. Alltså Jakub")
_TO_A_PLACE = frozenset("i till från in ut åt mot genom via".split())


# a by-name set off before the full first name it comes from: "och så musse, Mustafa, han är
# sjutton", "Och bodde, Bohdan, han är från Ukraina"
_SHORT_BEFORE_FULL = re.compile(rf"(?<![{L}])(?P<short>[{L}]{{2,}})(?:, |\. )"
                                rf"(?P<full>[{UP}][{LOW}]+)(?:,| alltså\b)")  # "Wiki. Wiktoria
# alltså", "Sunny, Sunniva, hon"


def set_off_short_forms(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A by-name right before the found first name it shortens, the name closed by a comma or
    an "alltså":
    the by-name is that person, in whatever case it is written and whatever word it also
    is."""
    people = {s.start for s in found if s.type == PERSON}
    covered = Coverage(found)
    out = []
    for m in _SHORT_BEFORE_FULL.finditer(text):
        short, full = m.group("short"), m.group("full")
        if m.start("full") not in people or covered.covers(m.start("short")) \
                or short.casefold()[:2] != full.casefold()[:2] \
                or short.casefold() == full.casefold() or len(short) > 7 \
                or names.is_function_word(short) \
                or role_word(short) or frequency.zipf_sv(short) >= 5.0 \
                or not names.is_listed_person(full, ("first",)):  # not "Mamman, Malee,"
            # nor "hon sa, Saba, det är"
            continue
        out.append(Suggestion(m.start("short"), m.end("short"), PERSON, short, PROPAGATED, 0.5))
        if not lexicon.is_word(short.lower()):  # "Musse väntar", "edde musse bodde": the
            # by-name wherever the text uses it, when it is no word
            for again in re.finditer(re.escape(short), text, re.IGNORECASE):
                if again.start() != m.start("short") and not covered.covers(again.start()) \
                        and whole_word(text, again.start(), again.end()):
                    out.append(Suggestion(again.start(), again.end(), PERSON, again.group(0),
                                          PROPAGATED, 0.5))
    return out


def named_by_email(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A first name on the same line as the e-mail address it opens ("kontakta saga via
    saga.lundin@mossala.se"): the person the address belongs to, even a name that is a word
    too."""
    covered = Coverage(found)
    out = []
    for s in found:
        if s.type != EMAIL or "@" not in s.text:
            continue
        first = re.split(r"[._\-@]", s.text, maxsplit=1)[0]
        if len(first) < 2 or not first.isalpha() or not (
                names.is_first_name_in_any_case(first)
                or not lexicon.is_word(first.lower())):
            continue  # (not "info@", "eht.karrelyckan@")
        line_start = text.rfind("\n", 0, s.start) + 1
        low = text[line_start:s.start].lower()
        i = low.find(first.lower())
        while i >= 0:
            at = line_start + i
            if whole_word(text, at, at + len(first)) and not covered.covers(at) \
                    and not text[at:at + len(first)].isupper():
                word = text[at:at + len(first)]
                out.append(Suggestion(at, at + len(first), PERSON, word, PROPAGATED, 0.6))
            i = low.find(first.lower(), i + 1)
    return out


# "musse + morre", "dino + juni", "Hind + Rania", "Omid/Zarmina/Faadumo": names joined by a
# plus or a slash in notes
_JOINED = re.compile(rf"(?<![{L}\d/])[{L}]{{2,}}(?:(?: \+ |/)[{L}]{{2,}})+(?![{L}\d/])")
_JOINED_WORD = re.compile(rf"[{L}]{{2,}}")


def joined_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A word joined by " + " or "/" to a found person, in notes, is a person too: a word no
    lexicon knows, or a listed first name ("dino + juni"); not kin, a role, a number or another
    word ("mamma + pappa", "två", "Al-Jaburi + samtycken", "Anna/rektorn")."""
    if " + " not in text and "/" not in text:
        return []
    people = {(s.start, s.end) for s in found if s.type == PERSON}
    covered = Coverage(found)
    out = []
    for chain in _JOINED.finditer(text):
        words = list(_JOINED_WORD.finditer(text, chain.start(), chain.end()))
        if not any(w.span() in people for w in words):
            continue
        for w in words:
            word = w.group(0)
            if w.span() in people or covered.covers(w.start()) or names.is_function_word(word) \
                    or role_word(word) or word.lower() in ages.NUMBER_WORDS \
                    or lexicon.is_word(word.lower()) and not names.is_first_name_in_any_case(word):
                continue
            out.append(Suggestion(w.start(), w.end(), PERSON, word, PROPAGATED, 0.5))
    return out


# a name after a lower-case prefix and a hyphen: "bråk-Lirre", "lill-Ahmed", "stor-Anna"
_PREFIXED_NAME = re.compile(rf"(?<![{L}\-])[{LOW}]{{2,}}-(?P<name>[{UP}][{LOW}]+)(?![{L}\-])")


# (the particles a capitalised token may open with, and those of European names)
_PARTICLES = frozenset(PARTICLES) | context.NAME_PARTICLES | {"abd", "der", "den", "de", "la",
                                                               "le"}


def prefixed_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A by-name made of a word, a hyphen and a name ("bråk-Lirre"): the whole word is the
    person, when the name is a listed first name, a person found or no word at all."""
    if "-" not in text:
        return []
    people = {s.text for s in found if s.type == PERSON}
    covered = Coverage(found)
    out = []
    for m in _PREFIXED_NAME.finditer(text):
        name = m.group("name")
        if m.group(0).split("-")[0] in _PARTICLES:
            continue  # "al-Fitr", "el-Sayed", "ibn-Rushd": a particle, the name's own part
        if covered.covers(m.start()) or lexicon.is_generic(name) \
                or institutions.is_authority(name) or names.is_function_word(name) \
                or context.closed_class(name):
            continue
        if name in people or names.is_listed_person(name, ("first",)) \
                or not (lexicon.is_word(name.lower()) or lexicon.is_compound_word(name)):
            out.append(Suggestion(m.start(), m.end(), PERSON, m.group(0), PROPAGATED, 0.5))
    return out


# "Kaitasuvanto IF (KIF)", "Hyttängens fritidsgård (HFG)": a short form given in brackets
_SHORT_FORM_IN_BRACKETS = re.compile(rf" \((?P<short>[{UP}]{{2,6}})\)")


def acronyms_of_bodies(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A body's short form defined in brackets after its found name ("Kaitasuvanto IF
    (KIF)") is that body wherever the text uses it ("Jouni i KIF")."""
    bodies = {}
    for s in found:
        if s.type not in (WORKPLACE, SCHOOL, ORGANISATION):
            continue
        m = _SHORT_FORM_IN_BRACKETS.match(text, s.end)
        if m is not None and m.group("short")[0] == s.text[0] \
                and not lexicon.is_generic(m.group("short")):
            bodies[m.group("short")] = s.type
    if not bodies:
        return []
    covered = Coverage(found)
    finder = re.compile(rf"(?<![{L}\d])(?:{'|'.join(map(re.escape, bodies))})(?![{L}\d])")
    return [Suggestion(m.start(), m.end(), bodies[m.group(0)], m.group(0), PROPAGATED, 0.6)
            for m in finder.finditer(text) if not covered.covers(m.start())]
