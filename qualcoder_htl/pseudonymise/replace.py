"""Replacements: what an identifier becomes, chosen per type and kept the same everywhere.

Policies (per type, chosen per project):
- ``label``: a bracketed role label, ``[namn]``, ``[skolan]``; a key entry may carry its own
  role (``[barnets namn]``);
- ``code``: a letter code per type in order of first appearance, ``Person A``, ``Skola B``;
- ``initials``: ``A.S.`` for Anna Söderlund;
- ``pseudonym``: a realistic invented name of the same gender (first names), or an invented
  school, place, street; inflection is kept (``Annas`` → ``Saras``, ``Tjärnaskolans`` →
  ``Granskolans``). Personnummer, dates and ages never get realistic fakes (a fake personnummer
  could be someone's real one): they get their label;
- ``keep``: left as it is (municipality names are often kept).

The same original always gets the same replacement: a ``KeyBook`` holds one entry per
original (its base form, without inflection), with its pseudonym and letter code fixed when the
entry is made; policies only choose which to show. Gender-neutral pronouns (han/hon → hen) are
a separate, explicit choice (``pronoun_replacements``).
"""
from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass, field

from . import names, nicknames
from .known import inflection_bases, key
from .offsets import Replacement
from .suggestions import (
    ADDRESS,
    AGE,
    DATE,
    EMAIL,
    ORGANISATION,
    OTHER,
    PERSON,
    PERSONNUMMER,
    PHONE,
    PLACE,
    SCHOOL,
    TYPES,
    WORKPLACE,
)

POLICIES = ("label", "code", "initials", "pseudonym", "keep")
DEFAULT_LABELS = {
    PERSON: "[namn]", SCHOOL: "[skolan]", PLACE: "[området]", WORKPLACE: "[arbetsplatsen]",
    ADDRESS: "[adress]", PHONE: "[telefonnummer]", EMAIL: "[e-postadress]",
    PERSONNUMMER: "[personnummer]", DATE: "[datum]", AGE: "[ålder]",
    ORGANISATION: "[organisationen]", OTHER: "[uppgift]",
}
CODE_WORDS = {
    PERSON: "Person", SCHOOL: "Skola", PLACE: "Plats", WORKPLACE: "Arbetsplats",
    ADDRESS: "Adress", PHONE: "Telefon", EMAIL: "E-post", PERSONNUMMER: "Personnummer",
    DATE: "Datum", AGE: "Ålder", ORGANISATION: "Organisation", OTHER: "Uppgift",
}
_NO_FAKES = (PERSONNUMMER, DATE, AGE, OTHER)
_PREFIXES = ("Björk", "Gran", "Tall", "Ek", "Lind", "Ask", "Lönn", "Rönn", "Al", "Hassel",
             "Sjö", "Berg", "Äng", "Mos", "Sten", "Sol", "Vind", "Dal", "Ström", "Ljung",
             "Hag", "Lunda", "Vall", "Bäck", "Myr", "Kärr", "Sand", "Strand", "Löv", "Gull")
_PLACE_ENDINGS = ("dalen", "backen", "by", "torp", "näset", "hagen", "åsen", "viken")


@dataclass
class Policy:
    """Which replacement each type gets. Default: bracketed labels for every type."""

    per_type: dict[str, str] = field(default_factory=dict)
    default: str = "label"
    neutral_pronouns: bool = False

    def for_type(self, typ: str) -> str:
        return self.per_type.get(typ, self.default)

    def to_dict(self) -> dict:
        return {"per_type": dict(self.per_type), "default": self.default,
                "neutral_pronouns": self.neutral_pronouns}

    @classmethod
    def from_dict(cls, data: dict | None) -> Policy:
        data = data or {}
        per_type = {t: p for t, p in (data.get("per_type") or {}).items()
                    if t in TYPES and p in POLICIES}
        default = data.get("default", "label")
        return cls(per_type, default if default in POLICIES else "label",
                   bool(data.get("neutral_pronouns", False)))


@dataclass
class KeyEntry:
    """One original in the key. ``replacement`` set by a reviewer overrides every policy."""

    original: str
    type: str
    pseudonym: str = ""
    code: str = ""
    label: str = ""  # a role label ("[barnets namn]"); empty: the type's label
    replacement: str = ""
    gender: str | None = None
    id: int | None = None


