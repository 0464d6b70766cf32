"""Codebook exchange with Taguette, checked against its code's expectations (NOT against an
installed Taguette).

Why Taguette itself is not installed in the dev extras: the newest release, 1.5.2 (on PyPI;
``pip download --no-deps taguette`` fetches its wheel), requires ``SQLAlchemy>=1.4,<1.5`` and
``alembic>=1.6,<1.9``, while this project requires ``SQLAlchemy>=2.0`` and ``alembic>=1.12``:
they cannot share one environment. ``pip install --dry-run taguette "SQLAlchemy>=2.0,<3"
"alembic>=1.12"`` finds no release after 0.8 that fits and falls back to Taguette 0.8, whose
.qdc export exists only inside a Tornado request handler over its own database. This is not
about Python 3.11: Taguette 1.5.2 says ``Requires-Python >=3.7,<4``.

And no Taguette release imports a .qdc at all: its codebook import
(``taguette/import_codebook.py``: ``list_tags`` -> ``list_tags_csv``) reads a CSV file only,
with one column named ``tag``, ``name`` or ``path`` (exactly one of them) and an optional
``description``. So "our codebook into Taguette" goes through our codebook CSV.

What these tests do instead, read from Taguette 1.5.2's source:
- Taguette -> ours: a .qdc written the way ``taguette.export.codebook_xml`` writes it (the same
  ``XMLGenerator`` calls: default namespace ``urn:QDA-XML:codebook:1.0``, ``origin="Taguette
  1.5.2"``, one flat ``<Code>`` per tag whose name is the tag's path and whose GUID is
  ``uuid5(TAGUETTE_NAMESPACE, path)`` in upper case, ``isCodable="true"``, an empty
  ``<Sets/>``) is imported by our own import.
- ours -> Taguette: our codebook CSV checked against the rules of ``list_tags_csv``, restated
  below as ``taguette_csv_rules``.
"""
from __future__ import annotations

import csv
import io
import uuid
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesNSImpl

import pytest

from qualcoder_htl.services import Project
from qualcoder_htl.services.codebook_csv import export_codebook
from qualcoder_htl.services.refi import export_qdc, import_refi

from .conftest import assert_valid

TAGUETTE_NAMESPACE = uuid.UUID("51B2B2B7-27EB-4ECB-9D56-E75B0A0496C2")  # taguette/export.py
TAGS = ["interesting", "people.teacher", "Vägen in", "famille & école"]


def taguette_qdc(paths: list[str]) -> bytes:
    """A .qdc as ``taguette.export.codebook_xml(tags, file)`` writes it (Taguette 1.5.2)."""
    out = io.BytesIO()
    g = XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
    g.startDocument()
    g.startPrefixMapping(None, "urn:QDA-XML:codebook:1.0")
    g.startElementNS((None, "CodeBook"), "CodeBook", AttributesNSImpl(
        {(None, "origin"): "Taguette 1.5.2"}, {(None, "origin"): "origin"}))
    g.startElementNS((None, "Codes"), "Codes", AttributesNSImpl({}, {}))
    for path in paths:
        guid = str(uuid.uuid5(TAGUETTE_NAMESPACE, path)).upper()
        attrs = {(None, "guid"): guid, (None, "name"): path, (None, "isCodable"): "true"}
        g.startElementNS((None, "Code"), "Code", AttributesNSImpl(
            attrs, {k: k[1] for k in attrs}))
        g.endElementNS((None, "Code"), "Code")
    g.endElementNS((None, "Codes"), "Codes")
    g.startElementNS((None, "Sets"), "Sets", AttributesNSImpl({}, {}))
    g.endElementNS((None, "Sets"), "Sets")
    g.endElementNS((None, "CodeBook"), "CodeBook")
    g.endPrefixMapping(None)
    g.endDocument()
    return out.getvalue()


def test_a_taguette_codebook_imports_into_ours(tmp_path):
    path = tmp_path / "codebook.qdc"
    path.write_bytes(taguette_qdc(TAGS))
    with Project.create(tmp_path / "p.qhtl", coder="Anna") as p:
        report = import_refi(p, path)
        codes = {c.name: c for c in p.codebook.codes()}
        assert set(codes) == set(TAGS)
        assert all(c.parent_id is None for c in codes.values())
        assert report.codes_added == len(TAGS)
        from qualcoder_htl.services.refi import _guids
        guids = _guids(p, "codes")
        assert guids[codes["interesting"].id] == str(uuid.uuid5(TAGUETTE_NAMESPACE,
                                                                 "interesting"))
        # importing the same codebook again adds nothing
        assert import_refi(p, path).codes_added == 0


def test_the_taguette_shaped_file_is_what_the_schema_allows_apart_from_empty_sets(tmp_path):
    """Taguette writes an empty <Sets/>, which the schema does not allow (a Set is required
    inside); our import takes it all the same. Without it the file is valid: the test's
    imitation is a real codebook, not something only our reader accepts."""
    xml = taguette_qdc(TAGS)
    with pytest.raises(AssertionError):
        assert_valid(xml, "Codebook-mrt2019.xsd")
    assert_valid(xml.replace(b"<Sets/>", b""), "Codebook-mrt2019.xsd")


def taguette_csv_rules(data: bytes) -> list[dict[str, str]]:
    """The rules of Taguette 1.5.2's ``import_codebook.list_tags_csv``, restated: the charset
    is detected (chardet reports UTF-8-SIG for a BOM); the header, lower-cased, has exactly
    one of 'tag', 'name', 'path' (in that order of preference) and maybe 'description'; each
    non-empty row has enough cells and a non-empty tag path."""
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = [cell.lower() for cell in rows[0]]
    found = [c for c in ("tag", "name", "path") if c in header]
    if len(found) != 1:
        raise ValueError(f"Taguette: {'no' if not found else 'more than one'} tag column")
    col = header.index(found[0])
    desc = header.index("description") if "description" in header else None
    needed = max(n + 1 for n in (col, desc) if n is not None)
    tags = []
    for row in rows[1:]:
        if len(row) < needed:
            raise ValueError("Taguette: not enough columns")
        if not any(row):
            continue
        if not row[col].strip():
            raise ValueError("Taguette: empty tag name")
        tags.append({"path": row[col].strip(),
                     "description": row[desc].strip() if desc is not None else ""})
    return tags


def test_our_codebook_csv_meets_taguettes_codebook_import(rich_project, tmp_path):
    out = tmp_path / "kodbok.csv"
    export_codebook(rich_project, out)
    tags = taguette_csv_rules(out.read_bytes())
    assert {t["path"] for t in tags} == {
        "Personal", "Personal / Samverkan", "Personal / Stöd för idén", "Familjer",
        "Familjer / Vägen in", "Familjer / Tillit"}
    # and the rules bite: a file with both 'name' and 'path' columns is refused
    with pytest.raises(ValueError, match="more than one"):
        taguette_csv_rules(b"name,path\nA,B\n")


def test_our_qdc_is_a_flat_list_taguette_could_name_its_tags_from(rich_project, tmp_path):
    """Our .qdc (what Taguette cannot import, see above) is still the standard's: valid, and
    every code has the name and GUID that Taguette's own export gives each tag."""
    out = tmp_path / "kodbok.qdc"
    export_qdc(rich_project, out)
    assert_valid(out.read_bytes(), "Codebook-mrt2019.xsd")
    from lxml import etree
    root = etree.fromstring(out.read_bytes())
    codes = root.findall(".//{urn:QDA-XML:codebook:1.0}Code")
    assert len(codes) == 6 and all(c.get("guid") and c.get("name") for c in codes)
