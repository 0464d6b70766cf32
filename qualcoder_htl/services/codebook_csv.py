"""Codebook as CSV: one row per code with its path ('Parent / Child'), colour and definitions.

Import creates missing codes (parents first) and updates the colour and texts of existing
ones, matched by path; it is one undoable action.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..core.changes import Changes
from ..core.errors import ConflictError, UserError
from ..core.messages import catalogue, msg
from ..importers.tables import read_table
from ..store.writer import Writer
from .codebook import _check_color

catalogue({
    "codebook_csv.empty": (
        "{file} is empty.",
        "{file} är tom."),
    "codebook_csv.no_path_column": (
        "{file} has no 'path' (or 'code') column.",
        "{file} har ingen kolumn 'path' (eller 'code')."),
    "codebook_csv.line": (
        "{file}, line {line}: {error}",
        "{file}, rad {line}: {error}"),
    "codebook_csv.undo.import": (
        "Import codebook {file}",
        "Importera kodbok {file}"),
})

# "description" is the definition's column: what Taguette and most tools call it (our older
# files said "definition", which still reads)
COLUMNS = ("path", "color", "description", "inclusion", "exclusion")
_ALIASES = {"kod": "path", "code": "path", "name": "path", "namn": "path", "sökväg": "path",
            "tag": "path",
            "färg": "color", "colour": "color", "definition": "definition",
            "beskrivning": "definition", "description": "definition",
            "inkludering": "inclusion", "exkludering": "exclusion"}


def export_codebook(project, path: str | Path) -> int:
    """Write the codebook as CSV; returns the number of codes. Once the project has a key,
    names and definitions are written in pseudonymised form and the written file passes the
    export guard (``services.export_guard``)."""
    from .export_guard import write_guarded

    service = project.pseudonymisation if project.pseudonymisation.active() else None
    scrub = service.metadata_scrubber() if service is not None else (lambda text: text)
    path = Path(path)
    if service is not None:
        path = path.with_name(scrub.file_name(path.name))
    codes = project.codebook.codes()
    children: dict[int | None, list] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c)
    rows = []

    def walk(parent_id, prefix):
        for c in sorted(children.get(parent_id, []), key=lambda c: (c.sort_order, c.name)):
            code_path = f"{prefix} / {scrub(c.name)}" if prefix else scrub(c.name)
            rows.append((code_path, c.color, scrub(c.definition), scrub(c.inclusion),
                         scrub(c.exclusion)))
            walk(c.id, code_path)
    walk(None, "")

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel reads åäö
            writer = csv.writer(f)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
    write_guarded(path, write, service, msg("export.what.codebook"), project=project,
                  kind="codebook")
    return len(rows)


def _read_rows(path: Path) -> list[dict[str, str]]:
    rows = [[c.strip() for c in row] for row in read_table(path)]
    rows = [row for row in rows if any(row)]
    if not rows:
        raise UserError(msg("codebook_csv.empty", file=path.name))
    fields = [_ALIASES.get(f.casefold(), f.casefold()) for f in rows[0]]
    if "path" not in fields:
        raise UserError(msg("codebook_csv.no_path_column", file=path.name))
    return [dict(zip(fields, row + [""] * (len(fields) - len(row)), strict=False))
            for row in rows[1:]]


def import_codebook(project, path: str | Path) -> Changes:
    path = Path(path)
    if not path.is_file():
        raise UserError(msg("error.no_file", path=path))
    rows = _read_rows(path)

    def do(w: Writer):
        made = 0
        for lineno, row in enumerate(rows, 2):
            parts = [p.strip() for p in row.get("path", "").split("/") if p.strip()]
            if not parts:
                continue
            parent_id = None
            for depth, name in enumerate(parts):
                match = next((r for r in w.find("codes", parent_id=parent_id)
                              if r["name"].casefold() == name.casefold()), None)
                last = depth == len(parts) - 1
                if match is None:
                    try:
                        parent_id = project.codebook._insert(
                            w, name, parent_id, row.get("color") or None if last else None,
                            row.get("definition", "") if last else "",
                            row.get("inclusion", "") if last else "",
                            row.get("exclusion", "") if last else "")
                    except ConflictError as e:
                        raise ConflictError(msg("codebook_csv.line", file=path.name,
                                                            line=lineno, error=e)) from None
                    made += 1
                else:
                    parent_id = match["id"]
                    if last:
                        values = {k: row[k] for k in ("definition", "inclusion", "exclusion")
                                  if row.get(k)}
                        if row.get("color"):
                            values["color"] = _check_color(row["color"])
                        w.update("codes", parent_id, values)
        return made
    return project.mutate(msg("codebook_csv.undo.import", file=path.name), do)
