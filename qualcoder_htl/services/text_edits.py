"""Editing a transcript's text (fix a typo, remove a stray line) without losing its codings.

One call, one transaction, one undo step: the new text is diffed against the old in code points
(``core.text_diff``), every span stored against the source moves with it (codings, speaker
turns, pseudonymisation suggestions), the search index follows (the ``Writer`` reindexes a
source whose text changes), and what could not follow is reported: codings whose words were
all deleted are removed, suggestions whose words changed are opened for review again.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..core.changes import Changes
from ..core.errors import ConflictError, NotFoundError, UserError
from ..core.messages import catalogue, msg
from ..core.text_diff import OffsetShift
from ..store.writer import Writer
from .key_state import SPLIT_KEY

catalogue({
    "text_edits.undo.edit": (
        "Edit text",
        "Redigera text"),
})

MAX_TEXT_CHARS = 20_000_000  # a few hundred times the longest interview

catalogue({
    "text_edit.no_source": ("No source with id {id}.", "Ingen källa med id {id}."),
    "text_edit.empty": ("A transcript cannot be left empty: delete the source instead.",
                        "Ett transkript kan inte lämnas tomt: ta bort källan i stället."),
    "text_edit.too_long": ("The text is too long ({n} characters; at most {limit}).",
                           "Texten är för lång ({n} tecken; högst {limit})."),
})


@dataclass(frozen=True)
class TextEditResult:
    """What an edit did to the spans of the source."""

    codings_moved: int
    codings_removed: int
    turns_removed: int
    suggestions_reopened: int


def edit_text_in(w: Writer, source_id: int, new_text: str) -> TextEditResult | None:
    """Give the source ``new_text`` and move every span with it; None when nothing changed."""
    if w.get("project_meta", SPLIT_KEY) is not None:  # join would not find the text it left
        raise UserError(msg("keysplit.kept_apart"))
    source = w.get("sources", source_id, ("id", "text"))
    if source is None:
        raise NotFoundError(msg("text_edit.no_source", id=source_id))
    new_text = new_text.replace("\r\n", "\n").replace("\r", "\n")
    if not new_text.strip():
        raise ConflictError(msg("text_edit.empty"))
    if len(new_text) > MAX_TEXT_CHARS:
        raise ConflictError(msg("text_edit.too_long", n=len(new_text), limit=MAX_TEXT_CHARS))
    old_text = source["text"]
    if new_text == old_text:
        return None
    shift = OffsetShift(old_text, new_text)
    moved = removed = 0
    for r in w.find("codings", source_id=source_id):
        s, e = shift.span(r["start"], r["end"])
        if s >= e:
            w.delete("codings", r["id"])
            removed += 1
        elif (s, e) != (r["start"], r["end"]):
            w.update("codings", r["id"], {"start": s, "end": e})
            moved += 1
    turns_removed = _move_turns(w, source_id, shift)
    reopened = 0
    for r in w.find("pseudo_suggestions", source_id=source_id):
        s, e = shift.span(r["start"], r["end"])
        if s >= e:
            w.delete("pseudo_suggestions", r["id"])
            continue
        values: dict = {"start": s, "end": e}
        if new_text[s:e] != r["text"]:  # its words changed: a reviewer decides again
            values.update(text=new_text[s:e], status="open", key_id=None, decided_by=None,
                          decided_at=None)
            reopened += 1
        w.update("pseudo_suggestions", r["id"], values)
    if len(new_text) > len(old_text) or reopened:
        # words that no detection has seen: the source is no longer fully reviewed
        if w.get("pseudo_sources", source_id) is not None:
            w.update("pseudo_sources", source_id, {"reviewed_by": None, "reviewed_at": None})
    w.update("sources", source_id, {
        "text": new_text, "char_count": len(new_text), "word_count": len(new_text.split()),
        "content_hash": hashlib.sha256(new_text.encode("utf-8")).hexdigest()})
    return TextEditResult(moved, removed, turns_removed, reopened)


def _move_turns(w: Writer, source_id: int, shift: OffsetShift) -> int:
    """Turns move like spans; turns that met before still meet (inserted text between two
    turns belongs to the earlier one), a turn whose text is all deleted goes."""
    rows = w.find("turns", order_by="start", source_id=source_id)
    spans = [shift.span(r["start"], r["end"]) for r in rows]
    removed = 0
    for i, (r, (s, e)) in enumerate(zip(rows, spans, strict=True)):
        if i + 1 < len(rows) and r["end"] == rows[i + 1]["start"]:
            e = max(e, spans[i + 1][0])
        if s >= e:
            w.delete("turns", r["id"])
            removed += 1
        elif (s, e) != (r["start"], r["end"]):
            w.update("turns", r["id"], {"start": s, "end": e})
    return removed


def edit_text(project, source_id: int, new_text: str) -> Changes:
    """Edit a source's text as one undoable action; ``changes.result`` is a
    ``TextEditResult`` (None when the text was unchanged)."""
    return project.mutate(msg("text_edits.undo.edit"),
                          lambda w: edit_text_in(w, source_id, new_text))
