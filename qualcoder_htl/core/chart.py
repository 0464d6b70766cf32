"""A theme × level chart as plain data: what the window paints (``gui.theme_chart``) and the
Word report draws (``exporters.chart_png``) is built here once, so both show the same thing.

A heat map shades each theme × column cell by its share of the largest leaf cell (rolled-up
parent rows would swamp the scale); grouped bars give each theme one bar per column, a
colour per column."""
from __future__ import annotations

from dataclasses import dataclass

from .results import Matrix

# distinguishable colours for the columns' bars (Tableau 10, colour-blind friendly enough for
# five organisational levels), repeated when there are more columns
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
           "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
HEAT_LOW, HEAT_HIGH = (0xF4, 0xF8, 0xFC), (0x2F, 0x6E, 0xB0)
EMPTY = "#f7f7f7"


@dataclass(frozen=True)
class ChartRow:
    label: str
    depth: int
    parent: bool  # a rolled-up row (its children's codings included)
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartData:
    rows: tuple[ChartRow, ...]
    columns: tuple[str, ...]
    column_title: str
    measure: str
    top: float  # the largest leaf value (the heat map's and the bars' scale)

    @property
    def empty(self) -> bool:
        return not self.rows or not self.columns or self.top <= 0

    def fraction(self, value: float) -> float:
        return 0.0 if self.top <= 0 else max(0.0, min(1.0, value / self.top))


def chart_data(matrix: Matrix, measure: str | None = None,
               rows: list[int] | None = None) -> ChartData:
    """The chart of ``matrix`` (its ``rows`` only, when given; all by default)."""
    measure = measure or matrix.measure
    chosen = list(range(len(matrix.rows))) if rows is None else list(rows)
    out = []
    for r in chosen:
        row = matrix.rows[r]
        values = tuple(float(matrix.value(r, c, measure) or 0) for c in range(len(matrix.columns)))
        out.append(ChartRow(row.name, row.depth, bool(row.has_children and matrix.rollup),
                            values))
    leaves = [row for row in out if not row.parent] or out
    top = max((v for row in leaves for v in row.values), default=0.0)
    return ChartData(tuple(out), tuple(c.label for c in matrix.columns), matrix.column_title,
                     measure, float(top))


def heat_rgb(fraction: float) -> tuple[int, int, int]:
    """Light to a strong blue by ``fraction`` (0–1)."""
    f = 0.08 + 0.92 * max(0.0, min(1.0, fraction))
    return tuple(round(a + (b - a) * f) for a, b in zip(HEAT_LOW, HEAT_HIGH, strict=True))


def ink_on(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """Dark text on light cells, white on dark ones."""
    r, g, b = rgb
    return (255, 255, 255) if 0.299 * r + 0.587 * g + 0.114 * b < 140 else (26, 26, 26)


def column_rgb(index: int) -> tuple[int, int, int]:
    h = PALETTE[index % len(PALETTE)].lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def format_value(value: float, measure: str, decimal: str = ",") -> str:
    if measure == "share":
        return f"{round(value * 100)} %"
    if value == int(value):
        return f"{int(value)}"
    return f"{value:.1f}".replace(".", decimal)
