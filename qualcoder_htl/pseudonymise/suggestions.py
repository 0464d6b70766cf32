"""What detection finds: typed spans of a text, with where the suggestion came from.

Offsets are Unicode code points into the text (the same as ``Source.text``).
"""
from __future__ import annotations

from dataclasses import dataclass

PERSON, SCHOOL, PLACE, WORKPLACE, ADDRESS = "PERSON", "SCHOOL", "PLACE", "WORKPLACE", "ADDRESS"
PHONE, EMAIL, PERSONNUMMER, DATE, AGE = "PHONE", "EMAIL", "PERSONNUMMER", "DATE", "AGE"
ORGANISATION = "ORGANISATION"  # a named organisation that is neither school nor workplace
OTHER = "OTHER"                # anything else a reviewer marks by hand

NAME_TYPES = (PERSON, PLACE, SCHOOL, WORKPLACE, ORGANISATION)  # the types a name can have
TYPES = (PERSON, SCHOOL, PLACE, WORKPLACE, ADDRESS, PHONE, EMAIL, PERSONNUMMER, DATE, AGE,
         ORGANISATION, OTHER)

# Swedish labels used in the GUI, in bracketed replacements and in the key export.
TYPE_LABELS = {
    PERSON: "person", SCHOOL: "skola", PLACE: "plats", WORKPLACE: "arbetsplats",
    ADDRESS: "adress", PHONE: "telefonnummer", EMAIL: "e-post", PERSONNUMMER: "personnummer",
    DATE: "datum", AGE: "ålder", ORGANISATION: "organisation", OTHER: "uppgift",
}

# Where a suggestion came from (``Suggestion.source``); several joined by "+" after merging.
KNOWN, PATTERN, NAMES, NER, CAPITAL, PROPAGATED, MANUAL = (
    "known", "pattern", "names", "ner", "capital", "propagated", "manual")


@dataclass(frozen=True)
class Suggestion:
    """A span that may identify someone. ``score`` is 0..1: how sure detection is."""

    start: int
    end: int
    type: str
    text: str
    source: str
    score: float = 1.0

    def overlaps(self, other: Suggestion) -> bool:
        return self.start < other.end and other.start < self.end

    def with_(self, **changes) -> Suggestion:
        values = {**self.__dict__, **changes}
        return Suggestion(**values)
