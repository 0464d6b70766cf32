"""The order in which attribute values appear as columns and groups.

Numbers sort as numbers (round 2 before round 10), dates as dates, text in Swedish order
(å, ä, ö after z), and the organisational levels and respondent groups of a follow-up study
from the decision level down to the families, as in the study's report.
"""
from __future__ import annotations

import re

# Organisational levels / respondent groups, top down (matched on a word in the value).
_LEVEL_WORDS = (("ledning",), ("utveckling",), ("skola",), ("barn",), ("nyckel",),
                ("famil", "vårdnad"))
_SWEDISH = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def swedish_key(text: str) -> str:
    """Sort key for Swedish text: case-insensitive, å < ä < ö after z."""
    return text.casefold().translate(_SWEDISH)


def level_rank(value: str) -> int | None:
    folded = value.casefold()
    for rank, words in enumerate(_LEVEL_WORDS):
        if any(w in folded for w in words):
            return rank
    return None


def value_key(value: str, value_type: str = "text", role: str | None = None,
              choices: tuple[str, ...] = ()) -> tuple:
    """A sort key for one attribute value."""
    if choices and value in choices:
        return (0, choices.index(value), "")
    if value_type == "number" and _NUMBER.fullmatch(value.strip()):
        return (1, float(value.replace(",", ".")), "")
    if role in ("org_level", "respondent_group"):
        rank = level_rank(value)
        if rank is not None:
            return (2, rank, swedish_key(value))
    return (3, 0, swedish_key(value))


def sort_values(values, value_type: str = "text", role: str | None = None,
                choices: tuple[str, ...] = ()) -> list[str]:
    return sorted(set(values), key=lambda v: value_key(v, value_type, role, choices))
