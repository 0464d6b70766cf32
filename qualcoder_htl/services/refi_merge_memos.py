"""The memos of a merge (``refi_merge.Merge``): the file's notes and descriptions written as
memos of the project, of a source or of a code; a note merged before is recognised by its GUID.
"""
from __future__ import annotations

from datetime import datetime

from ..core.messages import catalogue
from ..core.refi import parse_datetime

catalogue({
    "refi.merge.memo_differs": (
        "a memo by {coder} differs from the project's; kept the project's",
        "ett memo av {coder} skiljer sig från projektets; behöll projektets"),
})


class MemosMixin:
    """Memos and notes, for ``Merge``."""

    # --- memos -----------------------------------------------------------------------------
    def _memos(self) -> None:
        for code_guid, memos in self.code_memos:
            for author, when, text in memos:
                coder_id = next((r["id"] for r in self.w.find("coders")
                                 if author and r["name"].casefold() == author.casefold()), None)
                self._memo(text, code_id=self.code_ids.get(code_guid), coder_id=coder_id,
                           created=parse_datetime(when))
        for code in self.m.all_codes():
            for g in code.note_guids:
                self._note_memo(g, code_id=self.code_ids.get(code.guid))
        for source in self.m.sources:
            for g in source.note_guids:
                self._note_memo(g, source_id=self.source_ids[source.guid])
        for link in self.m.links:  # NVivo: a note linked to a selection (an annotation)
            for note_end, other in ((link.origin_guid, link.target_guid),
                                    (link.target_guid, link.origin_guid)):
                if note_end in self.notes and note_end not in self.notes_used:
                    sid = self.selection_source.get(other) or self.source_ids.get(other)
                    if sid is not None:
                        self._note_memo(note_end, source_id=sid)
        for g in self.m.note_guids:
            self._note_memo(g)
        for note in self.m.notes:  # notes nobody refers to: project memos (journals)
            self._note_memo(note.guid)
        if self.m.description and not self.w.find("memos", source_id=None, code_id=None,
                                                  text=self.m.description):
            self._memo(self.m.description, coder_id=self.coder(self.m.modifying_user)
                       if self.m.modifying_user else None, created=self.m.modified)

    def _note_memo(self, guid: str, source_id: int | None = None,
                   code_id: int | None = None) -> None:
        note = self.notes.get(guid)
        if note is None or guid in self.notes_used:
            return
        self.notes_used.add(guid)
        ours = self.w.find("memos", guid=guid)
        if ours:  # imported (or merged) before
            self.report.memos_present += 1
            if not self.same_text(ours[0]["text"].strip(), _note_body(note)):
                coder = self.w.get("coders", ours[0]["coder_id"])
                self._conflict("refi.merge.memo_differs", coder=coder["name"] if coder else "?")
            return
        text = _note_body(note)
        if text:
            self._memo(text, source_id, code_id, guid, self.coder(note.creating_user)
                       if note.creating_user else None, note.created, note.modified)

    def _memo(self, text: str, source_id: int | None = None, code_id: int | None = None,
              guid: str | None = None, coder_id: int | None = None,
              created: datetime | None = None, modified: datetime | None = None) -> None:
        created = created or self.now
        self.w.insert("memos", {"guid": self._guid("memos", guid), "text": text,
                                "coder_id": coder_id or self.own_coder, "created_at": created,
                                "updated_at": modified or created,
                                "source_id": source_id, "code_id": code_id})
        self.report.memos_added += 1

    def _note_text(self, guids: list[str]) -> list[str]:
        out = []
        for g in guids:
            note = self.notes.get(g)
            if note is not None:
                self.notes_used.add(g)
                text = _note_body(note)
                if text:
                    out.append(text)
        return out


def _note_body(note) -> str:
    text = note.text.strip()
    name = note.name.strip().rstrip("…")
    if name and not text.startswith(name):
        return f"{note.name.strip()}\n\n{text}".strip()
    return text
