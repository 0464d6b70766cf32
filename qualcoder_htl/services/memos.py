"""Memos on the project, a source or a code (a coding's memo is on the coding)."""
from __future__ import annotations

from collections.abc import Iterable

from ..core.changes import Changes
from ..core.errors import ConflictError, NotFoundError
from ..core.messages import catalogue, msg
from ..core.models import Memo
from ..store import reads
from ..store.database import utcnow
from ..store.writer import Writer

catalogue({
    "memos.one_owner": (
        "A memo belongs to the project, one source or one code.",
        "Ett memo hör till projektet, en källa eller en kod."),
    "memos.undo.new": (
        "New memo",
        "Nytt memo"),
    "memos.undo.edit": (
        "Edit memo",
        "Redigera memo"),
    "memos.undo.delete": (
        "Delete memo",
        "Ta bort memo"),
    "memos.also_written": (
        "— written at the same time by {coder}:",
        "— skrivet samtidigt av {coder}:"),
})

BOTH_KEPT = "both_kept"  # ``changes.result`` of a memo edit that met another coder's


def merged_memo(current: str, based_on: str | None, text: str, coder: str) -> tuple[str, bool]:
    """What to store when ``text`` was written starting from ``based_on`` and the memo now
    holds ``current``: ``text`` itself, unless another coder saved in between — then both,
    theirs first and this one under a line naming its coder, so neither is lost. Returns
    (text to store, whether both were kept)."""
    if based_on is None or current in (based_on, text):
        return text, False
    return f"{current}\n\n{msg('memos.also_written', coder=coder)}\n{text}", True


class MemoService:
    def __init__(self, project):
        self.p = project

    def list(self, source_id: int | None = None, code_id: int | None = None,
             project_only: bool = False, for_current_coder: bool = False) -> list[Memo]:
        """Memos (all of them: exports and merges want every one); ``for_current_coder``:
        only those the current coder may see (``visible``)."""
        with self.p.db.read() as conn:
            memos = reads.memo_list(conn, source_id, code_id, project_only)
        return self.visible(memos) if for_current_coder else memos

    def visible(self, items: Iterable) -> list:
        """The memos, or codings with memos, the current coder may see: while they code blind,
        only their own, as with codings (``team.visible_coders``)."""
        shown = self.p.team.visible_coders()
        return list(items) if shown is None else [m for m in items if m.coder_id in shown]

    def add(self, text: str, source_id: int | None = None,
            code_id: int | None = None) -> Changes:
        """A new memo; ``changes.result`` is its id. No target means a project memo."""
        if source_id is not None and code_id is not None:
            raise ConflictError(msg("memos.one_owner"))

        def do(w: Writer):
            if source_id is not None and w.get("sources", source_id, ("id",)) is None:
                raise NotFoundError(msg("error.no_source_id", id=source_id))
            if code_id is not None and w.get("codes", code_id) is None:
                raise NotFoundError(msg("error.no_code_id", id=code_id))
            now = utcnow()
            return w.insert("memos", {"text": text, "coder_id": self.p.coder.id,
                                      "created_at": now, "updated_at": now,
                                      "source_id": source_id, "code_id": code_id})
        return self.p.mutate(msg("memos.undo.new"), do)

    def edit(self, memo_id: int, text: str, based_on: str | None = None) -> Changes:
        """``based_on``: the text the editor started from. If another coder (or program)
        saved the memo since, both texts are kept (``merged_memo``) and ``changes.result``
        is ``BOTH_KEPT``."""
        def do(w: Writer):
            row = w.get("memos", memo_id)
            if row is None:
                raise NotFoundError(msg("error.no_memo_id", id=memo_id))
            stored, both = merged_memo(row["text"], based_on, text, self.p.coder.name)
            w.update("memos", memo_id, {"text": stored, "updated_at": utcnow()})
            return BOTH_KEPT if both else None
        return self.p.mutate(msg("memos.undo.edit"), do)

    def delete(self, memo_id: int) -> Changes:
        def do(w: Writer):
            if w.get("memos", memo_id) is None:
                raise NotFoundError(msg("error.no_memo_id", id=memo_id))
            w.delete("memos", memo_id)
        return self.p.mutate(msg("memos.undo.delete"), do)
