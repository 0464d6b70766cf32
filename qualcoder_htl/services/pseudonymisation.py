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

from ..core.changes import Changes
from ..core.errors import (
    ConflictError,
    InvalidSpanError,
    NotFoundError,
)
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..pseudonymise import nicknames
from ..pseudonymise.guard import ExportRefused, Leak, find_leaks, in_joined_words
from ..pseudonymise.known import KnownIdentifier, KnownMatcher
from ..pseudonymise.offsets import OffsetMap, Replacement, apply
from ..pseudonymise.replace import (
    DEFAULT_LABELS,
    POLICIES,
    KeyBook,
    KeyEntry,
    Policy,
    form_key,
    pronoun_replacements,
)
from ..pseudonymise.suggestions import MANUAL, PERSON, TYPES
from ..store import pseudo_store, reads
from ..store.database import utcnow
from ..store.writer import Writer
from .key_state import needs_key
from .pseudonymisation_detection import Detection, DetectionResult
from .pseudonymisation_known import KnownList, _check_type
from .pseudonymisation_sharing import SALT_KEY, CopyReport, Sharing

catalogue({
    "pseudo.undo.accept_one": (
        "Accept one suggestion",
        "Godta ett förslag"),
    "pseudo.undo.reject_one": (
        "Reject one suggestion",
        "Avvisa ett förslag"),
    "pseudo.undo.accept_all": (
        "Accept every occurrence",
        "Godta alla förekomster"),
    "pseudo.undo.reject_all": (
        "Reject every occurrence",
        "Avvisa alla förekomster"),
    "pseudo.undo.reopen": (
        "Reopen suggestion",
        "Öppna förslag igen"),
    "pseudo.undo.mark": (
        "Mark identifier",
        "Markera identifierande uppgift"),
    "pseudo.undo.type": (
        "Change identifier type",
        "Ändra uppgiftens typ"),
    "pseudo.undo.replacement": (
        "Change replacement",
        "Ändra ersättning"),
    "pseudo.undo.role_label": (
        "Change role label",
        "Ändra rollbeteckning"),
    "pseudo.type.PERSON": ("person", "person"),
    "pseudo.type.SCHOOL": ("school", "skola"),
    "pseudo.type.PLACE": ("place", "plats"),
    "pseudo.type.WORKPLACE": ("workplace", "arbetsplats"),
    "pseudo.type.ADDRESS": ("address", "adress"),
    "pseudo.type.PHONE": ("phone number", "telefonnummer"),
    "pseudo.type.EMAIL": ("e-mail", "e-post"),
    "pseudo.type.PERSONNUMMER": ("personal identity number", "personnummer"),
    "pseudo.type.DATE": ("date", "datum"),
    "pseudo.type.AGE": ("age", "ålder"),
    "pseudo.type.ORGANISATION": ("organisation", "organisation"),
    "pseudo.type.OTHER": ("other", "annan uppgift"),
    "pseudo.method.label": ("label", "etikett"),
    "pseudo.method.code": ("letter code", "bokstavskod"),
    "pseudo.method.initials": ("initials", "initialer"),
    "pseudo.method.pseudonym": ("pseudonym", "pseudonym"),
    "pseudo.method.keep": ("keep", "behåll"),
    "pseudo.undo.policy": (
        "Replace {type} by {method}",
        "Ersätt {type} med {method}"),
    "pseudo.undo.pronouns_on": (
        "Gender-neutral pronouns on",
        "Könsneutrala pronomen på"),
    "pseudo.undo.pronouns_off": (
        "Gender-neutral pronouns off",
        "Könsneutrala pronomen av"),
    "pseudo.undo.reviewed": (
        "Mark source reviewed",
        "Markera källan som granskad"),
    "pseudo.undo.unreviewed": (
        "Mark source unreviewed",
        "Markera källan som ogranskad"),
    "pseudo.undo.apply": (
        "Apply pseudonymisation decisions",
        "Tillämpa pseudonymiseringsbeslut"),
    "pseudo.no_suggestion": (
        "No suggestion with id {id}.",
        "Inget förslag med id {id}."),
    "pseudo.blank_span": (
        "The selected span is only white space.",
        "Markeringen innehåller bara blanktecken."),
    "pseudo.no_key_entry": (
        "No key entry with id {id}.",
        "Ingen post i nyckeln med id {id}."),
    "pseudo.bad_policy": (
        "{method!r} is not a replacement policy; choose one of {methods}.",
        "{method!r} är inget ersättningssätt; välj ett av {methods}."),
})

