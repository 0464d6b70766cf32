"""One type for one name through a text: a name the text shows doing what people do is a
person throughout ("Filmon svarade" … "med Filmon"), one an institution noun stands beside is
that institution throughout ("fritidsgården Revontuli"), a list holds one kind of thing
("Glimsta, Sjöbyle och Bastbo"), and the type a text gives a name most often wins. The
detector calls ``consistent_types`` on a text's suggestions after ``retype`` on each."""
from __future__ import annotations

import re

from . import context, institutions, names, nicknames, places
from .groups import GROUP_TAILS
from .letters import L
from .suggestions import CAPITAL, KNOWN, PERSON, PLACE, SCHOOL, WORKPLACE, Suggestion
from .typing_rules import infer_type

# kin after a genitive: "Kubas mamma" is a boy's mother, whatever else Kuba names
KIN_AFTER = context.KIN | frozenset("""föräldrar familj kompis kompisar lärare kusin kusiner
lillebror lillasyster storebror storasyster flickvän pojkvän sambo födelsedag födelsedagskalas
namnsdag personnummer samordningsnummer mobil mobilnummer telefonnummer""".split())


# words after a name that only a person does or has: "Filmon svarade", "Filmons mamma"
_PERSON_AFTER = context.SPEECH_VERBS | frozenset(
    """svarade svarar pratade pratar sov sover spelar spelade grät gråter skrattade skrattar
    mår mådde heter hette fyller fyllde körde ringde hjälpte skrev bor bodde tycker tyckte
    tänkte""".split())
_PRONOUNS = frozenset("jag du han hon hen vi ni de dom man".split())


