"""Code × column matrices: coded segments, sources, respondents, share and words per cell.

Definitions (also in ``core.results.Cell``): a *segment* is a stretch of text covered by the
row's codings; codings that overlap or touch in one source are one segment, so a parent row
that rolls up its children counts a passage coded with two subthemes once, and a passage
coded by two coders once. Words are the words (runs of non-space) in those stretches.

The counting is vectorised with numpy, because a matrix over 100,000 codings has to appear
while a researcher clicks (target: under 0.3 s with reading). The idea: every coding becomes
one element per row that counts it; elements are sorted by (row, source, start); a running
maximum of the ends, offset per (row, source) group so that groups never mix, shows where a
new segment begins. Per-(row, source) figures are then summed into the cells of the source's
columns. Every cell keeps the ids of its codings (the drill-down).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain

import numpy as np

from ..core.results import MEASURES, Cell, Matrix, MatrixColumn, MatrixRow
from .codetree import CodeTree
from .columns import ColumnSpec
from .words import word_bounds

I64 = np.int64


def as_table(codings) -> np.ndarray:
    """Codings as an (n, 7) int64 array in ``CodingSpan`` order (id, source_id, code_id,
    coder_id, start, end, is_key_quote), from tuples in that order or from records."""
    if isinstance(codings, np.ndarray):
        return codings.reshape(-1, 7).astype(I64, copy=False)
    items = codings if isinstance(codings, list) else list(codings)
    if items and not isinstance(items[0], tuple):
        items = [(c.id, c.source_id, c.code_id, c.coder_id, c.start, c.end,
                  int(bool(c.is_key_quote))) for c in items]
    flat = np.fromiter(chain.from_iterable(items), dtype=I64, count=7 * len(items))
    return flat.reshape(-1, 7)


def build_matrix(tree: CodeTree, codings: Iterable, columns: ColumnSpec, *,
                 row_codes: list[int] | None = None, rollup: bool = True,
                 coder_ids: set[int] | None = None,
                 respondents: Mapping[int, tuple[int, ...]] | None = None,
                 texts: Mapping[int, str] | None = None, measure: str = "segments",
                 description: str = "") -> Matrix:
    """A matrix of ``codings`` (``CodingSpan`` tuples, an array of them, or ``Coding``s).

    Only codings in sources that belong to a column count. ``respondents`` maps a source to
    its case ids (a source without a case is a respondent of its own). Words are counted
    only when ``texts`` ({source id: text}) is given."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    rows = _rows(tree, row_codes, rollup)
    table = as_table(codings)
    if coder_ids is not None:
        table = table[np.isin(table[:, 3], np.fromiter(coder_ids, I64, len(coder_ids)))]
    sources = np.array(sorted(columns.members), dtype=I64)
    ncols = len(columns.keys)
    n_sources = np.zeros(ncols, dtype=I64)
    for cols in columns.members.values():
        n_sources[list(cols)] += 1
    out_columns = tuple(MatrixColumn(k, label, int(n)) for k, label, n
                        in zip(columns.keys, columns.labels, n_sources, strict=True))
    table = table[np.argsort(table[:, 0], kind="stable")]
    el = _elements(table, rows, sources)
    groups = _groups(el, len(sources))
    words = _words(el, groups, sources, texts) if texts is not None else None
    col_ptr, col_idx = _csr([columns.members[s] for s in sources.tolist()])
    resp_ptr, resp_idx = _csr(_respondent_keys(sources.tolist(), respondents or {}))
    cells = _cells(el, groups, words, len(rows), ncols, n_sources, sources,
                   col_ptr, col_idx, resp_ptr, resp_idx)
    totals = _totals(el, groups, words, len(rows), len(sources), sources, resp_ptr, resp_idx)
    return Matrix(tuple(rows), out_columns, cells, totals, measure, columns.title, columns.kind,
                  rollup, len(sources), description)


def _rows(tree: CodeTree, row_codes: list[int] | None, rollup: bool) -> list[MatrixRow]:
    chosen = set(row_codes) if row_codes is not None else None
    rows = []
    for cid, depth in tree.walk():
        if chosen is not None and cid not in chosen:
            continue
        code = tree.codes[cid]
        included = tuple(tree.descendants(cid)) if rollup else (cid,)
        rows.append(MatrixRow(cid, code.name, tree.path(cid), depth, code.color, included,
                              bool(tree.children.get(cid))))
    return rows


class _Elements:
    """One element per (coding, row that counts it), sorted by row, source, start."""

    def __init__(self, row, src, start, end, ids):
        self.row, self.src, self.start, self.end, self.ids = row, src, start, end, ids

    def __len__(self) -> int:
        return len(self.row)


