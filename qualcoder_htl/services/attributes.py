"""Typed attributes of sources and cases (respondent group, organisational level, ...) and cases."""
from __future__ import annotations

import re
from datetime import date

from ..core.changes import Changes
from ..core.errors import ConflictError, NotFoundError
from ..core.messages import catalogue, msg
from ..core.models import AttributeDef, Case
from ..store import reads
from ..store.writer import Writer
from .edit_conflicts import changed_since, refuse

catalogue({
    "attributes.not_number": (
        "{name}: {value!r} is not a number.",
        "{name}: {value!r} är inte ett tal."),
    "attributes.not_date": (
        "{name}: {value!r} is not a date like 2019-10-14.",
        "{name}: {value!r} är inte ett datum som 2019-10-14."),
    "attributes.not_choice": (
        "{name}: {value!r} is not one of {choices}.",
        "{name}: {value!r} är inte ett av {choices}."),
    "attributes.no_source_attribute": (
        "No source attribute called {name!r}.",
        "Inget källattribut heter {name!r}."),
    "attributes.no_case_attribute": (
        "No case attribute called {name!r}.",
        "Inget fallattribut heter {name!r}."),
    "attributes.needs_name": (
        "An attribute needs a name.",
        "Ett attribut behöver ett namn."),
    "attributes.bad_type": (
        "Unknown attribute type {type!r}; use one of {types}.",
        "Okänd attributtyp {type!r}; använd en av {types}."),
    "attributes.name_taken": (
        "There is already an attribute called {name!r}.",
        "Det finns redan ett attribut som heter {name!r}."),
    "attributes.case_needs_name": (
        "A case needs a name.",
        "Ett fall behöver ett namn."),
    "attributes.case_taken": (
        "There is already a case called {name!r}.",
        "Det finns redan ett fall som heter {name!r}."),
    "attributes.undo.new": (
        "New attribute '{name}'",
        "Nytt attribut '{name}'"),
    "attributes.undo.rename": (
        "Rename attribute to '{name}'",
        "Byt namn på attribut till '{name}'"),
    "attributes.undo.delete": (
        "Delete attribute",
        "Ta bort attribut"),
    "attributes.undo.set": (
        "Set attribute value",
        "Ange attributvärde"),
    "attributes.undo.set_many": (
        "Set attribute values",
        "Ange attributvärden"),
    "attributes.undo.new_case": (
        "New case '{name}'",
        "Nytt fall '{name}'"),
    "attributes.undo.add_to_case": (
        "Add sources to case",
        "Lägg till källor i fall"),
    "attributes.undo.remove_from_case": (
        "Remove sources from case",
        "Ta bort källor från fall"),
    "attributes.undo.set_case": (
        "Set case attribute value",
        "Ange fallattributvärde"),
    "attributes.undo.rename_case": (
        "Rename case to '{name}'",
        "Byt namn på fall till '{name}'"),
    "attributes.undo.delete_case": (
        "Delete case",
        "Ta bort fall"),
})

VALUE_TYPES = ("text", "number", "date", "choice")

catalogue({
    "attr.not_number": ("{attr}: {value!r} is not a number.", "{attr}: {value!r} är inget tal."),
    "attr.not_date": ("{attr}: {value!r} is not a date like 2019-10-14.",
                      "{attr}: {value!r} är inget datum som 2019-10-14."),
    "attr.not_choice": ("{attr}: {value!r} is not one of {choices}.",
                        "{attr}: {value!r} är inte något av {choices}."),
    "attr.no_source_attribute": ("No source attribute called {name!r}.",
                                 "Det finns inget källattribut som heter {name!r}."),
    "attr.no_case_attribute": ("No case attribute called {name!r}.",
                               "Det finns inget fallattribut som heter {name!r}."),
    "attr.needs_name": ("An attribute needs a name.", "Ett attribut behöver ett namn."),
    "attr.bad_type": ("Unknown attribute type {type!r}; use one of {types}.",
                      "Okänd attributtyp {type!r}; använd en av {types}."),
    "attr.exists": ("There is already an attribute called {name!r}.",
                    "Det finns redan ett attribut som heter {name!r}."),
    "attr.no_id": ("No attribute with id {id}.", "Inget attribut med id {id}."),
    "attr.no_source": ("No source with id {id}.", "Ingen källa med id {id}."),
    "case.needs_name": ("A case needs a name.", "Ett fall behöver ett namn."),
    "case.exists": ("There is already a case called {name!r}.",
                    "Det finns redan ett fall som heter {name!r}."),
    "case.no_id": ("No case with id {id}.", "Inget fall med id {id}."),
})


def check_value(attr: AttributeDef, value: str) -> str:
    """Normalise a value for its attribute's type or raise a readable ConflictError."""
    value = str(value).strip()
    if attr.value_type == "number":
        try:
            number = float(value.replace(",", ".").replace("\u2212", "-"))
        except ValueError:
            raise ConflictError(msg("attr.not_number", attr=attr.name, value=value)) from None
        return str(int(number)) if number.is_integer() else str(number)
    if attr.value_type == "date":
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", value)
        try:
            if not m:
                raise ValueError
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            raise ConflictError(msg("attr.not_date", attr=attr.name, value=value)) from None
    if attr.value_type == "choice" and attr.choices and value not in attr.choices:
        raise ConflictError(msg("attr.not_choice", attr=attr.name, value=value,
                                  choices=", ".join(attr.choices)))
    return value


