"""Write REFI-QDA (QDA-XML 1.0) files from ``core.refi`` records.

A .qdpx is a zip with ``project.qde`` (valid against Project-mrt2019.xsd) and a ``sources/``
folder holding each text source as UTF-8 plain text (no BOM, LF line ends, so positions are
plain code points as the standard says) and, where there is one, its original .docx.
A .qdc is the codebook alone (valid against Codebook-mrt2019.xsd). Files are written to a
temporary name and moved into place, so a failed export never leaves half a file.
"""
from __future__ import annotations

import os
import re
import tempfile
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

from ..core.jobs import Progress
from ..core.messages import msg
from ..core.refi import RefiCode, RefiProject, RefiTextSource, RefiValue, format_datetime

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
SOURCES_FOLDER = "sources"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_VALUE_ELEMENT = {"Text": "TextValue", "Boolean": "BooleanValue", "Integer": "IntegerValue",
                  "Float": "FloatValue", "Date": "DateValue", "DateTime": "DateTimeValue"}


def xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters; they become spaces."""
    return _NOT_XML.sub(" ", text or "")


class _Builder:
    def __init__(self, ns: str, model: RefiProject | None = None):
        self.ns = ns
        # Every element that can say who made it and when says so: clients rely on it (one
        # client's import stops at a note without a date). Unknown: the project's creator/date.
        user = model.creating_user if model else None
        if user is None and model is not None and model.users:
            user = model.users[0].guid
        self.user = user
        self.when = (model.created if model and model.created else
                     datetime.now(UTC).replace(tzinfo=None, microsecond=0))

    def stamp(self, user: str | None, created, modifier: str | None = None, modified=None,
              coding: bool = False) -> dict:
        """creatingUser/creationDateTime (and, except on a Coding, modifying*), never empty."""
        user, created = user or self.user, created or self.when
        out = {"creatingUser": user, "creationDateTime": format_datetime(created)}
        if not coding:
            out["modifyingUser"] = modifier or user
            out["modifiedDateTime"] = format_datetime(max(modified or created, created))
        return out

    def el(self, parent, tag: str, attrs: dict | None = None, text: str | None = None):
        attrs = {k: xml_safe(str(v)) for k, v in (attrs or {}).items() if v is not None}
        node = (etree.Element(f"{{{self.ns}}}{tag}", attrs, nsmap={None: self.ns})
                if parent is None else etree.SubElement(parent, f"{{{self.ns}}}{tag}", attrs))
        if text is not None:
            node.text = xml_safe(text)
        return node


# --- .qdc ----------------------------------------------------------------------------------

def codebook_xml(model: RefiProject) -> bytes:
    b = _Builder(CODEBOOK_NS)
    root = b.el(None, "CodeBook", {"origin": model.origin or None})
    codes = b.el(root, "Codes")
    for code in model.codes:
        _code(b, codes, code, with_notes=False)
    sets = [s for s in model.sets if s.code_guids]
    if sets:
        sets_el = b.el(root, "Sets")
        for s in sets:
            set_el = b.el(sets_el, "Set", {"guid": s.guid, "name": s.name})
            if s.description:
                b.el(set_el, "Description", text=s.description)
            for g in s.code_guids:
                b.el(set_el, "MemberCode", {"guid": g})
    return _serialise(root)


def write_qdc(model: RefiProject, path: str | os.PathLike[str]) -> None:
    _write_atomically(Path(path), lambda f: f.write(codebook_xml(model)))


# --- .qdpx ---------------------------------------------------------------------------------

def plain_text_entry(source: RefiTextSource) -> str:
    return f"{SOURCES_FOLDER}/{source.guid}.txt"


def rich_text_entry(source: RefiTextSource) -> str:
    return f"{SOURCES_FOLDER}/{source.guid}.docx"


def project_xml(model: RefiProject) -> bytes:
    b = _Builder(PROJECT_NS, model)
    stamp = b.stamp(model.creating_user, model.created, model.modifying_user, model.modified)
    root = b.el(None, "Project", {
        "name": model.name or "project", "origin": model.origin or None,
        "creatingUserGUID": stamp["creatingUser"],
        "creationDateTime": stamp["creationDateTime"],
        "modifyingUserGUID": stamp["modifyingUser"],
        "modifiedDateTime": stamp["modifiedDateTime"]})
    if model.users:
        users = b.el(root, "Users")
        for u in model.users:
            b.el(users, "User", {"guid": u.guid, "name": u.name})
    if model.codes:
        codes = b.el(b.el(root, "CodeBook"), "Codes")
        for code in model.codes:
            _code(b, codes, code, with_notes=True)
    types = {v.guid: v.type for v in model.variables}
    if model.variables:
        variables = b.el(root, "Variables")
        for v in model.variables:
            var = b.el(variables, "Variable", {"guid": v.guid, "name": v.name,
                                               "typeOfVariable": v.type})
            if v.description:
                b.el(var, "Description", text=v.description)
    if model.cases:
        cases = b.el(root, "Cases")
        for c in model.cases:
            case = b.el(cases, "Case", {"guid": c.guid, "name": c.name})
            if c.description:
                b.el(case, "Description", text=c.description)
            for g in c.code_guids:
                b.el(case, "CodeRef", {"targetGUID": g})
            _values(b, case, c.values, types)
            for g in c.source_guids:
                b.el(case, "SourceRef", {"targetGUID": g})
            for g in c.selection_guids:
                b.el(case, "SelectionRef", {"targetGUID": g})
    if model.sources:
        sources = b.el(root, "Sources")
        for s in model.sources:
            _text_source(b, sources, s, types)
    if model.notes:
        notes = b.el(root, "Notes")
        for n in model.notes:
            note = b.el(notes, "Note", {"guid": n.guid, "name": n.name or None,
                                        **b.stamp(n.creating_user, n.created, n.creating_user,
                                                  n.modified)})
            b.el(note, "PlainTextContent", text=n.text)
    if model.sets:
        sets = b.el(root, "Sets")
        for s in model.sets:
            set_el = b.el(sets, "Set", {"guid": s.guid, "name": s.name})
            if s.description:
                b.el(set_el, "Description", text=s.description)
            for tag, guids in (("MemberCode", s.code_guids), ("MemberSource", s.source_guids),
                               ("MemberNote", s.note_guids)):
                for g in guids:
                    b.el(set_el, tag, {"targetGUID": g})
    if model.description:
        b.el(root, "Description", text=model.description)
    for g in model.note_guids:
        b.el(root, "NoteRef", {"targetGUID": g})
    return _serialise(root)


def write_qdpx(model: RefiProject, path: str | os.PathLike[str],
               progress: Progress | None = None) -> None:
    """The archive: project.qde first, then each source's text (and .docx)."""
    progress = progress or Progress()
    qde = project_xml(model)
    total = len(model.sources)

    def fill(f) -> None:
        with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("project.qde", qde)
            for i, s in enumerate(model.sources):
                progress.step(i, total, str(msg("progress.writing", name=s.name)))
                z.writestr(plain_text_entry(s), s.text.encode("utf-8"))
                if s.rich_text:
                    z.writestr(rich_text_entry(s), s.rich_text[1])
            progress.step(total, total, "")
    _write_atomically(Path(path), fill)


