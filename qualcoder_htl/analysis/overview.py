"""The material table of a report: how many sources per respondent group and round, or (the
overview follow-up reports print) per kind of material, group and round with its period."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..core.results import CrossTable, MaterialOverview, MaterialRow

# Kinds of material in the order a report lists them; others follow alphabetically
KIND_ORDER = ("intervju", "interview", "deltagande observation", "observation",
              "fältanteckningar", "field notes", "dokument", "document")


def crosstab(source_ids: Iterable[int], rows: Mapping[int, str], columns: Mapping[int, str], *,
             row_order: list[str], column_order: list[str], row_title: str,
             column_title: str, missing_label: str = "(no value)",
             words: Mapping[int, int] | None = None) -> CrossTable:
    """Sources counted by their row value × column value. Sources without a row value get a
    row of their own (``missing_label``); likewise for columns, when some sources have a
    column value and others not. With no column values at all, only totals remain."""
    ids = list(source_ids)
    row_keys: list[str | None] = [v for v in row_order if any(rows.get(s) == v for s in ids)]
    if any(s not in rows for s in ids):
        row_keys.append(None)
    col_keys: list[str | None] = [v for v in column_order
                                  if any(columns.get(s) == v for s in ids)]
    if col_keys and any(s not in columns for s in ids):
        col_keys.append(None)
    counts = [[0] * len(col_keys) for _ in row_keys]
    row_totals = [0] * len(row_keys)
    row_words = [0] * len(row_keys)
    ri_of = {k: i for i, k in enumerate(row_keys)}
    ci_of = {k: i for i, k in enumerate(col_keys)}
    for s in ids:
        ri = ri_of[rows.get(s)]
        row_totals[ri] += 1
        row_words[ri] += (words or {}).get(s, 0)
        if col_keys:
            counts[ri][ci_of[columns.get(s)]] += 1
    col_totals = [sum(r[ci] for r in counts) for ci in range(len(col_keys))]

    def label(k: str | None) -> str:
        return missing_label if k is None else k

    return CrossTable(row_title, column_title, tuple(label(k) for k in row_keys),
                      tuple(label(k) for k in col_keys), tuple(tuple(r) for r in counts),
                      tuple(row_totals), tuple(col_totals), len(ids),
                      tuple(row_words) if words is not None else ())


def material_overview(source_ids: Iterable[int], kinds: Mapping[int, str],
                      groups: Mapping[int, str], rounds: Mapping[int, str],
                      dates: Mapping[int, str], *, default_kind: str, group_order: list[str],
                      round_order: list[str], group_title: str, round_title: str,
                      missing_label: str, words: Mapping[int, int]) -> MaterialOverview:
    """One row per kind × group × round that has sources (a source without a kind is
    ``default_kind``; without a group or round, ``missing_label``, listed last), with the
    first and last of its sources' ISO dates."""
    ids = list(source_ids)
    rows: dict[tuple[str, str, str], list[int]] = {}
    for s in ids:
        key = (kinds.get(s) or default_kind, groups.get(s, missing_label),
               rounds.get(s, missing_label))
        rows.setdefault(key, []).append(s)

    def rank(value: str, order: list[str] | tuple[str, ...]) -> tuple:
        folded = [o.casefold() for o in order]
        v = value.casefold()
        if value == missing_label:
            return (2, 0, "")
        return (0, folded.index(v), "") if v in folded else (1, 0, v)

    def sort_key(key: tuple[str, str, str]) -> tuple:
        kind, group, rnd = key
        return (rank(kind, KIND_ORDER), rank(group, group_order), rank(rnd, round_order))

    out = []
    for key in sorted(rows, key=sort_key):
        first, last = _period([dates.get(s, "") for s in rows[key]])
        out.append(MaterialRow(*key, first, last, len(rows[key])))
    first, last = _period([dates.get(s, "") for s in ids])
    return MaterialOverview(group_title, round_title, tuple(out), first, last, len(ids),
                            sum(words.get(s, 0) for s in ids))


def _period(dates: list[str]) -> tuple[str, str]:
    known = sorted(d[:10] for d in dates if d)
    return (known[0], known[-1]) if known else ("", "")
