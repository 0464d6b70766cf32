"""Pseudonymisation: detect identifiers, review them, keep one key, and share safely.

The API the GUI review panel and the CLI call (``project.pseudonymisation``):

- ``detect(progress)`` runs detection over the sources not yet detected (or all of them), off
  any transaction, then stores the suggestions in one undoable step. Forms already decided
  ("reject every *Inga*", "accept every *Anna*") are decided at once in new sources too.
- ``groups()`` lists suggestions grouped by surface form with counts, type, replacement and
  context; ``suggestions()`` lists single occurrences; ``progress()`` tells per source how far
  review has come.
- ``decide(id, accept)``, ``decide_all(id, accept)``, ``add_span(...)``, ``set_type(...)``,
  ``set_replacement(...)``, ``set_label(...)``, ``set_policy(...)`` and
  ``set_neutral_pronouns(...)`` are each one transaction, attributed to the current coder and
  undoable with ``project.undo()``.
- ``pseudonymised(source_id)`` gives a source's pseudonymised text with its offset map (codings
  convert with ``offsets.span_to_new``); accepted occurrences and every other occurrence of
  an original in the key are replaced, so sources imported later are covered as well.
- ``export_key(path)`` writes the key as CSV; ``export_copy(dest)`` writes a copy of the
  project with pseudonymised text only and the key removed; ``guard_file(path, name)`` is the
  guard every export's finished file passes (``services.export_guard``); it raises
  ``ExportRefused``. ``check_export(texts)`` checks text in memory.
- ``known()``, ``add_known(...)``, ``edit_known(...)``, ``remove_known(id)`` and
  ``import_known(csv)`` keep the project's own list of participants, schools, places and
  workplaces that detection finds in every inflected and compound form.
"""
from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..pseudonymise import nicknames
from ..pseudonymise.guard import ExportRefused, Leak, find_leaks, in_joined_words
from ..pseudonymise.known import KnownIdentifier, KnownMatcher
from ..pseudonymise.offsets import OffsetMap, Replacement, apply
from ..pseudonymise.replace import (
    DEFAULT_LABELS,
    KeyBook,
    KeyEntry,
    Policy,
    form_key,
    pronoun_replacements,
)
from ..pseudonymise.suggestions import PERSON, TYPES
from ..store import pseudo_store, reads
from ..store.database import utcnow
from ..store.writer import Writer
from .pseudonymisation_detection import Detection, DetectionResult
from .pseudonymisation_known import KnownList
from .pseudonymisation_review import PRONOUN, Review
from .pseudonymisation_sharing import SALT_KEY, CopyReport, Sharing

__all__ = ["PseudonymisationService", "ExportRefused", "Leak", "Occurrence", "SuggestionGroup",
           "SourceProgress", "DetectionResult", "PseudonymisedSource", "CopyReport"]


# --- records the GUI and CLI read ----------------------------------------------------------

@dataclass(frozen=True)
class Occurrence:
    id: int
    source_id: int
    source_name: str
    start: int
    end: int
    text: str
    type: str
    status: str  # "open", "accepted", "rejected"
    detector: str  # which rules found it ("names+ner", "pattern", "manual", ...)
    score: float
    key_id: int | None = None
    decided_by: str | None = None
    decided_at: object = None
    left: str = ""  # context before and after, for the review list
    right: str = ""


@dataclass
class SuggestionGroup:
    """All occurrences of one surface form (inflected forms included) in the project."""

    form: str
    text: str  # the most frequent spelling
    type: str
    count: int
    open: int
    accepted: int
    rejected: int
    sources: int
    replacement: str  # what it becomes under the current policy
    decision: str | None  # a standing decision for every occurrence ("accept", "reject")
    occurrences: list[Occurrence] = field(default_factory=list)


@dataclass(frozen=True)
class SourceProgress:
    source_id: int
    name: str
    detected: bool
    open: int
    accepted: int
    rejected: int
    reviewed: bool
    reviewed_by: str | None = None


@dataclass
class PseudonymisedSource:
    source_id: int
    text: str
    offsets: OffsetMap
    replacements: list[Replacement]


# --- the service -------------------------------------------------------------------------

