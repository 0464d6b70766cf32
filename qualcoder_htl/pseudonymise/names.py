"""Swedish first names, surnames and place names, with a stop-list and inflection.

The lists come from Faker's sv_SE providers (first names by gender, surnames, cities), so the
project carries no name list of its own. Names that are also ordinary words (Dag, Hans, Inga,
Bo, Lisa, Sten, Berg, ...) are on a stop-list: they count as names only when the text shows it
(capitalised inside a sentence, or followed by a surname).

Swedish inflects names: genitive ``Annas``, ``Jonas'``, ``SFI:s``; places take definite forms
and enter compounds (``Tjärnaskolans``). ``base_forms`` gives the forms to look up.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

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
jag du han hon hen vi ni de dom den det detta dessa man en ett och men eller så att som när
där då om för med på i av till från hos vid under över efter innan ja nej nä jo mm eh öh
okej alltså liksom typ nu sen sedan här hur vad vem vilka vilken varför vart var inte också
bara just kanske visst nog ju väl precis absolut exakt klart alla allt inga ingen inget
någon något några mycket lite mer mest många fler flera hans hennes deras vår våra min mina
din dina sin sina er era dess
""".split())


@dataclass(frozen=True)
class NameHit:
    kind: str  # "first", "surname", "place"
    base: str  # the listed form ("Anna" for "Annas")
    suffix: str  # what inflection added ("s", "", ":s", "'")
    gender: str | None  # "f", "m" or None
    stop: bool  # also an ordinary word: needs evidence


@lru_cache(maxsize=1)
def _faker_lists() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    try:
        from faker.providers.address.sv_SE import Provider as Address
        from faker.providers.person.sv_SE import Provider as Person
    except ImportError:  # Faker missing: detection still runs on the other rules
        return frozenset(), frozenset(), frozenset(), frozenset()
    female = frozenset(getattr(Person, "first_names_female", ()))
    male = frozenset(getattr(Person, "first_names_male", ()))
    surnames = frozenset(getattr(Person, "last_names", ()))
    places = frozenset(getattr(Address, "cities", ()))
    return female, male, surnames, places


def first_names_female() -> frozenset[str]:
    return _faker_lists()[0]


def first_names_male() -> frozenset[str]:
    return _faker_lists()[1]


def surnames() -> frozenset[str]:
    return _faker_lists()[2]


def places() -> frozenset[str]:
    return _faker_lists()[3]


@lru_cache(maxsize=1)
def stop_list() -> frozenset[str]:
    female, male, last, _ = _faker_lists()
    common = lexicon.words()
    computed = {n for n in female | male | last if n.lower() in common}
    return frozenset(STOP_LIST_BASE | computed)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str | None]]:
    female, male, last, towns = _faker_lists()
    index: dict[str, tuple[str, str | None]] = {}
    for n in towns:
        index[n] = ("place", None)
    for n in last:
        index[n] = ("surname", None)
    for n in female:
        index[n] = ("first", "f")
    for n in male:
        index[n] = ("first", "m" if n not in female else None)
    return index


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
def lookup(token: str) -> NameHit | None:
    """A listed name in ``token`` (inflected forms included), or None."""
    index = _index()
    stops = stop_list()
    for base, suffix in base_forms(token):
        hit = index.get(base)
        if hit is None and base.isupper() and len(base) > 2:
            hit = index.get(base.capitalize())
            base = base.capitalize() if hit else base
        if hit:
            kind, gender = hit
            return NameHit(kind, base, suffix, gender, base in stops)
    return None


def gender_of(first_name: str) -> str | None:
    hit = lookup(first_name)
    return hit.gender if hit and hit.kind == "first" else None


def is_function_word(token: str) -> bool:
    return token.lower() in FUNCTION_WORDS
