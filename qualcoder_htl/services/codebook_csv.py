"""Codebook as CSV: one row per code with its path ('Parent / Child'), colour and definitions.

Import creates missing codes (parents first) and updates the colour and texts of existing
ones, matched by path; it is one undoable action.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core.changes import Changes
from ..core.errors import ConflictError, UserError
from ..store.writer import Writer
from .codebook import _check_color

COLUMNS = ("path", "color", "definition", "inclusion", "exclusion")
_ALIASES = {"kod": "path", "code": "path", "name": "path", "namn": "path", "sökväg": "path",
            "färg": "color", "colour": "color", "definition": "definition",
            "beskrivning": "definition", "description": "definition",
            "inkludering": "inclusion", "exkludering": "exclusion"}


def export_codebook(project, path: str | Path) -> int:
    codes = project.codebook.codes()
    children: dict[int | None, list] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c)
    rows = []

    def walk(parent_id, prefix):
        for c in sorted(children.get(parent_id, []), key=lambda c: (c.sort_order, c.name)):
            code_path = f"{prefix} / {c.name}" if prefix else c.name
            rows.append((code_path, c.color, c.definition, c.inclusion, c.exclusion))
            walk(c.id, code_path)
    walk(None, "")
    if project.pseudonymisation.active():  # a definition may quote a name: refuse, say where
        project.pseudonymisation.guard_export(
            {f"code '{row[0]}'": "\n".join(row) for row in rows}, "The codebook export")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel reads åäö right
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return len(rows)


def _read_rows(path: Path) -> list[dict[str, str]]:
    raw = Path(path).read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            content = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(content), dialect=dialect)
    if not reader.fieldnames:
        raise UserError(f"{path.name} is empty.")
    fields = {f: _ALIASES.get(f.strip().casefold(), f.strip().casefold())
              for f in reader.fieldnames}
    if "path" not in fields.values():
        raise UserError(f"{path.name} has no 'path' (or 'code') column.")
    return [{fields[k]: (v or "").strip() for k, v in row.items() if k in fields}
            for row in reader]


def import_codebook(project, path: str | Path) -> Changes:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"No file at {path}.")
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
                        raise ConflictError(f"{path.name}, line {lineno}: {e}") from None
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
    return project.mutate(f"Import codebook {path.name}", do)
