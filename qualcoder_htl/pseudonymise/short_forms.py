"""Names cut short, found from the full names the text or the project has: the initials of
a double first name ("PO" for Per-Olof), a short form typed in a quoted message ("jalle" where
Jalal is found) or set off before the full name ("Aga, Agnieszka Żółtowska"), a place's or a
school's name cut short in notes ("raukb" for Raukbacken), and a school's initials ("hbs" for
Hyttbackens skola)."""
from __future__ import annotations

import re

from . import context, frequency, lexicon, names
from .letters import LOW, UP, L, lower_words
from .lower_notes import LOWER_TOKEN
from .propagation import Coverage, per_forms
from .suggestions import PERSON, PLACE, PROPAGATED, SCHOOL, WORKPLACE, Suggestion

_DOUBLE_NAME = re.compile(rf"(?<![{L}])([{UP}])[{LOW}]+-([{UP}])[{LOW}]+(?![{L}])")


def initials_of_double_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """"PO" for Per-Olof, "KG" for Karl-Gustav: the capitals of a double first name that the
    text names a person by, said as a short form ("Hüseyin: PO. Vi säger PO."). Only for a
    found person's double name, and never as a speaker label (initials label speakers)."""
    covered = Coverage(found)
    pairs = set()
    for s in found:
        if s.type != PERSON:
            continue
        for m in _DOUBLE_NAME.finditer(s.text):
            first, second = m.group(0).split("-")
            if all((hit := names.lookup(part)) is not None and hit.kind == "first"
                   for part in (first, second)):
                pairs.add(m.group(1) + m.group(2))
    out = []
    for short in pairs:
        for m in re.finditer(rf"(?<![\w.]){short}(?![\w:]|\.\w)", text):
            if not covered.covers(m.start()):
                out.append(Suggestion(m.start(), m.end(), PERSON, short, PROPAGATED, 0.6))
    return out


def doubled_short_forms(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A by-name made by saying a name's first syllable twice ("Jojo" for Jovanna, "Lolo" for
    Lovisa, "Didi" for Dijana), where the text names a person whose name begins so."""
    if not found:
        return []
    heads = {s.text[:2].casefold() for s in found
             if s.type == PERSON and len(s.text.split()[0]) > 4 and s.text[:1].isupper()}
    if not heads:
        return []
    covered = Coverage(found)
    out = []
    for m in _DOUBLED.finditer(text):
        word = m.group(0)
        head = word[:2].casefold()
        if head not in heads or head in _LAUGHTER or covered.covers(m.start()) \
                or word.lower() in context.KIN_AND_TITLES or word.lower() in _BABY_WORDS:
            continue  # "Baba, ont i magen": a child's word for her father
        if lexicon.is_word(word.lower()) and text[m.start() - 2:m.start()] != ", ":
            continue  # "Jojo, visst": the interjection opens a turn; "försökte, Jojo, det"
        out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.6))
    return out


_DOUBLED = re.compile(rf"(?<![{L}\-])([{UP}][{LOW}])(?i:\1)(?![{L}\-])")
_LAUGHTER = frozenset("ha he hi ho hö hä mm aa ja nä ne".split())
_BABY_WORDS = frozenset("mama papa dada nana baba bebe lala tata".split())


def lower_short_forms(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A lower-case word no lexicon knows that begins like a person found in the text, in a
    quoted message ("jalle tar med boll" where Jalal is found, "hevi har feber" beside
    Hevin): a short form typed the way chats are typed."""
    people = {s.text.split()[0].lower() for s in found
              if s.type == PERSON and s.score >= 0.5 and s.text[:1].isupper()}
    prefixes = {p[:3] for p in people if len(p) >= 4}
    if not prefixes:
        return []
    covered = Coverage(found)
    out = []
    for quote in _QUOTED.finditer(text):
        for m in LOWER_TOKEN.finditer(text, quote.start(1), quote.end(1)):
            word = m.group(0)
            if word[:3] not in prefixes or word in people or covered.covers(m.start()) \
                    or len(word) < 4 or lexicon.is_word(word) or lexicon.is_compound_word(word) \
                    or frequency.zipf_sv(word) >= 1.0 or frequency.zipf_en(word) >= 2.0:
                continue
            out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.5))
    return out