def _elements(table: np.ndarray, rows: list[MatrixRow], sources: np.ndarray) -> _Elements:
    # dense source index (-1: not in any column)
    pos = np.searchsorted(sources, table[:, 1])
    pos[pos >= len(sources)] = 0
    src = np.where(sources[pos] == table[:, 1], pos, -1) if len(sources) else \
        np.full(len(table), -1, dtype=I64)
    # which rows count each code: a (codes × k) table of row indexes, -1 padded
    rows_of: dict[int, list[int]] = {}
    for ri, row in enumerate(rows):
        for cid in row.code_ids:
            rows_of.setdefault(cid, []).append(ri)
    codes = np.array(sorted(rows_of), dtype=I64)
    width = max((len(v) for v in rows_of.values()), default=0)
    lookup = np.full((len(codes) + 1, max(width, 1)), -1, dtype=I64)
    for i, cid in enumerate(codes.tolist()):
        lookup[i, :len(rows_of[cid])] = rows_of[cid]
    cpos = np.searchsorted(codes, table[:, 2])
    cpos[cpos >= len(codes)] = len(codes)  # the all -1 line
    if len(codes):
        cpos = np.where(codes[np.minimum(cpos, len(codes) - 1)] == table[:, 2], cpos,
                        len(codes))
    keep = src >= 0
    parts_row, parts_elem = [], []
    for k in range(lookup.shape[1]):
        r = lookup[cpos, k]
        m = keep & (r >= 0)
        parts_row.append(r[m])
        parts_elem.append(np.flatnonzero(m))
    row = np.concatenate(parts_row) if parts_row else np.zeros(0, I64)
    elem = np.concatenate(parts_elem) if parts_elem else np.zeros(0, I64)
    s, st, en, ids = src[elem], table[elem, 4], table[elem, 5], table[elem, 0]
    # one int64 key (row, source, start) sorts far faster than a lexsort of three; elements
    # come in id order (the table is sorted by id first) and the sort is stable, so ties
    # keep that order and the drill-down lists codings in a fixed document order
    big = int(en.max()) + 1 if len(en) else 1
    group = row * max(len(sources), 1) + s
    order = np.argsort(group * big + st, kind="stable")
    return _Elements(row[order], s[order], st[order], en[order], ids[order])


class _Groups:
    """Per (row, source): where its elements start, its segments, and segment runs."""

    def __init__(self, first, row, src, segments, new, run_end):
        self.first, self.row, self.src, self.segments = first, row, src, segments
        self.new, self.run_end = new, run_end

    def __len__(self) -> int:
        return len(self.first)


def _groups(el: _Elements, nsrc: int) -> _Groups:
    n = len(el)
    if n == 0:
        z = np.zeros(0, I64)
        return _Groups(z, z, z, z, np.zeros(0, bool), z)
    key = el.row * max(nsrc, 1) + el.src
    big = int(el.end.max()) + 1
    start2 = el.start + key * big
    reach = np.maximum.accumulate(el.end + key * big)  # never crosses groups (offsets grow)
    new = np.empty(n, dtype=bool)
    new[0] = True
    new[1:] = start2[1:] > reach[:-1]  # also True at every new group
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    segments = np.add.reduceat(new.astype(I64), first)
    run_end = reach - key * big  # end of the run so far, at each element
    return _Groups(first, el.row[first], el.src[first], segments, new, run_end)


def _words(el: _Elements, g: _Groups, sources: np.ndarray, texts) -> np.ndarray:
    """Words per group: words overlapping each run, runs summed per group."""
    if len(el) == 0:
        return np.zeros(0, I64)
    run_first = np.flatnonzero(g.new)
    run_last = np.r_[run_first[1:] - 1, len(el) - 1]
    run_src = el.src[run_first]
    used = np.unique(run_src)
    offset = np.zeros(len(sources), dtype=I64)
    starts, ends, base = [], [], 0
    for i in used.tolist():
        ws, we = word_bounds(texts.get(int(sources[i]), ""))
        offset[i] = base
        starts.append(ws + base)
        ends.append(we + base)
        base += len(texts.get(int(sources[i]), "")) + 1
    wstart = np.concatenate(starts) if starts else np.zeros(0, I64)
    wend = np.concatenate(ends) if ends else np.zeros(0, I64)
    a = offset[run_src] + el.start[run_first]
    b = offset[run_src] + g.run_end[run_last]
    per_run = np.searchsorted(wstart, b, "left") - np.searchsorted(wend, a, "right")
    run_group = np.searchsorted(g.first, run_first, "right") - 1
    return np.bincount(run_group, weights=per_run, minlength=len(g)).astype(I64)


