"""Records that analysis builds and exporters and the GUI read: matrices, quotes, report data.

They live in ``core`` because ``analysis`` makes them, ``exporters`` write them and ``gui``
shows them, and those packages do not import each other.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

# Matrix measures, in the order a user is offered them.
MEASURES = ("segments", "sources", "cases", "share", "words")
COOCCURRENCE_MODES = ("overlap", "turn")


class CodingSpan(NamedTuple):
    """A coding without its memo and date: what a matrix over many codings needs.

    A NamedTuple, not a dataclass, because a matrix reads 100,000 of them at a time."""

    id: int
    source_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    is_key_quote: bool


# --- matrices -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixRow:
    """One row: a code, and the codes whose codings it counts (itself plus, when rolled up,
    everything below it)."""

    code_id: int
    name: str
    path: str
    depth: int
    color: str
    code_ids: tuple[int, ...]
    has_children: bool = False


@dataclass(frozen=True)
class MatrixColumn:
    """One column: an attribute value, a source, a case or (co-occurrence) a code.

    ``key`` is what identifies it (the value; ``None`` for "no value"), ``n_sources`` how many
    sources of the analysed scope belong to it (the denominator of ``share``)."""

    key: object
    label: str
    n_sources: int = 0
    code_id: int | None = None


@dataclass(frozen=True)
class Cell:
    """What one row × column cell counts, and the codings behind it (the drill-down).

    ``segments``: distinct coded passages (codings that overlap or touch in one source are one
    passage); ``sources``: sources with at least one coding; ``cases``: respondents (a source's
    cases, or the source itself when it belongs to no case); ``share``: sources / the column's
    sources; ``words``: words in the coded passages (None unless asked for);
    ``cooccurrences``: only in co-occurrence matrices (overlapping pairs or shared turns).
    ``coding_ids`` are in document order (source, position); ``source_ids`` ascending."""

    coding_ids: tuple[int, ...] = ()
    segments: int = 0
    sources: int = 0
    cases: int = 0
    share: float | None = None
    words: int | None = None
    cooccurrences: int | None = None
    source_ids: tuple[int, ...] = ()

    def value(self, measure: str) -> int | float | None:
        return getattr(self, measure)

    @property
    def empty(self) -> bool:
        return not self.coding_ids


EMPTY_CELL = Cell()


@dataclass(frozen=True)
class Matrix:
    """Rows × columns of cells. ``cells[r][c]`` is a ``Cell``; ``totals[r]`` counts the row over
    the whole scope (a source in two case columns is counted once there)."""

    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    cells: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...]
    measure: str = "segments"
    column_title: str = ""  # e.g. "Organisationsnivå"
    column_kind: str = "attribute"  # "attribute", "sources", "cases", "codes"
    rollup: bool = True
    scope_sources: int = 0  # sources in the analysed scope (after filters)
    description: str = ""  # filters in words, for captions

    def cell(self, row: int, column: int) -> Cell:
        return self.cells[row][column]

    def value(self, row: int, column: int, measure: str | None = None):
        return self.cells[row][column].value(measure or self.measure)

    def total(self, row: int, measure: str | None = None):
        return self.totals[row].value(measure or self.measure)

    def values(self, measure: str | None = None) -> list[list]:
        return [[c.value(measure or self.measure) for c in row] for row in self.cells]

    def max_value(self, measure: str | None = None) -> float:
        vals = [v for row in self.values(measure) for v in row if v is not None]
        return max(vals, default=0)

    def row_index(self, code_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.code_id == code_id:
                return i
        raise KeyError(code_id)


# --- quotes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteText:
    """The text quotes are cut from (``AnalysisService.quote_text``): the stored text today,
    the pseudonymised text once the project has a key. ``offset(pos, side)`` maps an offset
    in the stored text (where codings and turns point) to an offset in ``text``, ``side``
    ("start" or "end") saying which edge of a replaced stretch a position inside it goes to
    (the signature of ``pseudonymise.offsets.OffsetMap.to_new``); identity when None."""

    source_id: int
    text: str
    pseudonymised: bool = False
    offset: Callable[[int, str], int] | None = None

    def at(self, stored_offset: int, side: str = "start") -> int:
        return stored_offset if self.offset is None else self.offset(stored_offset, side)



@dataclass(frozen=True)
class Quote:
    """A coded passage ready to be cited. ``text == source text[start:end]`` where the source
    text is what ``AnalysisService.quote_text`` returned (pseudonymised once there is a key).

    ``speaker`` is the label of the turn the quote starts in (``""`` outside turns);
    ``label_in_text`` is True when the passage itself (or the context shown before it)
    begins with that label, so a renderer must not print it twice.
    ``context_before``/``after`` are empty unless asked for; ``cut_before``/``after`` say
    the passage starts or ends inside a sentence."""

    coding_id: int
    source_id: int
    source_name: str
    code_id: int
    code_path: str
    start: int
    end: int
    text: str
    citation: str
    group: str
    speaker: str = ""
    label_in_text: bool = False
    turns: int = 1
    is_key_quote: bool = False
    memo: str = ""
    context_before: str = ""
    context_after: str = ""
    cut_before: bool = False  # the passage starts mid-sentence: print "[…]" before it
    cut_after: bool = False


@dataclass(frozen=True)
class QuoteGroup:
    key: object  # the attribute value, None for "no value"
    label: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class QuoteExtract:
    """The quotes of one code (and its children), grouped by an attribute's values."""

    code_id: int
    code_name: str
    code_path: str
    definition: str
    by: str  # the grouping attribute's name
    groups: tuple[QuoteGroup, ...]
    pseudonymised: bool = False

    @property
    def quotes(self) -> list[Quote]:
        return [q for g in self.groups for q in g.quotes]


# --- tables and reports -------------------------------------------------------------------


@dataclass(frozen=True)
class CrossTable:
    """Counts of sources by two attributes (the report's material table)."""

    row_title: str
    column_title: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...]
    column_totals: tuple[int, ...]
    total: int
    words: tuple[int, ...] = ()  # words per row, when known


@dataclass(frozen=True)
class MaterialRow:
    """One kind of material from one respondent group and round: how many sources, collected
    between ``first`` and ``last`` (ISO dates; empty when no source has a date)."""

    kind: str
    group: str
    round: str
    first: str
    last: str
    count: int


@dataclass(frozen=True)
class MaterialOverview:
    """The collected material as follow-up reports print it: kind × group × round, with the
    period of its dates and the number of sources."""

    group_title: str
    round_title: str
    rows: tuple[MaterialRow, ...]
    first: str
    last: str
    total: int
    words: int


@dataclass(frozen=True)
class ThemeSection:
    """One theme in a report: its heading level, definition, matrix rows and quotes."""

    code_id: int
    name: str
    path: str
    depth: int
    definition: str
    matrix_row: int | None  # index into the report's matrix
    child_rows: tuple[int, ...] = ()  # for a parent: its children's rows
    quotes: QuoteExtract | None = None


@dataclass
class ReportData:
    title: str
    subtitle: str
    date: str
    stats: dict[str, int]
    material: CrossTable | None
    matrix: Matrix
    themes: list[ThemeSection] = field(default_factory=list)
    citation_note: str = ""
    pseudonymised: bool = False
    overview: MaterialOverview | None = None  # when set, the report shows it for ``material``
