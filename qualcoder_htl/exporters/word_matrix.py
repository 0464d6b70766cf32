"""A matrix as a Word table (optionally heat-shaded), alone or inside a report."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from docx.shared import Cm

from ..core.jobs import Progress
from ..core.messages import msg
from ..core.results import Matrix
from .docx_style import (
    add_caption,
    heat_colour,
    new_document,
    new_table,
    page_number_footer,
    para,
    set_cell,
    table_cells,
    text_width,
    update_fields_on_open,
)
from .labels import label, long_date, number


def cell_text(matrix: Matrix, r: int, c: int | None, measure: str, language: str,
              with_sources: bool = False) -> str:
    """A cell as printed: Swedish statistical convention, "–" for nothing (zero) and ".." for
    not applicable (the share of a column without sources, the co-occurrence diagonal)."""
    cell = matrix.totals[r] if c is None else matrix.cells[r][c]
    value = cell.value(measure)
    if value is None:
        return ".."
    if value == 0:
        return "–"
    text = number(value, language, share=(measure == "share"))
    if with_sources and measure != "sources" and cell.sources:
        text += f" ({cell.sources})"
    return text


def column_widths(labels: list[str], samples: list[str], available: int,
                  min_first=Cm(4.0), max_first=Cm(7.5)) -> list[int]:
    """Widths (EMU) so no header word has to break inside: each value column is as wide as
    its longest word (or widest value); the code column takes what is left."""
    def needed(texts: list[str]) -> int:
        longest = max((len(w) + (1 if SOFT_HYPHEN in t else 0)
                       for t in texts for w in re.split(r"[\s/\u200b\u00ad-]+", t)), default=1)
        return int(Cm(0.4) + Cm(0.2) * longest)

    rest = [max(Cm(1.4), needed([lab, smp])) for lab, smp in zip(labels, samples, strict=True)]
    first = available - sum(rest)
    if first < min_first:  # too many columns: share the room out evenly
        first = min_first
        rest = [int((available - first) / max(1, len(rest)))] * len(rest)
    elif first > max_first:
        spare = first - max_first
        first = max_first
        rest = [int(w + spare / len(rest)) for w in rest]
    return [int(first)] + rest


_CONSONANTS = set("bcdfghjklmnpqrstvwxz")
SOFT_HYPHEN = "\u00ad"


def hyphenate(word: str, min_part: int = 4) -> str:
    """A soft hyphen at a likely compound joint of a long Swedish word: after a linking -s-
    before a consonant ("Lednings|grupp", "vårdnads|havare"), nearest the middle. Word only
    breaks there when the word does not fit."""
    if len(word) < 2 * min_part + 2:
        return word
    low = word.casefold()
    joints = [i for i in range(min_part, len(word) - min_part + 1)
              if low[i - 1] == "s" and low[i] in _CONSONANTS and low[i - 2] not in "s"]
    if not joints:
        return word
    i = min(joints, key=lambda j: abs(j - len(word) / 2))
    return word[:i] + SOFT_HYPHEN + word[i:]


def breakable(text: str) -> str:
    """A header Word can break well: after '/' (Familjer/vårdnadshavare) and at compound
    joints of long words."""
    words = re.split(r"(\s+|/)", text)
    return "".join(w if w.isspace() or w == "/" else hyphenate(w) for w in words).replace(
        "/", "/\u200b")


def add_matrix_table(doc, matrix: Matrix, *, language: str = "sv", measure: str | None = None,
                     heat: bool = True, rows: list[int] | None = None,
                     with_sources: bool = False, show_total: bool = True,
                     section=None, max_columns: int | None = None):
    """Add the matrix (or some of its rows) as a table and return the tables added.

    Heat shading compares the cells of leaf rows; the rows of parent themes, which sum up
    their children, are shaded as a light band instead so they do not swamp the scale.

    With more than ``max_columns`` groups (a report grouped by 200 sources) no page holds the
    table: with at most ``max_columns`` rows it is turned, one row per group and one column
    per theme; with more rows it is split into tables of at most ``max_columns`` groups each,
    the total column in the last, a "continued" line between them."""
    measure = measure or matrix.measure
    rows = list(range(len(matrix.rows))) if rows is None else rows
    ncols = len(matrix.columns)
    total = show_total and matrix.column_kind != "codes"
    section = section or doc.sections[-1]
    shading = _Shading(matrix, rows, measure, heat)
    if max_columns is None or ncols <= max_columns:
        return [_table(doc, matrix, rows, list(range(ncols)), total, language, measure,
                       with_sources, section, shading)]
    if len(rows) <= max_columns:
        return [_turned_table(doc, matrix, rows, total, language, measure, with_sources,
                              section, shading)]
    tables, chunks = [], range(0, ncols, max_columns)
    for n, first in enumerate(chunks, start=1):
        if n > 1:  # a paragraph between, or Word joins the tables into one
            doc.add_paragraph(label("continued", language, part=n, parts=len(chunks)))
        columns = list(range(first, min(first + max_columns, ncols)))
        tables.append(_table(doc, matrix, rows, columns, total and n == len(chunks), language,
                             measure, with_sources, section, shading))
    return tables


class _Shading:
    """Fills of a row's cells: heat for leaf rows (scaled over all their cells), a light band
    for parent rows."""

    def __init__(self, matrix: Matrix, rows: list[int], measure: str, heat: bool):
        self.matrix, self.heat = matrix, heat
        leaf_rows = [r for r in rows if not self.is_parent(r)] or rows
        values = [matrix.cells[r][c].value(measure) for r in leaf_rows
                  for c in range(len(matrix.columns))]
        self.top = max((v for v in values if v is not None), default=0)
        self.measure = measure

    def is_parent(self, r: int) -> bool:
        return self.matrix.rows[r].has_children and self.matrix.rollup

    def band(self, r: int) -> str | None:
        return "F2F2F2" if self.is_parent(r) and self.heat else None

    def fill(self, r: int, c: int) -> str | None:
        value = self.matrix.cells[r][c].value(self.measure)
        if self.heat and not self.is_parent(r) and self.top and value:
            return heat_colour(value / self.top)
        return self.band(r)


def _table(doc, matrix: Matrix, rows: list[int], columns: list[int], total: bool,
           language: str, measure: str, with_sources: bool, section, shading: _Shading):
    """Themes down, groups (``columns``) across, the total last."""
    labels = [breakable(matrix.columns[c].label) for c in columns]
    if total:
        labels.append(label("total", language))
    samples = [max((cell_text(matrix, r, c, measure, language, with_sources) for r in rows),
                   key=len, default="") for c in columns]
    if total:
        samples.append(max((cell_text(matrix, r, None, measure, language, with_sources)
                            for r in rows), key=len, default=""))
    table = new_table(doc, len(rows) + 1, 1 + len(labels),
                      widths=column_widths(labels, samples, text_width(section)))
    grid = table_cells(table)
    head = grid[0]
    set_cell(head[0], label("code", language))
    for i, text in enumerate(labels):
        set_cell(head[1 + i], text, align="right")
    for out_r, r in enumerate(rows, start=1):
        row = matrix.rows[r]
        cells = grid[out_r]
        parent, band = shading.is_parent(r), shading.band(r)
        set_cell(cells[0], row.name, bold=parent, indent_cm=0.35 * row.depth, fill=band)
        for i, c in enumerate(columns, start=1):
            set_cell(cells[i], cell_text(matrix, r, c, measure, language, with_sources),
                     align="right", bold=parent, fill=shading.fill(r, c))
        if total:
            set_cell(cells[-1], cell_text(matrix, r, None, measure, language, with_sources),
                     align="right", bold=True, fill=band)
    return table


def _turned_widths(matrix: Matrix, ncols: int, available: int) -> list[int]:
    """The group column as wide as its longest label (within reason), the themes sharing the
    rest evenly: theme names are headers that may wrap, numbers are short."""
    longest = max((len(c.label) for c in matrix.columns), default=8)
    first = min(max(Cm(3.0), Cm(0.5) + Cm(0.2) * longest), Cm(6.5), available // 2)
    return [int(first)] + [int((available - first) / max(1, ncols))] * ncols


def _turned_table(doc, matrix: Matrix, rows: list[int], total: bool, language: str,
                  measure: str, with_sources: bool, section, shading: _Shading):
    """Groups down (one row each, the total last), themes across."""
    ncols = len(matrix.columns)
    labels = [breakable(matrix.rows[r].name) for r in rows]
    table = new_table(doc, ncols + 1 + (1 if total else 0), 1 + len(rows),
                      widths=_turned_widths(matrix, len(rows), text_width(section)),
                      last_row_total=total)
    grid = table_cells(table)
    head = grid[0]
    set_cell(head[0], matrix.column_title or label("source", language))
    for i, r in enumerate(rows, start=1):
        set_cell(head[i], labels[i - 1], align="right", bold=shading.is_parent(r))
    for c in range(ncols):
        cells = grid[1 + c]
        set_cell(cells[0], matrix.columns[c].label)
        for i, r in enumerate(rows, start=1):
            set_cell(cells[i], cell_text(matrix, r, c, measure, language, with_sources),
                     align="right", bold=shading.is_parent(r), fill=shading.fill(r, c))
    if total:
        cells = grid[-1]
        set_cell(cells[0], label("total", language), bold=True)
        for i, r in enumerate(rows, start=1):
            set_cell(cells[i], cell_text(matrix, r, None, measure, language, with_sources),
                     align="right", bold=True, fill=shading.band(r))
    return table


def matrix_caption(matrix: Matrix, language: str, measure: str | None = None) -> str:
    measure = measure or matrix.measure
    columns = matrix.column_title or label(matrix.column_kind if matrix.column_kind in
                                           ("sources", "cases") else "code", language)
    return label("matrix_caption", language, measure=label(measure, language),
                 rows=label("code", language).lower(), columns=columns.lower())


def write_matrix(path: str | Path, matrix: Matrix, *, language: str = "sv", heat: bool = True,
                 title: str = "", measure: str | None = None,
                 progress: Progress | None = None) -> Path:
    """A Word file with the matrix as a table; landscape when it has many columns."""
    progress = progress or Progress()
    measure = measure or matrix.measure
    landscape = len(matrix.columns) > 6
    doc = new_document(language, title or matrix_caption(matrix, language, measure), landscape)
    section = doc.sections[0]
    page_number_footer(section, label("page", language))
    progress.step(0, 2, str(msg("progress.matrix")))
    para(doc, "Title", title or matrix_caption(matrix, language, measure))
    notes = [f"{label('measure', language)}: {label(measure, language)}."]
    if matrix.rollup and matrix.column_kind != "codes":
        notes.append(label("rollup", language))
    if matrix.description:
        notes.append(f"{label('filters', language)}: {matrix.description}.")
    notes.append(f"{label('created', language)} {long_date(date.today().isoformat(), language)}.")
    doc.add_paragraph(" ".join(notes))
    add_caption(doc, label("table", language), 1, matrix_caption(matrix, language, measure))
    add_matrix_table(doc, matrix, language=language, measure=measure, heat=heat)
    update_fields_on_open(doc)
    progress.step(1, 2, str(msg("progress.matrix")))
    path = Path(path)
    doc.save(path)
    progress.step(2, 2, "")
    return path
