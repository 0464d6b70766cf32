"""Codebook: create, rename, recolour, define, move, merge, split, delete codes."""
from __future__ import annotations

from ..core.changes import Changes
from ..core.errors import ConflictError, NotFoundError
from ..core.messages import catalogue, msg
from ..core.models import Code
from ..store import reads
from ..store.database import utcnow
from ..store.writer import Writer
from .edit_conflicts import UNSEEN, changed_since, field_name, refuse

catalogue({
    "codebook.bad_colour": (
        "{color!r} is not a colour like #3cb44b.",
        "{color!r} är inte en färg som #3cb44b."),
    "codebook.ambiguous": (
        "Several codes are called {name!r}; give the path (e.g. 'Parent / {name}').",
        "Flera koder heter {name!r}; ange sökvägen (t.ex. 'Överkod / {name}')."),
    "codebook.no_code_called": (
        "No code called {name!r}.",
        "Ingen kod heter {name!r}."),
    "codebook.needs_name": (
        "A code needs a name.",
        "En kod behöver ett namn."),
    "codebook.name_taken": (
        "There is already a code called {name!r} here.",
        "Det finns redan en kod som heter {name!r} här."),
    "codebook.move_cycle": (
        "A code cannot be moved under itself or its own subcodes.",
        "En kod kan inte flyttas in under sig själv eller sina egna underkoder."),
    "codebook.merge_self": (
        "A code cannot be merged into itself.",
        "En kod kan inte slås ihop med sig själv."),
    "codebook.merge_sub": (
        "A code cannot be merged into one of its own subcodes.",
        "En kod kan inte slås ihop med en av sina egna underkoder."),
    "codebook.not_its_coding": (
        "Coding {id} does not belong to '{name}'.",
        "Kodning {id} hör inte till '{name}'."),
    "codebook.has_codings": (
        ("'{name}' has {n} coding: move it to another code or confirm that it is deleted.",
         "'{name}' has {n} codings: move them to another code or confirm that they are deleted."),
        ("'{name}' har {n} kodning: flytta den till en annan kod eller bekräfta att den tas "
         "bort.",
         "'{name}' har {n} kodningar: flytta dem till en annan kod eller bekräfta att de tas "
         "bort.")),
    "codebook.codings_to_self": (
        "Codings cannot be moved to the code being deleted.",
        "Kodningar kan inte flyttas till koden som tas bort."),
    "codebook.undo.new": (
        "New code '{name}'",
        "Ny kod '{name}'"),
    "codebook.undo.rename": (
        "Rename code to '{name}'",
        "Byt namn på kod till '{name}'"),
    "codebook.undo.colour": (
        "Change code colour",
        "Byt kodfärg"),
    "codebook.undo.definition": (
        "Edit code definition",
        "Redigera koddefinition"),
    "codebook.undo.move": (
        "Move code",
        "Flytta kod"),
    "codebook.undo.merge": (
        "Merge codes",
        "Slå ihop koder"),
    "codebook.undo.split": (
        "Split code into '{name}'",
        "Dela kod till '{name}'"),
    "codebook.undo.delete": (
        "Delete code",
        "Ta bort kod"),
})

# A palette with enough contrast for highlights on white, cycled for new codes.
PALETTE = ("#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
           "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8",
           "#800000", "#aaffc3", "#808000", "#ffd8b1", "#000075", "#808080")


def _check_color(color: str) -> str:
    c = color.strip().lower()
    if len(c) != 7 or not c.startswith("#") or any(ch not in "0123456789abcdef" for ch in c[1:]):
        raise ConflictError(msg("codebook.bad_colour", color=color))
    return c