_QUOTED = re.compile(r"[\"”“]([^\"”“\n]{1,300})[\"”“]")


def bracketed_full_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A short form in lower case before the full name in brackets, in notes: "qani
    (abdiqani)", "ifra + qani (abdiqani)" where the full name was found: a part of its
    letters, no word; or its first letters before a whole name ("aga (agnieszka
    szczepańska)")."""
    shorts = list(_BEFORE_BRACKETED_NAME.finditer(text)) if "(" in text else []
    if not shorts:
        return []
    people = Coverage([s for s in found if s.type == PERSON])
    covered = Coverage(found)
    out = []
    for m in shorts:
        short, full = m.group(1), m.group(2).lower()
        if covered.covers(m.start(1)) or not people.covers(m.start(2)) or short == full:
            continue
        # a part of the name's letters, no word; or its first letters before a whole name
        # ("aga (agnieszka szczepańska)"), a word too but no kin or role
        if not (short in full and not lexicon.is_word(short)
                or m.group(3) and short[:2] == full[:2] and len(short) < len(full)
                and not names.is_function_word(short) and short not in context.KIN_AND_TITLES):
            continue
        out.append(Suggestion(m.start(1), m.end(1), PERSON, short, PROPAGATED, 0.5))
    return out


def short_forms_before_full_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A short form set off before the full name it shares its first letters with: "Aga,
    Agnieszka Żółtowska, på vuxenutbildningen", "Patte liksom, Patrik Öhman" (not "Men,
    Mehmet Öztürk sa": a function word; not kin or a title)."""
    people = {s.start: s for s in found if s.type == PERSON and " " in s.text}
    if not people:
        return []
    covered = Coverage(found)
    out = []
    for m in _SET_OFF_BEFORE.finditer(text):
        short, person = m.group(1), people.get(m.end())
        if person is None or covered.covers(m.start(1)) \
                or person.text[:2].lower() != short[:2].lower() or len(short) >= len(
                    person.text.split()[0]) or names.is_function_word(short) \
                or short.lower() in context.KIN_AND_TITLES or lexicon.is_generic(short):
            continue
        out.append(Suggestion(m.start(1), m.end(1), PERSON, short, PROPAGATED, 0.6))
    return out


_SET_OFF_BEFORE = re.compile(rf"(?<![{L}])([{UP}][{LOW}]{{1,8}})(?:,| liksom,| alltså,?) ")
_BEFORE_BRACKETED_NAME = re.compile(rf"(?<![{L}])([{LOW}]{{3,15}}) \(([{L}]{{4,30}})"
                                    rf"( [{L}\-]{{2,30}})?\)")


def abbreviated_names(text: str, found: list[Suggestion], forms: dict[str, str]
                      ) -> list[Suggestion]:
    """Notes that cut a place's or a school's name short ("möte htl-team raukb", "på ugnsv"
    where Raukbacken and Ugnsviken are found): a lower-case word no text uses that begins
    exactly one kind of name found, and is at least four letters and two short of it; and a
    person's name cut short with a capital, even where it is an English word ("Semi" where
    Semira was found)."""
    out = _first_names_cut_short(text, found, forms) + _school_initials(text, found, forms) \
        + _school_nicknames(text, found, forms)
    prefixes = _prefixes_of(forms)
    if not prefixes:
        return out
    if prefixes.keys().isdisjoint(lower_words(text)):  # (every abbreviation is one of them)
        return out  # no word of the text begins a name found (most texts)
    covered = Coverage(found)
    for m in _ABBREVIATION.finditer(text):
        word = m.group(0)
        typ = prefixes.get(word)
        if typ is None or covered.covers(m.start()) or word in _NO_ABBREVIATION \
                or lexicon.is_word(word) \
                or lexicon.is_compound_word(word) or frequency.zipf_sv(word) >= 2.0 \
                or names.lookup(word.capitalize()) is not None:
            continue
        out.append(Suggestion(m.start(), m.end(), typ, word, PROPAGATED, 0.5))
    return out