__all__ = ["PseudonymisationService", "ExportRefused", "Leak", "Occurrence", "SuggestionGroup",
           "SourceProgress", "DetectionResult", "PseudonymisedSource", "CopyReport"]

PRONOUN = "PRONOUN"  # the policy row that holds the han/hon → hen choice


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

class PseudonymisationService(Detection, KnownList, Sharing):
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

    # --- decisions -------------------------------------------------------------------------
    def _suggestion_in(self, w: Writer, suggestion_id: int) -> dict:
        row = w.get("pseudo_suggestions", suggestion_id)
        if row is None:
            raise NotFoundError(msg("pseudo.no_suggestion", id=suggestion_id))
        return row

    def _decide_row_in(self, w: Writer, book: KeyBook, row: dict, accept: bool,
                       typ: str | None = None) -> None:
        typ = typ or row["type"]
        values = {"status": "accepted" if accept else "rejected", "type": typ,
                  "decided_by": self.p.coder.id, "decided_at": utcnow(),
                  "key_id": self._key_id_in(w, book, row["text"], typ, row["source_id"])
                  if accept else None}
        w.update("pseudo_suggestions", row["id"], values)

    @needs_key
    def decide(self, suggestion_id: int, accept: bool) -> Changes:
        """Accept or reject one occurrence."""
        def do(w: Writer):
            row = self._suggestion_in(w, suggestion_id)
            self._decide_row_in(w, self._book_in(w), row, accept)
        return self.p.mutate(msg("pseudo.undo.accept_one" if accept else "pseudo.undo.reject_one"),
                             do)

    @needs_key
    def reopen(self, suggestion_id: int) -> Changes:
        def do(w: Writer):
            self._suggestion_in(w, suggestion_id)
            w.update("pseudo_suggestions", suggestion_id, {
                "status": "open", "key_id": None, "decided_by": None, "decided_at": None})
        return self.p.mutate(msg("pseudo.undo.reopen"), do)

    @needs_key
    def decide_all(self, suggestion_id: int, accept: bool, typ: str | None = None) -> Changes:
        """Accept or reject every occurrence of this suggestion's form in the project, and
        keep the decision for sources detected later. ``changes.result``: occurrences set."""
        def do(w: Writer):
            row = self._suggestion_in(w, suggestion_id)
            chosen = typ or row["type"]
            form = form_key(row["text"], row["type"])
            book = self._book_in(w)
            key_id = self._key_id_in(w, book, row["text"], chosen, row["source_id"]) \
                if accept else None
            values = {"text": row["text"], "type": chosen,
                      "decision": "accept" if accept else "reject", "key_id": key_id,
                      "coder_id": self.p.coder.id, "decided_at": utcnow()}
            old = w.find("pseudo_decisions", form=form)
            if old:
                w.update("pseudo_decisions", old[0]["id"], values)
            else:
                w.insert("pseudo_decisions", {"form": form, **values})
            n = 0
            for other in w.find("pseudo_suggestions"):
                if form_key(other["text"], other["type"]) == form:
                    self._decide_row_in(w, book, other, accept, chosen if accept else None)
                    n += 1
            return n
        return self.p.mutate(msg("pseudo.undo.accept_all" if accept else "pseudo.undo.reject_all"),
                             do)

    @needs_key
    def add_span(self, source_id: int, start: int, end: int, typ: str,
                 replacement: str | None = None) -> Changes:
        """Mark a span detection missed (accepted at once). Suggestions it overlaps go.
        ``changes.result`` is the new suggestion's id."""
        _check_type(typ)

        def do(w: Writer):
            src = w.get("sources", source_id)
            if src is None:
                raise NotFoundError(msg("error.no_source_id", id=source_id))
            if not (0 <= start < end <= src["char_count"]):
                raise InvalidSpanError(msg("error.span_outside", start=start, end=end,
                                           length=src["char_count"]))
            text = src["text"][start:end]
            if not text.strip():
                raise InvalidSpanError(msg("pseudo.blank_span"))
            for r in w.find("pseudo_suggestions", source_id=source_id):
                if r["start"] < end and start < r["end"]:
                    w.delete("pseudo_suggestions", r["id"])
            book = self._book_in(w)
            key_id = self._key_id_in(w, book, text, typ)
            if replacement:
                w.update("pseudo_key", key_id, {"replacement": replacement})
            now = utcnow()
            return w.insert("pseudo_suggestions", {
                "source_id": source_id, "start": start, "end": end, "text": text, "type": typ,
                "detector": MANUAL, "score": 1.0, "status": "accepted", "key_id": key_id,
                "created_at": now, "decided_by": self.p.coder.id, "decided_at": now})
        return self.p.mutate(msg("pseudo.undo.mark"), do)

    @needs_key
    def set_type(self, suggestion_id: int, typ: str, all_occurrences: bool = False) -> Changes:
        _check_type(typ)

        def do(w: Writer):
            row = self._suggestion_in(w, suggestion_id)
            rows = [row]
            if all_occurrences:
                form = form_key(row["text"], row["type"])
                rows = [r for r in w.find("pseudo_suggestions")
                        if form_key(r["text"], r["type"]) == form]
            book = self._book_in(w)
            for r in rows:
                values = {"type": typ}
                if r["status"] == "accepted":
                    values["key_id"] = self._key_id_in(w, book, r["text"], typ)
                w.update("pseudo_suggestions", r["id"], values)
        return self.p.mutate(msg("pseudo.undo.type"), do)

    def _key_for_suggestion_in(self, w: Writer, suggestion_id: int) -> int:
        row = self._suggestion_in(w, suggestion_id)
        if row["key_id"] is not None:
            return row["key_id"]
        return self._key_id_in(w, self._book_in(w), row["text"], row["type"])

    @needs_key
    def set_replacement(self, replacement: str, key_id: int | None = None,
                        suggestion_id: int | None = None) -> Changes:
        """Give one original (by key entry or by one of its suggestions) its own replacement,
        used under every policy; an empty string returns it to the policy's choice."""
        def do(w: Writer):
            kid = key_id if key_id is not None else self._key_for_suggestion_in(w, suggestion_id)
            if w.get("pseudo_key", kid) is None:
                raise NotFoundError(msg("pseudo.no_key_entry", id=kid))
            w.update("pseudo_key", kid, {"replacement": replacement.strip()})
        return self.p.mutate(msg("pseudo.undo.replacement"), do)

    @needs_key
    def set_label(self, label: str, key_id: int | None = None,
                  suggestion_id: int | None = None) -> Changes:
        """A role label for one original: ``[barnets namn]``, ``[rektorn]``."""
        label = label.strip()
        if label and not label.startswith("["):
            label = f"[{label}]"

        def do(w: Writer):
            kid = key_id if key_id is not None else self._key_for_suggestion_in(w, suggestion_id)
            if w.get("pseudo_key", kid) is None:
                raise NotFoundError(msg("pseudo.no_key_entry", id=kid))
            w.update("pseudo_key", kid, {"label": label})
        return self.p.mutate(msg("pseudo.undo.role_label"), do)

    @needs_key
    def set_policy(self, typ: str, method: str, label: str | None = None) -> Changes:
        """How a type is replaced: "label", "code", "initials", "pseudonym" or "keep"."""
        _check_type(typ)
        if method not in POLICIES:
            raise ConflictError(msg("pseudo.bad_policy", method=method,
                                    methods=", ".join(POLICIES)))

        def do(w: Writer):
            values = {"method": method}
            if label is not None:
                values["label"] = label
            if w.get("pseudo_policy", typ):
                w.update("pseudo_policy", typ, values)
            else:
                w.insert("pseudo_policy", {"type": typ, "label": "", **values})
            self._log_in(w, "policy", f"{typ}: {method}" + (f" {label}" if label else ""))
        return self.p.mutate(msg("pseudo.undo.policy", type=msg(f"pseudo.type.{typ}"),
                                 method=msg(f"pseudo.method.{method}")), do)

    @needs_key
    def set_neutral_pronouns(self, enabled: bool, reason: str = "") -> Changes:
        """han/hon/honom/henne/hans/hennes → hen/hens in pseudonymised text: an explicit choice,
        logged with the coder, the time and the reason given."""
        def do(w: Writer):
            method = "hen" if enabled else "keep"
            if w.get("pseudo_policy", PRONOUN):
                w.update("pseudo_policy", PRONOUN, {"method": method})
            else:
                w.insert("pseudo_policy", {"type": PRONOUN, "method": method, "label": ""})
            self._log_in(w, "neutral pronouns", ("on" if enabled else "off")
                         + (f": {reason}" if reason else ""))
        return self.p.mutate(msg("pseudo.undo.pronouns_on" if enabled
                                 else "pseudo.undo.pronouns_off"), do)

    @needs_key
    def mark_reviewed(self, source_id: int, reviewed: bool = True) -> Changes:
        def do(w: Writer):
            if w.get("sources", source_id) is None:
                raise NotFoundError(msg("error.no_source_id", id=source_id))
            values = {"reviewed_by": self.p.coder.id if reviewed else None,
                      "reviewed_at": utcnow() if reviewed else None}
            if w.get("pseudo_sources", source_id):
                w.update("pseudo_sources", source_id, values)
            else:
                w.insert("pseudo_sources", {"source_id": source_id, "detected_at": None,
                                            **values})
        return self.p.mutate(msg("pseudo.undo.reviewed" if reviewed
                                 else "pseudo.undo.unreviewed"), do)

    def _log_in(self, w: Writer, action: str, detail: str = "") -> None:
        w.insert("pseudo_log", {"coder_id": self.p.coder.id, "at": utcnow(), "action": action,
                                "detail": detail})

    # --- applying decisions ----------------------------------------------------------------
    @needs_key
    def apply(self, progress: Progress | None = None) -> dict[str, int]:
        """Bring every source in line with the decisions: detect sources imported since the
        last run, decide open occurrences of forms already decided, and make sure every
        accepted occurrence has its key entry. Detection runs first, outside the transaction;
        storing and deciding are one transaction and one undo step."""
        found, _cancelled = self._find(progress)
        counts = {"new": 0, "decided": 0}

        def do(w: Writer):
            if found:
                self._store_found_in(w, found, counts)
            return self._apply_decisions_in(w)
        changes = self.p.mutate(msg("pseudo.undo.apply"), do)
        decided, linked = changes.result or (0, 0)
        return {"detected_sources": len(found), "new_suggestions": counts["new"],
                "decided": decided + counts["decided"], "linked": linked}

    def _apply_decisions_in(self, w: Writer) -> tuple[int, int]:
        decisions = {d["form"]: d for d in w.find("pseudo_decisions")}
        book = self._book_in(w)
        decided = linked = 0
        for row in w.find("pseudo_suggestions"):
            if row["status"] == "open":
                d = decisions.get(form_key(row["text"], row["type"]))
                if d is not None:
                    self._decide_row_in(w, book, row, d["decision"] == "accept",
                                        d["type"] if d["decision"] == "accept" else None)
                    decided += 1
            elif row["status"] == "accepted" and row["key_id"] is None:
                w.update("pseudo_suggestions", row["id"],
                         {"key_id": self._key_id_in(w, book, row["text"], row["type"],
                                                    row["source_id"])})
                linked += 1
        return decided, linked

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
