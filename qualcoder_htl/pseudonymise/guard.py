"""The export guard's matcher: does any original from the key appear in text that is about to
leave?

Every export (Word, CSV, quotes, REFI-QDA, a codebook, a shared copy) is read back whole once
written (``exporters.readback``) and the texts are passed to ``find_leaks`` with the project's
key (``services.export_guard.guard_file``); a leak raises ``ExportRefused``.
Originals are matched in their inflected forms (``Annas``, ``Tjärnaskolans``) and by the parts
of a person's name. A part that is also an ordinary word (``Inga``, ``Bo``) is not taken as a
leak at the start of a sentence, where it is most likely the word ("Inga problem").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ..core.errors import UserError
from ..core.messages import Message, catalogue, msg
from . import lexicon
from .capitals import is_initial
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


catalogue({
    "guard.refused": (
        ("{what} was refused: {n} original from the pseudonymisation key would leave the "
         "project: {shown}{more}. Replace or remove it where named (rename the code, edit the "
         "memo, the attribute value or the source name), or mark it as kept in the "
         "pseudonymisation review if it may be published, and export again.",
         "{what} was refused: {n} originals from the pseudonymisation key would leave the "
         "project: {shown}{more}. Replace or remove them where named (rename the code, edit "
         "the memo, the attribute value or the source name), or mark them as kept in the "
         "pseudonymisation review if they may be published, and export again."),
        ("{what} stoppades: {n} original från pseudonymiseringsnyckeln skulle lämna "
         "projektet: {shown}{more}. Ersätt eller ta bort det där det står (byt namn på koden, "
         "ändra memot, attributvärdet eller källans namn), eller markera det som behållet i "
         "pseudonymiseringsgranskningen om det får publiceras, och exportera igen.",
         "{what} stoppades: {n} original från pseudonymiseringsnyckeln skulle lämna "
         "projektet: {shown}{more}. Ersätt eller ta bort dem där det står (byt namn på koden, "
         "ändra memot, attributvärdet eller källans namn), eller markera dem som behållna i "
         "pseudonymiseringsgranskningen om de får publiceras, och exportera igen.")),
    "guard.more": (" and {n} more", " och {n} till"),
    "guard.leak": ("{text} ({type}) in {where}", "{text} ({type}) i {where}"),
    "guard.leak_of": ("{text} ({type}, original {original}) in {where}",
                      "{text} ({type}, originalet {original}) i {where}"),
    "guard.export": ("The export", "Exporten"),
})


class ExportRefused(UserError):
    """An export would carry originals from the key. Names where, says how to fix it, in the
    interface language."""

    def __init__(self, leaks: list[Leak], what: str | Message | None = None):
        self.leaks = leaks
        more = msg("guard.more", n=len(leaks) - 5) if len(leaks) > 5 else ""
        super().__init__(msg("guard.refused", what=what or msg("guard.export"),
                             n=len(leaks), shown=_Joined(leaks[:5]), more=more))


class _Joined(Message):
    """The leaks shown, rendered in the language asked for."""

    def __init__(self, leaks: list[Leak]):
        super().__init__("guard.joined", {})
        object.__setattr__(self, "leaks_shown", leaks)

    def text(self, lang: str | None = None) -> str:
        return "; ".join(_describe(leak).text(lang) for leak in self.leaks_shown)


def _describe(leak: Leak) -> Message:
    if leak.original.casefold() == leak.text.casefold():
        return msg("guard.leak", text=repr(leak.text), type=leak.type, where=leak.where)
    return msg("guard.leak_of", text=repr(leak.text), type=leak.type,
               original=repr(leak.original), where=leak.where)


def as_named_texts(texts: str | Iterable[str] | Mapping[str, str]) -> list[tuple[str, str]]:
    if isinstance(texts, str):
        return [("text", texts)]
    if isinstance(texts, Mapping):
        return [(str(k), v) for k, v in texts.items()]
    return [(f"text {i + 1}", t) for i, t in enumerate(texts)]


_JOINERS = str.maketrans({"_": " ", "-": " "})
_JOINED = re.compile(r"[^\W_]+(?:[-_]+[^\W_]+)+")


def find_leaks(texts: str | Iterable[str] | Mapping[str, str],
               identifiers: Iterable[KnownIdentifier], allowed: Iterable[str] = ()) -> list[Leak]:
    """Originals of ``identifiers`` in ``texts``. Words joined by ``_`` or ``-`` (file names
    such as ``vh_Anna_Berg.docx``, ``Kvarnby-kopia``) are read apart as well."""
    matcher = KnownMatcher(list(identifiers), fuzzy=False, compounds=False)
    if not matcher:
        return []
    allowed_forms = {a.casefold() for a in allowed}
    leaks = []
    for where, text in as_named_texts(texts):
        if not text:
            continue
        found = matcher.find(text)
        found += in_joined_words(matcher, text, found)
        for s in found:
            if s.text.casefold() in allowed_forms:
                continue
            if " " not in s.text and lexicon.is_word(s.text) and is_initial(text, s.start):
                continue
            original = _original_of(matcher, s.text)
            leaks.append(Leak(where, s.start, s.end, s.text, original, s.type))
    return leaks


def in_joined_words(matcher: KnownMatcher, text: str, found) -> list:
    """Originals inside words joined by ``-`` or ``_`` ("HTL-teamet", ``vh_Anna_Berg``) that
    overlap nothing in ``found`` (suggestions, or (start, end) pairs): the parts the guard
    reads apart, so that replacement covers exactly what the guard looks for."""
    spans = [(f.start, f.end) if hasattr(f, "start") else (f[0], f[1]) for f in found]
    out = []
    for joined in _JOINED.finditer(text):
        for s in matcher.find(joined.group().translate(_JOINERS)):
            a, b = s.start + joined.start(), s.end + joined.start()
            if not any(x < b and a < y for x, y in spans):
                out.append(replace(s, start=a, end=b))
                spans.append((a, b))
    return out


def _original_of(matcher: KnownMatcher, found: str) -> str:
    from .known import inflection_bases, key
    for base, _ in inflection_bases(found.split()[0] if found.split() else found):
        for entry in matcher._exact.get(key(base), ()):
            return entry.ident.text
    return found
