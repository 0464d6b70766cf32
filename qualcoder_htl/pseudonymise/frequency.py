"""How common a word is in Swedish and in English, from the ``wordfreq`` package's data.

A capitalised word that is common in ordinary Swedish or English text (``Grunden``,
``Arabiska``, ``Best practice``) identifies no one unless a name list or the context says it
is a name. The figures are Zipf values (log10 of occurrences per billion words: 7 for "och",
3 for a word seen once per million words, 0 for an unseen word) from wordfreq's small lists
(about 30,000 words per language), which load in a fraction of a second.

The lists are read straight from the package's data files (a gzipped msgpack list of words
in buckets of one centibel each: bucket ``i`` holds the words of Zipf value ``9 - i/100``);
importing ``wordfreq`` itself would cost a third of a second of a cold start for its
tokenizers, which detection does not use.
"""
from __future__ import annotations

import gzip
import importlib.util
import threading
from pathlib import Path

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


def data_file(lang: str) -> Path:
    """The package's small word list for ``lang`` (found without importing the package)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise UserError(msg("pseudo.wordfreq_missing"))
    return Path(list(spec.submodule_search_locations)[0]) / "data" / f"small_{lang}.msgpack.gz"


def _read(lang: str) -> dict[str, float]:
    """{word: Zipf value} of the small list for ``lang``."""
    import msgpack
    try:
        with gzip.open(data_file(lang), "rb") as f:
            buckets = msgpack.load(f, raw=False)
    except (OSError, ValueError, msgpack.UnpackException):
        raise UserError(msg("pseudo.wordfreq_missing")) from None
    header = buckets[0] if buckets else None
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise UserError(msg("pseudo.wordfreq_missing"))
    table: dict[str, float] = {}
    for i, bucket in enumerate(buckets[1:]):
        table.update(dict.fromkeys(bucket, round(9 - i / 100, 2)))
    return table


def _table(lang: str) -> dict[str, float]:
    table = _tables.get(lang)
    if table is None:
        with _lock:
            table = _tables.get(lang)
            if table is None:
                table = _read(lang)
                _tables[lang] = table
    return table


def load() -> None:
    _table("sv")
    _table("en")


def zipf(word: str, lang: str) -> float:
    return _table(lang).get(word.lower(), 0.0)


def words_at_least(zipf_value: float, lang: str) -> frozenset[str]:
    """The words (lower case) of ``lang`` at least this frequent."""
    return frozenset(w for w, z in _table(lang).items() if z >= zipf_value)


def zipf_sv(word: str) -> float:
    return zipf(word, "sv")


def zipf_en(word: str) -> float:
    return zipf(word, "en")
