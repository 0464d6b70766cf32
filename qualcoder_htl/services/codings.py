"""Codings: apply a code to a span, remove, resize, mark key quotes, write coding memos."""
from __future__ import annotations

from ..core.changes import Changes
from ..core.errors import InvalidSpanError, NotFoundError
from ..core.messages import Message, catalogue, msg
from ..core.models import Coding
from ..store import reads
from ..store.database import utcnow
from ..store.writer import Writer
from .edit_conflicts import changed_since, refuse

catalogue({
    "codings.undo.apply": (
        "Apply code",
        "Använd kod"),
    "codings.undo.new_code": (
        "New code '{name}' from selection",
        "Ny kod '{name}' från markering"),
    "codings.undo.remove": (
        "Remove coding",
        "Ta bort kodning"),
    "codings.undo.uncode": (
        "Remove code from selection",
        "Ta bort kod från markering"),
    "codings.undo.resize": (
        "Resize coding",
        "Ändra kodningens omfång"),
    "codings.undo.key_quote": (
        "Mark key quote",
        "Markera nyckelcitat"),
    "codings.undo.no_key_quote": (
        "Unmark key quote",
        "Avmarkera nyckelcitat"),
    "codings.undo.memo": (
        "Edit coding memo",
        "Redigera kodningsmemo"),
})