def _csr(lists: list) -> tuple[np.ndarray, np.ndarray]:
    ptr = np.zeros(len(lists) + 1, dtype=I64)
    ptr[1:] = np.cumsum([len(x) for x in lists]) if lists else []
    flat = [v for x in lists for v in x]
    return ptr, np.array(flat, dtype=I64)


def _expand(ptr: np.ndarray, idx: np.ndarray, which: np.ndarray) -> tuple[np.ndarray, ...]:
    """For each item of ``which`` (indexes into the CSR rows), all its values: returns
    (position in ``which``, value) pairs."""
    counts = ptr[which + 1] - ptr[which]
    rep = np.repeat(np.arange(len(which)), counts)
    starts = np.repeat(ptr[which], counts)
    within = np.arange(len(rep)) - np.repeat(np.cumsum(counts) - counts, counts)
    return rep, idx[starts + within]


def _respondent_keys(sources: list[int], respondents: Mapping) -> list[tuple[int, ...]]:
    """Case ids (>= 0) of each source, or the source's own key (< 0) when it has none."""
    return [tuple(respondents.get(s) or ()) or (-s - 1,) for s in sources]


def _respondents(bins, src, resp_ptr, resp_idx, size, n_src) -> np.ndarray:
    """Distinct respondents per bin (cell or row) of (bin, source) items."""
    if len(resp_idx) and (resp_idx >= 0).any():
        ri, resp = _expand(resp_ptr, resp_idx, src)
        if len(ri):
            pairs = np.unique(np.stack([bins[ri], resp]), axis=1)
            return np.bincount(pairs[0], minlength=size)
        return np.zeros(size, dtype=I64)
    return n_src  # no cases: every source is its own respondent, once per bin


def _split_by(keys: np.ndarray, values: np.ndarray, n: int) -> list[tuple[int, ...]]:
    """Group ``values`` by ``keys`` (0..n-1) into n tuples, keeping their order."""
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    bounds = np.searchsorted(keys, np.arange(n + 1)).tolist()
    flat = values.tolist()
    return [tuple(flat[bounds[i]:bounds[i + 1]]) for i in range(n)]


def _cells(el, g, words, nrows, ncols, n_sources, sources, col_ptr, col_idx, resp_ptr,
           resp_idx) -> tuple[tuple[Cell, ...], ...]:
    size = nrows * ncols
    # groups × their source's columns
    gi, gcol = _expand(col_ptr, col_idx, g.src)
    gcell = g.row[gi] * ncols + gcol
    segments = np.bincount(gcell, weights=g.segments[gi], minlength=size).astype(I64)
    n_src = np.bincount(gcell, minlength=size)
    n_words = (np.bincount(gcell, weights=words[gi], minlength=size).astype(I64)
               if words is not None else None)
    n_resp = _respondents(gcell, g.src[gi], resp_ptr, resp_idx, size, n_src)
    # coding ids: elements × their source's columns
    ei, ecol = _expand(col_ptr, col_idx, el.src)
    ids = _split_by(el.row[ei] * ncols + ecol, el.ids[ei], size)
    srcs = _split_by(gcell, sources[g.src[gi]], size)
    out = []
    for r in range(nrows):
        line = []
        for c in range(ncols):
            k = r * ncols + c
            n = int(n_src[k])
            total = int(n_sources[c])
            line.append(Cell(ids[k], int(segments[k]), n, int(n_resp[k]),
                             (n / total) if total else None,
                             int(n_words[k]) if n_words is not None else None, None, srcs[k]))
        out.append(tuple(line))
    return tuple(out)


def _totals(el, g, words, nrows, nsrc, sources, resp_ptr, resp_idx) -> tuple[Cell, ...]:
    segments = np.bincount(g.row, weights=g.segments, minlength=nrows).astype(I64)
    n_src = np.bincount(g.row, minlength=nrows)
    n_words = (np.bincount(g.row, weights=words, minlength=nrows).astype(I64)
               if words is not None else None)
    n_resp = _respondents(g.row, g.src, resp_ptr, resp_idx, nrows, n_src)
    ids = _split_by(el.row, el.ids, nrows)
    srcs = _split_by(g.row, sources[g.src], nrows)
    return tuple(Cell(ids[r], int(segments[r]), int(n_src[r]), int(n_resp[r]),
                      (int(n_src[r]) / nsrc) if nsrc else None,
                      int(n_words[r]) if n_words is not None else None, None, srcs[r])
                 for r in range(nrows))
