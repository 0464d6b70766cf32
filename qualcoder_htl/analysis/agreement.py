"""Intercoder agreement: percentage agreement, Cohen's kappa, Krippendorff's alpha and cu-alpha.

Plain data and numpy; no Qt, no database. ``services.agreement`` reads the codings and calls
``agreement_table``.

Units. The unit is one character (code point) of the stored text. For one code in one source
each coder's codings (overlaps of the same coder merged) give every character the value 1
(coded) or 0 (not coded). Between two consecutive coding boundaries (a start or end of any
coder's coding) every character has the same values, so the figures are computed on these
segments weighted by their length, which gives exactly what a character-by-character count
gives (the tests check this against the ``krippendorff`` package on the expanded characters).

Per code the figures rest on all chosen sources, per source on all chosen codes (each code a
separate present/absent variable over the same text), overall on every code of every source.
``include_uncoded=False`` leaves out the characters that no chosen coder coded with the code:
text nobody coded counts as agreement and inflates percentage agreement and kappa.

Measures:

``percent``  share of units on which all chosen coders give the same value.
``kappa``    Cohen's kappa (two coders only): (p_o - p_e) / (1 - p_e) with the chance term
             p_e = p_A(1) p_B(1) + p_A(0) p_B(0), a *sum* over the values (QualCoder multiplies
             the two terms).
``alpha``    Krippendorff's nominal alpha over the same units, every coder valuing every unit:
             1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k from the coincidence matrix.
             With uncoded text included this is ATLAS.ti's alpha-binary for the code.
``cu_alpha`` Krippendorff's cu-alpha (Krippendorff, Mathet, Bouvry & Widlöcher 2016, "On the
             reliability of unitizing textual continua", as ATLAS.ti reports it for a semantic
             domain): the chosen codes are the domain's categories; the coincidences are
             counted only where coders' coded text overlaps (gaps, i.e. uncoded text, are left
             out whatever ``include_uncoded`` says), and alpha asks whether coders who both
             coded a passage gave it the same code. Per character, coder i's value is the code
             it applied there; where a coder applied k of the chosen codes to the same
             character each counts 1/k (ATLAS.ti expects codes of one domain not to overlap;
             splitting the character is our choice for when they do). A character is pairable
             when at least two coders coded it; its coincidences are divided by m_u - 1 as in
             nominal alpha with missing values. For mutually exclusive codes this is exactly
             nominal alpha over the characters with uncoded text as missing, which the tests
             check against the ``krippendorff`` package; the overlapping-code rule is checked
             on hand-worked cases only (no independent implementation of cu-alpha was at hand).
             It is shown per source and overall, not per code (one code alone has no
             disagreement to measure where both coded).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from ..core.agreement import AgreementRow, AgreementTable, Figure

# --- general measures (any categories; what the literature examples are computed with) -------

def alpha_from_counts(counts, weights=None) -> float | None:
    """Nominal alpha from ``counts[u, c]`` (how many coders gave unit u the value c), each
    unit weighted by ``weights[u]`` (default 1). Units valued by fewer than two coders are
    not pairable and left out. None when it is undefined (no pairable values, or one value
    only)."""
    counts = np.asarray(counts, dtype=float)
    w = np.ones(len(counts)) if weights is None else np.asarray(weights, dtype=float)
    m_u = counts.sum(axis=1)
    keep = m_u >= 2
    counts, w, m_u = counts[keep], w[keep], m_u[keep]
    if not len(counts):
        return None
    f = w / (m_u - 1)
    # o_ck = sum_u f_u (N_uc N_uk - [c == k] N_uc)
    o = (counts * f[:, None]).T @ counts - np.diag((counts * f[:, None]).sum(axis=0))
    n_c = o.sum(axis=1)
    n = n_c.sum()
    expected = n * n - (n_c * n_c).sum()  # sum_{c != k} n_c n_k
    if expected <= 0:
        return None
    observed = o.sum() - np.trace(o)
    return float(1 - (n - 1) * observed / expected)


def nominal_alpha(data) -> float | None:
    """Krippendorff's nominal alpha of reliability data: ``data[coder][unit]`` a value or
    None/NaN for missing."""
    rows = [[None if v is None or (isinstance(v, float) and np.isnan(v)) else v for v in row]
            for row in data]
    values = sorted({v for row in rows for v in row if v is not None})
    index = {v: i for i, v in enumerate(values)}
    n_units = max((len(r) for r in rows), default=0)
    counts = np.zeros((n_units, len(values)))
    for row in rows:
        for u, v in enumerate(row):
            if v is not None:
                counts[u, index[v]] += 1
    return alpha_from_counts(counts)


def cohen_kappa(a: Sequence, b: Sequence) -> float | None:
    """Cohen's kappa of two coders' values for the same units (any categories)."""
    if len(a) != len(b) or not len(a):
        return None
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    p_e = sum((list(a).count(v) / n) * (list(b).count(v) / n) for v in set(a) | set(b))
    return None if p_e >= 1 else (p_o - p_e) / (1 - p_e)


# --- the present/absent tallies ---------------------------------------------------------------

@dataclass
class Tally:
    """Characters of one code (or a sum over codes and sources) by how many coders coded them.

    ``hist[j]``: characters coded by exactly j of the m coders; ``coded[i]``: characters
    coder i coded. Tallies of codes and sources add up element by element."""

    hist: np.ndarray
    coded: np.ndarray

    def without_uncoded(self) -> Tally:
        hist = self.hist.copy()
        hist[0] = 0
        return Tally(hist, self.coded)

    @property
    def units(self) -> int:
        return int(round(self.hist.sum()))

    @property
    def used(self) -> bool:
        return bool(self.hist[1:].sum() > 0)


def percent(t: Tally) -> float | None:
    hist = t.hist.tolist()
    total = sum(hist)
    return (hist[0] + hist[-1]) / total if total else None


def kappa(t: Tally) -> float | None:
    """Cohen's kappa of two coders from their tally (None with more coders or no variation)."""
    if len(t.coded) != 2:
        return None
    h = t.hist.tolist()
    total = sum(h)
    if not total:
        return None
    p_o = (h[0] + h[2]) / total
    pa, pb = (x / total for x in t.coded.tolist())
    p_e = pa * pb + (1 - pa) * (1 - pb)
    return None if p_e >= 1 else (p_o - p_e) / (1 - p_e)


