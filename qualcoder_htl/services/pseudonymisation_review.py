"""Review for the pseudonymisation service: decisions on suggestions (accept or reject one
occurrence or every occurrence of a form, reopen, mark a span detection missed), the type,
replacement and role label of an original, the replacement policy per type, gender-neutral
pronouns, a source marked reviewed, and applying the standing decisions to every source.

A part of ``PseudonymisationService`` (``project.pseudonymisation``), kept in its own module.
"""
from __future__ import annotations

from ..core.changes import Changes
from ..core.errors import ConflictError, InvalidSpanError, NotFoundError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..pseudonymise.replace import POLICIES, KeyBook, form_key
from ..pseudonymise.suggestions import MANUAL
from ..store.database import utcnow
from ..store.writer import Writer
from .key_state import needs_key
from .pseudonymisation_known import _check_type

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

PRONOUN = "PRONOUN"  # the policy row that holds the han/hon → hen choice


class Review:
    """The review half of ``PseudonymisationService`` (which gives ``p``, ``_book_in``,
    ``_key_id_in``, ``_find`` and ``_store_found_in``)."""

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
