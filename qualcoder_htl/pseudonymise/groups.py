"""Families, groups and parents named after someone in one word: "Tranfamiljen",
"Čaušević-grabbarna", "Bondarenkomamman", "Wójcikarna"."""
from __future__ import annotations

import re
from functools import lru_cache

from . import context, lexicon, names

# a family or group named after someone: "Tranfamiljen", "Bergkvistgänget", "Karlssons-ungarna"
GROUP_TAILS = ("familjen", "familjens", "familjerna", "familjernas", "gänget", "gängets",
               "ungarna", "pojkarna", "flickorna",
               "tjejerna", "killarna", "syskonen", "barnen", "släkten", "klanen", "grabbarna",
               "bröderna", "systrarna", "kusinerna", "tvillingarna")


# a parent named after the family: "Bondarenkomamman", "Haddadpappan"
_KIN_TAILS = ("mamman", "pappan", "mammans", "pappans")
_NAMED_TAILS = GROUP_TAILS + ("mamman", "pappan")
# (the tails of a group named after someone, and "-arna": "Grönforsarna", the family)
_GROUP_TAIL = re.compile("(?:" + "|".join(_NAMED_TAILS + ("arna",)) + ")$", re.IGNORECASE)
# a hyphenated tail after a name written apart: "cali xuseen-familjen"
_TAIL_AFTER = re.compile("-(?:" + "|".join(_NAMED_TAILS) + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def group_compound(word: str) -> bool:
    """A listed name with a group noun after it, in one word or hyphenated."""
    low = word.lower()
    for tail in GROUP_TAILS:
        if low.endswith(tail) and len(word) - len(tail) >= 3:
            head = word[:len(word) - len(tail)].rstrip("-")
            hit = names.lookup(head) or names.lookup(names.strip_genitive(head))
            if hit is None and word[len(head):len(head) + 1] == "-" and head[:1].isupper() \
                    and not lexicon.is_word(head.lower()) and not lexicon.is_generic(head) \
                    and not context.closed_class(head):  # (not "Kurmanji-familjerna")
                return True  # "Čaušević-grabbarna": a name no list has, hyphenated
            return hit is not None and hit.kind in ("first", "surname")
    for tail in _KIN_TAILS:
        if low.endswith(tail) and len(word) - len(tail) >= 4:
            head = word[:len(word) - len(tail)].rstrip("-")
            hit = names.lookup(head)
            return hit is not None and hit.kind == "surname" and not hit.stop \
                and not lexicon.is_word(head.lower())  # "Bondarenkomamman": the Bondarenkos' mother
    if low.endswith("arna") and not lexicon.is_word(low) and not lexicon.is_compound_word(low):
        hit = names.lookup(word[:-4])  # "Wójcikarna": the Wójciks (not "Stenarna", stones)
        return hit is not None and hit.kind == "surname" and not hit.stop
    return False


def group_of(form: str, only) -> bool:
    """"Grönforsbarnen", "Ali-gänget": a group named after a name in ``only``."""
    m = _GROUP_TAIL.search(form)
    return m is not None and form[:m.start()].rstrip("-") in only


def group_tail_after(text: str, end: int) -> int:
    """``end``, or the end of a group's or a parent's tail hyphenated to the name before it
    ("cali xuseen-familjen", "ali-mamman")."""
    m = _TAIL_AFTER.match(text, end)
    return m.end() if m is not None else end
