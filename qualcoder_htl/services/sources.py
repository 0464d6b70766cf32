"""Sources: list, read, rename, delete; their speaker turns."""
from __future__ import annotations

from ..core.changes import Changes
from ..core.errors import ConflictError, NotFoundError
from ..core.messages import catalogue, msg
from ..core.models import Source, SourceSummary, Turn
from ..store import reads
from ..store.writer import Writer
from .edit_conflicts import changed_since, refuse

catalogue({
    "sources.no_source_called": (
        "No source called {name!r}.",
        "Ingen källa heter {name!r}."),
    "sources.needs_name": (
        "A source needs a name.",
        "En källa behöver ett namn."),
    "sources.name_taken": (
        "There is already a source called {name!r}.",
        "Det finns redan en källa som heter {name!r}."),
    "sources.undo.rename": (
        "Rename source to '{name}'",
        "Byt namn på källa till '{name}'"),
    "sources.undo.delete": (
        "Delete source",
        "Ta bort källa"),
    "sources.undo.delete_many": (
        ("Delete {n} source",
         "Delete {n} sources"),
        ("Ta bort {n} källa",
         "Ta bort {n} källor")),
})


class SourceService:
    def __init__(self, project):
        self.p = project

    def list(self) -> list[SourceSummary]:
        with self.p.db.read() as conn:
            return reads.source_list(conn)

    def get(self, source_id: int) -> Source:
        with self.p.db.read() as conn:
            s = reads.source(conn, source_id)
        if s is None:
            raise NotFoundError(msg("error.no_source_id", id=source_id))
        return s

    def find(self, name: str) -> SourceSummary:
        """A source by its name, or by its name without extension."""
        with self.p.db.read() as conn:
            s = reads.source_by_name(conn, name)
        if s:
            return s
        matches = [x for x in self.list() if x.name.rsplit(".", 1)[0] == name]
        if len(matches) == 1:
            return matches[0]
        raise NotFoundError(msg("sources.no_source_called", name=name))

    def texts(self, source_ids: list[int]) -> dict[int, str]:
        with self.p.db.read() as conn:
            return reads.source_texts(conn, source_ids)

    def original_file(self, source_id: int) -> tuple[str, bytes] | None:
        with self.p.db.read() as conn:
            return reads.source_file(conn, source_id)

    def turns(self, source_id: int | None = None, speaker: str | None = None) -> list[Turn]:
        with self.p.db.read() as conn:
            return reads.turn_list(conn, source_id, speaker)

    def speakers(self) -> list[tuple[str, int]]:
        """Speaker labels with their number of turns, most frequent first."""
        with self.p.db.read() as conn:
            return reads.speaker_counts(conn)

    def coding_progress(self, source_ids: list[int] | None = None) -> dict[int, float]:
        """Share of each source's characters under at least one coding (0..1), approximate
        where codings overlap. All sources, or only ``source_ids``."""
        with self.p.db.read() as conn:
            coded = reads.coded_chars_by_source(conn, source_ids)
            sources = reads.source_list(conn, source_ids)
        return {s.id: min(1.0, coded.get(s.id, 0) / s.char_count) if s.char_count else 0.0
                for s in sources}

    def rename(self, source_id: int, name: str, based_on: str | None = None) -> Changes:
        """``based_on``: the name the user saw (``edit_conflicts``)."""
        name = name.strip()
        if not name:
            raise ConflictError(msg("sources.needs_name"))

        def do(w: Writer):
            row = w.get("sources", source_id, ("name",))
            if row is None:
                raise NotFoundError(msg("error.no_source_id", id=source_id))
            if changed_since(row["name"], based_on, name):
                raise refuse("stale.source_name", "sources", {"id": source_id, **row},
                             current=row["name"], yours=name)
            clash = w.find("sources", name=name)
            if clash and clash[0]["id"] != source_id:
                raise ConflictError(msg("sources.name_taken", name=name))
            w.update("sources", source_id, {"name": name})
        return self.p.mutate(msg("sources.undo.rename", name=name), do)

    def edit_text(self, source_id: int, new_text: str) -> Changes:
        """Change a transcript's text; codings, turns and pseudonymisation suggestions move
        with it, all in one undo step (``services.text_edits``)."""
        from .text_edits import edit_text
        return edit_text(self.p, source_id, new_text)

    def delete(self, source_id: int) -> Changes:
        """Delete a source with its codings, turns, memos and attribute values (undoable)."""
        def do(w: Writer):
            if w.get("sources", source_id, ("id",)) is None:
                raise NotFoundError(msg("error.no_source_id", id=source_id))
            self.delete_in(w, source_id)
        return self.p.mutate(msg("sources.undo.delete"), do)

    def delete_many(self, source_ids: list[int]) -> Changes:
        """Delete several sources as one action: one transaction, one undo step."""
        ids = list(dict.fromkeys(source_ids))
        with self.p.batch(msg("sources.undo.delete_many", n=len(ids))) as batch:
            for source_id in ids:
                self.delete(source_id)
        return batch.changes

    @staticmethod
    def delete_in(w: Writer, source_id: int) -> None:
        for table in ("codings", "turns", "memos", "source_attribute_values", "case_sources",
                      "source_files", "pseudo_suggestions", "pseudo_sources"):
            w.delete_where(table, source_id=source_id)
        w.delete("sources", source_id)