class CodebookService:
    def __init__(self, project):
        self.p = project

    # --- reads -----------------------------------------------------------------------------
    def codes(self) -> list[Code]:
        with self.p.db.read() as conn:
            return reads.code_list(conn)

    def get(self, code_id: int) -> Code:
        for code in self.codes():
            if code.id == code_id:
                return code
        raise NotFoundError(msg("error.no_code_id", id=code_id))

    def path(self, code_id: int, codes: list[Code] | None = None) -> str:
        """'Parent / Child' path of a code."""
        by_id = {c.id: c for c in (codes or self.codes())}
        parts = []
        cur = by_id.get(code_id)
        while cur is not None:
            parts.append(cur.name)
            cur = by_id.get(cur.parent_id) if cur.parent_id else None
        return " / ".join(reversed(parts))

    def find(self, name_or_path: str) -> Code:
        """A code by path ('A / B') or by a name that is unique in the codebook."""
        codes = self.codes()
        wanted = " / ".join(p.strip() for p in name_or_path.split("/"))
        by_path = [c for c in codes if self.path(c.id, codes).casefold() == wanted.casefold()]
        if by_path:
            return by_path[0]
        by_name = [c for c in codes if c.name.casefold() == name_or_path.strip().casefold()]
        if len(by_name) == 1:
            return by_name[0]
        if len(by_name) > 1:
            raise ConflictError(msg("codebook.ambiguous", name=name_or_path))
        raise NotFoundError(msg("codebook.no_code_called", name=name_or_path))

    def descendants(self, code_id: int) -> list[int]:
        """The code and all codes below it."""
        children: dict[int | None, list[int]] = {}
        for c in self.codes():
            children.setdefault(c.parent_id, []).append(c.id)
        out, stack = [], [code_id]
        while stack:
            cid = stack.pop()
            out.append(cid)
            stack.extend(children.get(cid, []))
        return out

    def counts(self, code_ids: list[int] | None = None) -> dict[int, tuple[int, int]]:
        """{code_id: (codings, sources)} for codes that have codings (all, or ``code_ids``)."""
        with self.p.db.read() as conn:
            return reads.coding_counts(conn, code_ids)

    # --- helpers inside a transaction ------------------------------------------------------
    @staticmethod
    def _row(w: Writer, code_id: int) -> dict:
        row = w.get("codes", code_id)
        if row is None:
            raise NotFoundError(msg("error.no_code_id", id=code_id))
        return row

    @staticmethod
    def _check_name_free(w: Writer, name: str, parent_id: int | None, exclude: int | None = None):
        name = name.strip()
        if not name:
            raise ConflictError(msg("codebook.needs_name"))
        for row in w.find("codes", parent_id=parent_id):
            if row["name"].casefold() == name.casefold() and row["id"] != exclude:
                raise ConflictError(msg("codebook.name_taken", name=name))
        return name

    def _path_in(self, w: Writer, code_id: int) -> str:
        parts, cur = [], code_id
        while cur is not None:
            row = self._row(w, cur)
            parts.append(row["name"])
            cur = row["parent_id"]
        return " / ".join(reversed(parts))

    def _next_order(self, w: Writer, parent_id: int | None) -> int:
        rows = w.find("codes", parent_id=parent_id)
        return max((r["sort_order"] for r in rows), default=-1) + 1

    def _insert(self, w: Writer, name: str, parent_id: int | None, color: str | None,
                definition: str, inclusion: str = "", exclusion: str = "") -> int:
        if parent_id is not None:
            self._row(w, parent_id)
        name = self._check_name_free(w, name, parent_id)
        if color is None:
            total = len(w.find("codes"))
            color = PALETTE[total % len(PALETTE)]
        return w.insert("codes", {
            "name": name, "parent_id": parent_id, "color": _check_color(color),
            "definition": definition, "inclusion": inclusion, "exclusion": exclusion,
            "sort_order": self._next_order(w, parent_id), "created_at": utcnow()})

    # --- mutations -------------------------------------------------------------------------
    def create(self, name: str, parent_id: int | None = None, color: str | None = None,
               definition: str = "", inclusion: str = "", exclusion: str = "") -> Changes:
        """New code; ``changes.result`` is its id."""
        return self.p.mutate(msg("codebook.undo.new", name=name.strip()), lambda w: self._insert(
            w, name, parent_id, color, definition, inclusion, exclusion))

    def rename(self, code_id: int, name: str, based_on: str | None = None) -> Changes:
        """``based_on``: the name the user saw (``edit_conflicts``)."""
        def do(w: Writer):
            row = self._row(w, code_id)
            if changed_since(row["name"], based_on, name.strip()):
                raise refuse("stale.code_name", "codes", row, current=row["name"],
                             yours=name.strip())
            new = self._check_name_free(w, name, row["parent_id"], exclude=code_id)
            w.update("codes", code_id, {"name": new})
        return self.p.mutate(msg("codebook.undo.rename", name=name.strip()), do)

    def recolour(self, code_id: int, color: str, based_on: str | None = None) -> Changes:
        """``based_on``: the colour the user saw."""
        color = _check_color(color)

        def do(w: Writer):
            row = self._row(w, code_id)
            current = row["color"]
            if changed_since(current, based_on and based_on.lower(), color):
                raise refuse("stale.code_colour", "codes", row, current=current, yours=color)
            w.update("codes", code_id, {"color": color})
        return self.p.mutate(msg("codebook.undo.colour"), do)

    def describe(self, code_id: int, definition: str | None = None,
                 inclusion: str | None = None, exclusion: str | None = None,
                 based_on: dict[str, str] | None = None) -> Changes:
        """``based_on``: {field: the text the user saw} for the fields given."""
        values = {k: v for k, v in (("definition", definition), ("inclusion", inclusion),
                                    ("exclusion", exclusion)) if v is not None}

        def do(w: Writer):
            row = self._row(w, code_id)
            for column, text in values.items():
                if changed_since(row[column], (based_on or {}).get(column), text):
                    raise refuse("stale.code_text", "codes", row, field=field_name(column),
                                 current=row[column], yours=text)
            w.update("codes", code_id, values)
        return self.p.mutate(msg("codebook.undo.definition"), do)

    def move(self, code_id: int, new_parent_id: int | None, position: int | None = None,
             based_on: int | None = UNSEEN) -> Changes:
        """Move a code under another (None: top level), at ``position`` among its siblings.
        ``based_on``: the parent id the user saw (None: top level)."""
        def do(w: Writer):
            row = self._row(w, code_id)
            if based_on is not UNSEEN and row["parent_id"] not in (based_on, new_parent_id):
                if row["parent_id"] is None:
                    raise refuse("stale.code_parent_top", "codes", row)
                raise refuse("stale.code_parent", "codes", row,
                             current=self._path_in(w, row["parent_id"]))
            cur = new_parent_id
            while cur is not None:  # no cycles: the new parent must not lie below the code
                if cur == code_id:
                    raise ConflictError(msg("codebook.move_cycle"))
                cur = self._row(w, cur)["parent_id"]
            self._check_name_free(w, row["name"], new_parent_id, exclude=code_id)
            siblings = [r for r in w.find("codes", order_by="sort_order", parent_id=new_parent_id)
                        if r["id"] != code_id]
            pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
            siblings.insert(pos, row)
            w.update("codes", code_id, {"parent_id": new_parent_id})
            for order, sib in enumerate(siblings):
                w.update("codes", sib["id"], {"sort_order": order})
        return self.p.mutate(msg("codebook.undo.move"), do)

    def merge(self, source_id: int, target_id: int) -> Changes:
        """Merge ``source_id`` into ``target_id``: codings, subcodes and memos follow; codings
        that become duplicates of the target's (same coder, same span) are kept once."""
        if source_id == target_id:
            raise ConflictError(msg("codebook.merge_self"))

        def do(w: Writer):
            src = self._row(w, source_id)
            tgt = self._row(w, target_id)
            cur = tgt["parent_id"]
            while cur is not None:
                if cur == source_id:
                    raise ConflictError(msg("codebook.merge_sub"))
                cur = self._row(w, cur)["parent_id"]
            existing = {(r["source_id"], r["coder_id"], r["start"], r["end"]): r
                        for r in w.find("codings", code_id=target_id)}
            for r in w.find("codings", code_id=source_id):
                key = (r["source_id"], r["coder_id"], r["start"], r["end"])
                twin = existing.get(key)
                if twin is None:
                    w.update("codings", r["id"], {"code_id": target_id})
                    existing[key] = r
                else:  # keep one coding; carry over the key-quote flag and the memo
                    merged_memo = "\n\n".join(m for m in (twin["memo"], r["memo"]) if m)
                    w.update("codings", twin["id"], {
                        "is_key_quote": bool(twin["is_key_quote"] or r["is_key_quote"]),
                        "memo": merged_memo})
                    w.delete("codings", r["id"])
            for child in w.find("codes", parent_id=source_id):
                name = child["name"]
                taken = {c["name"].casefold() for c in w.find("codes", parent_id=target_id)}
                while name.casefold() in taken:
                    name += " (2)"
                w.update("codes", child["id"], {"parent_id": target_id, "name": name})
            for memo in w.find("memos", code_id=source_id):
                w.update("memos", memo["id"], {"code_id": target_id})
            if src["definition"].strip():
                note = f"[{src['name']}] {src['definition'].strip()}"
                w.update("codes", target_id, {
                    "definition": "\n\n".join(d for d in (tgt["definition"].strip(), note) if d)})
            w.delete("codes", source_id)
        return self.p.mutate(msg("codebook.undo.merge"), do)

    def split(self, code_id: int, new_name: str, coding_ids: list[int]) -> Changes:
        """Split a code: a new sibling code takes the given codings. ``result`` is its id."""
        def do(w: Writer):
            row = self._row(w, code_id)
            new_id = self._insert(w, new_name, row["parent_id"], None, "")
            for cid in coding_ids:
                coding = w.get("codings", cid)
                if coding is None or coding["code_id"] != code_id:
                    raise ConflictError(msg("codebook.not_its_coding", id=cid,
                                                           name=row["name"]))
                w.update("codings", cid, {"code_id": new_id})
            return new_id
        return self.p.mutate(msg("codebook.undo.split", name=new_name.strip()), do)

    def delete(self, code_id: int, codings_to: int | None = None,
               delete_codings: bool = False) -> Changes:
        """Delete a code. Its codings are either moved to ``codings_to`` or, only when
        ``delete_codings`` is True, deleted; subcodes move up to the code's parent."""
        def do(w: Writer):
            row = self._row(w, code_id)
            owned = w.find("codings", code_id=code_id)
            if owned and codings_to is None and not delete_codings:
                raise ConflictError(msg("codebook.has_codings", name=row["name"],
                                        n=len(owned)))
            if codings_to is not None:
                self._row(w, codings_to)
                if codings_to == code_id:
                    raise ConflictError(msg("codebook.codings_to_self"))
                for r in owned:
                    w.update("codings", r["id"], {"code_id": codings_to})
            else:
                for r in owned:
                    w.delete("codings", r["id"])
            for child in w.find("codes", parent_id=code_id):
                name = child["name"]
                taken = {c["name"].casefold() for c in w.find("codes", parent_id=row["parent_id"])}
                while name.casefold() in taken:
                    name += " (2)"
                w.update("codes", child["id"], {"parent_id": row["parent_id"], "name": name})
            w.delete_where("memos", code_id=code_id)
            w.delete("codes", code_id)
            return len(owned)
        return self.p.mutate(msg("codebook.undo.delete"), do)
