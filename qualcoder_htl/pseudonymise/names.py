"""Swedish first names, surnames and place names, with a stop-list and inflection.

First names and surnames come from Faker's person providers of every Latin-script locale
(Swedish, Bosnian, Croatian, Polish, Turkish, Arabic and Persian in Latin letters, Somali,
Finnish, ...), places from GeoNames; both are prepared in ``resources/lexicon`` by the scripts
there. A missing list stops detection with a clear error; it never runs silently weaker.
Names that are also ordinary words (Dag, Hans, Inga, Bo, Lisa, Sten, Berg, ...) are on a
stop-list: they count as names only when the text shows it (capitalised inside a sentence,
followed by a surname or a verb, or a name elsewhere in the project).

Swedish inflects names: genitive ``Annas``, ``Jonas'``, ``SFI:s``; places take definite forms
and enter compounds (``Tjärnaskolans``). ``base_forms`` gives the forms to look up.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from . import frequency, lexicon
from .lists import read_list

# Names that are also common Swedish words. The computed part (every listed name whose lower-
# case form is an ordinary word) is added in ``stop_list()``.
STOP_LIST_BASE = frozenset("""
Dag Hans Inga Bo Lisa Sten Berg Ek Holm Lund Palm Falk Blom Strand Bäck Björk Alm Asp
Eva Karl Klara Linda Rut Saga Sam Sander Vide Viking Tom Max Mark Ann Ben Bill Dan Del Frank
Fred Jack Kim Liv Lo Love My Rosa Stig Svea Tim Tina Tuva Urban Viola Vera Hall Hammar Nord
Stark Storm Ström Skog Frid Lilja Rask Modig Flink Frisk Kvist Lind Malm Sköld Svärd Brink
Green Gren Hjort Hult Kling Ljung Lönn Strid Borg Fors Jarl Juni Junior Maj Mina Ola Sol
""".split())

# Common Swedish words that start sentences; never taken as names at a sentence start.
FUNCTION_WORDS = frozenset("""
å dä dom og
jag du han hon hen vi ni de dom den det detta dessa man en ett och men eller så att som när
där då om för med på i av till från hos vid under över efter innan ja nej nä jo mm eh öh
okej alltså liksom typ nu sen sedan här hur vad vem vilka vilken varför vart var inte också
bara just kanske visst nog ju väl precis absolut exakt klart alla allt inga ingen inget
någon något några mycket lite mer mest många fler flera hans hennes deras vår våra min mina
din dina sin sina er era dess mitt ditt sitt vårt ert
""".split())


@dataclass(frozen=True)
class NameHit:
    kind: str  # "first", "surname", "place"
    base: str  # the listed form ("Anna" for "Annas")
    suffix: str  # what inflection added ("s", "", ":s", "'")
    gender: str | None  # "f", "m" or None
    stop: bool  # also an ordinary word: needs evidence


@dataclass(frozen=True)
class _Lists:
    sv_female: frozenset[str]
    sv_male: frozenset[str]
    sv_surnames: frozenset[str]
    female: frozenset[str]  # every origin
    male: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]
    sv_nicknames: frozenset[str]  # "Bosse", "Micke": Swedish, but never a surrogate


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    with _lock:
        sets: dict[str, set[str]] = {k: set() for k in
                                     ("svf", "svm", "svl", "f", "m", "l", "svn")}
        for line in read_list("names.tsv.gz"):
            name, kind, gender, origin, sv_genders = line.split("\t")
            if kind == "surname":
                sets["l"].add(name)
                if origin == "sv":
                    sets["svl"].add(name)
                continue
            if gender in ("f", "-"):
                sets["f"].add(name)
            if gender in ("m", "-"):
                sets["m"].add(name)
            if "f" in sv_genders:
                sets["svf"].add(name)
            if "m" in sv_genders:
                sets["svm"].add(name)
        for line in read_list("first_names_sv_extra.txt"):
            name, gender = line.split("\t")
            for key in {"f": ("svf", "f"), "m": ("svm", "m")}.get(gender, ("f", "m")):
                sets[key].add(name)
        for line in read_list("first_names_extra.txt"):  # "Shirin", "Hodan", "Rêbaz"
            name, gender = line.split("\t")
            for key in {"f": ("f",), "m": ("m",)}.get(gender, ("f", "m")):
                sets[key].add(name)
        for line in read_list("first_names_sv_nicknames.txt"):  # "Bosse", "Kicki"
            name, gender = line.split("\t")
            sets["svn"].add(name)
            sets["f" if gender == "f" else "m"].add(name)
        sets["l"].update(read_list("surnames_extra.txt"))  # "Çelik", "Somby", "Kovačević"
        return _Lists(*(frozenset(sets[k]) for k in ("svf", "svm", "svl", "f", "m", "l")),
                      frozenset(read_list("places.txt")), frozenset(sets["svn"]))


def first_names_female() -> frozenset[str]:
    """Swedish female first names (the pool for surrogates)."""
    return _lists().sv_female


def first_names_male() -> frozenset[str]:
    return _lists().sv_male


def surnames() -> frozenset[str]:
    """Swedish surnames (the pool for surrogates)."""
    return _lists().sv_surnames


def first_names_all() -> frozenset[str]:
    """First names of every origin (the detection lists; the Swedish ones are the pools)."""
    lists = _lists()
    return lists.female | lists.male


def surnames_all() -> frozenset[str]:
    return _lists().surnames


def places() -> frozenset[str]:
    return _lists().places


@lru_cache(maxsize=1)
def stop_list() -> frozenset[str]:
    """Listed names that are also ordinary Swedish words (or common English words, for names
    from other languages' lists): they count as names only with evidence."""
    lists = _lists()
    common = lexicon.words()
    people = lists.female | lists.male | lists.surnames
    swedish = lists.sv_female | lists.sv_male | lists.sv_surnames
    computed = {n for n in people | lists.places if n.lower() in common}
    common_english = frequency.words_at_least(5.0, "en")
    english = {n for n in people - swedish if n.lower() in common_english}
    return frozenset(STOP_LIST_BASE | computed | english)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str | None]]:
    lists = _lists()
    index: dict[str, tuple[str, str | None]] = {}
    for n in lists.places:
        index[n] = ("place", None)
    for n in lists.surnames:
        index[n] = ("surname", None)
    for n in lists.female | lists.male:
        if index.get(n, ("",))[0] == "place" and _a_well_known_place(n):
            continue  # "Kalmar", "Boston": the town, not a first name of another country's
        both = n in lists.female and n in lists.male
        index[n] = ("first", None if both else ("f" if n in lists.female else "m"))
    for n in lists.sv_female | lists.sv_male:  # the Swedish lists decide a name's gender
        both = n in lists.sv_female and n in lists.sv_male
        index[n] = ("first", None if both else ("f" if n in lists.sv_female else "m"))
    return index


