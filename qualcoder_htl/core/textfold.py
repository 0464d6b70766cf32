"""Case and accent folding for Swedish search, one code point in, one code point out.

Swedish å, ä, ö are letters of their own (``har`` is not ``här``), so they are kept; other
accents are folded (``idé`` matches ``ide``, ``Müller`` matches ``muller``). Because every
character maps to exactly one character, offsets in folded text equal offsets in the original.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_KEEP = set("åäöÅÄÖæøÆØ")


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low in _KEEP or ord(low) < 128:
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


# Latin letters with accents, folded in one C-level str.translate call (the common case).
_TABLE = {cp: fold_char(chr(cp)) for cp in range(0xC0, 0x250)}
_BEYOND_TABLE = re.compile("[^\x00-\u024f]")


def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    low = text.lower()
    # fast path: no character grew when lowered (İ ...) and all are Latin (the table covers them)
    if len(low) == len(text) and not _BEYOND_TABLE.search(low):
        return low.translate(_TABLE)
    return "".join(fold_char(c) for c in text)
