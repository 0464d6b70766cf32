"""A compass point before a place belongs to it: "i södra Stockholm", "på norra Öland".

"norra [ort]" still says which part of a town or an island someone lives in, and in a small
municipality that part may be a village of a few hundred people; the replacement reads better as
"i [ort]". Countries stay as the marking rule keeps them ("i norra Somalia" has no place
suggestion to widen).
"""
from __future__ import annotations

import re

from .letters import L
from .suggestions import PLACE, Suggestion

_POINTS = ("norra", "södra", "östra", "västra", "nordöstra", "nordvästra", "sydöstra",
           "sydvästra", "mellersta")
# the word right before the place, in lower case, after a space and not part of a longer word
_BEFORE = re.compile(rf"(?<![{L}\-])(?:{'|'.join(_POINTS)}) $")


def with_compass_point(text: str, s: Suggestion) -> Suggestion:
    """``s`` widened to the compass point right before it, when it is a place."""
    if s.type != PLACE:
        return s
    m = _BEFORE.search(text, max(0, s.start - 12), s.start)
    if not m:
        return s
    return s.with_(start=m.start(), text=text[m.start():s.end])
