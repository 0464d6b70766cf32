"""What an analysis call reads and which sources, coders and columns it covers.

``Filters`` says which codings count; ``_Data`` is what one call reads from the project (in one
read transaction); ``ScopeMixin`` (part of ``services.analysis.AnalysisService``, using its
project ``self.p``) reads it, applies the filters and turns an attribute's name, "sources" or
"cases" into the columns of a matrix or the groups of a quote extract.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..analysis import columns as colspec
from ..analysis.codetree import CodeTree
from ..analysis.ordering import sort_values
from ..core.errors import NotFoundError
from ..core.messages import catalogue, msg
from ..core.models import AttributeDef, Case, Code, SourceSummary
from ..exporters.labels import label
from ..store import reads

catalogue({
    "analysis.no_attribute": (
        "No attribute called {name!r}. Attributes: {names}.",
        "Inget attribut heter {name!r}. Attribut: {names}."),
    "analysis.no_coder": (
        "No coder called {name!r}.",
        "Ingen kodare heter {name!r}."),
})

ORDER_KEY = "value_order"  # "value_order:<attribute id>": values, one a line (dragged columns)
SOURCE_COLUMNS = {"sources", "source", "källor", "källa"}
CASE_COLUMNS = {"cases", "case", "fall"}


@dataclass(frozen=True)
class Filters:
    """Which codings count. Empty fields mean "all".

    ``coders``: coder ids or names. ``values``: {attribute name or role: accepted values};
    a source must match every attribute given (a case attribute matches when any of the
    source's cases has an accepted value). ``sources``: only these source ids."""

    coders: tuple[int | str, ...] = ()
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sources: tuple[int, ...] = ()


@dataclass
class _Data:
    """What one analysis call reads from the project."""

    codes: list[Code]
    tree: CodeTree
    sources: dict[int, SourceSummary]
    attributes: list[AttributeDef]
    values: dict[int, dict[int, str]]
    cases: list[Case]
    case_values: dict[int, dict[int, str]]
    value_orders: dict[int, tuple[str, ...]] = field(default_factory=dict)

    @property
    def respondents(self) -> dict[int, tuple[int, ...]]:
        out: dict[int, list[int]] = {}
        for case in self.cases:
            for sid in case.source_ids:
                out.setdefault(sid, []).append(case.id)
        return {sid: tuple(ids) for sid, ids in out.items()}


@dataclass(frozen=True)
class _Scope:
    sources: list[int]
    coder_ids: list[int] | None
    description: str


class ScopeMixin:
    """Reading the project and scoping a call, for ``AnalysisService``."""

    @staticmethod
    def _load(conn) -> _Data:
        codes = reads.code_list(conn)
        orders = {int(k.split(":", 1)[1]): tuple(v.split("\n"))
                  for k, v in reads.meta(conn).items()
                  if k.startswith(ORDER_KEY + ":") and k.split(":", 1)[1].isdigit() and v}
        return _Data(codes, CodeTree.of(codes), {s.id: s for s in reads.source_list(conn)},
                     reads.attribute_list(conn), reads.source_values(conn), reads.case_list(conn),
                     reads.case_values(conn), orders)

    def _code_ids(self, codes: Iterable[int | str] | None) -> list[int] | None:
        if codes is None:
            return None
        out = []
        for c in codes:
            if isinstance(c, int):
                self.p.codebook.get(c)
                out.append(c)
            else:
                out.append(self.p.codebook.find(str(c)).id)
        return out

    @staticmethod
    def _default_columns(d: _Data) -> str | int:
        """The organisational level when the project has it, else the first attribute that
        has values, else one column per source."""
        used = {aid for vals in d.values.values() for aid in vals}
        source_attrs = [a for a in d.attributes if a.applies_to == "source" and a.id in used]
        level = next((a for a in source_attrs if a.role == "org_level"), None)
        chosen = level or (source_attrs[0] if source_attrs else None)
        return chosen.id if chosen else "sources"

    @staticmethod
    def _find_attr(d: _Data, name: str | int) -> AttributeDef:
        if isinstance(name, int):
            for a in d.attributes:
                if a.id == name:
                    return a
            raise NotFoundError(msg("error.no_attribute_id", id=name))
        wanted = name.strip().casefold()
        for applies in ("source", "case"):
            for a in d.attributes:
                if a.applies_to == applies and (a.name.casefold() == wanted or a.role == name):
                    return a
        names = ", ".join(a.name for a in d.attributes)
        raise NotFoundError(msg("analysis.no_attribute", name=name, names=names))

    def _attr_with_values(self, d: _Data, names: list[str]) -> AttributeDef | None:
        for name in names:
            try:
                a = self._find_attr(d, name)
            except NotFoundError:
                continue
            if a.applies_to == "source" and any(a.id in v for v in d.values.values()):
                return a
        return None

    @staticmethod
    def _value_map(d: _Data, attr: AttributeDef | None) -> dict[int, str]:
        if attr is None:
            return {}
        return {sid: vals[attr.id] for sid, vals in d.values.items() if attr.id in vals}

    @staticmethod
    def _ordered(attr: AttributeDef | None, values: Iterable[str]) -> list[str]:
        if attr is None:
            return []
        return sort_values(values, attr.value_type, attr.role, attr.choices)

    def _scope(self, d: _Data, filters: Filters | None, language: str) -> _Scope:
        filters = filters or Filters()
        sources = set(d.sources)
        words = []
        if filters.sources:
            sources &= set(filters.sources)
            words.append(f"{len(sources)} {label('sources', language).lower()}")
        for name, accepted in filters.values.items():
            attr = self._find_attr(d, name)
            accepted_set = {str(v) for v in accepted}
            if attr.applies_to == "source":
                sources = {s for s in sources if d.values.get(s, {}).get(attr.id) in accepted_set}
            else:
                ok_cases = {cid for cid, vals in d.case_values.items()
                            if vals.get(attr.id) in accepted_set}
                members = {s for c in d.cases if c.id in ok_cases for s in c.source_ids}
                sources &= members
            words.append(f"{attr.name}: {', '.join(sorted(accepted_set))}")
        coder_ids = None
        if filters.coders:
            known = {c.id: c for c in self.p.coders()}
            by_name = {c.name.casefold(): c.id for c in known.values()}
            coder_ids = []
            for c in filters.coders:
                cid = c if isinstance(c, int) else by_name.get(str(c).casefold())
                if cid not in known:
                    raise NotFoundError(msg("analysis.no_coder", name=c))
                coder_ids.append(cid)
            words.append(f"{'Kodare' if language == 'sv' else 'Coders'}: "
                         f"{', '.join(known[c].name for c in coder_ids)}")
        ordered = sorted(sources, key=lambda s: d.sources[s].name)
        return _Scope(ordered, coder_ids, "; ".join(words))

    @staticmethod
    def _order(d: _Data, attr: AttributeDef) -> tuple[str, ...]:
        """The attribute's value order: as its columns were dragged, else its choices."""
        dragged = d.value_orders.get(attr.id, ())
        return dragged + tuple(c for c in attr.choices if c not in dragged)

    def _columns(self, d: _Data, columns: str | int | None, scope: list[int],
                 include_missing: bool, language: str) -> colspec.ColumnSpec:
        if columns is None:
            columns = self._default_columns(d)
        if isinstance(columns, str) and columns.strip().casefold() in SOURCE_COLUMNS:
            return colspec.by_source({s: d.sources[s].name for s in scope}, scope,
                                     label("source", language))
        if isinstance(columns, str) and columns.strip().casefold() in CASE_COLUMNS:
            return colspec.by_case(d.cases, scope, label("case", language), include_missing,
                                   label("no_case", language))
        attr = self._find_attr(d, columns)
        missing = label("no_value", language)
        if attr.applies_to == "case":
            return colspec.by_case_attribute(
                attr.name, {cid: v[attr.id] for cid, v in d.case_values.items() if attr.id in v},
                d.cases, scope, value_type=attr.value_type, role=attr.role,
                choices=self._order(d, attr), include_missing=include_missing,
                missing_label=missing)
        return colspec.by_attribute(attr.name, self._value_map(d, attr), scope,
                                    value_type=attr.value_type, role=attr.role,
                                    choices=self._order(d, attr),
                                    include_missing=include_missing,
                                    missing_label=missing,
                                    prefix=f"{attr.name} " if attr.value_type == "number"
                                    else "")
