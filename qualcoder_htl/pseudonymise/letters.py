"""Letter classes for every script, for use inside regular-expression character classes.

Python's ``re`` has no ``\\p{Lu}``; ``\\w`` covers letters but also digits and ``_``, and no class
says "upper-case letter". Names in the material come from many languages (Mujić, Wójcik, Çelik,
Ağaoğlu, Øberg, Đurić, Ëndrit), so the rules must not spell out Swedish letters. These strings
are ranges of code points built once from ``unicodedata`` (the Basic Multilingual Plane, which
holds every script a transcript uses):

- ``UP``: upper-case and title-case letters (Lu, Lt);
- ``LOW``: lower-case and other letters (Ll, Lm, Lo);
- ``L``: every letter plus combining marks (Mn, Mc), so a name written with a decomposed
  accent (``c`` + U+0301) stays one word;
- ``DIGIT``: decimal digits (Nd), ``\\d`` as a class.

Compiling a pattern with one of these classes is slow in ``re``: it marks every code point of
the class (some 48,000 for ``L``) in a Python loop, and the rules hold some 400 such classes, so
importing them took about a second. ``_remember_charsets`` makes ``re`` work each distinct
class out once per process (the same result, remembered).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

try:
    from re import _compiler as _re_compiler  # Python 3.11+
except ImportError:  # pragma: no cover - another implementation of re
    _re_compiler = None


def _remember_charsets() -> None:
    """Memoise ``re``'s character-set optimisation for case-sensitive classes. Its result
    depends only on the parsed class, so a remembered copy is exactly what it would have
    computed; case-insensitive classes (a folding function) are left to ``re``. Does nothing
    where ``re`` has no such function."""
    optimise = getattr(_re_compiler, "_optimize_charset", None)
    if optimise is None or getattr(optimise, "remembered", False):
        return
    done: dict[tuple, tuple] = {}

    def remembered(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:
            return optimise(charset, iscased, fixup, fixes)
        key = tuple(charset)
        result = done.get(key)
        if result is None:
            result = done[key] = optimise(charset, iscased, fixup, fixes)
        return list(result[0]), result[1]

    remembered.remembered = True
    _re_compiler._optimize_charset = remembered


_remember_charsets()

_CLASSES = {"UP": frozenset({"Lu", "Lt"}), "LOW": frozenset({"Ll", "Lm", "Lo"}),
            "L": frozenset({"Lu", "Lt", "Ll", "Lm", "Lo", "Mn", "Mc"}),
            "DIGIT": frozenset({"Nd"})}


def _ranges() -> dict[str, str]:
    """Each class of ``_CLASSES`` as ranges of code points, in one pass over the plane."""
    runs: dict[str, list[list[int]]] = {name: [] for name in _CLASSES}
    owners: dict[str, list[list[list[int]]]] = {}  # category: the runs of its classes
    for name, categories in _CLASSES.items():
        for category in categories:
            owners.setdefault(category, []).append(runs[name])
    category_of = unicodedata.category
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        for own in owners.get(category_of(chr(cp)), ()):
            if own and own[-1][1] == cp - 1:
                own[-1][1] = cp
            else:
                own.append([cp, cp])
    return {name: "".join(re.escape(chr(a)) if a == b
                          else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in own)
            for name, own in runs.items()}


_BUILT = _ranges()
UP, LOW, L = _BUILT["UP"], _BUILT["LOW"], _BUILT["L"]
DIGIT = _BUILT["DIGIT"]  # what ``\d`` matches in the plane, as a class a pattern can open with
# (the engine skips quickly to a class's characters, not to ``\d``'s)


def is_letter(ch: str) -> bool:
    """Is ``ch`` in ``L`` (a letter of any script, or a combining mark)?"""
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def whole_word(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a whole word: no letter of any script just before or after it?
    (Cheaper than compiling a pattern with ``L`` around a word for each word looked for.)"""
    return not (start > 0 and is_letter(text[start - 1])) \
        and not (end < len(text) and is_letter(text[end]))


def contains_word(text: str, word: str) -> bool:
    """``word`` stands somewhere in ``text`` as a whole word (cheaper than a pattern of every
    script's letters compiled for each word looked for)."""
    i = text.find(word)
    while i >= 0:
        if whole_word(text, i, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def is_upper_initial(word: str) -> bool:
    """Does ``word`` start with an upper-case (or title-case) letter, in any script?"""
    return bool(word) and (word[0].isupper() or word[0].istitle())


# letters that no decomposition strips to a base letter
_UNMARKED = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i",
                           "ß": "ss", "ħ": "h", "Ħ": "H"})


def fold(word: str) -> str:
    """``word`` without its accents and diacritics ("Ánde" → "Ande", "Şahin" → "Sahin",
    "Đurić" → "Duric"): how the same name is often typed on a keyboard without them."""
    if word.isascii():
        return word
    base = unicodedata.normalize("NFKD", word.translate(_UNMARKED))
    return "".join(c for c in base if not unicodedata.combining(c))


# how Swedish and English keyboards spell letters they lack ("Djordje" for Đorđe, "Shexo" for
# Şêxo, "Chelik" for Çelik)
_TRANSCRIBED = str.maketrans({"đ": "dj", "Đ": "Dj", "ş": "sh", "Ş": "Sh", "š": "sh", "Š": "Sh",
                              "ç": "ch", "Ç": "Ch", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh"})


def plain_spellings(word: str) -> set[str]:
    """``word`` as typed without its diacritics: dropped ("Duric"), or its letters spelled
    out as an English keyboard does ("Djuric", "Shexo")."""
    return {fold(word), fold(word.translate(_TRANSCRIBED))}


# a lower-case word, whole or what follows a capital inside it is not ("emina", "eminas")
LOWER_PLAIN = re.compile(rf"(?<![{L}\d@.])[{LOW}][{L}]*")


@lru_cache(maxsize=256)
def lower_words(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` (several passes over one text ask for them)."""
    return frozenset(LOWER_PLAIN.findall(text))