def _first_names_cut_short(text: str, found: list[Suggestion], forms: dict[str, str]
                           ) -> list[Suggestion]:
    """A capitalised word that begins a person's first name found and is two or more letters
    short of it ("Semi" of Semira, "Jova" of Jovana), no Swedish word and no other name."""
    prefixes = _person_prefixes(forms)
    if not prefixes:
        return []
    covered = Coverage(found)
    out = []
    for m in _CAPITALISED_WORD.finditer(text):
        word = m.group(0)
        if word not in prefixes:
            continue
        if covered.covers(m.start()) or lexicon.is_word(word.lower()) \
                or names.lookup(word) is not None or frequency.zipf_sv(word.lower()) >= 3.6:
            continue
        out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.6))
    return out


@per_forms
def _person_prefixes(forms: dict[str, str]) -> frozenset[str]:
    """The beginnings (four letters or more, two short of the whole at least) of
    the first names in ``forms`` that no other name in it shares: of a listed first
    name, or two letters short of a first word of a full name found ("Semi" of "Semira
    Tesfamariam")."""
    starts: dict[str, set[str]] = {}
    firsts = {f.split()[0] for f, typ in forms.items() if typ == PERSON and " " in f}
    for form, typ in forms.items():
        if typ == PERSON and " " not in form and form[:1].isupper() and form[1:].islower() \
                and not lexicon.is_word(form.lower()):
            listed = names.is_listed_person(form, ("first",))  # (or only two letters cut:
            for n in range(4, len(form) - 1):  # not "Wolt" of "Wolters Kluwer", a publisher)
                if listed or form in firsts and n == len(form) - 2:
                    starts.setdefault(form[:n], set()).add(form)
    return frozenset(p for p, whole in starts.items() if len(whole) == 1 and p not in forms)


# a capitalised word, whole (not before a hyphen, an apostrophe or a colon)
_CAPITALISED_WORD = re.compile(rf"(?<![{L}\-])[{UP}][{L}]{{3,}}(?![{L}\-'’:])")


# a short lower-case word (not "raukb" inside "raukbacken"); weekdays and months cut short
# ("tors", "sept") are no places
_ABBREVIATION = re.compile(rf"(?<![{L}\d@.\-])[{LOW}][{LOW}]{{3,7}}(?![{L}\d@\-]|\.[{L}\d])")
_NO_ABBREVIATION = frozenset("mån tis ons tors fre lör sön mars sept juni juli".split())
_PLACE_KINDS = (PLACE, SCHOOL, WORKPLACE)


@per_forms
def _prefixes_of(forms: dict[str, str]) -> dict[str, str]:
    """{prefix: type} of the place, school and workplace names in ``forms``; a prefix two
    kinds share is the place's (a school named after its neighbourhood: "ugnsv" of Ugnsviken
    and Ugnsvikskolan), or left out."""
    out: dict[str, set[str]] = {}
    for form, typ in forms.items():
        if typ not in _PLACE_KINDS or not form[:1].isupper() or " " in form:
            continue
        low = form.lower()
        for n in range(4, min(8, len(low) - 2) + 1):
            out.setdefault(low[:n], set()).add(typ)
    return {p: next(iter(kinds)) if len(kinds) == 1 else PLACE
            for p, kinds in out.items() if len(kinds) == 1 or PLACE in kinds}


