"""How common a word is in Swedish and in English, from the ``wordfreq`` package's data.

A capitalised word that is common in ordinary Swedish or English text (``Grunden``,
``Arabiska``, ``Best practice``) identifies no one unless a name list or the context says it
is a name. The figures are Zipf values (log10 of occurrences per billion words: 7 for "och",
3 for a word seen once per million words, 0 for an unseen word) from wordfreq's small lists
(about 30,000 words per language), which load in a fraction of a second.
"""
from __future__ import annotations

import math
import threading

from ..core.errors import UserError
from ..core.messages import catalogue, msg

catalogue({
    "pseudo.wordfreq_missing": (
        "Detection cannot run: the word frequency data (the wordfreq package) is missing. "
        "Reinstall qualcoder-htl.",
        "Identifieringen kan inte köras: ordfrekvensdata (paketet wordfreq) saknas. "
        "Installera om qualcoder-htl."),
})

_lock = threading.Lock()
_tables: dict[str, dict[str, float]] = {}


def _table(lang: str) -> dict[str, float]:
    table = _tables.get(lang)
    if table is None:
        with _lock:
            table = _tables.get(lang)
            if table is None:
                try:
                    from wordfreq import get_frequency_dict
                    table = get_frequency_dict(lang, wordlist="small")
                except (ImportError, LookupError, OSError):
                    raise UserError(msg("pseudo.wordfreq_missing")) from None
                _tables[lang] = table
    return table


def load() -> None:
    _table("sv")
    _table("en")


def zipf(word: str, lang: str) -> float:
    f = _table(lang).get(word.lower())
    return round(math.log10(f) + 9, 2) if f else 0.0


def zipf_sv(word: str) -> float:
    return zipf(word, "sv")


def zipf_en(word: str) -> float:
    return zipf(word, "en")