class PseudonymisationService(Detection, Review, KnownList, Sharing):
    def __init__(self, project):
        self.p = project

    # --- reads -----------------------------------------------------------------------------
    def _read(self, fn, *args, **kwargs):
        with self.p.db.read() as conn:
            return fn(conn, *args, **kwargs)

    def active(self) -> bool:
        """True once the project has a key: exports then default to pseudonymised text."""
        return bool(self._read(pseudo_store.key_rows))

    def policy(self) -> Policy:
        rows = self._read(pseudo_store.policy_rows)
        per_type = {r["type"]: r["method"] for r in rows if r["type"] in TYPES}
        neutral = any(r["type"] == PRONOUN and r["method"] == "hen" for r in rows)
        return Policy(per_type, "label", neutral)

    def role_labels(self) -> dict[str, str]:
        """Bracketed labels per type, with the project's own where it set one."""
        labels = dict(DEFAULT_LABELS)
        for r in self._read(pseudo_store.policy_rows):
            if r["type"] in TYPES and r["label"]:
                labels[r["type"]] = r["label"]
        return labels

    def key_entries(self) -> list[KeyEntry]:
        return [_entry(r) for r in self._read(pseudo_store.key_rows)]

    def known(self) -> list[dict]:
        return self._read(pseudo_store.known_rows)

    def log(self) -> list[dict]:
        return self._read(pseudo_store.log_rows)

    def _book(self, rows: list[dict] | None = None, salt: str | None = None) -> KeyBook:
        if rows is None:
            rows = self._read(pseudo_store.key_rows)
        if salt is None:
            salt = self.p.meta().get(SALT_KEY, "")
        return KeyBook([_entry(r) for r in rows], salt=salt)

    def suggestions(self, source_id: int | None = None, status: str | None = None,
                    context: int = 40) -> list[Occurrence]:
        rows = self._read(pseudo_store.suggestion_rows, source_id, status)
        texts = self.p.sources.texts(sorted({r["source_id"] for r in rows})) if context else {}
        return [_occurrence(r, texts.get(r["source_id"], ""), context) for r in rows]

    def groups(self, status: str | None = None, source_id: int | None = None,
               context: int = 40) -> list[SuggestionGroup]:
        """Suggestions grouped by surface form (``Anna``, ``Annas`` together), most
        occurrences first. ``status="open"`` lists the groups that still have open ones."""
        occurrences = self.suggestions(source_id=source_id, context=context)
        decisions = {d["form"]: d["decision"] for d in self._read(pseudo_store.decision_rows)}
        book, policy = self._book(), self.policy()
        by_form: dict[str, list[Occurrence]] = {}
        for o in occurrences:
            by_form.setdefault(form_key(o.text, o.type), []).append(o)
        out = []
        for form, items in by_form.items():
            states = Counter(o.status for o in items)
            if status is not None and not states.get(status):
                continue
            typ = Counter(o.type for o in items).most_common(1)[0][0]
            text = Counter(o.text for o in items).most_common(1)[0][0]
            out.append(SuggestionGroup(
                form, text, typ, len(items), states.get("open", 0), states.get("accepted", 0),
                states.get("rejected", 0), len({o.source_id for o in items}),
                book.replacement(text, typ, policy), decisions.get(form), items))
        out.sort(key=lambda g: (-g.count, g.text.casefold()))
        return out

    def progress(self) -> list[SourceProgress]:
        with self.p.db.read() as conn:
            counts = pseudo_store.suggestion_counts(conn)
            states = {r["source_id"]: r for r in pseudo_store.source_state_rows(conn)}
            summaries = reads.source_list(conn)
            coders = {c.id: c.name for c in reads.coder_list(conn)}
        out = []
        for s in summaries:
            c = counts.get(s.id, {})
            st = states.get(s.id) or {}
            out.append(SourceProgress(
                s.id, s.name, st.get("detected_at") is not None, c.get("open", 0),
                c.get("accepted", 0), c.get("rejected", 0), st.get("reviewed_at") is not None,
                coders.get(st.get("reviewed_by"))))
        return out

    def summary(self) -> dict[str, int]:
        """Counts over the whole project, for a status line."""
        prog = self.progress()
        return {"sources": len(prog), "detected": sum(p.detected for p in prog),
                "reviewed": sum(p.reviewed for p in prog),
                "open": sum(p.open for p in prog), "accepted": sum(p.accepted for p in prog),
                "rejected": sum(p.rejected for p in prog),
                "key_entries": len(self._read(pseudo_store.key_rows))}

    # --- the key inside a transaction ------------------------------------------------------
    def _book_in(self, w: Writer) -> KeyBook:
        salt_row = w.get("project_meta", SALT_KEY)
        if salt_row is None:
            salt = secrets.token_hex(16)
            w.insert("project_meta", {"key": SALT_KEY, "value": salt})
        else:
            salt = salt_row["value"]
        return KeyBook([_entry(r) for r in w.find("pseudo_key", order_by="id")], salt=salt)

    def _key_id_in(self, w: Writer, book: KeyBook, surface: str, typ: str,
                   source_id: int | None = None) -> int:
        full_name = None
        if typ == PERSON and source_id is not None and book.find(surface, typ)[0] is None:
            src = w.get("sources", source_id)  # "Aleksandra, vi säger Ola": one person
            full_name = nicknames.full_name_for(src["text"], surface) if src else None
        entry, _ = book.entry_for(surface, typ, full_name)
        self._flush_in(w, book)
        return entry.id

    def _flush_in(self, w: Writer, book: KeyBook) -> None:
        """Store the key entries the book made (a full name makes its parts too)."""
        for e in book.entries:
            if e.id is not None and id(e) in book.changed:
                w.update("pseudo_key", e.id, {"pseudonym": e.pseudonym})
                book.changed.discard(id(e))
            if e.id is None:
                clash = w.find("pseudo_key", type=e.type, original=e.original)
                if clash:
                    e.id = clash[0]["id"]
                    continue
                e.id = w.insert("pseudo_key", {
                    "original": e.original, "type": e.type, "pseudonym": e.pseudonym,
                    "code": e.code, "label": e.label, "replacement": e.replacement,
                    "gender": e.gender, "created_at": utcnow(), "created_by": self.p.coder.id})

    # --- pseudonymised text ----------------------------------------------------------------
    def pseudonymised(self, source_id: int, book: KeyBook | None = None,
                      policy: Policy | None = None,
                      matcher: KnownMatcher | None = None) -> PseudonymisedSource:
        """The source's text with every accepted identifier replaced, and the offset map."""
        text = self.p.sources.get(source_id).text
        rows = self._read(pseudo_store.suggestion_rows, source_id)
        book = book or self._book()
        policy = policy or self.policy()
        matcher = matcher or _key_matcher(book)
        spans = _replacement_spans(text, rows, matcher)
        replacements = [Replacement(a, b, book.replacement(text[a:b], typ, policy), typ,
                                    text[a:b]) for a, b, typ in spans]
        replacements = [r for r in replacements if r.new != r.original]
        if policy.neutral_pronouns:
            replacements += pronoun_replacements(text, [(a, b) for a, b, _ in spans])
        new_text, offsets = apply(text, replacements)
        return PseudonymisedSource(source_id, new_text, offsets, sorted(
            replacements, key=lambda r: r.start))

    def _key_tools(self) -> tuple[KeyBook, Policy, KnownMatcher]:
        """The key, the policy and a matcher for the key's originals, read once."""
        book = self._book()
        return book, self.policy(), _key_matcher(book)

    def pseudonymiser(self):
        """``pseudonymised`` with the key, policy and matcher read once: for work over many
        sources (a report, an export, the shared copy)."""
        book, policy, matcher = self._key_tools()
        return lambda source_id: self.pseudonymised(source_id, book, policy, matcher)

    def pseudonymised_text(self, source_id: int) -> str:
        return self.pseudonymised(source_id).text

    def offset_map(self, source_id: int) -> OffsetMap:
        return self.pseudonymised(source_id).offsets

    def scrub(self, text: str, book: KeyBook | None = None, policy: Policy | None = None,
              matcher: KnownMatcher | None = None) -> str:
        """Any free text (a memo, a file name, a quote) with the key's originals replaced."""
        book = book or self._book()
        policy = policy or self.policy()
        matcher = matcher or _key_matcher(book)
        found = matcher.find(text)
        found += in_joined_words(matcher, text, found)  # "HTL-teamet", "vh_Anna_Berg.docx"
        reps = [Replacement(s.start, s.end, book.replacement(s.text, s.type, policy), s.type)
                for s in sorted(found, key=lambda s: s.start)]
        return apply(text, reps)[0] if reps else text

    # --- the export guard ------------------------------------------------------------------
    def check_export(self, texts: str | Iterable[str] | Mapping[str, str],
                     allowed: Iterable[str] = ()) -> list[Leak]:
        """Originals from the key (and the known list) in text about to be exported. Pass a
        mapping {where: text} so that a refusal can say where. Empty: nothing leaks."""
        return find_leaks(texts, self.guard_identifiers(), allowed)

    def guard_identifiers(self) -> list[KnownIdentifier]:
        """What the export guard looks for: the key's originals and the known list, except
        the types the policy keeps and originals a reviewer chose to keep as they are."""
        policy = self.policy()
        identifiers = [KnownIdentifier(e.original, e.type, e.id) for e in self.key_entries()
                       if policy.for_type(e.type) != "keep" and not e.replacement == e.original]
        for r in self.known():
            if policy.for_type(r["type"]) != "keep":
                variants = tuple(v for v in r["variants"].split("\n") if v.strip())
                identifiers.append(KnownIdentifier(r["text"], r["type"], None, variants))
        return identifiers

    def guard_export(self, texts: str | Iterable[str] | Mapping[str, str],
                     what: str | None = None) -> None:
        """Raise ``ExportRefused`` (a ``UserError`` naming where) if any original would leave."""
        leaks = self.check_export(texts)
        if leaks:
            raise ExportRefused(leaks, what)

    def guard_file(self, path, name: str | None = None, what=None) -> None:
        """THE export guard: read the whole written file at ``path`` back (every part, every
        column) and refuse it, naming where, if an original is in it or in ``name``."""
        from .export_guard import guard_file
        guard_file(path, self.guard_identifiers(), (), name, what)

