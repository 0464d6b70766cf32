"""Short forms and nicknames that a transcript links to a full name.

People say so when they introduce someone: "Aleksandra, vi säger Ola", "Marjatta – alla kallar
henne Maja", "Mohammed (Mo)", "Sofi, det är kort för Sofia". The key then treats the short form
as the same person: it shares the full name's code ("Person C") and gets a short form of the
full name's pseudonym, so a published quote keeps the link without giving the name away.
"""
from __future__ import annotations

import re

from .letters import UP, L

_NAME = rf"[{UP}][{L}]+(?:[-\s][{UP}][{L}]+)?"
_WHO = r"(?:vi|jag|alla|man|de|dom|hon|han|hen|folk|mamma|pappa|kompisarna|familjen)"
_CALLS = r"(?:säger|kallar|kallas|kallade|sa|brukar\s+säga|brukar\s+kalla)"
_OBJECT = r"(?:henne|honom|hen|dem|dom|sig|mig|oss)"
# "{full}, vi säger {short}" and the like: the full name first, then the short form
_FORWARD = (rf"(?P<full>{_NAME})\s*(?:,|–|-|—)?\s*(?:men\s+|och\s+|fast\s+)?"
            rf"(?:{_WHO}\s+)?{_CALLS}(?:\s+{_OBJECT})?(?:\s+(?:för|bara|oftast|alltid))*\s+"
            rf"[\"”']?{{short}}\b"
            rf"|(?P<full2>{_NAME})\s*(?:,\s*)?(?:kallad|kallas|alias|aka|eller)\s+"
            rf"[\"”']?{{short}}\b"
            rf"|(?P<full3>{_NAME})\s*\(\s*{{short}}\s*\)")
# "{short}, det är kort för {full}", "{short} (smeknamn för {full})"
_BACKWARD = (rf"\b{{short}}\s*(?:,|\(|–)?\s*(?:som\s+)?(?:det\s+)?(?:är\s+)?"
             rf"(?:kort|förkortning|smeknamn|kortnamn)\s+(?:för|på|av)\s+(?P<full>{_NAME})")


def full_name_for(text: str, short: str) -> str | None:
    """The full name ``text`` links the short form ``short`` to, or None."""
    short = short.strip()
    if not short or " " in short:
        return None
    quoted = re.escape(short)
    for template in (_FORWARD, _BACKWARD):
        pattern = re.compile(template.replace("{short}", quoted))
        for m in pattern.finditer(text):
            full = next((g for g in (m.groupdict().get(k) for k in ("full", "full2", "full3"))
                         if g), None)
            if full and _plausible(full, short):
                return full
    return None


def _plausible(full: str, short: str) -> bool:
    """The full name is longer than the short form and not the same word."""
    first = full.split()[0]
    return first.casefold() != short.casefold() and len(first) > len(short)


def short_form(pseudonym: str, pool: list[str], used: set[str]) -> str:
    """A short form for a pseudonym: a short first name from ``pool`` (sorted, deterministic)
    with the same first letter and shorter than the pseudonym, not used yet; else its first
    syllable."""
    first = pseudonym.split()[0] if pseudonym.split() else pseudonym
    for name in pool:
        if name[:1] == first[:1] and 2 < len(name) < len(first) and name.casefold() not in used:
            return name
    cut = next((i + 1 for i in range(1, len(first)) if first[i] not in "aeiouyåäöé"
                and first[i - 1] in "aeiouyåäöé"), len(first))
    return first[:max(cut, 3)]