class CodingService:
    def __init__(self, project):
        self.p = project

    # --- reads -----------------------------------------------------------------------------
    def for_source(self, source_id: int) -> list[Coding]:
        with self.p.db.read() as conn:
            return reads.coding_list(conn, source_id=source_id)

    def for_codes(self, code_ids: list[int], coder_id: int | None = None) -> list[Coding]:
        with self.p.db.read() as conn:
            return reads.coding_list(conn, code_ids=code_ids, coder_id=coder_id)

    def with_memos(self, source_id: int | None = None) -> list[Coding]:
        """The codings that carry a memo (the memo panel lists them with the other memos)."""
        with self.p.db.read() as conn:
            return reads.coding_list(conn, source_id=source_id, with_memo=True)

    def all(self) -> list[Coding]:
        with self.p.db.read() as conn:
            return reads.coding_list(conn)

    def segments(self, code_ids: list[int], context: int = 80, limit: int | None = None,
                 coding_ids: list[int] | None = None) -> list[tuple[Coding, str, str, str, str]]:
        """The coded passages of ``code_ids`` with context: (coding, source name, before,
        coded text, after), by source name and position; only ``coding_ids`` if given."""
        with self.p.db.read() as conn:
            return reads.coding_segments(conn, code_ids, context, limit, coding_ids)

    def get_many(self, coding_ids: list[int]) -> list[Coding]:
        """The codings with these ids that exist (a window patches its list with them after
        a change instead of re-reading a whole source)."""
        with self.p.db.read() as conn:
            return reads.coding_list(conn, coding_ids=list(coding_ids))

    def get(self, coding_id: int) -> Coding:
        with self.p.db.read() as conn:
            c = reads.coding(conn, coding_id)
        if c is None:
            raise NotFoundError(msg("error.no_coding_id", id=coding_id))
        return c

    # --- inside a transaction --------------------------------------------------------------
    def add_in(self, w: Writer, source_id: int, code_id: int, start: int, end: int,
               text_length: int | None = None, memo: str = "", key_quote: bool = False) -> int:
        """Apply a code to [start, end). Overlapping or touching codings of the same code by
        the same coder are merged into one, so a passage is never counted twice."""
        if text_length is None:
            src = w.get("sources", source_id, ("char_count",))
            if src is None:
                raise NotFoundError(msg("error.no_source_id", id=source_id))
            text_length = src["char_count"]
        if w.get("codes", code_id, ("id",)) is None:
            raise NotFoundError(msg("error.no_code_id", id=code_id))
        if not (0 <= start < end <= text_length):
            raise InvalidSpanError(msg("error.span_outside", start=start, end=end,
                                       length=text_length))
        coder = self.p.coder.id
        merged_memo, merged_key = memo, key_quote
        for r in w.find("codings", source_id=source_id, code_id=code_id, coder_id=coder):
            if r["start"] <= end and start <= r["end"]:
                if r["start"] <= start and end <= r["end"] and not memo and not key_quote:
                    return r["id"]  # already coded: nothing to do
                start, end = min(start, r["start"]), max(end, r["end"])
                merged_memo = "\n\n".join(m for m in (r["memo"], merged_memo) if m)
                merged_key = merged_key or bool(r["is_key_quote"])
                w.delete("codings", r["id"])
        return w.insert("codings", {
            "source_id": source_id, "code_id": code_id, "coder_id": coder, "start": start,
            "end": end, "created_at": utcnow(), "is_key_quote": merged_key, "memo": merged_memo})

    # --- mutations -------------------------------------------------------------------------
    def add(self, source_id: int, code_id: int, start: int, end: int, memo: str = "",
            key_quote: bool = False) -> Changes:
        """Code a span; ``changes.result`` is the coding's id."""
        return self.p.mutate(msg("codings.undo.apply"), lambda w: self.add_in(
            w, source_id, code_id, start, end, memo=memo, key_quote=key_quote))

    def add_new_code(self, source_id: int, name: str, start: int, end: int,
                     parent_id: int | None = None) -> Changes:
        """Create a code and apply it to [start, end) as one undoable action (in-vivo coding,
        or "new code" from the quick-code box). ``changes.result`` is the new code's id."""
        name = " ".join(name.split())
        if len(name) > 80:
            name = name[:79].rstrip() + "…"

        def do(w: Writer):
            code_id = self.p.codebook._insert(w, name, parent_id, None, "")
            self.add_in(w, source_id, code_id, start, end)
            return code_id
        return self.p.mutate(msg("codings.undo.new_code", name=name), do)

    def remove(self, coding_id: int) -> Changes:
        def do(w: Writer):
            if w.get("codings", coding_id) is None:
                raise NotFoundError(msg("error.no_coding_id", id=coding_id))
            w.delete("codings", coding_id)
        return self.p.mutate(msg("codings.undo.remove"), do)

    def remove_code_at(self, source_id: int, code_id: int, start: int, end: int) -> Changes:
        """Uncode [start, end) for one code: codings inside it go, codings across its edges
        are trimmed or split in two."""
        def do(w: Writer):
            for r in w.find("codings", source_id=source_id, code_id=code_id):
                if r["end"] <= start or end <= r["start"]:
                    continue
                left = (r["start"], start) if r["start"] < start else None
                right = (end, r["end"]) if end < r["end"] else None
                if left and right:
                    w.update("codings", r["id"], {"end": start})
                    w.insert("codings", {**{k: v for k, v in r.items() if k not in ("id", "guid")},
                                         "start": end, "created_at": utcnow()})
                elif left:
                    w.update("codings", r["id"], {"end": start})
                elif right:
                    w.update("codings", r["id"], {"start": end})
                else:
                    w.delete("codings", r["id"])
        return self.p.mutate(msg("codings.undo.uncode"), do)

    def resize(self, coding_id: int, start: int, end: int,
               based_on: tuple[int, int] | None = None) -> Changes:
        """``based_on``: the (start, end) the user saw (``edit_conflicts``)."""
        def do(w: Writer):
            r = w.get("codings", coding_id)
            if r is None:
                raise NotFoundError(msg("error.no_coding_id", id=coding_id))
            seen = tuple(based_on) if based_on is not None else None
            if changed_since((r["start"], r["end"]), seen, (start, end)):
                raise refuse("stale.coding_span", "codings", r)
            length = w.get("sources", r["source_id"], ("char_count",))["char_count"]
            if not (0 <= start < end <= length):
                raise InvalidSpanError(msg("error.span_outside", start=start, end=end,
                                           length=length))
            w.update("codings", coding_id, {"start": start, "end": end})
        return self.p.mutate(msg("codings.undo.resize"), do)

    def set_key_quote(self, coding_id: int, flag: bool = True) -> Changes:
        return self._set(coding_id, {"is_key_quote": flag},
                         msg("codings.undo.key_quote" if flag else "codings.undo.no_key_quote"))

    def set_memo(self, coding_id: int, memo: str, based_on: str | None = None) -> Changes:
        """``based_on`` as in ``MemoService.edit``: another coder's memo saved meanwhile is
        kept beside this one (``changes.result`` is ``BOTH_KEPT``)."""
        from .memos import BOTH_KEPT, merged_memo

        def do(w: Writer):
            row = w.get("codings", coding_id, ("memo",))
            if row is None:
                raise NotFoundError(msg("error.no_coding_id", id=coding_id))
            stored, both = merged_memo(row["memo"], based_on, memo, self.p.coder.name)
            w.update("codings", coding_id, {"memo": stored})
            return BOTH_KEPT if both else None
        return self.p.mutate(msg("codings.undo.memo"), do)

    def _set(self, coding_id: int, values: dict, label: Message) -> Changes:
        def do(w: Writer):
            if w.get("codings", coding_id) is None:
                raise NotFoundError(msg("error.no_coding_id", id=coding_id))
            w.update("codings", coding_id, values)
        return self.p.mutate(label, do)