class AttributeService:
    def __init__(self, project):
        self.p = project

    # --- reads -----------------------------------------------------------------------------
    def definitions(self, applies_to: str | None = "source") -> list[AttributeDef]:
        with self.p.db.read() as conn:
            return reads.attribute_list(conn, applies_to)

    def find(self, name: str, applies_to: str = "source") -> AttributeDef:
        for a in self.definitions(applies_to):
            if a.name.casefold() == name.strip().casefold() or a.role == name.strip():
                return a
        raise NotFoundError(msg(f"attr.no_{applies_to}_attribute", name=name))

    def by_role(self, role: str) -> AttributeDef | None:
        return next((a for a in self.definitions("source") if a.role == role), None)

    def source_values(self) -> dict[int, dict[int, str]]:
        """{source_id: {attribute_id: value}} for all sources."""
        with self.p.db.read() as conn:
            return reads.source_values(conn)

    def values_of(self, source_id: int) -> dict[str, str]:
        """{attribute name: value} of one source."""
        names = {a.id: a.name for a in self.definitions("source")}
        with self.p.db.read() as conn:
            vals = reads.source_values(conn, source_id).get(source_id, {})
        return {names[aid]: v for aid, v in vals.items()}

    def cases(self) -> list[Case]:
        with self.p.db.read() as conn:
            return reads.case_list(conn)

    def case_values(self) -> dict[int, dict[int, str]]:
        with self.p.db.read() as conn:
            return reads.case_values(conn)

    # --- definitions -----------------------------------------------------------------------
    def define_in(self, w: Writer, name: str, value_type: str = "text", applies_to: str = "source",
                  role: str | None = None, choices: tuple[str, ...] = ()) -> int:
        name = name.strip()
        if not name:
            raise ConflictError(msg("attr.needs_name"))
        if value_type not in VALUE_TYPES:
            raise ConflictError(msg("attr.bad_type", type=value_type,
                                    types=", ".join(VALUE_TYPES)))
        for row in w.find("attribute_defs", applies_to=applies_to):
            if row["name"].casefold() == name.casefold():
                raise ConflictError(msg("attr.exists", name=name))
        order = len(w.find("attribute_defs"))
        return w.insert("attribute_defs", {"name": name, "value_type": value_type,
                                           "applies_to": applies_to, "role": role,
                                           "choices": "\n".join(choices), "sort_order": order})

    def define(self, name: str, value_type: str = "text", applies_to: str = "source",
               choices: tuple[str, ...] = ()) -> Changes:
        """A new attribute; ``changes.result`` is its id."""
        return self.p.mutate(msg("attributes.undo.new", name=name.strip()),
                             lambda w: self.define_in(w, name, value_type, applies_to, None,
                                                      choices))

    def rename(self, attribute_id: int, name: str) -> Changes:
        def do(w: Writer):
            row = w.get("attribute_defs", attribute_id)
            if row is None:
                raise NotFoundError(msg("attr.no_id", id=attribute_id))
            for other in w.find("attribute_defs", applies_to=row["applies_to"]):
                same = other["name"].casefold() == name.strip().casefold()
                if same and other["id"] != attribute_id:
                    raise ConflictError(msg("attr.exists", name=name))
            w.update("attribute_defs", attribute_id, {"name": name.strip()})
        return self.p.mutate(msg("attributes.undo.rename", name=name.strip()), do)

    def delete(self, attribute_id: int) -> Changes:
        def do(w: Writer):
            if w.get("attribute_defs", attribute_id) is None:
                raise NotFoundError(msg("attr.no_id", id=attribute_id))
            w.delete_where("source_attribute_values", attribute_id=attribute_id)
            w.delete_where("case_attribute_values", attribute_id=attribute_id)
            w.delete("attribute_defs", attribute_id)
        return self.p.mutate(msg("attributes.undo.delete"), do)

    # --- values ----------------------------------------------------------------------------
    def set_value_in(self, w: Writer, target: str, target_id: int, attribute_id: int,
                     value: str | None, based_on: str | None = None) -> None:
        """``based_on``: the value the user saw ("" for none; ``edit_conflicts``)."""
        table, key = (("source_attribute_values", "source_id") if target == "source"
                      else ("case_attribute_values", "case_id"))
        row = w.get("attribute_defs", attribute_id)
        if row is None:
            raise NotFoundError(msg("attr.no_id", id=attribute_id))
        existing = w.find(table, **{key: target_id, "attribute_id": attribute_id})
        attr = AttributeDef(row["id"], row["name"], row["value_type"], row["applies_to"],
                            row["role"], tuple(c for c in row["choices"].split("\n") if c))
        empty = value is None or str(value).strip() == ""
        if not empty:
            value = check_value(attr, value)
        current = existing[0]["value"] if existing else ""
        if changed_since(current, based_on, "" if empty else value):
            name = w.get("sources" if target == "source" else "cases", target_id,
                         ("name",))["name"]
            seen_row = existing[0] if existing else {"id": -1, key: target_id,
                                                      "attribute_id": attribute_id}
            raise refuse("stale.attribute_value" if current else "stale.attribute_cleared",
                         table, seen_row,
                         attribute=attr.name, target=name, current=current,
                         yours="" if empty else value)
        if empty:
            if existing:
                w.delete(table, existing[0]["id"])
            return
        if existing:
            w.update(table, existing[0]["id"], {"value": value})
        else:
            w.insert(table, {key: target_id, "attribute_id": attribute_id, "value": value})

    def set_source_value(self, source_id: int, attribute_id: int, value: str | None,
                         based_on: str | None = None) -> Changes:
        """``based_on``: the value the user saw ("" for none; ``edit_conflicts``)."""
        def do(w: Writer):
            if w.get("sources", source_id, ("id",)) is None:
                raise NotFoundError(msg("attr.no_source", id=source_id))
            self.set_value_in(w, "source", source_id, attribute_id, value, based_on)
        return self.p.mutate(msg("attributes.undo.set"), do)

    def set_source_values(self, values: dict[int, dict[str, str]],
                          create_missing: bool = True) -> Changes:
        """Many values at once, {source_id: {attribute name: value}}: one undoable action.
        Unknown attribute names become new text attributes when ``create_missing``."""
        def do(w: Writer):
            by_name = {r["name"].casefold(): r["id"]
                       for r in w.find("attribute_defs", applies_to="source")}
            for source_id, named in values.items():
                for name, value in named.items():
                    aid = by_name.get(name.strip().casefold())
                    if aid is None:
                        if not create_missing:
                            raise NotFoundError(msg("attr.no_source_attribute", name=name))
                        aid = self.define_in(w, name)
                        by_name[name.strip().casefold()] = aid
                    self.set_value_in(w, "source", source_id, aid, value)
        return self.p.mutate(msg("attributes.undo.set_many"), do)

    # --- cases -----------------------------------------------------------------------------
    def create_case(self, name: str, source_ids: list[int] = (), description: str = "") -> Changes:
        """A case (one family, one respondent across interviews); ``result`` is its id."""
        def do(w: Writer):
            if not name.strip():
                raise ConflictError(msg("case.needs_name"))
            if w.find("cases", name=name.strip()):
                raise ConflictError(msg("case.exists", name=name))
            cid = w.insert("cases", {"name": name.strip(), "description": description})
            for sid in source_ids:
                w.insert("case_sources", {"case_id": cid, "source_id": sid})
            return cid
        return self.p.mutate(msg("attributes.undo.new_case", name=name.strip()), do)

    def add_to_case(self, case_id: int, source_ids: list[int]) -> Changes:
        def do(w: Writer):
            for sid in source_ids:
                if not w.find("case_sources", case_id=case_id, source_id=sid):
                    w.insert("case_sources", {"case_id": case_id, "source_id": sid})
        return self.p.mutate(msg("attributes.undo.add_to_case"), do)

    def remove_from_case(self, case_id: int, source_ids: list[int]) -> Changes:
        def do(w: Writer):
            for sid in source_ids:
                w.delete_where("case_sources", case_id=case_id, source_id=sid)
        return self.p.mutate(msg("attributes.undo.remove_from_case"), do)

    def set_case_value(self, case_id: int, attribute_id: int, value: str | None,
                       based_on: str | None = None) -> Changes:
        """``based_on``: the value the user saw ("" for none; ``edit_conflicts``)."""
        def do(w: Writer):
            if w.get("cases", case_id) is None:
                raise NotFoundError(msg("case.no_id", id=case_id))
            self.set_value_in(w, "case", case_id, attribute_id, value, based_on)
        return self.p.mutate(msg("attributes.undo.set_case"), do)

    def rename_case(self, case_id: int, name: str, based_on: str | None = None) -> Changes:
        """``based_on``: the name the user saw (``edit_conflicts``)."""
        name = name.strip()

        def do(w: Writer):
            row = w.get("cases", case_id)
            if row is None:
                raise NotFoundError(msg("case.no_id", id=case_id))
            if not name:
                raise ConflictError(msg("case.needs_name"))
            if changed_since(row["name"], based_on, name):
                raise refuse("stale.case_name", "cases", row, current=row["name"], yours=name)
            if any(other["id"] != case_id for other in w.find("cases", name=name)):
                raise ConflictError(msg("case.exists", name=name))
            w.update("cases", case_id, {"name": name})
        return self.p.mutate(msg("attributes.undo.rename_case", name=name), do)

    def delete_case(self, case_id: int) -> Changes:
        def do(w: Writer):
            if w.get("cases", case_id) is None:
                raise NotFoundError(msg("case.no_id", id=case_id))
            w.delete_where("case_sources", case_id=case_id)
            w.delete_where("case_attribute_values", case_id=case_id)
            w.delete("cases", case_id)
        return self.p.mutate(msg("attributes.undo.delete_case"), do)