def alpha(t: Tally) -> float | None:
    """Nominal alpha over present/absent, every coder valuing every unit: the coincidence
    matrix of ``alpha_from_counts`` in closed form. A unit that j of the m coders coded adds
    j (m - j) / (m - 1) to o_01; n_1 and n_0 count the values 1 and 0."""
    m = len(t.coded)
    if m < 2:
        return None
    h = t.hist.tolist()
    n1 = sum(w * j for j, w in enumerate(h))
    n0 = sum(w * (m - j) for j, w in enumerate(h))
    if not n0 or not n1:
        return None
    o01 = sum(w * j * (m - j) for j, w in enumerate(h)) / (m - 1)
    return 1 - (n0 + n1 - 1) * o01 / (n0 * n1)


def cu_alpha(o: np.ndarray) -> float | None:
    """cu-alpha from a code × code coincidence matrix counted where coders' coding overlaps."""
    n_c = o.sum(axis=1)
    n = n_c.sum()
    expected = n * n - (n_c * n_c).sum()
    if expected <= 0:
        return None
    return float(1 - (n - 1) * (o.sum() - np.trace(o)) / expected)


# --- from codings to tallies ------------------------------------------------------------------

@dataclass
class SourceTallies:
    """One source: per chosen code its ``hist`` and ``coded`` rows (see ``Tally``), and the
    cu-alpha coincidences over the codes with the characters they rest on."""

    hist: np.ndarray  # codes × (coders + 1)
    coded: np.ndarray  # codes × coders
    coincidences: np.ndarray  # codes × codes
    cu_units: int


def tally_source(length: int, spans: np.ndarray, n_codes: int, n_coders: int
                 ) -> SourceTallies:
    """``spans``: rows (code index, coder index, start, end) of one source's codings.

    Works on the segments between coding boundaries: a coder's coverage of a code is a +1 at
    each start and a -1 at each end, summed along the segments."""
    m = n_coders
    hist = np.zeros((n_codes, m + 1))
    hist[:, 0] = length
    coded = np.zeros((n_codes, m))
    o = np.zeros((n_codes, n_codes))
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 4)
    starts = np.clip(spans[:, 2], 0, length)
    ends = np.clip(spans[:, 3], 0, length)
    keep = ends > starts
    spans, starts, ends = spans[keep], starts[keep], ends[keep]
    if not len(spans):
        return SourceTallies(hist, coded, o, 0)
    bounds = np.unique(np.concatenate(([0, length], starts, ends)))
    widths = np.diff(bounds).astype(float)
    nseg = len(widths)
    used = np.bincount(spans[:, 0], minlength=n_codes) > 0
    present = np.flatnonzero(used)
    code_rows = (np.cumsum(used) - 1)[spans[:, 0]]
    k = len(present)
    diff = np.zeros((k * m, nseg + 1), dtype=np.int32)
    row = code_rows * m + spans[:, 1]
    np.add.at(diff, (row, np.searchsorted(bounds, starts)), 1)
    np.add.at(diff, (row, np.searchsorted(bounds, ends)), -1)
    cover = (np.cumsum(diff, axis=1)[:, :nseg] > 0).reshape(k, m, nseg)
    n1 = cover.sum(axis=1)  # k × nseg: how many coders coded each segment with each code
    hist[present] = (n1[:, :, None] == np.arange(m + 1)).transpose(0, 2, 1) @ widths
    coded[present] = cover @ widths
    # cu-alpha: each coder's value per segment spread over the codes it applied there
    per_coder = cover.sum(axis=0)  # m × nseg: how many codes each coder applied
    m_u = (per_coder > 0).sum(axis=0)
    pairable = m_u >= 2
    cu_units = int(widths[pairable].sum())
    if cu_units:
        f = np.where(pairable, widths / np.maximum(m_u - 1, 1), 0.0)
        values = cover / np.maximum(per_coder, 1)[None, :, :]
        total = values.sum(axis=1)  # k × nseg
        local = (total * f) @ total.T
        for i in range(m):
            local -= (values[:, i, :] * f) @ values[:, i, :].T
        o[np.ix_(present, present)] = local
    return SourceTallies(hist, coded, o, cu_units)


