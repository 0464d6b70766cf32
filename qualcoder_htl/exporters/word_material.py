"""The report's overview of collected material, as follow-up reports print it: kind of
material, respondent group, round, the period the material was collected in and the number of
sources, one row per kind × group × round. A kind is named once, in the first row of its block.
"""
from __future__ import annotations

from collections.abc import Callable

from ..core.results import MaterialOverview
from .docx_style import new_table, set_cell, text_width
from .labels import label, number, period

# shares of the text width: kind, group, round, period, count
_WIDTHS = (0.22, 0.23, 0.13, 0.32, 0.10)


def add_material_overview(doc, overview: MaterialOverview, language: str,
                          caption: Callable[[str], object]) -> None:
    """The intro sentence, the caption (``caption(text)`` numbers it) and the table."""
    group, rnd = overview.group_title.lower(), overview.round_title.lower()
    when = (label("material_collected", language,
                  period=period(overview.first, overview.last, language))
            if overview.first else "")
    doc.add_paragraph(label("material_overview_intro", language,
                            sources=number(overview.total, language),
                            words=number(overview.words, language), period=when,
                            group=group, round=rnd))
    caption(label("material_overview_caption", language, group=group, round=rnd))
    width = text_width(doc.sections[-1])
    table = new_table(doc, len(overview.rows) + 2, len(_WIDTHS),
                      widths=[int(width * w) for w in _WIDTHS], last_row_total=True)
    head = table.rows[0].cells
    for cell, text in zip(head, (label("material_kind", language), overview.group_title,
                                 overview.round_title, label("material_period", language)),
                          strict=False):
        set_cell(cell, text)
    set_cell(head[4], label("material_count", language), align="right")
    previous_kind = None
    for row, line in zip(table.rows[1:], overview.rows, strict=False):
        cells = row.cells
        set_cell(cells[0], _capital(line.kind) if line.kind != previous_kind else "")
        previous_kind = line.kind
        set_cell(cells[1], _capital(line.group))
        set_cell(cells[2], line.round)
        set_cell(cells[3], period(line.first, line.last, language))
        set_cell(cells[4], number(line.count, language), align="right")
    cells = table.rows[-1].cells
    set_cell(cells[0], label("total", language))
    for cell in cells[1:3]:
        set_cell(cell, "")
    set_cell(cells[3], period(overview.first, overview.last, language))
    set_cell(cells[4], number(overview.total, language), align="right")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
