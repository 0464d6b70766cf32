"""Code × code co-occurrence: which codes are applied to the same passage or the same turn.

Two modes. ``overlap``: a cell counts the pairs of codings (one of each code) whose spans
share at least one character. ``turn``: a cell counts the speaker turns in which both codes
are applied (a coding belongs to every turn it overlaps; codings outside turns are left out).
The diagonal is empty. Each cell keeps the codings that make it up (drill-down).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from ..core.results import Cell, CodingSpan, Matrix, MatrixColumn
from .codetree import CodeTree
from .matrix import _rows


def build_cooccurrence(tree: CodeTree, codings: Iterable, *, code_ids: list[int] | None = None,
                       rollup: bool = False, mode: str = "overlap",
                       turns: Mapping[int, list[tuple[int, int]]] | None = None,
                       scope: set[int] | None = None, coder_ids: set[int] | None = None,
                       respondents: Mapping[int, tuple[int, ...]] | None = None,
                       title: str = "", description: str = "") -> Matrix:
    """``turns`` is {source id: [(start, end), ...]} and required for ``mode="turn"``."""
    if mode not in ("overlap", "turn"):
        raise ValueError(f"unknown co-occurrence mode {mode!r}")
    rows = _rows(tree, code_ids, rollup)
    rows_of: dict[int, list[int]] = {}
    for ri, row in enumerate(rows):
        for cid in row.code_ids:
            rows_of.setdefault(cid, []).append(ri)
    per_source: dict[int, list] = {}
    for c in codings:
        if type(c) is tuple:  # a plain row in CodingSpan order
            c = CodingSpan._make(c)
        if c.code_id not in rows_of or (scope is not None and c.source_id not in scope):
            continue
        if coder_ids is not None and c.coder_id not in coder_ids:
            continue
        per_source.setdefault(c.source_id, []).append(c)
    found: dict[tuple[int, int], tuple[set, set, set]] = {}  # (low, high) -> keys, ids, sources
    for sid, items in per_source.items():
        items.sort(key=lambda c: (c.start, c.end, c.id))
        if mode == "overlap":
            _overlaps(sid, items, rows_of, found)
        else:
            _same_turn(sid, items, rows_of, (turns or {}).get(sid, []), found)
    respondents = respondents or {}
    cells = []
    for ri in range(len(rows)):
        line = []
        for ci in range(len(rows)):
            hit = found.get((min(ri, ci), max(ri, ci)))
            if ri == ci:
                line.append(Cell())
            elif hit is None:
                line.append(Cell(cooccurrences=0))
            else:
                keys, ids, srcs = hit
                people = {p for s in srcs for p in (respondents.get(s) or (-s - 1,))}
                line.append(Cell(tuple(sorted(ids)), 0, len(srcs), len(people), None, None,
                                 len(keys), tuple(sorted(srcs))))
        cells.append(tuple(line))
    columns = tuple(MatrixColumn(r.code_id, r.name, 0, r.code_id) for r in rows)
    totals = tuple(Cell() for _ in rows)
    return Matrix(tuple(rows), columns, tuple(cells), totals, "cooccurrences", title, "codes",
                  rollup, len(per_source), description)


def _add(found, r1: int, r2: int, key, ids, sid: int) -> None:
    """Record a co-occurrence under the cell (low row, high row); the matrix is symmetric."""
    cell = (r1, r2) if r1 < r2 else (r2, r1)
    hit = found.get(cell)
    if hit is None:
        hit = found[cell] = (set(), set(), set())
    hit[0].add(key)
    hit[1].update(ids)
    hit[2].add(sid)


def _overlaps(sid: int, items: list, rows_of, found) -> None:
    active: list = []
    for c in items:
        active = [a for a in active if a.end > c.start]
        for a in active:
            key = (min(a.id, c.id), max(a.id, c.id))
            for r1 in rows_of[a.code_id]:
                for r2 in rows_of[c.code_id]:
                    if r1 != r2:
                        _add(found, r1, r2, key, (a.id, c.id), sid)
        active.append(c)


def _same_turn(sid: int, items: list, rows_of, spans: list[tuple[int, int]], found) -> None:
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    in_turn: dict[int, dict[int, set[int]]] = {}  # turn index -> row -> coding ids
    for c in items:
        # turns overlapping [start, end): start < c.end and end > c.start
        hi = bisect_left(starts, c.end)
        lo = bisect_right(ends, c.start)
        for ti in range(lo, hi):
            rows = in_turn.setdefault(ti, {})
            for r in rows_of[c.code_id]:
                rows.setdefault(r, set()).add(c.id)
    for ti, rows in in_turn.items():
        present = sorted(rows)
        for i, r1 in enumerate(present):
            for r2 in present[i + 1:]:
                a, b = rows[r1], rows[r2]
                if len(a) == 1 and a == b:
                    continue  # one coding counted in two rolled-up rows is no co-occurrence
                _add(found, r1, r2, (sid, ti), a | b, sid)
