"""The export guard: does any original from the key appear in text that is about to leave?

Every exporter (Word, CSV, quotes, REFI-QDA, a shared copy) passes what it would write to
``services.pseudonymisation.check_export``, which calls ``find_leaks`` with the project's key.
Originals are matched in their inflected forms (``Annas``, ``Tjärnaskolans``) and by the parts
of a person's name. A part that is also an ordinary word (``Inga``, ``Bo``) is not taken as a
leak at the start of a sentence, where it is most likely the word ("Inga problem").
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..core.errors import UserError
from . import lexicon
from .capitals import _is_initial
from .known import KnownIdentifier, KnownMatcher


@dataclass(frozen=True)
class Leak:
    where: str  # "vh_01.docx", "quote 3", "memo 12"
    start: int
    end: int
    text: str  # what was found
    original: str  # the key's original it matches
    type: str

    def describe(self) -> str:
        return f"{self.text!r} ({self.type}, original {self.original!r}) in {self.where} " \
               f"at {self.start}"


class ExportRefused(UserError):
    """An export would carry originals from the key. Names where."""

    def __init__(self, leaks: list[Leak], what: str = "The export"):
        self.leaks = leaks
        shown = "; ".join(leak.describe() for leak in leaks[:5])
        more = f" and {len(leaks) - 5} more" if len(leaks) > 5 else ""
        super().__init__(f"{what} was refused: {len(leaks)} original"
                         f"{'s' if len(leaks) != 1 else ''} from the pseudonymisation key "
                         f"would leave the project: {shown}{more}.")


def as_named_texts(texts: str | Iterable[str] | Mapping[str, str]) -> list[tuple[str, str]]:
    if isinstance(texts, str):
        return [("text", texts)]
    if isinstance(texts, Mapping):
        return [(str(k), v) for k, v in texts.items()]
    return [(f"text {i + 1}", t) for i, t in enumerate(texts)]


def find_leaks(texts: str | Iterable[str] | Mapping[str, str],
               identifiers: Iterable[KnownIdentifier], allowed: Iterable[str] = ()) -> list[Leak]:
    matcher = KnownMatcher(list(identifiers), fuzzy=False, compounds=False)
    if not matcher:
        return []
    allowed_forms = {a.casefold() for a in allowed}
    leaks = []
    for where, text in as_named_texts(texts):
        if not text:
            continue
        for s in matcher.find(text):
            if s.text.casefold() in allowed_forms:
                continue
            if " " not in s.text and lexicon.is_word(s.text) and _is_initial(text, s.start):
                continue
            original = _original_of(matcher, s.text)
            leaks.append(Leak(where, s.start, s.end, s.text, original, s.type))
    return leaks


def _original_of(matcher: KnownMatcher, found: str) -> str:
    from .known import inflection_bases, key
    for base, _ in inflection_bases(found.split()[0] if found.split() else found):
        for entry in matcher._exact.get(key(base), ()):
            return entry.ident.text
    return found