# --- parts ---------------------------------------------------------------------------------

def _code(b: _Builder, parent, code: RefiCode, with_notes: bool) -> None:
    el = b.el(parent, "Code", {"guid": code.guid, "name": code.name,
                               "isCodable": "true" if code.codable else "false",
                               "color": code.color})
    if code.description:
        b.el(el, "Description", text=code.description)
    if with_notes:
        for g in code.note_guids:
            b.el(el, "NoteRef", {"targetGUID": g})
    for child in code.children:
        _code(b, el, child, with_notes)


def _text_source(b: _Builder, parent, s: RefiTextSource, types: dict[str, str]) -> None:
    el = b.el(parent, "TextSource", {
        "guid": s.guid, "name": s.name,
        "richTextPath": f"internal://{s.guid}.docx" if s.rich_text else None,
        "plainTextPath": f"internal://{s.guid}.txt",
        **b.stamp(s.creating_user, s.created, s.modifying_user, s.modified)})
    if s.description:
        b.el(el, "Description", text=s.description)
    for sel in s.selections:
        sel_el = b.el(el, "PlainTextSelection", {
            "guid": sel.guid, "name": sel.name, "startPosition": sel.start,
            "endPosition": sel.end, **b.stamp(sel.creating_user, sel.created)})
        if sel.description:
            b.el(sel_el, "Description", text=sel.description)
        for c in sel.codings:
            coding = b.el(sel_el, "Coding", {
                "guid": c.guid, **b.stamp(c.creating_user or sel.creating_user,
                                          c.created or sel.created, coding=True)})
            b.el(coding, "CodeRef", {"targetGUID": c.code_guid})
            for g in c.note_guids:
                b.el(coding, "NoteRef", {"targetGUID": g})
        for g in sel.note_guids:
            b.el(sel_el, "NoteRef", {"targetGUID": g})
    for g in s.note_guids:
        b.el(el, "NoteRef", {"targetGUID": g})
    _values(b, el, s.values, types)


def _values(b: _Builder, parent, values: list[RefiValue], types: dict[str, str]) -> None:
    for v in values:
        vv = b.el(parent, "VariableValue")
        b.el(vv, "VariableRef", {"targetGUID": v.variable_guid})
        tag, text = _typed(types.get(v.variable_guid, "Text"), v.value)
        b.el(vv, tag, text=text)


def _typed(kind: str, value: str) -> tuple[str, str]:
    """The value element for a variable's type, or TextValue when the value does not fit."""
    value = value.strip()
    try:
        if kind == "Integer":
            return "IntegerValue", str(int(value))
        if kind == "Float":
            return "FloatValue", format(Decimal(value), "f")
        if kind == "Date":
            return "DateValue", date.fromisoformat(value).isoformat()
        if kind == "Boolean" and value.lower() in ("true", "false", "1", "0"):
            return "BooleanValue", value.lower()
    except (ValueError, InvalidOperation):
        pass
    return "TextValue", value


def _serialise(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _write_atomically(path: Path, fill) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            fill(f)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
