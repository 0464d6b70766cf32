"""Matrices as CSV, XLSX and plain dicts (for JSON). Numbers stay numbers: shares are
fractions (0.25), formatted as percentages in XLSX."""
from __future__ import annotations

import csv
from pathlib import Path

from ..core.jobs import Progress
from ..core.results import Matrix
from .docx_style import heat_colour
from .labels import label


def header(matrix: Matrix, language: str = "sv") -> list[str]:
    head = [label("code", language), label("path", language)]
    head += [c.label for c in matrix.columns]
    if matrix.column_kind != "codes":
        head.append(label("total", language))
    return head


def rows(matrix: Matrix, measure: str | None = None) -> list[list]:
    """One list per matrix row: name, path, the cells' values, the row total."""
    measure = measure or matrix.measure
    out = []
    for r, row in enumerate(matrix.rows):
        values = [_plain(c.value(measure)) for c in matrix.cells[r]]
        line = [row.name, row.path] + values
        if matrix.column_kind != "codes":
            line.append(_plain(matrix.totals[r].value(measure)))
        out.append(line)
    return out


def _plain(value):
    if isinstance(value, float):
        return round(value, 4)
    return value


def write_csv(path: str | Path, matrix: Matrix, *, language: str = "sv",
              measure: str | None = None, delimiter: str = ",",
              progress: Progress | None = None) -> Path:
    """UTF-8 with BOM (Excel then reads å, ä, ö right); empty for "no value" (share of a
    column without sources, the diagonal of a co-occurrence matrix)."""
    path = Path(path)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header(matrix, language))
        for line in rows(matrix, measure):
            w.writerow(["" if v is None else v for v in line])
    if progress is not None:
        progress.step(1, 1, "")
    return path


def write_xlsx(path: str | Path, matrix: Matrix, *, language: str = "sv",
               measure: str | None = None, heat: bool = True, description: str = "",
               progress: Progress | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    measure = measure or matrix.measure
    wb = Workbook()
    ws = wb.active
    ws.title = label(measure, language)[:31]
    ws.append(header(matrix, language))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    lines = rows(matrix, measure)
    top = max((v for line in lines for v in line[2:2 + len(matrix.columns)]
               if isinstance(v, (int, float))), default=0)
    for r, line in enumerate(lines, start=2):
        ws.append(line)
        depth = matrix.rows[r - 2].depth
        ws.cell(r, 1).alignment = Alignment(indent=depth)
        if matrix.rows[r - 2].has_children and matrix.rollup:
            ws.cell(r, 1).font = Font(bold=True)
        for c in range(3, 3 + len(line) - 2):
            cell = ws.cell(r, c)
            if measure == "share":
                cell.number_format = "0%"
            in_matrix = c < 3 + len(matrix.columns)
            if heat and top and in_matrix and isinstance(cell.value, (int, float)):
                colour = heat_colour(cell.value / top) if cell.value else None
                if colour:
                    cell.fill = PatternFill("solid", fgColor=colour)
    ws.freeze_panes = "C2"
    ws.column_dimensions["A"].width = 45
    ws.column_dimensions["B"].width = 30
    for c in range(3, len(lines[0]) + 1 if lines else 3):
        ws.column_dimensions[get_column_letter(c)].width = 14
    info = wb.create_sheet("Info")
    info.append([label("measure", language), label(measure, language)])
    info.append([label("code", language), label("rollup", language) if matrix.rollup else ""])
    if description or matrix.description:
        info.append([label("filters", language), description or matrix.description])
    wb.save(path)
    if progress is not None:
        progress.step(1, 1, "")
    return Path(path)


def to_dict(matrix: Matrix, language: str = "sv") -> dict:
    """A JSON-ready description: columns, and per row its values, total and coding ids."""
    measure = matrix.measure
    return {
        "measure": measure,
        "measure_label": label(measure, language),
        "column_title": matrix.column_title,
        "column_kind": matrix.column_kind,
        "rollup": matrix.rollup,
        "description": matrix.description,
        "columns": [{"key": c.key, "label": c.label, "sources": c.n_sources}
                    for c in matrix.columns],
        "rows": [{"code_id": row.code_id, "name": row.name, "path": row.path,
                  "depth": row.depth,
                  "values": [_plain(c.value(measure)) for c in matrix.cells[r]],
                  "total": _plain(matrix.totals[r].value(measure)),
                  "coding_ids": [list(c.coding_ids) for c in matrix.cells[r]]}
                 for r, row in enumerate(matrix.rows)],
    }


def to_text(matrix: Matrix, language: str = "sv", measure: str | None = None) -> str:
    """The matrix as aligned plain text (the CLI's default output)."""
    from .labels import number

    measure = measure or matrix.measure
    head = [label("code", language)] + [c.label for c in matrix.columns]
    if matrix.column_kind != "codes":
        head.append(label("total", language))
    lines = []
    for r, row in enumerate(matrix.rows):
        cells = list(matrix.cells[r])
        if matrix.column_kind != "codes":
            cells.append(matrix.totals[r])
        values = [number(c.value(measure), language, share=(measure == "share")) for c in cells]
        lines.append(["  " * row.depth + row.name] + values)
    widths = [max(len(x[i]) for x in [head] + lines) for i in range(len(head))]
    widths[0] = min(widths[0], 48)

    def fmt(line: list[str]) -> str:
        first = line[0] if len(line[0]) <= widths[0] else line[0][:widths[0] - 1] + "…"
        return "  ".join([first.ljust(widths[0])] + [v.rjust(w) for v, w in
                                                        zip(line[1:], widths[1:], strict=True)])
    title = f"{label(measure, language)} × {matrix.column_title}"
    return "\n".join([title, fmt(head)] + [fmt(x) for x in lines])
