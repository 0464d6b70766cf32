"""Fixtures for REFI-QDA exchange: a richly filled project, schema checks, project snapshots."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from qualcoder_htl.services import Project

DATA = Path(__file__).parent / "data"
NVIVO = DATA / "nvivo12-windows-sample.qdpx"
ATLAS = DATA / "atlasti8-sample.qdpx"

INTERVIEW_A = """Intervju 3, HTL-team skola
J: Hur länge har du varit med i teamet?
IP: Sedan hösten 2019. Rektorn frågade mig 👩‍👧 och jag tackade ja direkt.
J: Vad har förändrats?
IP: Vi träffas oftare, och samverkan kring ett barn fungerar bättre än förut. Idén är bra."""

INTERVIEW_B = """Intervju, vårdnadshavare 3
J: Hur kom ni i kontakt med HTL?
IP: Via skolan. Kuratorn ringde hem och vi fick hembesök varje vecka.
J: Vad hjälpte mest?
IP: Att de inte dömde oss. Mitt barn fick stöd 🙂 och hen mår bättre nu."""


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / name)))


def assert_valid(xml: bytes, xsd: str) -> None:
    s = schema(xsd)
    doc = etree.fromstring(xml)
    assert s.validate(doc), s.error_log


def qde_of(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("project.qde")


def span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def snapshot(p: Project) -> dict[str, set]:
    """What a round trip must keep, as sets of plain tuples (no database ids)."""
    codes = p.codebook.codes()
    path = {c.id: p.codebook.path(c.id, codes) for c in codes}
    sources = {s.id: p.sources.get(s.id) for s in p.sources.list()}
    coders = {c.id: c.name for c in p.coders()}
    names = {sid: s.name for sid, s in sources.items()}
    attrs = {a.id: a for a in p.attributes.definitions(None)}
    cases = p.attributes.cases()
    case_names = {c.id: c.name for c in cases}
    return {
        "sources": {(s.name, s.text) for s in sources.values()},
        "codes": {(path[c.id], c.color, c.definition, c.inclusion, c.exclusion) for c in codes},
        "codings": {(names[c.source_id], path[c.code_id], coders[c.coder_id], c.start, c.end,
                     sources[c.source_id].text[c.start:c.end], c.memo, c.is_key_quote)
                    for c in p.codings.all()},
        "coders": {coders[c.coder_id] for c in p.codings.all()} | {
            coders[m.coder_id] for m in p.memos.list()},
        "attributes": {(a.name, a.applies_to, a.value_type) for a in attrs.values()},
        "source values": {(names[sid], attrs[aid].name, v)
                          for sid, vals in p.attributes.source_values().items()
                          for aid, v in vals.items()},
        "case values": {(case_names[cid], attrs[aid].name, v)
                        for cid, vals in p.attributes.case_values().items()
                        for aid, v in vals.items()},
        "cases": {(c.name, c.description, tuple(sorted(names[s] for s in c.source_ids)))
                  for c in cases},
        "memos": {(m.text, names.get(m.source_id), path.get(m.code_id), coders[m.coder_id])
                  for m in p.memos.list()},
    }


@pytest.fixture
def rich_project(tmp_path) -> Project:
    """Two transcripts (one from Word), a code tree with colours and definitions, codings by
    two coders with memos, source and case attributes of three types, a case, memos."""
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    d = docx.Document()
    for line in INTERVIEW_A.split("\n"):
        d.add_paragraph(line)
    d.save(incoming / "skola_a_03.docx")
    (incoming / "vh_03.txt").write_text(INTERVIEW_B, encoding="utf-8")
    p = Project.create(tmp_path / "rich.qhtl", name="HTL följeforskning", coder="Anna")
    report = p.importer.import_files([incoming / "skola_a_03.docx", incoming / "vh_03.txt"])
    assert report.count("imported") == 2
    a = p.sources.find("skola_a_03.docx")
    b = p.sources.find("vh_03.txt")
    ta, tb = p.sources.get(a.id).text, p.sources.get(b.id).text

    staff = p.codebook.create("Personal", color="#3cb44b", definition="Vad personalen säger",
                              inclusion="samverkan, roller", exclusion="familjernas röst").result
    collab = p.codebook.create("Samverkan", parent_id=staff, color="#4363d8",
                               definition="Samarbete över gränser").result
    idea = p.codebook.create("Stöd för idén", parent_id=staff).result
    fam = p.codebook.create("Familjer", color="#e6194b").result
    way_in = p.codebook.create("Vägen in", parent_id=fam, definition="Hur familjen fick stöd"
                               ).result
    trust = p.codebook.create("Tillit", parent_id=fam).result

    p.codings.add(a.id, collab, *span(ta, "samverkan kring ett barn fungerar bättre"),
                  memo="Bra citat om samverkan")
    p.codings.add(a.id, idea, *span(ta, "Idén är bra"), key_quote=True)
    p.codings.add(a.id, idea, *span(ta, "Rektorn frågade mig 👩‍👧 och jag tackade ja"))
    p.codings.add(b.id, way_in, *span(tb, "Via skolan. Kuratorn ringde hem"))
    p.set_coder("Bertil")
    p.codings.add(b.id, trust, *span(tb, "Att de inte dömde oss"), memo="Nyckel: bemötande")
    p.codings.add(b.id, way_in, *span(tb, "Via skolan. Kuratorn ringde hem"))  # 2nd coder
    p.codings.add(b.id, trust, *span(tb, "hen mår bättre nu"))
    p.set_coder("Anna")

    attrs = p.attributes
    p.attributes.set_source_values({
        a.id: {"Respondentgrupp": "HTL-team skola", "Omgång": "1", "Datum": "2020-02-03",
               "Skola": "Skola A"},
        b.id: {"Respondentgrupp": "Vårdnadshavare", "Omgång": "2", "Datum": "2021-03-10"}})
    size = attrs.define("Familjens storlek", "number", "case").result
    region = attrs.define("Stadsdel", "text", "case").result
    case = attrs.create_case("Familj 3", [b.id], description="Fick stöd hösten 2020").result
    attrs.set_case_value(case, size, "5")
    attrs.set_case_value(case, region, "Norr")

    p.memos.add("Projektets loggbok: första kodomgången klar.")
    p.memos.add("Intervjun hölls i skolans bibliotek.", source_id=a.id)
    p.memos.add("Koden ska kanske delas i två.", code_id=collab)
    yield p
    p.close()
