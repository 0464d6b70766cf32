"""English inside Swedish transcripts: frequent English words, English phrases and titles
around a capitalised word ("Like a Swedish name", "Qualitative Research in Psychology") and
whole English sentences. A capitalised English word there identifies no one."""
from __future__ import annotations

from functools import lru_cache

from . import frequency, names
from .context import WORD


@lru_cache(maxsize=65536)  # a word's own property: asked again and again
def common_english(word: str) -> bool:
    """A frequent English word that is not also a Swedish one ("Safety", "Best", "Leader"),
    or frequent English words hyphenated ("Fifty-fifty", "Follow-up")."""
    if "-" in word:
        return all(len(part) >= 2 and common_english(part) for part in word.split("-"))
    en = frequency.zipf_en(word)
    return en >= 4.0 and en >= frequency.zipf_sv(word)


# English words that are no Swedish ones: a sentence made of them is English
_ENGLISH_GLUE = frozenset("""the a an of in on and is are was were to for with by my your his her
their our this that these those from at as it its be been not no yes can cannot could would
should will does doesn't don't didn't he she they we you i using about into than then""".split())


def english_around(text: str, start: int, end: int) -> bool:
    """The words just around a capitalised word, in its sentence, are English ("Like a
    Swedish name", "in Swedish schools", "Qualitative Research in Psychology"): an English
    phrase or title."""
    lo = max(0, start - 40)
    left = max(max(text.rfind(c, lo, start) for c in _CLAUSE_ENDS) + 1, lo)
    right = [i for i in (text.find(c, end, end + 40) for c in _CLAUSE_ENDS) if i >= 0]
    right = min(right) if right else min(len(text), end + 40)
    around = [w.lower() for w in WORD.findall(text, left, start)][-3:] \
        + [w.lower() for w in WORD.findall(text, end, right)][:3]
    glue = sum(w in _ENGLISH_GLUE for w in around)
    english = sum(frequency.zipf_en(w) >= 3.0 and frequency.zipf_en(w) > frequency.zipf_sv(w)
                  and not names.is_listed_person(w.capitalize()) for w in around)
    return glue >= 1 and english >= 2


_CLAUSE_ENDS = ".!?;:()\n"


def english_sentence(text: str, start: int, end: int) -> bool:
    """The sentence (or list) around the word is English: most of its words are English
    rather than Swedish ("Unclear mandates, staff turnover and ...", "Keywords: Cross-
    Professional Collaboration, Prevention, School")."""
    lo, hi = max(0, start - 300), min(len(text), end + 300)  # bounded: no quadratic scans
    left = max(max(text.rfind(c, lo, start) for c in ".!?\n") + 1, lo)
    right = [i for i in (text.find(c, end, hi) for c in ".!?\n") if i >= 0]
    right = min(right) if right else hi
    return _english_span(text, left, right)


@lru_cache(maxsize=4096)
def _english_span(text: str, left: int, right: int) -> bool:
    # one answer per sentence, for all its capitalised words (the text's hash is cached)
    parts = [p.lower() for w in WORD.findall(text, left, right) for p in w.split("-")
             if len(p) > 1]
    if len(parts) < 5:
        return False
    english = sum(frequency.zipf_en(p) >= 2.5 and frequency.zipf_en(p) > frequency.zipf_sv(p) + 0.5
                  for p in parts)
    return english * 10 >= len(parts) * 7


def english_phrase(text: str, start: int, end: int) -> bool:
    """A span of English words in an English sentence or title ("in Swedish
    Municipalities", "My Swedish mail", "Keywords: Cross-Professional Collaboration"): no
    name, though a list may have one of its words."""
    parts = [p for w in text[start:end].split() for p in w.split("-")]
    if not all(frequency.zipf_en(p) >= 2.5 for p in parts):
        return False
    surnames = any(names.is_listed_person(p, ("surname",), True) for p in parts)
    if len(text[start:end].split()) >= 3 and not surnames and not any(
            names.is_listed_person(p) for p in parts):
        return True  # "Nordic Social Work Research": a title
    if english_sentence(text, start, end):
        return not any(names.is_listed_person(p, ("first",)) for p in parts)
    return not surnames and english_around(text, start, end)
