"""What the analysis views show: the request behind a matrix or a quote extract, and the
matrix as a heat-shaded table model.

A matrix is computed once per request (``project.analysis.matrix``); its cells carry every
measure but words, so switching between segments, sources, respondents and share only
repaints. Words, other rows or columns, filters and co-occurrence need a new computation.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPixmap

from ..core.results import Matrix, QuoteExtract
from ..services.analysis_scope import Filters

translate = QCoreApplication.translate
CellRole = Qt.ItemDataRole.UserRole + 30  # (row, column or None for the total)
ValueRole = Qt.ItemDataRole.UserRole + 31  # the number shown, unformatted
PARENT_BAND = QColor("#f2f2f2")


def interface_language() -> str:
    """"sv" or "en": the language the interface is shown in (the Swedish translation
    translates this code to "sv"), so exports default to what the user reads."""
    code = translate("AnalysisViews", "en", "language code of this translation: sv")
    return code if code in ("sv", "en") else "en"


@dataclass(frozen=True)
class MatrixRequest:
    """A theme matrix as chosen in the matrix view. ``branch``: a code whose subtree are the
    rows (None: the whole codebook); ``cooccurrence``: "overlap" or "turn" for code × code."""

    columns: str = "org_level"
    measure: str = "segments"
    branch: int | None = None
    rollup: bool = True
    cooccurrence: str | None = None
    filters: Filters = field(default_factory=Filters)

    def compute(self, project, language: str) -> Matrix:
        rows = project.codebook.descendants(self.branch) if self.branch is not None else None
        if self.cooccurrence:
            return project.analysis.cooccurrence(rows, mode=self.cooccurrence,
                                                 filters=self.filters, rollup=self.rollup,
                                                 language=language)
        return project.analysis.matrix(rows, self.columns, self.measure, self.filters,
                                       self.rollup, language=language)


@dataclass(frozen=True)
class QuoteRequest:
    """A quote extract as chosen in the quote view."""

    code_id: int
    by: str = "org_level"
    include_children: bool = True
    key_only: bool = False
    context: str | None = None  # None or "turn"
    filters: Filters = field(default_factory=Filters)

    def compute(self, project, language: str) -> QuoteExtract:
        return project.analysis.quotes(self.code_id, by=self.by,
                                       include_children=self.include_children,
                                       filters=self.filters, context=self.context,
                                       key_only=self.key_only, language=language)


def format_number(value, language: str, share: bool = False) -> str:
    """12 345 (sv, thin no-break space) or 12,345; shares as 42 % / 42%; None as a dash."""
    if value is None:
        return "–"
    if share:
        pct = round(100 * value)
        return f"{pct}\u00a0%" if language == "sv" else f"{pct}%"
    text = f"{int(value):,}"
    return text.replace(",", "\u202f") if language == "sv" else text


def heat_colour(fraction: float) -> QColor | None:
    """White to a mid blue, as in the Word and Excel exports; None for nothing to shade."""
    if fraction <= 0:
        return None
    f = 0.12 + 0.88 * min(1.0, fraction)
    lo, hi = (0xF4, 0xF8, 0xFC), (0x6B, 0x9A, 0xC9)
    return QColor(*(round(a + (b - a) * f) for a, b in zip(lo, hi, strict=True)))


def two_lines(label: str, width: int = 14) -> str:
    """A long column label on two lines, broken at the space or slash nearest its middle."""
    if len(label) <= width:
        return label
    breaks = [i for i, ch in enumerate(label) if ch in " /"]
    if not breaks:
        return label
    i = min(breaks, key=lambda i: abs(i - len(label) / 2))
    return (label[:i + 1] + "\n" + label[i + 1:]) if label[i] == "/" else (
        label[:i] + "\n" + label[i + 1:])


_swatches: dict[str, QPixmap] = {}


def swatch(colour: str) -> QPixmap:
    """A small square of a code's colour (for the row headers)."""
    if colour not in _swatches:
        pixmap = QPixmap(10, 10)
        pixmap.fill(QColor(colour))
        _swatches[colour] = pixmap
    return _swatches[colour]


