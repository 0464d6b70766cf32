"""Real exports: NVivo 12 (Windows) and ATLAS.ti 8 sample projects."""
import unicodedata
import zipfile

import pytest
from lxml import etree

from qualcoder_htl.services.refi_import import import_into_new_project

from .conftest import ATLAS, NVIVO

NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def nvivo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nvivo")
    project, report = import_into_new_project(NVIVO, folder / "nvivo.qhtl", coder="tester")
    yield project, report
    project.close()


def _nvivo_selections():
    """(source guid, code guid, start, end, text) per coding, with the text cut out of the
    plain text file the way NVivo counts: in UTF-16 code units."""
    with zipfile.ZipFile(NVIVO) as z:
        root = etree.fromstring(z.read("project.qde"))
        out = []
        for ts in root.iterfind(".//q:TextSource", NS):
            raw = z.read(f"Sources/{ts.get('guid')}.txt").decode("utf-8-sig")
            units = raw.encode("utf-16-le")
            for sel in ts.iterfind("q:PlainTextSelection", NS):
                a, b = int(sel.get("startPosition")), int(sel.get("endPosition"))
                text = units[2 * a:2 * b].decode("utf-16-le")
                for c in sel.iterfind("q:Coding", NS):
                    out.append((ts.get("guid"), c.find("q:CodeRef", NS).get("targetGUID"),
                                unicodedata.normalize("NFC", text.replace("\r\n", "\n"))))
    return out


def test_nvivo_imports_every_source_and_coded_selection(nvivo):
    project, report = nvivo
    assert {s.name for s in project.sources.list()} == {"videos_selection", "videos_10_selected"}
    assert len(project.codebook.codes()) == 152
    expected = _nvivo_selections()
    assert len(expected) == 303
    codings = project.codings.all()
    assert len(codings) == 303 and report.codings_added == 303
    from qualcoder_htl.services.refi_export import _guids
    source_guid, code_guid = _guids(project, "sources"), _guids(project, "codes")
    texts = project.sources.texts([s.id for s in project.sources.list()])
    got = sorted((source_guid[c.source_id], code_guid[c.code_id],
                  texts[c.source_id][c.start:c.end]) for c in codings)
    assert got == sorted(expected)  # every selection lands on exactly NVivo's text


def test_nvivo_counting_detected_and_reported(nvivo):
    project, report = nvivo
    assert "UTF-16 code units" in report.counting and "as NVivo counts" in report.counting
    share = report.word_boundary_share
    print(f"\nNVivo sample: {share:.1%} of coded selections start and end on word boundaries")
    assert share >= 0.98
    assert any("UTF-16" in line for line in report.lines())


def test_nvivo_coders_and_hierarchy(nvivo):
    project, _ = nvivo
    coders = {c.id: c.name for c in project.coders()}
    assert {coders[c.coder_id] for c in project.codings.all()} <= {"Gergo", "floriansipos"}
    top = [c for c in project.codebook.codes() if c.parent_id is None]
    assert top[0].name == "1. Oltás típusa"
    children = [c.name for c in project.codebook.codes() if c.parent_id == top[0].id]
    assert children == ["COVID", "Nem COVID"]
    assert top[0].definition == "COVID vay nem COVID"
    name, data = project.sources.original_file(project.sources.find("videos_selection").id)
    assert name == "videos_selection.docx" and data[:2] == b"PK"


def test_atlas_imports_without_error_and_reports_what_it_skipped(tmp_path):
    project, report = import_into_new_project(ATLAS, tmp_path / "atlas.qhtl", coder="tester")
    with project:
        assert len(project.codebook.codes()) == 14
        assert project.codebook.find("Breakfast food").color == "#46aa00"
        assert project.codebook.find("Coke::diet Coke").definition == "non sucré"
        memos = {m.text for m in project.memos.list()}
        assert ("Research Plan\n\nday to day log about this amazing project\n\n"
                "This is a great project by a dynamic team of researcher-developers.") in memos
        assert len(project.sources.list()) == 0
    skipped = "\n".join(report.skipped)
    for what in ("a picture source", "audio source", "video source",
                 "Kellogg's Passion for Nutrition.pdf", "Simon.docx"):
        assert what in skipped
    assert report.coders_added == 3
