"""The theme report: title page, contents, material table, theme overview, and per theme its
definition, its row of the matrix and its quotes by organisational level.

Heading 1 is a top-level theme (each starts a new page), Heading 2 a subtheme, the next level
down the groups (levels) of its quotes. Numbers in tables carry the number of sources in
brackets, so a co-author sees at once whether a theme rests on one voice or many.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_BREAK

from .. import __version__
from ..core.jobs import Progress
from ..core.messages import msg
from ..core.results import CrossTable, ReportData, ThemeSection
from .chart_png import add_theme_chart
from .docx_style import (
    Bookmarks,
    add_caption,
    add_quote,
    add_toc,
    heading,
    new_document,
    new_table,
    page_number_footer,
    para,
    running_header,
    set_cell,
    text_width,
    update_fields_on_open,
)
from .labels import label, long_date, number
from .word_material import add_material_overview
from .word_matrix import add_matrix_table

# Groups a portrait page holds side by side; a report grouped by more (by source: 200) gets
# its theme tables turned (one row per group) and its overview split (word_matrix)
MAX_COLUMNS = 8
# A heat map wider than this has cells too narrow for their numbers and labels (200 sources
# gave a grey band): the overview tables carry the figures alone then
MAX_CHART_COLUMNS = 30


class _Captions:
    def __init__(self, kind: str):
        self.kind = kind
        self.n = 0

    def add(self, doc, text: str):
        self.n += 1
        return add_caption(doc, self.kind, self.n, text)


def write_report(path: str | Path, data: ReportData, *, language: str = "sv",
                 speaker: str = "exchanges", progress: Progress | None = None) -> Path:
    """Write the report; ``speaker`` as in ``docx_style.add_quote``."""
    progress = progress or Progress()
    total_quotes = sum(len(t.quotes.quotes) for t in data.themes if t.quotes)
    steps = len(data.themes) + 2
    progress.step(0, steps, str(msg("progress.title")))
    doc = new_document(language, data.title)
    section = doc.sections[0]
    page_number_footer(section, label("page", language), skip_first=True)
    running_header(section, data.title)
    captions = _Captions(label("table", language))

    _title_page(doc, data, language, total_quotes)
    plan = _plan_headings(data, language)  # (level, text, bookmark), in document order
    add_toc(doc, label("contents", language), label("toc_placeholder", language), plan)
    marks = _Marks(plan)

    by = data.matrix.column_title.lower()
    marks.heading(doc, label("material", language), 1)
    _material(doc, data, language, captions)
    marks.heading(doc, label("overview", language), 1)
    doc.add_paragraph(label("overview_intro", language, by=by))
    captions.add(doc, label("overview_caption", language, by=by))
    add_matrix_table(doc, data.matrix, language=language, measure="segments", heat=True,
                     rows=[t.matrix_row for t in data.themes if t.matrix_row is not None],
                     with_sources=True, max_columns=MAX_COLUMNS, section=section)
    if len(data.matrix.columns) <= MAX_CHART_COLUMNS:
        add_theme_chart(doc, data.matrix, language=language,
                        rows=[t.matrix_row for t in data.themes if t.matrix_row is not None])
    progress.step(1, steps, str(msg("progress.overview")))

    for i, theme in enumerate(data.themes, start=2):
        _theme(doc, section, marks, data, theme, language, captions, speaker)
        progress.step(i, steps, theme.name)
    update_fields_on_open(doc)
    path = Path(path)
    doc.save(path)
    progress.step(steps, steps, "")
    return path


def _title_page(doc, data: ReportData, language: str, total_quotes: int) -> None:
    for _ in range(6):
        doc.add_paragraph()
    para(doc, "Title", data.title)
    para(doc, "Subtitle", data.subtitle)
    s = data.stats
    doc.add_paragraph()
    doc.add_paragraph(label("about", language, sources=number(s.get("sources", 0), language),
                            words=number(s.get("words", 0), language),
                            codings=number(s.get("codings", 0), language),
                            codes=number(s.get("codes", 0), language)))
    if data.citation_note:
        doc.add_paragraph(data.citation_note)
    note = doc.add_paragraph(label("pseudonymised" if data.pseudonymised
                                   else "not_pseudonymised", language))
    if not data.pseudonymised:
        note.runs[0].bold = True
    doc.add_paragraph(label("made_with", language, version=__version__,
                            date=long_date(data.date, language)))
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _plan_headings(data: ReportData, language: str) -> list[tuple[int, str, str]]:
    titles = [(1, label("material", language)), (1, label("overview", language))]
    titles += [(_theme_level(t), t.name) for t in data.themes]
    return [(lvl, text, f"_Toc{i:06d}") for i, (lvl, text) in enumerate(titles, start=1)]


def _theme_level(theme: ThemeSection) -> int:
    return min(theme.depth + 1, 3)


class _Marks:
    """Adds the planned headings in order, each wrapped in its TOC bookmark."""

    def __init__(self, plan: list[tuple[int, str, str]]):
        self._plan = iter(plan)
        self._bookmarks = Bookmarks()

    def heading(self, doc, text: str, level: int):
        planned_level, planned_text, name = next(self._plan)
        assert (planned_level, planned_text) == (level, text), "TOC plan out of step"
        p = heading(doc, text, level)
        self._bookmarks.wrap(p, name)
        return p


def _material(doc, data: ReportData, language: str, captions: _Captions) -> None:
    if data.overview is not None:  # kind × group × round with periods (word_material)
        add_material_overview(doc, data.overview, language, lambda text: captions.add(doc, text))
        return
    table: CrossTable | None = data.material
    s = data.stats
    if table is None:
        return
    rows_title, cols_title = table.row_title.lower(), table.column_title.lower()
    if table.column_labels:
        doc.add_paragraph(label("material_intro", language, sources=number(table.total, language),
                                words=number(s.get("words", 0), language), rows=rows_title,
                                columns=cols_title))
        captions.add(doc, label("material_caption", language, rows=rows_title,
                                columns=cols_title))
    else:
        doc.add_paragraph(label("material_intro_rows", language,
                                sources=number(table.total, language),
                                words=number(s.get("words", 0), language), rows=rows_title))
        captions.add(doc, label("material_caption_rows", language, rows=rows_title))
    with_words = bool(table.words)
    ncols = 1 + len(table.column_labels) + 1 + (1 if with_words else 0)
    section = doc.sections[-1]
    width = text_width(section)
    first = int(width * 0.36)
    rest = (width - first) // (ncols - 1)
    t = new_table(doc, len(table.row_labels) + 2, ncols, widths=[first] + [rest] * (ncols - 1),
                  last_row_total=True)
    head = t.rows[0].cells
    set_cell(head[0], table.row_title)
    for i, col in enumerate(table.column_labels):
        set_cell(head[1 + i], col, align="right")
    set_cell(head[1 + len(table.column_labels)], label("total", language), align="right")
    if with_words:
        set_cell(head[-1], label("words_col", language), align="right")
    for r, row_label in enumerate(table.row_labels, start=1):
        cells = t.rows[r].cells
        set_cell(cells[0], row_label)
        for c, n in enumerate(table.counts[r - 1]):
            set_cell(cells[1 + c], number(n, language) if n else "–", align="right")
        set_cell(cells[1 + len(table.column_labels)], number(table.row_totals[r - 1], language),
                 align="right")
        if with_words:
            set_cell(cells[-1], number(table.words[r - 1], language), align="right")
    cells = t.rows[-1].cells
    set_cell(cells[0], label("total", language))
    for c, n in enumerate(table.column_totals):
        set_cell(cells[1 + c], number(n, language), align="right")
    set_cell(cells[1 + len(table.column_labels)], number(table.total, language), align="right")
    if with_words:
        set_cell(cells[-1], number(sum(table.words), language), align="right")


def _theme(doc, section, marks: _Marks, data: ReportData, theme: ThemeSection, language: str,
           captions: _Captions, speaker: str) -> None:
    level = _theme_level(theme)
    marks.heading(doc, theme.name, level)
    if theme.definition:
        doc.add_paragraph(theme.definition)
    by = data.matrix.column_title.lower()
    rows = ([theme.matrix_row] if theme.matrix_row is not None else []) + list(theme.child_rows)
    if rows:
        captions.add(doc, label("theme_caption", language, by=by, theme=theme.name))
        add_matrix_table(doc, data.matrix, language=language, measure="segments", heat=True,
                         rows=rows, with_sources=True, max_columns=MAX_COLUMNS,
                         section=section)
    extract = theme.quotes
    if extract is None or not extract.groups:
        if not theme.child_rows:
            doc.add_paragraph(label("no_quotes", language))
        return
    for group in extract.groups:
        heading(doc, group.label, min(level + 1, 9))
        for q in group.quotes:
            add_quote(doc, q, speaker=speaker, show_context=True)
