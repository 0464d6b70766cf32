"""The project's own list of known identifiers (participants, schools, places, workplaces),
which detection finds in every inflected and compound form: add, edit, remove, import a CSV.

A part of ``PseudonymisationService`` (``project.pseudonymisation``), kept in its own module.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..core.changes import Changes
from ..core.errors import ConflictError, ImportFileError, NotFoundError
from ..core.messages import catalogue, msg
from ..importers.tables import read_table
from ..pseudonymise.suggestions import TYPE_LABELS, TYPES
from ..store.database import utcnow
from ..store.writer import Writer
from .key_state import needs_key

catalogue({
    "known.needs_text": (
        "A known identifier needs a text.",
        "En känd uppgift behöver en text."),
    "known.exists": (
        "{text!r} is already a known {type}.",
        "{text!r} är redan en känd uppgift ({type})."),
    "known.no_id": (
        "No known identifier with id {id}.",
        "Ingen känd uppgift med id {id}."),
    "known.bad_type": (
        "{type!r} is not an identifier type; choose one of {types}.",
        "{type!r} är ingen typ av uppgift; välj en av {types}."),
    "known.line_incomplete": (
        "line {line}: needs a text and a type (columns: text, type, variants).",
        "rad {line}: behöver en text och en typ (kolumner: text, type, variants)."),
    "known.line_bad_type": (
        "line {line}: {type!r} is not an identifier type; choose one of {types}.",
        "rad {line}: {type!r} är ingen typ av uppgift; välj en av {types}."),
    "known.undo.add": (
        "Add known identifier '{text}'",
        "Lägg till känd uppgift '{text}'"),
    "known.undo.remove": (
        "Remove known identifier",
        "Ta bort känd uppgift"),
    "known.undo.edit": (
        "Edit known identifier '{text}'",
        "Ändra känd uppgift '{text}'"),
    "known.undo.import": (
        "Import known identifiers from '{file}'",
        "Importera kända uppgifter från '{file}'"),
})


class KnownList:
    """Mixin of ``PseudonymisationService``; needs its ``p`` (the project) and ``known()``."""

    @needs_key
    def add_known(self, text: str, typ: str, variants: Iterable[str] = (),
                  note: str = "") -> Changes:
        """Add to the project's own list of known identifiers (participants, schools, ...)."""
        _check_type(typ)
        text = " ".join(text.split())
        if not text:
            raise ConflictError(msg("known.needs_text"))

        def do(w: Writer):
            if w.find("pseudo_known", type=typ, text=text):
                raise ConflictError(msg("known.exists", text=text, type=typ.lower()))
            return w.insert("pseudo_known", {
                "text": text, "type": typ, "variants": _join_variants(variants),
                "note": note, "created_at": utcnow(), "created_by": self.p.coder.id})
        return self.p.mutate(msg("known.undo.add", text=text), do)

    @needs_key
    def remove_known(self, known_id: int) -> Changes:
        def do(w: Writer):
            if w.get("pseudo_known", known_id) is None:
                raise NotFoundError(msg("known.no_id", id=known_id))
            w.delete("pseudo_known", known_id)
        return self.p.mutate(msg("known.undo.remove"), do)

    @needs_key
    def edit_known(self, known_id: int, text: str | None = None, typ: str | None = None,
                   variants: Iterable[str] | None = None) -> Changes:
        """Change the text, type or variants of a known identifier (None: keep as it is)."""
        if typ is not None:
            _check_type(typ)
        if text is not None:
            text = " ".join(text.split())
            if not text:
                raise ConflictError(msg("known.needs_text"))

        def do(w: Writer):
            row = w.get("pseudo_known", known_id)
            if row is None:
                raise NotFoundError(msg("known.no_id", id=known_id))
            values = {}
            if text is not None and text != row["text"]:
                values["text"] = text
            if typ is not None and typ != row["type"]:
                values["type"] = typ
            if variants is not None:
                joined = _join_variants(variants)
                if joined != row["variants"]:
                    values["variants"] = joined
            new_text, new_type = values.get("text", row["text"]), values.get("type", row["type"])
            if ("text" in values or "type" in values) and any(
                    r["id"] != known_id for r in w.find("pseudo_known", type=new_type,
                                                        text=new_text)):
                raise ConflictError(msg("known.exists", text=new_text,
                                                        type=new_type.lower()))
            if values:
                w.update("pseudo_known", known_id, values)
        label = text if text is not None else self._known_text(known_id)
        return self.p.mutate(msg("known.undo.edit", text=label), do)

    def _known_text(self, known_id: int) -> str:
        return next((r["text"] for r in self.known() if r["id"] == known_id), str(known_id))

    @needs_key
    def import_known(self, csv_path: str | Path) -> Changes:
        """Add the known identifiers of a CSV file (columns text, type and optionally variants,
        separated by ``|``; a header row is optional) in one undoable step. UTF-8 (with or
        without BOM) or Windows-1252; ``;`` or ``,`` between columns. Types are the service's
        names (PERSON, SCHOOL, ...) or their Swedish labels (person, skola, ...). Rows already
        known are skipped. ``Changes.result`` is ``{"added": n, "skipped": m}``."""
        path = Path(csv_path)
        rows = _read_known_csv(path)

        def do(w: Writer):
            added = skipped = 0
            seen: set[tuple[str, str]] = set()
            for text, typ, variants in rows:
                if (typ, text) in seen or w.find("pseudo_known", type=typ, text=text):
                    skipped += 1
                    continue
                seen.add((typ, text))
                w.insert("pseudo_known", {
                    "text": text, "type": typ, "variants": _join_variants(variants),
                    "note": "", "created_at": utcnow(), "created_by": self.p.coder.id})
                added += 1
            return {"added": added, "skipped": skipped}
        return self.p.mutate(msg("known.undo.import", file=path.name), do)


def _check_type(typ: str) -> None:
    if typ not in TYPES:
        raise ConflictError(msg("known.bad_type", type=typ, types=", ".join(TYPES)))


def _join_variants(variants: Iterable[str]) -> str:
    return "\n".join(v.strip() for v in variants if v.strip())


_TYPE_BY_LABEL = {label: typ for typ, label in TYPE_LABELS.items()}
_CSV_HEADERS = {"text", "typ", "type", "variants", "varianter"}


def _read_known_csv(path: Path) -> list[tuple[str, str, list[str]]]:
    """(text, type, variants) per data row of a known-identifiers CSV, or an
    ``ImportFileError`` naming the line that is wrong."""
    table = read_table(path)
    rows: list[tuple[str, str, list[str]]] = []
    first_row = True
    for number, cells in enumerate(table, start=1):  # blank rows kept: number = line
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if first_row:
            first_row = False
            if {c.lower() for c in cells[:3] if c} <= _CSV_HEADERS:
                continue  # the header row
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise ImportFileError(str(path), msg("known.line_incomplete", line=number))
        text = " ".join(cells[0].split())
        raw = cells[1]
        typ = raw.upper() if raw.upper() in TYPES else _TYPE_BY_LABEL.get(raw.lower())
        if typ is None:
            raise ImportFileError(str(path), msg("known.line_bad_type", line=number, type=raw,
                                                 types=", ".join(TYPES)))
        variants = [v for part in cells[2:] for v in part.replace(";", "|").split("|")]
        rows.append((text, typ, variants))
    return rows