class MatrixModel(QAbstractTableModel):
    """Rows are themes (named in the vertical header, indented by depth), columns the
    matrix's columns and, except for code × code, a total. Heat shading compares the cells of
    leaf rows; rolled-up parent rows are a light band (they would swamp the scale)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.measure = "segments"
        self.language = "en"
        self._top = 0.0

    def set_matrix(self, matrix: Matrix | None, measure: str | None = None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        if matrix is not None:
            self.measure = matrix.measure if matrix.column_kind == "codes" else (
                measure or self.measure)
        self._rescale()
        self.endResetModel()

    def set_measure(self, measure: str) -> None:
        """Show another measure of the same cells (no recomputation)."""
        if self.matrix is None or self.matrix.column_kind == "codes":
            return
        self.measure = measure
        self._rescale()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _rescale(self) -> None:
        m = self.matrix
        if m is None:
            self._top = 0.0
            return
        leaves = [r for r in range(len(m.rows)) if not self.is_parent(r)] or range(len(m.rows))
        values = [m.cells[r][c].value(self.measure) for r in leaves for c in range(len(m.columns))]
        self._top = float(max((v for v in values if v is not None), default=0))

    def is_parent(self, row: int) -> bool:
        return bool(self.matrix and self.matrix.rows[row].has_children and self.matrix.rollup)

    @property
    def has_total(self) -> bool:
        return self.matrix is not None and self.matrix.column_kind != "codes"

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.matrix.columns) + (1 if self.has_total else 0)

    def cell_at(self, row: int, column: int):
        """(the Cell, its column index or None for the total)."""
        m = self.matrix
        if column == len(m.columns):
            return m.totals[row], None
        return m.cells[row][column], column

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < self.rowCount() and 0 <= c < self.columnCount()):
            return None
        cell, column = self.cell_at(r, c)
        value = cell.value(self.measure)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(value, self.language, self.measure == "share")
        if role == ValueRole:
            return value
        if role == CellRole:
            return (r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(r, column, value)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not value:
                return QColor("#9a9a9a")
            # dark on the light shades, whatever the palette; unshaded cells keep its colour
            return QColor("#1a1a1a") if self._background(r, column, value) else None
        if role == Qt.ItemDataRole.FontRole and (column is None or self.is_parent(r)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column, cell)
        return None

    def _background(self, r: int, column: int | None, value) -> QColor | None:
        if self.is_parent(r):
            return PARENT_BAND
        if column is None or not self._top or not value:
            return None
        return heat_colour(value / self._top)

    def _tooltip(self, r: int, column: int | None, cell) -> str:
        m = self.matrix
        where = (m.columns[column].label if column is not None
                 else translate("AnalysisViews", "all columns"))
        sources = self.tr("%n source(s)", "", cell.sources)
        if m.column_kind == "codes":
            counts = self.tr("%n co-occurrence(s) in {0}", "", cell.cooccurrences or 0)
            counts = counts.format(sources)
        else:
            people = self.tr("%n respondent(s)", "", cell.cases)
            counts = self.tr("%n coded segment(s) in {0} ({1})", "", cell.segments)
            counts = counts.format(sources, people)
        hint = translate("AnalysisViews", "Click to list its quotes.") if cell.coding_ids else ""
        return f"{m.rows[r].path} × {where}\n{counts}\n{hint}".strip()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        m = self.matrix
        if m is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            total = section == len(m.columns)
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("AnalysisViews", "Total") if total else two_lines(
                    m.columns[section].label)
            if role == Qt.ItemDataRole.ToolTipRole and not total:
                col = m.columns[section]
                return f"{m.column_title}: {col.label}" if m.column_title else col.label
            return None
        if not 0 <= section < len(m.rows):
            return None
        row = m.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "    " * row.depth + row.name
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(row.color or "#999999")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.path
        if role == Qt.ItemDataRole.FontRole and self.is_parent(section):
            font = QFont()
            font.setBold(True)
            return font
        return None
