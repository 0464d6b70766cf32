"""A matrix as a Word table (optionally heat-shaded), alone or inside a report."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from docx.shared import Cm

from ..core.jobs import Progress
from ..core.results import Matrix
from .docx_style import (
    add_caption,
    heat_colour,
    new_document,
    new_table,
    page_number_footer,
    para,
    set_cell,
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
                     section=None):
    """Add the matrix (or some of its rows) as a table and return it.

    Heat shading compares the cells of leaf rows; the rows of parent themes, which sum up
    their children, are shaded as a light band instead so they do not swamp the scale."""
    measure = measure or matrix.measure
    rows = list(range(len(matrix.rows))) if rows is None else rows
    ncols = len(matrix.columns)
    extra = 1 if show_total and matrix.column_kind != "codes" else 0
    section = section or doc.sections[-1]
    labels = [breakable(c.label) for c in matrix.columns]
    if extra:
        labels.append(label("total", language))
    samples = [max((cell_text(matrix, r, c, measure, language, with_sources) for r in rows),
                   key=len, default="") for c in range(ncols)]
    if extra:
        samples.append(max((cell_text(matrix, r, None, measure, language, with_sources)
                            for r in rows), key=len, default=""))
    table = new_table(doc, len(rows) + 1, 1 + ncols + extra,
                      widths=column_widths(labels, samples, text_width(section)))
    head = table.rows[0].cells
    set_cell(head[0], label("code", language))
    for i, text in enumerate(labels):
        set_cell(head[1 + i], text, align="right")

    def is_parent(r: int) -> bool:
        return matrix.rows[r].has_children and matrix.rollup

    leaf_rows = [r for r in rows if not is_parent(r)] or rows
    values = [matrix.cells[r][c].value(measure) for r in leaf_rows for c in range(ncols)]
    top = max((v for v in values if v is not None), default=0)
    for out_r, r in enumerate(rows, start=1):
        row = matrix.rows[r]
        cells = table.rows[out_r].cells
        parent = is_parent(r)
        band = "F2F2F2" if parent and heat else None
        set_cell(cells[0], row.name, bold=parent, indent_cm=0.35 * row.depth, fill=band)
        for c in range(ncols):
            value = matrix.cells[r][c].value(measure)
            fill = band
            if heat and not parent and top and value:
                fill = heat_colour(value / top)
            set_cell(cells[1 + c], cell_text(matrix, r, c, measure, language, with_sources),
                     align="right", bold=parent, fill=fill)
        if extra:
            set_cell(cells[-1], cell_text(matrix, r, None, measure, language, with_sources),
                     align="right", bold=True, fill=band)
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
    progress.step(0, 2, "matrix")
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
    progress.step(1, 2, "matrix")
    path = Path(path)
    doc.save(path)
    progress.step(2, 2, "")
    return path
