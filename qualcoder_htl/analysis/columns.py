"""What a matrix's columns are: which sources belong to which column.

A column is an attribute value, a source or a case. A source belongs to one column of an
attribute (or to the "no value" column), to its own source column, and to every case it is
part of (or to the "no case" column). Column membership is all a matrix needs to know.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..core.models import Case
from .ordering import sort_values, swedish_key


@dataclass(frozen=True)
class ColumnSpec:
    kind: str  # "attribute", "sources", "cases"
    title: str
    keys: tuple[object, ...]
    labels: tuple[str, ...]
    members: dict[int, tuple[int, ...]]  # source id -> column indexes

    def __post_init__(self):
        if len(self.keys) != len(self.labels):
            raise ValueError("one label per column key")


def by_attribute(title: str, values: dict[int, str], scope: Iterable[int], *,
                 value_type: str = "text", role: str | None = None,
                 choices: tuple[str, ...] = (), include_missing: bool = True,
                 missing_label: str = "(no value)", prefix: str = "") -> ColumnSpec:
    """Columns for a source attribute; ``values`` is {source id: value} (missing: no value).
    ``prefix`` goes before each value in the labels ("Omgång 1" rather than "1")."""
    scope = list(scope)
    present = sort_values((values[s] for s in scope if s in values), value_type, role, choices)
    keys: list[object] = list(present)
    index = {v: i for i, v in enumerate(keys)}
    members = {s: (index[values[s]],) for s in scope if s in values}
    if include_missing and any(s not in values for s in scope):
        keys.append(None)
        members.update({s: (len(keys) - 1,) for s in scope if s not in values})
    labels = [missing_label if k is None else f"{prefix}{k}" for k in keys]
    return ColumnSpec("attribute", title, tuple(keys), tuple(labels), members)


def by_case_attribute(title: str, case_values: dict[int, str], cases: list[Case],
                      scope: Iterable[int], *, value_type: str = "text",
                      role: str | None = None, choices: tuple[str, ...] = (),
                      include_missing: bool = True,
                      missing_label: str = "(no value)") -> ColumnSpec:
    """Columns for a case attribute: a source counts under the values of all its cases."""
    per_source: dict[int, set[str]] = {}
    for case in cases:
        value = case_values.get(case.id)
        if value is not None:
            for sid in case.source_ids:
                per_source.setdefault(sid, set()).add(value)
    scope = list(scope)
    present = sort_values((v for s in scope for v in per_source.get(s, ())), value_type, role,
                          choices)
    keys: list[object] = list(present)
    index = {v: i for i, v in enumerate(keys)}
    members = {s: tuple(sorted(index[v] for v in per_source[s])) for s in scope
               if per_source.get(s)}
    if include_missing and any(s not in members for s in scope):
        keys.append(None)
        members.update({s: (len(keys) - 1,) for s in scope if s not in members})
    labels = [missing_label if k is None else str(k) for k in keys]
    return ColumnSpec("attribute", title, tuple(keys), tuple(labels), members)


def by_source(names: dict[int, str], scope: Iterable[int], title: str = "Source") -> ColumnSpec:
    """One column per source in scope, by name."""
    ids = sorted(scope, key=lambda s: swedish_key(names.get(s, str(s))))
    return ColumnSpec("sources", title, tuple(ids), tuple(names.get(s, str(s)) for s in ids),
                      {s: (i,) for i, s in enumerate(ids)})


def by_case(cases: list[Case], scope: Iterable[int], title: str = "Case",
            include_missing: bool = True, missing_label: str = "(no case)") -> ColumnSpec:
    """One column per case with a source in scope; sources in no case under "no case"."""
    scope = set(scope)
    used = sorted((c for c in cases if scope & set(c.source_ids)),
                  key=lambda c: swedish_key(c.name))
    keys: list[object] = [c.id for c in used]
    labels = [c.name for c in used]
    members: dict[int, list[int]] = {}
    for i, case in enumerate(used):
        for sid in case.source_ids:
            if sid in scope:
                members.setdefault(sid, []).append(i)
    if include_missing and any(s not in members for s in scope):
        keys.append(None)
        labels.append(missing_label)
        for s in scope:
            members.setdefault(s, [len(keys) - 1])
    return ColumnSpec("cases", title, tuple(keys), tuple(labels),
                      {s: tuple(v) for s, v in members.items()})