def consistent_types(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """One type for one name in a text. A one-word name typed a place somewhere is a person
    throughout when the text shows it doing what people do ("Filmon svarade", "Filmons
    mamma", "kusin Taras", "Aga:", "Taras B.") and never puts it where places are ("i X",
    "från X"); a gazetteer or a name's ending ("-mon", "Tara") is weaker evidence than that."""
    person, place = set(), set()
    for s in found:
        if s.type == PERSON and ", " in s.text and s.score >= 0.9:
            person.update(w.lower() for w in s.text.split(", "))  # "Aydın, Nilüfer   0:55"
        if s.type not in (PERSON, PLACE) or " " in s.text or s.source.startswith(KNOWN):
            continue
        key = names.strip_genitive(s.text).lower()
        if places.place_context(text, s.start) or places.place_noun_after(text, s.end):
            place.add(key)
        elif (context.word_after(text, s.end) in _PERSON_AFTER
              and _second_word_after(text, s.end) not in _PRONOUNS
              and context.word_before(text, s.start) not in AT_A_PLACE) \
                or (s.text.endswith("s") and context.word_after(text, s.end) in KIN_AFTER) \
                or context.word_before(text, s.start) in context.KIN_AND_TITLES \
                or context.word_before(text, s.start) in context.NAMING_VERBS \
                or context.surname_initial_after(text, s.end) \
                or nicknames.is_linked_short_form(text, s.start, s.end,
                                                  context.word_before(text, s.start)) \
                or text[s.end:s.end + 1] == ":" and text[s.start - 1:s.start] in ("", "\n"):
            person.add(key)
    people = person - place
    found = _places_in_lists(text, _persons_by_majority(_bodies_throughout(text, found,
                                                                           person)))
    if not people:
        return found
    return [s.with_(type=PERSON) if s.type == PLACE and " " not in s.text
            and not s.source.startswith(KNOWN)
            and names.strip_genitive(s.text).lower() in people else s for s in found]


AT_A_PLACE = ("på", "vid")  # "Björn på Vålabo säger": Björn does


def _bodies_throughout(text: str, found: list[Suggestion], person: set[str]
                       ) -> list[Suggestion]:
    """A one-word name an institution noun stands beside somewhere ("fritidsgården
    Revontuli", "Iftin, den somaliska föräldraföreningen") is that institution throughout the
    text, unless the text shows it doing what people do ("Revontuli" guessed a person
    elsewhere only for want of a clue)."""
    bodies: dict[str, str] = {}
    for s in found:
        if s.type in (WORKPLACE, SCHOOL) and " " not in s.text \
                and not s.source.startswith(KNOWN) and _named_as_a_body(text, s):
            bodies[names.strip_genitive(s.text).lower()] = s.type
    if not bodies:
        return found
    out = []
    for s in found:
        key = names.strip_genitive(s.text).lower()
        if s.type == PERSON and " " not in s.text and key in bodies and key not in person \
                and not s.source.startswith(KNOWN) \
                and not names.is_listed_person(names.strip_genitive(s.text), ("first",)):
            s = s.with_(type=bodies[key])
        out.append(s)
    return out


_BODIES = ("föreningen", "förbundet", "moskén", "kyrkan", "församlingen", "fritidsgården",
           "bostadsbolaget")


def _named_as_a_body(text: str, s: Suggestion) -> bool:
    """The noun right before ("fritidsgården Revontuli") or set off after ("Iftin, den
    somaliska föräldraföreningen"); not a role's holder after a comma ("i skolan, Faduma")."""
    noun = institutions.after_institution_noun(text, s.start)
    if noun is not None and (text[s.start - 2:s.start] != ", " or noun.endswith(_BODIES)):
        return True  # (after a comma only a body's noun: "moskéföreningen, Al-Huda")
    return text[s.end:s.end + 2] == ", " \
        and institutions.institution_apposition(text, s.start, s.end) is not None


_LIST_JOIN = (" och ", " eller ", ", ")


def _places_in_lists(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """One-word names joined into a list ("Glimsta, Sjöbyle och Bastbo", "i Tornbacken och
    Lövås", "från Stensnäs, Grönhult, Kåraboda") with a sure place among them and no person
    a list or the model found: the capital rule's guessed people in it are places too, a
    list holds one kind of thing. Two names make a list only when "och" or "eller" joins
    them, not an apposition's comma ("en kusin i Frankfurt, Nahom,")."""
    one_word = sorted((s for s in found if " " not in s.text), key=lambda s: s.start)
    runs, run = [], []
    for s in one_word:
        if run and text[run[-1].end:s.start] in _LIST_JOIN:
            run.append(s)
        else:
            runs.append(run)
            run = [s]
    runs.append(run)
    change = set()
    for run in runs:
        if len(run) < 2 or len(run) == 2 and text[run[0].end:run[1].start] == ", " \
                or any(n.type == PERSON and n.source != CAPITAL for n in run) \
                or not any(n.type == PLACE and (n.source != CAPITAL
                                               or infer_type(n.text, "?") == PLACE)
                           for n in run):
            continue
        change |= {n.start for n in run if n.type == PERSON and "-" not in n.text
                   and not n.text.lower().endswith(GROUP_TAILS)
                   and context.word_after(text, n.end) not in ("från", "på", "som")}
    if not change:
        return found
    return [s.with_(type=PLACE) if s.start in change and " " not in s.text else s
            for s in found]


def _persons_by_majority(found: list[Suggestion]) -> list[Suggestion]:
    """A one-word name the capital rule made an institution once by the noun before it
    ("jobbar på skolan, Deeqa") is a person when the text makes it a person more often."""
    votes: dict[str, list[int]] = {}
    for s in found:
        if " " not in s.text and s.type in (PERSON, SCHOOL, WORKPLACE):
            votes.setdefault(s.text, [0, 0])[s.type != PERSON] += 1
    return [s.with_(type=PERSON) if s.type in (SCHOOL, WORKPLACE) and " " not in s.text
            and s.source == CAPITAL and infer_type(s.text, "?") == "?"
            and votes[s.text][0] > votes[s.text][1] else s for s in found]


def _second_word_after(text: str, end: int) -> str:
    """"vi" in "Rojava säger vi": the verb's subject when the name is its object."""
    m = _TWO_WORDS_AFTER.match(text, end)
    return m.group(1).lower() if m else ""


_TWO_WORDS_AFTER = re.compile(rf"[ \t]+[{L}]+[ \t]+([{L}]+)")