def _a_well_known_place(name: str) -> bool:
    """A listed place that Swedish text names often and that is no Swedish word or Swedish
    first name: read as the place even where another country's list has it as a first name."""
    lists = _lists()
    return len(name) > 3 and name not in lists.sv_female and name not in lists.sv_male \
        and frequency.zipf_sv(name) >= 4.0 and not lexicon.is_word(name.lower())


def load() -> None:
    """Read the lists now (detection does it on first use)."""
    _index()
    stop_list()


def base_forms(token: str) -> list[tuple[str, str]]:
    """(base, suffix) pairs to look up for an inflected token, the token itself first."""
    out = [(token, "")]
    if token.endswith(("'", "’")):
        out.append((token[:-1], token[-1]))
    elif token.endswith((":s", ":n")):
        out.append((token[:-2], token[-2:]))
    elif token.endswith("s") and len(token) > 3:
        out.append((token[:-1], "s"))
    return out


@lru_cache(maxsize=100_000)
def strip_genitive(word: str) -> str:
    """``word`` without the inflection ``base_forms`` strips ("Annas" → "Anna", "SFI:s" →
    "SFI"); the word itself when there is none."""
    forms = base_forms(word)
    return forms[1][0] if len(forms) > 1 else word


@lru_cache(maxsize=100_000)
def lookup(token: str) -> NameHit | None:
    """A listed name in ``token`` (inflected forms included), or None. A Swedish-list name
    wins over another list's ("Annas" is Anna's, not the Greek name Annas)."""
    index = _index()
    swedish = _swedish()
    stops = stop_list()
    hits = []
    for base, suffix in base_forms(token):
        hit = index.get(base)
        if hit is None and base.isupper() and len(base) > 2:
            hit = index.get(base.capitalize())
            base = base.capitalize() if hit else base
        if hit:
            hits.append((base in swedish, -len(hits), base, suffix, hit))
    if not hits:
        return None
    _, _, base, suffix, (kind, gender) = max(hits)
    if suffix and lexicon.is_word(token):
        exact = [h for h in hits if not h[3]]
        if not exact:
            return None  # "Annars", "Dels": the word, not the genitive of a name "Annar", "Del"
        _, _, base, suffix, (kind, gender) = max(exact)  # "Taras" itself, not Tara's
    return NameHit(kind, base, suffix, gender, base in stops)


def is_listed_person(token: str, kinds: tuple[str, ...] = ("first", "surname"),
                     word_like_too: bool = False) -> bool:
    """Whether a list knows ``token`` as a person's name of one of ``kinds``; a name that is
    also a common word ("Ros", "Sky": on the stop list) only with ``word_like_too``."""
    hit = lookup(token)
    return hit is not None and hit.kind in kinds and (word_like_too or not hit.stop)


def is_first_name_in_any_case(word: str) -> bool:
    """A listed first name, also one that is a common word, however the text cases it
    ("saga" and "SAGA" for "Saga"): what notes in lower case are searched for."""
    return is_listed_person(word.capitalize(), ("first",), word_like_too=True)


def is_swedish_person_name(name: str) -> bool:
    lists = _lists()
    return name in lists.sv_female or name in lists.sv_male or name in lists.sv_surnames \
        or name in lists.sv_nicknames


@lru_cache(maxsize=1)
def _swedish() -> frozenset[str]:
    lists = _lists()
    return lists.sv_female | lists.sv_male | lists.sv_surnames | lists.places


def gender_of(first_name: str) -> str | None:
    hit = lookup(first_name)
    return hit.gender if hit and hit.kind == "first" else None


def is_function_word(token: str) -> bool:
    return token.lower() in FUNCTION_WORDS
