"""The attributes of a merge (``refi_merge.Merge``): the file's variables matched to the
project's attributes by name, their values set on sources and cases (the project's value kept
where it has one), and sets of sources from other programs turned into attribute values.
"""
from __future__ import annotations

import re

from ..core.errors import ConflictError
from ..core.messages import catalogue, msg
from ..core.refi import RefiValue, RefiVariable

catalogue({
    "refi.merge.unknown_variable": ("a value refers to an unknown variable ({guid}); left out",
                                    "ett värde hänvisar till en okänd variabel ({guid}); togs "
                                    "inte med"),
    "refi.merge.kept_value": ("kept the project's value '{ours}' (the file has '{theirs}')",
                              "behöll projektets värde '{ours}' (filen har '{theirs}')"),
    "refi.merge.value_left_out": ("attribute value left out: {reason}",
                                  "attributvärde togs inte med: {reason}"),
})

_VALUE_TYPES = {"Integer": "number", "Float": "number", "Date": "date", "DateTime": "date"}
_ATTRIBUTE_SET = re.compile(r"\s*([^:]{1,60}?)\s*:\s*(\S.*?)\s*")
SET_ATTRIBUTE = "Dokumentgrupp"  # sets of sources from other programs (MAXQDA document groups)


class AttributesMixin:
    """Attribute values and sets of sources, for ``Merge``."""

    # --- attributes ------------------------------------------------------------------------
    def _attribute(self, applies_to: str, variable_guid: str) -> int | None:
        key = (applies_to, variable_guid)
        if key in self.attr_ids:
            return self.attr_ids[key]
        variable = next((v for v in self.m.variables if v.guid == variable_guid), None)
        if variable is None:
            self.report.warnings.append(str(msg("refi.merge.unknown_variable",
                                                guid=variable_guid)))
            self.attr_ids[key] = None
            return None
        existing = next((r["id"] for r in self.w.find("attribute_defs", applies_to=applies_to)
                         if r["name"].casefold() == variable.name.casefold()), None)
        if existing is None:
            existing = self.p.attributes.define_in(
                self.w, variable.name, _VALUE_TYPES.get(variable.type, "text"), applies_to)
            self.report.attributes_added += 1
        self.attr_ids[key] = existing
        return existing

    def _set_values(self, target: str, target_id: int, values, overwrite: bool) -> None:
        table, column = (("source_attribute_values", "source_id") if target == "source"
                         else ("case_attribute_values", "case_id"))
        for v in values:
            aid = self._attribute(target, v.variable_guid)
            if aid is None:
                continue
            present = self.w.find(table, **{column: target_id, "attribute_id": aid})
            if present and not overwrite:
                if not self.same_text(present[0]["value"], v.value):
                    self._conflict("refi.merge.kept_value", ours=present[0]["value"],
                                   theirs=v.value)
                continue
            try:
                self.p.attributes.set_value_in(self.w, target, target_id, aid, v.value)
                self.report.values_set += 1
            except ConflictError as e:
                self.report.warnings.append(str(msg("refi.merge.value_left_out", reason=e)))

    def _unnamed_case_values(self) -> dict[str, list]:
        """MAXQDA and Quirkos put a source's variables in a Case without a name that
        refers to that one source."""
        out: dict[str, list] = {}
        for case in self.m.cases:
            if case.name is None and len(case.source_guids) == 1 and not case.selection_guids:
                out.setdefault(case.source_guids[0], []).extend(case.values)
        return out

    # --- sets of sources -------------------------------------------------------------------
    def _sets(self) -> None:
        """A set of sources named "attribute: value" (how ATLAS.ti users write document
        groups such as "gender: female") becomes that attribute; any other set of sources
        (MAXQDA's document groups, ATLAS.ti's and NVivo's sets) a value of the attribute
        "Dokumentgrupp": the set's name (several sets: their names joined by "; ")."""
        groups: dict[int, list[str]] = {}
        for s in self.m.sets:
            m = _ATTRIBUTE_SET.fullmatch(s.name)
            members = [self.source_ids[g] for g in s.source_guids if g in self.source_ids]
            if m and members and not s.code_guids:
                variable = next((v for v in self.m.variables
                                 if v.name.casefold() == m[1].casefold()), None)
                if variable is None:
                    variable = RefiVariable(s.guid, m[1])
                    self.m.variables.append(variable)
                for sid in members:
                    self._set_values("source", sid, [RefiValue(variable.guid, m[2])],
                                     overwrite=False)
                continue
            if members and s.name:
                for sid in members:
                    groups.setdefault(sid, []).append(s.name)
                self.report.notes.append(str(msg("refi.import.set_as_attribute", name=s.name,
                                             attribute=SET_ATTRIBUTE, n=len(members))))
            if s.code_guids:
                self.report.skipped.append(str(msg("refi.import.code_set_skipped", name=s.name,
                                                   n=len(s.code_guids))))
        if groups:
            variable = RefiVariable("set:" + SET_ATTRIBUTE, SET_ATTRIBUTE)
            self.m.variables.append(variable)
            for sid, names in groups.items():
                self._set_values("source", sid, [RefiValue(
                    variable.guid, "; ".join(sorted(dict.fromkeys(names))))], overwrite=False)