def _school_initials(text: str, found: list[Suggestion], forms: dict[str, str]
                     ) -> list[Suggestion]:
    """A school's initials, as staff write them in notes and chats: "hbs" or "HBS" for
    Hyttbackens skola, "khs" for Kärrhagsskolan, "tms" for Tjädermossens skola (the two
    words of the name's first part, then the school), where no other school of the project
    has the same initials and the three letters are no word."""
    initials = _initials_of_schools(forms)
    if not initials:
        return []
    covered = Coverage(found)
    return [Suggestion(m.start(), m.end(), SCHOOL, m.group(0), PROPAGATED, 0.5)
            for m in _THREE_LETTERS.finditer(text)
            if m.group(0).lower() in initials and not covered.covers(m.start())]


def _school_nicknames(text: str, found: list[Suggestion], forms: dict[str, str]
                      ) -> list[Suggestion]:
    """A school's nickname, the first part of its name and "-is" ("Tjärnis" for
    Tjärnhöjdsskolan, "slaggis" for Slagghöjdens skola), no word and no listed first name; typed a
    school over a person or a place found there."""
    if "is" not in text:
        return []
    schools = _school_forms(forms)
    if not schools:
        return []
    named = Coverage([s for s in found if s.type not in (PERSON, PLACE)])
    out = []
    for m in _NICKNAME.finditer(text):
        word, stem = m.group(0), m.group(1).lower()
        if any(school.startswith(stem) for school in schools) and not named.covers(m.start()) \
                and context.word_before(text, m.start()) not in _IN_AN_AREA \
                and not lexicon.is_word(word.lower()) and frequency.zipf_sv(word.lower()) < 3.0 \
                and not names.is_listed_person(word.capitalize(), ("first",)):
            out.append(Suggestion(m.start(), m.end(), SCHOOL, word, PROPAGATED, 0.85))
    return out


_IN_AN_AREA = ("i", "från", "vid", "runt", "kring")  # "bor i Rönnis": the area's nickname
_NICKNAME = re.compile(rf"(?<![{L}\d@./\-_])([{L}][{LOW}]{{2,9}})is(?![{L}\d@\-_])")


@per_forms
def _school_forms(forms: dict[str, str]) -> tuple[str, ...]:
    """The schools' names, and the genitives a project keeps of "X skola" ("Kvarnängens")."""
    return tuple(form.lower() for form, typ in forms.items() if typ == SCHOOL
                 or typ == PLACE and form.endswith("s") and forms.get(form[:-1]) == PLACE)


_THREE_LETTERS = re.compile(rf"(?<![{L}\d@./\-_])(?:[{LOW}]{{3}}|[{UP}]{{3}})(?![{L}\d@\-_])")
_SCHOOL_HEADS = ("skolan", "skola")


@per_forms
def _initials_of_schools(forms: dict[str, str]) -> frozenset[str]:
    seen: dict[str, set[str]] = {}
    for form, typ in forms.items():
        words = form.split()
        if typ == SCHOOL and len(words) == 2 and words[1].lower() in _SCHOOL_HEADS:
            stem = words[0]
        elif typ == SCHOOL and len(words) == 1 and form.lower().endswith(_SCHOOL_HEADS):
            stem = form[:form.lower().rindex("skola")]
        elif typ == PLACE and len(words) == 1:
            stem = form  # "Hyttbacken", which a project keeps of "Hyttbackens skola"
        else:
            continue
        stem = stem.lower().removesuffix("s")
        halves = _two_words(stem)
        if halves:
            seen.setdefault(halves[0][0] + halves[1][0] + "s", set()).add(stem)
    return frozenset(i for i, schools in seen.items() if len(schools) == 1
                     and not lexicon.is_word(i) and i not in _NOT_INITIALS)


_NOT_INITIALS = frozenset("sms mms gps tvs abs".split())  # ("sms": a message; not a school's)


def _two_words(stem: str) -> tuple[str, str] | None:
    """A compound's two words ("hyttbacken": hytt, backen; "kärrhag": kärr, hag(e))."""
    for i in range(3, len(stem) - 2):
        a, b = stem[:i], stem[i:]
        if lexicon.is_word(a) and any(lexicon.is_word(w) for w in (b, b + "e", b + "en",
                                                                    b.removesuffix("s"))):
            return a, b
    return None
