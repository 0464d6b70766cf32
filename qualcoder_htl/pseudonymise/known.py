"""The project's own list of known identifiers, found in every form a Swedish text uses.

A known identifier (``Anna Söderlund``, ``Tjärnaskolan``) is matched
- inflected: genitive ``Annas``, ``Tjärnaskolans``, ``SFI:s``; definite ``Kvarnbon``;
- in compounds: ``Tjärnadalsskolan``, ``Kvarnbovägen`` (the stem of a long name as the first
  part of a capitalised word);
- with small spelling variants: one edit in names of six letters or more, and spellings that
  sound alike (``Lindqvist``/``Lindkvist``, ``Söderlund``/``Soderlund``, double letters);
- by its parts: each name of a person (``Anna``, ``Söderlund``) and each distinctive word of a
  place or workplace.
A part that is an ordinary word (``Berg``, ``Kvarnen``) is matched only when capitalised.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .suggestions import KNOWN, PERSON, Suggestion

WORD = re.compile(r"[^\W_](?:[\w]|[\-:'’](?=[^\W_]))*")
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a",
                       "ø": "o", "á": "a", "à": "a", "ó": "o", "í": "i", "ñ": "n", "ç": "c",
                       "-": "", "'": "", "’": "", ":": ""})
_SOUNDS = ((re.compile("qv|q"), "kv"), (re.compile("w"), "v"), (re.compile("ph"), "f"),
           (re.compile("ck"), "k"), (re.compile("z"), "s"), (re.compile("th"), "t"),
           (re.compile("dt$"), "t"), (re.compile(r"(.)\1+"), r"\1"))
_DEFINITE = ("arna", "erna", "orna", "en", "an", "et", "n", "t")


@lru_cache(maxsize=200_000)
def key(word: str) -> str:
    """A spelling-tolerant key: case, accents, sound-alike spellings and double letters."""
    k = word.lower().translate(_FOLD)
    for pattern, repl in _SOUNDS:
        k = pattern.sub(repl, k)
    return k


def _deletions(k: str) -> set[str]:
    return {k[:i] + k[i + 1:] for i in range(len(k))}


def inflection_bases(word: str) -> list[tuple[str, float]]:
    """Forms of ``word`` to compare with a known identifier, with how far each is from it."""
    out = [(word, 1.0)]
    if word.endswith((":s", ":n")):
        out.append((word[:-2], 1.0))
    elif word.endswith(("'", "’")):
        out.append((word[:-1], 1.0))
    elif word.endswith("s") and len(word) > 3:
        out.append((word[:-1], 1.0))
    for ending in ("n", "en", "ns", "ens"):  # "Kvarnbon", "Älvnäsets" is covered by "s"
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            out.append((word[:-len(ending)], 0.9))
    return out


@dataclass(frozen=True)
class KnownIdentifier:
    text: str
    type: str
    id: int | None = None  # the key entry's id in the project, if stored
    variants: tuple[str, ...] = ()  # further spellings the project listed


@dataclass
class _Entry:
    ident: KnownIdentifier
    words: tuple[str, ...]  # keys of the words after the first (multi-word identifiers)
    score: float
    needs_capital: bool


@dataclass
class KnownMatcher:
    """Finds known identifiers in texts. Build once per list, reuse for many texts."""

    identifiers: list[KnownIdentifier]
    fuzzy: bool = True
    compounds: bool = True
    _exact: dict[str, list[_Entry]] = field(default_factory=dict, init=False)
    _dels: dict[str, list[_Entry]] = field(default_factory=dict, init=False)
    _stems: dict[str, list[_Entry]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for ident in self.identifiers:
            for form in (ident.text, *ident.variants):
                self._add_form(ident, form)

    def __bool__(self) -> bool:
        return bool(self._exact)

    def _add_form(self, ident: KnownIdentifier, form: str) -> None:
        words = WORD.findall(form)
        if not words:
            return
        self._add(ident, words, 1.0)
        if len(words) > 1:  # the parts of a name, and the distinctive words of a place
            for w in words:
                common = lexicon.is_word(w)
                if ident.type == PERSON:
                    if len(w) >= 2 and w[0].isupper() and not (len(w) <= 2 and w.isupper()):
                        self._add(ident, [w], 0.9)
                elif len(w) >= 3 and w[0].isupper() and not common:
                    self._add(ident, [w], 0.8)

    def _add(self, ident: KnownIdentifier, words: list[str], score: float) -> None:
        first = words[0]
        k = key(first)
        entry = _Entry(ident, tuple(key(w) for w in words[1:]), score,
                       needs_capital=lexicon.is_word(first) or len(first) <= 2)
        self._exact.setdefault(k, []).append(entry)
        if self.fuzzy and len(k) >= 6:
            for d in _deletions(k) | {k}:
                self._dels.setdefault(d, []).append(entry)
        if self.compounds and len(words) == 1 and len(k) >= 5 and first[0].isupper():
            stem = k
            for ending in _DEFINITE:
                if stem.endswith(ending) and len(stem) - len(ending) >= 5:
                    stem = stem[:-len(ending)]
                    break
            self._stems.setdefault(stem, []).append(entry)

    # --- matching --------------------------------------------------------------------------
    def find(self, text: str) -> list[Suggestion]:
        if not self._exact:
            return []
        words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
        out: list[Suggestion] = []
        i = 0
        while i < len(words):
            hit = self._match_at(words, i)
            if hit is None:
                i += 1
                continue
            end_index, entry, score = hit
            start, end = words[i][0], words[end_index][1]
            out.append(Suggestion(start, end, entry.ident.type, text[start:end], KNOWN,
                                  round(entry.score * score, 2)))
            i = end_index + 1
        return out

    def _match_at(self, words, i: int):
        word = words[i][2]
        capital = word[0].isupper()
        ordinary = lexicon.is_word(word)
        if ordinary and not capital:
            return None  # "annan" is not "Anna" inflected, "berg" is not "Berg"
        best = None
        for base, closeness in inflection_bases(word):
            if ordinary and base != word:
                continue
            for entry in self._exact.get(key(base), ()):
                if entry.needs_capital and not capital:
                    continue
                if ordinary:
                    closeness = min(closeness, 0.7)
                end = self._rest(words, i, entry)
                if end is not None and (best is None or end > best[0]):
                    best = (end, entry, closeness)
            if best:
                return best
        if not capital:
            return None
        k = key(word)
        if self.compounds:
            for n in range(len(k) - 1, 4, -1):
                for entry in self._stems.get(k[:n], ()):
                    return i, entry, 0.8
        if self.fuzzy and len(k) >= 6:
            for base, _ in inflection_bases(word):
                bk = key(base)
                for d in _deletions(bk) | {bk}:
                    for entry in self._dels.get(d, ()):
                        if not entry.words:
                            return i, entry, 0.8
        return None

    @staticmethod
    def _rest(words, i: int, entry: _Entry) -> int | None:
        """Index of the last word if the words after ``i`` continue a multi-word entry."""
        j = i
        for expected in entry.words:
            j += 1
            if j >= len(words):
                return None
            w = words[j][2]
            if key(w) != expected and not any(key(b) == expected for b, _ in inflection_bases(w)):
                return None
        return j


def matcher(identifiers: Iterable[KnownIdentifier], fuzzy: bool = True) -> KnownMatcher:
    return KnownMatcher(list(identifiers), fuzzy=fuzzy, compounds=fuzzy)
