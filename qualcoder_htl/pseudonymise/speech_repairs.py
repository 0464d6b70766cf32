"""Names the speaker stumbles on or corrects, found after the first pass: a name begun and
cut off or said twice ("Sa... Sara", "dag dag lindqvist"), a first name said alone before
the whole name ("Alla. Alla Kovalenko."), a name corrected to another ("Lan... nej, Lành")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon, names
from .capitals import is_acronym
from .letters import UP, L
from .propagation import Coverage
from .suggestions import PERSON, PROPAGATED, Suggestion


def _just_before_people(text: str, found: list[Suggestion], pattern: re.Pattern,
                        window: int) -> Iterator[tuple[Suggestion, re.Match]]:
    """(person, match) for each found person with ``pattern`` matching just before it,
    within ``window`` characters, its first group on no suggestion yet."""
    covered = Coverage(found)
    for s in found:
        if s.type == PERSON and s.start >= 2:
            m = pattern.search(text, max(0, s.start - window), s.start)
            if m is not None and not covered.covers(m.start(1)):
                yield s, m


# "Lan... nej, Lành", "Stina – förlåt, Sanna": a name the speaker corrects to another name
_CORRECTED = re.compile(rf"(?<![{L}])(?P<name>[{UP}][{L}]+)(?:\.\.\.|…|,| –| -)[ \t]*"
                        rf"(?:\(ohörbart\)[ \t]*)?(?:nej|förlåt|jag menar|alltså)[,.]?[ \t]+$")


def corrected(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A name the speaker corrects to a found person ("Lan... nej, Lành") is a name too:
    the speaker said it first. A sentence's first word counts only when no lexicon knows it
    or a list has it as a first name."""
    out = []
    for _, m in _just_before_people(text, found, _CORRECTED, 40):
        word = m.group("name")
        if names.is_function_word(word) or lexicon.is_generic(word) or is_acronym(word):
            continue
        initial = m.start() == 0 or text[:m.start()].rstrip(" \t")[-1:] in ("", ".", "!", "?",
                                                                              ":", "\n")
        if initial and lexicon.is_word(word.lower()) \
                and not names.is_listed_person(word, ("first",), word_like_too=True):
            continue
        out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED, 0.5))
    return out


# a word said just before a name, whole or cut off: "dag dag lindqvist", "Ah- Ahmed",
# "Sa... Sara" (the speaker stumbles on the name)
_STUTTER = re.compile(rf"(?<![{L}])(?P<word>[{L}]+)(?P<cut>-|\.\.\.|…)?[ \t]+$")


def stuttered(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The first word of a found person said twice, or begun and cut off, just before it:
    the stumble is the name too."""
    out = []
    for s, m in _just_before_people(text, found, _STUTTER, 30):
        word, first = m.group("word").casefold(), s.text.split()[0].casefold()
        if m.group("word") == s.text.split()[0] and not names.is_function_word(word) \
                or (m.group("cut") and len(word) >= 2 and first.startswith(word)):
            # (said twice alike: "dag dag lindqvist", not "I hope Hope", "bli som Som")
            out.append(Suggestion(m.start("word"), m.end("word"), PERSON, m.group("word"),
                                  PROPAGATED, 0.5))
    for s, m in _just_before_people(text, found, _SAID_ALONE, 30):
        if " " in s.text and m.group("word") == s.text.split()[0]:
            # "Alla. Alla Kovalenko.": the first name said alone, then the whole name
            out.append(Suggestion(m.start("word"), m.end("word"), PERSON, m.group("word"),
                                  PROPAGATED, 0.5))
    return out


_SAID_ALONE = re.compile(rf"(?<![{L}])(?P<word>[{UP}][{L}]+)[.!?…][ \t]+$")
