"""Where the words around a capitalised word make it a place: "i X", "utanför X", "bor i
X", "flyttade hit till X", "en mamma från X", "staden X", "X kommun", "Qamishli, i Syrien"."""
from __future__ import annotations

import re

from . import lexicon
from .context import after_name, word_after, words_before
from .letters import UP
from .typing_rules import WORKPLACE_PREFIXES

# "i X", "utanför X": a place (names of people rarely follow these).
PLACE_PREPOSITIONS = frozenset("i utanför nära runt".split())
# words of where or whither before a name: a town rather than the person a list also knows
# ("från Kemi och jag", "till Kuba", "från Hässle rud [Hässlerud]")
WHERE_WORDS = PLACE_PREPOSITIONS | frozenset("från ifrån till vid via mot mellan".split())
# "bor i X", "flyttade till X", "kommer från X": a place after a verb of living or moving.
MOVE_VERBS = frozenset("""bor bodde bott flyttade flyttat flyttar åkte åker åkt reste reser
rest kommer kom kommit född födda uppvuxen uppvuxna växte pendlar pendlade pendla kör körde
åka flytta flyger flög cyklar cyklade""".split())


# "staden X", "stadsdelen X": a noun for a place just before the name
PLACE_NOUNS = frozenset("""staden stadsdelen orten byn kommunen området förorten huvudstaden
delstaten regionen landskapet länet provinsen stadsdel ort by förort halva hela huvudstad
hemstad hemstaden hemby hembyn grannstaden grannstad födelsestad födelsestaden
sidan stadsdelarna områdena bostadsområdena byarna orterna""".split())  # "på andra sidan
# Spolån", "i stadsdelarna Rapsåkern och Kvarnbacken"


def place_noun_after(text: str, end: int) -> bool:
    """"X kommun", "X stad", "X län": a municipality, town or county."""
    return word_after(text, end) in ("kommun", "kommuns", "stad", "stads", "län", "läns",
                                     "församling", "socken", "centrum", "torg", "torget")


def place_context(text: str, start: int, nationality: bool = True) -> bool:
    """The words before make what follows a place: "i X", "utanför X", "bor i X", "flyttade
    till X", "staden X", "ryska X" (a nationality adjective, written in lower case)."""
    before = words_before(text, start, 3, keep_case=True)
    if len(before) > 2 and before[1].lower() in DIRECTION_ADVERBS:
        before = [before[0], before[2]]  # "flyttade hit till X"
    if not before:
        return False
    first = before[0].lower()
    if first in PLACE_PREPOSITIONS or first in PLACE_NOUNS:
        return True
    if nationality and before[0].islower() and first.endswith(("ska", "iska")) \
            and len(first) > 5 and lexicon.is_word(first):
        return True  # "ryska Ufa", "italienska Val Gardena"
    if before[0] == "HTL":
        return True  # "HTL Kvarnfors": the programme in a municipality
    if first == "om" and len(before) > 1 and before[1].lower() in COMPASS_ADVERBS:
        return True  # "söder om Sälen", "norr om Kvarnfors"
    return first in ("till", "från", "ifrån") and len(before) > 1 and (
        before[1].lower() in MOVE_VERBS or first != "till" and before[1].lower() in BE_VERBS
        or first != "till" and before[1].lower() in _PEOPLE_FROM)  # "en mamma från X"


# people said to be from somewhere: "en mamma från Kardhöjden", "familjer från Gärdet" (a
# person is from a place or a body, never from another person)
_PEOPLE_FROM = frozenset("""mamma pappa mammor pappor mamman pappan familj familjer familjen
föräldrar förälder barn barnen elev elever eleverna kille killar tjej tjejer ungdomar pojke
pojken pojkar flicka flickan flickor kvinnan mannen
ungdomarna kvinnor män kvinna man folk grannar granne någon några alla flera""".split())


BE_VERBS = frozenset("är var e".split())  # "vi är från X"
COMPASS_ADVERBS = frozenset("söder norr öster väster nordost nordväst sydost sydväst".split())
DIRECTION_ADVERBS = frozenset("hit dit tillbaka hem ner upp bort".split())


_NESTED_PLACE = re.compile(rf", i [{UP}]")


def nested_place_after(text: str, end: int) -> bool:
    """"Qamishli, i Syrien", "Mardin, i Turkiet": a place inside a larger one."""
    return bool(_NESTED_PLACE.match(text, end))


def place_or_name_context(text: str, start: int) -> bool:
    """Where a name made of ordinary words ("Älvbacka", "Granhöjden") is a name rather than
    a programme or method: after a preposition of place or direction, or after a name."""
    before = words_before(text, start, 1, keep_case=True)
    return bool(before) and (before[0] in ("till", "från", "på", "vid", "mot")
                             or before[0] in WORKPLACE_PREFIXES) \
        or place_context(text, start) or after_name(text, start)  # "Hotell Hjälmarstrand"