# --- helpers ---------------------------------------------------------------------------------

def _entry(r: dict) -> KeyEntry:
    return KeyEntry(r["original"], r["type"], r["pseudonym"], r["code"], r["label"],
                    r["replacement"], r["gender"], r["id"])


def _occurrence(r: dict, text: str, context: int) -> Occurrence:
    left = text[max(0, r["start"] - context):r["start"]] if text else ""
    right = text[r["end"]:r["end"] + context] if text else ""
    return Occurrence(r["id"], r["source_id"], r["source_name"], r["start"], r["end"],
                      r["text"], r["type"], r["status"], r["detector"], r["score"],
                      r["key_id"], r.get("decided_by_name"), r["decided_at"], left, right)


def _key_matcher(book: KeyBook) -> KnownMatcher:
    return KnownMatcher([KnownIdentifier(e.original, e.type, e.id) for e in book.entries],
                        fuzzy=False, compounds=False)


def _replacement_spans(text: str, rows: list[dict],
                       matcher: KnownMatcher) -> list[tuple[int, int, str]]:
    """Accepted occurrences, plus every other occurrence of a key original that no reviewer
    rejected; overlapping spans are joined (the longer one's type wins)."""
    accepted = [(r["start"], r["end"], r["type"]) for r in rows if r["status"] == "accepted"]
    rejected = [(r["start"], r["end"]) for r in rows if r["status"] == "rejected"]
    taken = accepted + rejected
    extra = [(s.start, s.end, s.type) for s in matcher.find(text)
             if not any(a < s.end and s.start < b for a, b, *_ in taken)]
    # an original inside a hyphenated word ("HTL-teamet"), as the export guard reads it
    extra += [(s.start, s.end, s.type) for s in
              in_joined_words(matcher, text, [(a, b) for a, b, *_ in taken + extra])]
    spans = sorted(accepted + extra)
    out: list[tuple[int, int, str]] = []
    for a, b, typ in spans:
        if out and a < out[-1][1]:
            pa, pb, ptyp = out[-1]
            longer = typ if b - a > pb - pa else ptyp
            out[-1] = (pa, max(pb, b), longer)
        else:
            out.append((a, b, typ))
    return out