# --- the table --------------------------------------------------------------------------------

def figures(t: Tally, include_uncoded: bool, coincidences: np.ndarray | None = None,
            cu_units: int = 0) -> dict[str, Figure]:
    """The four figures of one row. ``coincidences`` None: cu-alpha is not applicable."""
    if not include_uncoded:
        t = t.without_uncoded()
    units = t.units
    out: dict[str, Figure] = {}
    for name, fn in (("percent", percent), ("kappa", kappa), ("alpha", alpha)):
        value = fn(t)
        reason = ""
        if value is None:
            if name == "kappa" and len(t.coded) != 2:
                reason = "two_coders"
            elif not t.used:
                reason = "not_used"
            elif not units:
                reason = "no_units"
            else:
                reason = "no_variation"
        out[name] = Figure(name, value, units, reason)
    if coincidences is None:
        out["cu_alpha"] = Figure("cu_alpha", None, 0, "per_domain")
    else:
        value = cu_alpha(coincidences)
        out["cu_alpha"] = Figure("cu_alpha", value, cu_units,
                                 "" if value is not None else
                                 ("one_code" if cu_units else "no_units"))
    return out


def span_array(spans) -> np.ndarray:
    """(source id, code id, coder index, start, end) rows as an n × 5 integer array."""
    if isinstance(spans, np.ndarray):
        return spans.astype(np.int64, copy=False).reshape(-1, 5)
    rows = list(spans)
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=5 * len(rows))
    return flat.reshape(-1, 5)


def _positions(values: np.ndarray, ids: list[int]) -> np.ndarray:
    """The index of each value in ``ids``, -1 where it is not there."""
    if not ids:
        return np.full(len(values), -1)
    ids_arr = np.asarray(ids, dtype=np.int64)
    order = np.argsort(ids_arr)
    sorted_ids = ids_arr[order]
    at = np.clip(np.searchsorted(sorted_ids, values), 0, len(ids) - 1)
    return np.where(sorted_ids[at] == values, order[at], -1)


def agreement_table(lengths: Mapping[int, int], spans, codes: Mapping[int, str],
                    sources: Mapping[int, str], coders: Sequence[str],
                    include_uncoded: bool = False) -> AgreementTable:
    """The agreement of ``coders`` on ``codes`` in ``sources``.

    ``lengths``: {source id: characters}; ``spans``: (source id, code id, coder index, start,
    end) of the chosen coders' codings, as tuples or an n × 5 array (coder index into
    ``coders``; codings of other coders, codes and sources are ignored); ``codes`` and
    ``sources``: {id: label} in the order rows are wanted."""
    m = len(coders)
    code_ids, source_ids = list(codes), list(sources)
    k = len(code_ids)
    arr = span_array(spans)
    code_at = _positions(arr[:, 1], code_ids)
    source_at = _positions(arr[:, 0], source_ids)
    keep = (code_at >= 0) & (source_at >= 0) & (arr[:, 2] >= 0) & (arr[:, 2] < m)
    order = np.argsort(source_at[keep], kind="stable")
    rows = np.stack([code_at[keep], arr[keep, 2], arr[keep, 3], arr[keep, 4]], axis=1)[order]
    cuts = np.searchsorted(source_at[keep][order], np.arange(len(source_ids) + 1))
    code_hist, code_coded = np.zeros((k, m + 1)), np.zeros((k, m))
    total_o = np.zeros((k, k))
    total_cu = 0
    source_rows = []
    for i, (sid, name) in enumerate(sources.items()):
        st = tally_source(int(lengths.get(sid, 0)), rows[cuts[i]:cuts[i + 1]], k, m)
        code_hist += st.hist
        code_coded += st.coded
        total_o += st.coincidences
        total_cu += st.cu_units
        source_tally = Tally(st.hist.sum(axis=0), st.coded.sum(axis=0))
        source_rows.append(AgreementRow("source", sid, name, figures(
            source_tally, include_uncoded, st.coincidences, st.cu_units)))
    code_rows = [AgreementRow("code", cid, codes[cid],
                              figures(Tally(code_hist[i], code_coded[i]), include_uncoded))
                 for i, cid in enumerate(code_ids)]
    total = Tally(code_hist.sum(axis=0), code_coded.sum(axis=0))
    total_row = AgreementRow("total", None, "", figures(total, include_uncoded, total_o,
                                                         total_cu))
    return AgreementTable(tuple(coders), include_uncoded, code_rows, source_rows, total_row)