def normal(text: str) -> str:
    """How originals are compared in the key: spelling-tolerant, whitespace-normalised."""
    return " ".join(key(w) for w in text.split())


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def letter_code(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def guess_gender(first_name: str) -> str | None:
    g = names.gender_of(first_name)
    if g is None and first_name.endswith("a"):
        return "f"  # Swedish and many other first names ending in -a are women's names
    return g


class KeyBook:
    """The key: one entry per original, lookups by any inflected form of it."""

    def __init__(self, entries: list[KeyEntry] | None = None, salt: str = ""):
        self.salt = salt
        self.entries: list[KeyEntry] = []
        self._by_norm: dict[tuple[str, str], KeyEntry] = {}
        self._used: set[str] = set()
        self._codes: dict[str, int] = {}
        self._seen_codes: set[str] = set()
        self.changed: set[int] = set()  # id() of stored entries whose pseudonym was redone
        for e in entries or []:
            self._register(e)

    def _register(self, e: KeyEntry, counted: bool = False) -> None:
        self.entries.append(e)
        self._by_norm[(e.type, normal(e.original))] = e
        for value in (e.pseudonym, e.replacement):
            if value:
                self._used.add(value.casefold())
        if e.code and not counted and e.code not in self._seen_codes:
            self._codes[e.type] = self._codes.get(e.type, 0) + 1
        if e.code:
            self._seen_codes.add(e.code)  # a short form shares its full name's code

    # --- lookups ---------------------------------------------------------------------------
    def find(self, surface: str, typ: str) -> tuple[KeyEntry | None, str]:
        """The entry for ``surface`` (any inflected form) and the inflection ending."""
        for mark in (":s", ":n", "'", "’"):
            if surface.endswith(mark):
                e = self._by_norm.get((typ, normal(surface[:-len(mark)])))
                if e is not None:
                    return e, mark
        e = self._by_norm.get((typ, normal(surface)))
        if e is not None:
            return e, ""
        words = surface.split()
        head, last = " ".join(words[:-1]), words[-1] if words else ""
        for base, _ in inflection_bases(last)[1:]:
            candidate = f"{head} {base}".strip()
            e = self._by_norm.get((typ, normal(candidate)))
            if e is not None:
                return e, last[len(base):]
        return None, ""

    def originals(self) -> list[str]:
        return [e.original for e in self.entries]

    # --- making entries --------------------------------------------------------------------
    def entry_for(self, surface: str, typ: str,
                  full_name: str | None = None) -> tuple[KeyEntry, str]:
        """The entry for ``surface``, made (with pseudonym and code) if it is new. A short
        form the text links to ``full_name`` ("Aleksandra, vi säger Ola") shares the full
        name's code and gets a short form of its pseudonym."""
        e, ending = self.find(surface, typ)
        if e is not None:
            return e, ending
        if typ == PERSON and full_name and " " not in surface.strip():
            return self._short_entry(surface.strip(), full_name.split()[0]), ""
        base, ending = surface, ""
        if typ == PERSON:
            hit = names.lookup(surface.split()[-1])
            if hit and hit.suffix:
                base, ending = surface[:-len(hit.suffix)], hit.suffix
        elif surface.endswith((":s", ":n")):
            base, ending = surface[:-2], surface[-2:]
        elif typ in (SCHOOL, PLACE, WORKPLACE, ORGANISATION) and surface.endswith("s") \
                and len(surface) > 4 and surface[-2] in "aeiouyåäön":
            base, ending = surface[:-1], "s"  # "Tjärnaskolans", "Kvarnbos"
        e = KeyEntry(base, typ)
        self.complete(e)
        self._register(e, counted=True)
        self._free_name(e)
        return e, ending

    def _short_entry(self, short: str, full_first: str) -> KeyEntry:
        full = self.entry_for(full_first, PERSON)[0]
        pool = sorted(n for n in (names.first_names_female() if full.gender == "f" else
                                  names.first_names_male() if full.gender == "m" else
                                  names.first_names_female() | names.first_names_male())
                      if "-" not in n and n not in names.stop_list())
        taken = self._used | {normal(x.original) for x in self.entries} | {short.casefold()}
        e = KeyEntry(short, PERSON, code=full.code, gender=full.gender,
                     pseudonym=nicknames.short_form(full.pseudonym, pool, taken))
        self._used.add(e.pseudonym.casefold())
        self._register(e, counted=True)
        self._free_name(e)
        return e

    def _free_name(self, new: KeyEntry) -> None:
        """A new original that an earlier entry uses as its pseudonym: that entry gets another
        one, so a pseudonym never reads as someone's real name (and never trips the guard)."""
        taken = normal(new.original)
        for other in self.entries:
            if other is not new and other.pseudonym and normal(other.pseudonym) == taken:
                self._used.discard(other.pseudonym.casefold())
                other.pseudonym = ""
                other.pseudonym = self._invent(other)
                self._used.add(other.pseudonym.casefold())
                self.changed.add(id(other))

    def complete(self, e: KeyEntry) -> KeyEntry:
        """Fill in a new entry's code, gender and pseudonym."""
        if not e.code:
            n = self._codes.get(e.type, 0)
            self._codes[e.type] = n + 1
            e.code = f"{CODE_WORDS.get(e.type, 'Uppgift')} {letter_code(n)}"
        if e.type == PERSON and e.gender is None:
            e.gender = guess_gender(e.original.split()[0])
        if not e.pseudonym:
            e.pseudonym = self._invent(e)
            self._used.add(e.pseudonym.casefold())
        return e

    def _rng(self, e: KeyEntry, attempt: int) -> random.Random:
        digest = hashlib.sha256(f"{self.salt}|{e.type}|{normal(e.original)}|{attempt}"
                                .encode()).hexdigest()
        return random.Random(int(digest[:16], 16))

    def _invent(self, e: KeyEntry) -> str:
        words = e.original.split()
        if e.type == PERSON and len(words) > 1:  # "Anna Söderlund" = "Anna" + "Söderlund"
            rng = self._rng(e, 0)
            return " ".join(chr(rng.randint(65, 90)) + "." if len(w) <= 2 and w.endswith(".")
                            else self.entry_for(w, PERSON)[0].pseudonym or w for w in words)
        if e.type == WORKPLACE and len(words) > 1 and words[0].endswith("s") \
                and self.find(words[0], PLACE)[0] is not None:  # "Tjärnadalens bibliotek"
            place = self.find(words[0], PLACE)[0]
            return _inflect(place.pseudonym, "s") + " " + " ".join(words[1:])
        originals = {normal(x.original) for x in self.entries} | {normal(e.original)}
        for attempt in range(200):
            value = self._candidate(e, self._rng(e, attempt))
            if value and value.casefold() not in self._used and normal(value) not in originals \
                    and not (e.type in (PERSON, SCHOOL, PLACE, WORKPLACE)
                             and _alike(value, e.original)):
                return value
        return f"{e.code}"

    def _candidate(self, e: KeyEntry, rng: random.Random) -> str:
        words = e.original.split()
        if e.type == PERSON:
            out = []
            for i, w in enumerate(words):
                if len(w) <= 2 and w.endswith("."):
                    out.append(w)  # an initial stays an initial ("M. Lund")
                    continue
                hit = names.lookup(w)
                surname = i > 0 or (hit is not None and hit.kind == "surname")
                if surname:
                    out.append(rng.choice(sorted(names.surnames() - names.stop_list())))
                    continue
                gender = e.gender if i == 0 else guess_gender(w)
                female, male = names.first_names_female(), names.first_names_male()
                pool = (female - male if gender == "f" else male - female if gender == "m"
                        else female | male)
                out.append(rng.choice(sorted(n for n in pool - names.stop_list()
                                             if "-" not in n)))
            return " ".join(out)
        prefix = rng.choice(_PREFIXES)
        if e.type == SCHOOL:
            return f"{prefix}skolan"
        if e.type == PLACE:
            return prefix + rng.choice(_PLACE_ENDINGS)
        if e.type == WORKPLACE:
            if len(words) > 1 and words[0].endswith("s"):
                return f"{prefix}{rng.choice(_PLACE_ENDINGS)}s {' '.join(words[1:])}"
            return f"{prefix}verken"
        if e.type == ORGANISATION:
            return f"{prefix}föreningen"
        if e.type == ADDRESS:
            if re.match(r"\d{3}\s?\d{2}", e.original):
                return f"{rng.randint(100, 999)} {rng.randint(10, 99)} " \
                       f"{prefix}{rng.choice(_PLACE_ENDINGS)}"
            return f"{prefix}{rng.choice(('vägen', 'gatan', 'stigen'))} {rng.randint(1, 60)}"
        if e.type == PHONE:  # numbers the Swedish regulator (PTS) keeps free for fiction
            return f"070-174 06 {rng.randint(5, 99):02d}"
        if e.type == EMAIL:
            return f"{_ascii(prefix)}.{letter_code(rng.randint(0, 25)).lower()}@exempel.se"
        return ""

    # --- the replacement text --------------------------------------------------------------
    def replacement(self, surface: str, typ: str, policy: Policy) -> str:
        """What ``surface`` (an occurrence in a text) becomes under ``policy``."""
        how = policy.for_type(typ)
        if how == "keep":
            return surface
        if typ == PERSON and how == "pseudonym" and len(surface.split()) > 1:
            e, ending = self.find(surface, typ)
            if e is None or not (e.replacement or e.pseudonym):
                return " ".join(self.replacement(w, typ, policy) for w in surface.split())
        e, ending = self.entry_for(surface, typ)
        if e.replacement:
            return _inflect(e.replacement, ending, bracketed=e.replacement.startswith("["))
        if how == "pseudonym" and typ not in _NO_FAKES and e.pseudonym:
            return _inflect(e.pseudonym, ending)
        if how == "code":
            return _inflect(e.code, ":s" if ending else "")
        if how == "initials" and typ in (PERSON, SCHOOL, PLACE, WORKPLACE, ORGANISATION):
            return _initials(e.original) + (":s" if ending else "")
        label = e.label or DEFAULT_LABELS.get(typ, "[uppgift]")
        return _inflect(label, ending, bracketed=True)


def _alike(a: str, b: str) -> bool:
    """Would a reader link the pseudonym to the original ("Anna" → "Anna-Lisa", "Annie")?"""
    a, b = normal(a), normal(b)
    return a[:3] == b[:3] or a in b or b in a


def _inflect(value: str, ending: str, bracketed: bool = False) -> str:
    if not ending:
        return value
    if bracketed or ending in (":s", ":n"):
        return value + (":s" if ending in ("s", ":s", "'", "’") else ending)
    if ending == "s" and value.endswith(("s", "x", "z")):
        return value + "'"
    if ending in ("'", "’") and not value.endswith(("s", "x", "z")):
        return value + "s"
    return value + ending


def _initials(original: str) -> str:
    parts = [w for w in re.split(r"[\s\-]+", original) if w]
    return "".join(w[0].upper() + "." for w in parts if w[0].isalpha()) or "[...]"


# --- gender-neutral pronouns (an explicit, logged choice) -----------------------------------

_PRONOUNS = {"han": "hen", "hon": "hen", "honom": "hen", "henne": "hen", "hans": "hens",
             "hennes": "hens"}
_PRONOUN_RE = re.compile(r"(?<![\w])(han|hon|honom|henne|hans|hennes)(?![\w])", re.IGNORECASE)


def pronoun_replacements(text: str,
                         spans_to_avoid: list[tuple[int, int]] = ()) -> list[Replacement]:
    """han/hon/honom/henne/hans/hennes → hen/hens, keeping a capital letter."""
    out = []
    for m in _PRONOUN_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spans_to_avoid):
            continue
        word = m.group(1)
        new = _PRONOUNS[word.lower()]
        if word[0].isupper():
            new = new.capitalize()
        out.append(Replacement(m.start(), m.end(), new, "PRONOUN", word))
    return out


def form_key(text: str, typ: str = "") -> str:
    """The key that groups occurrences of one identifier in review: spelling-tolerant, and
    blind to a genitive ending (``Anna``, ``Annas`` and ``Anna:s`` are one form)."""
    words = text.split()
    if not words:
        return ""
    last = words[-1]
    if last.endswith((":s", ":n", "'", "’")):
        last = last.rstrip("'’")
        last = last[:-2] if last.endswith((":s", ":n")) else last
    elif last.endswith("s") and len(last) > 3:
        hit = names.lookup(last)
        if hit is not None and hit.suffix == "s":
            last = hit.base
        elif typ in (SCHOOL, PLACE, WORKPLACE, ORGANISATION) and last[-2] in "aeiouyåäön":
            last = last[:-1]
    return normal(" ".join(words[:-1] + [last]))
