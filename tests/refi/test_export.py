"""Export: .qdpx and .qdc valid against the REFI-QDA schemas, with what the issue lists."""
import zipfile

import pytest
from lxml import etree

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.services import Project
from qualcoder_htl.services.refi_export import export_qdc, export_qdpx

from .conftest import assert_valid, qde_of

NS = {"q": "urn:QDA-XML:project:1.0", "c": "urn:QDA-XML:codebook:1.0"}


@pytest.fixture
def exported(rich_project, tmp_path):
    out = tmp_path / "htl.qdpx"
    report = export_qdpx(rich_project, out)
    return rich_project, out, report


def test_qdpx_validates_against_project_schema(exported):
    _, out, _ = exported
    assert_valid(qde_of(out), "Project-mrt2019.xsd")


def test_qdc_validates_against_codebook_schema(rich_project, tmp_path):
    out = tmp_path / "htl.qdc"
    report = export_qdc(rich_project, out)
    assert report.codes == 6
    assert_valid(out.read_bytes(), "Codebook-mrt2019.xsd")
    root = etree.parse(str(out)).getroot()
    top = root.findall("c:Codes/c:Code", NS)
    assert [c.get("name") for c in top] == ["Personal", "Familjer"]
    assert [c.get("name") for c in top[0].findall("c:Code", NS)] == ["Samverkan",
                                                                       "Stöd för idén"]


def test_archive_layout_and_text_files(exported):
    p, out, report = exported
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        root = etree.fromstring(z.read("project.qde"))
        sources = root.findall("q:Sources/q:TextSource", NS)
        assert len(sources) == 2
        for s in sources:
            entry = "sources/" + s.get("plainTextPath").removeprefix("internal://")
            assert entry in names
            data = z.read(entry)
            assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
            text = data.decode("utf-8")
            stored = p.sources.get(p.sources.find(s.get("name")).id).text
            assert text == stored
            for sel in s.findall("q:PlainTextSelection", NS):  # code points, as the standard
                a, b = int(sel.get("startPosition")), int(sel.get("endPosition"))
                assert 0 <= a < b <= len(text)
        docx_source = next(s for s in sources if s.get("name") == "skola_a_03.docx")
        assert "sources/" + docx_source.get("richTextPath").removeprefix("internal://") in names
        txt_source = next(s for s in sources if s.get("name") == "vh_03.txt")
        assert txt_source.get("richTextPath") is None
    assert report.originals == 1 and report.sources == 2 and report.codings == 7


def test_project_contents(exported):
    p, out, _ = exported
    root = etree.fromstring(qde_of(out))
    users = {u.get("name") for u in root.findall("q:Users/q:User", NS)}
    assert {"Anna", "Bertil"} <= users
    user_guid = {u.get("name"): u.get("guid") for u in root.findall("q:Users/q:User", NS)}
    personal = root.find("q:CodeBook/q:Codes/q:Code[@name='Personal']", NS)
    assert personal.get("color") == "#3cb44b"
    assert personal.find("q:Description", NS).text == (
        "Vad personalen säger\n\nInkludering / Inclusion:\nsamverkan, roller\n\n"
        "Exkludering / Exclusion:\nfamiljernas röst")
    samverkan = personal.find("q:Code[@name='Samverkan']", NS)
    # the code memo in the description (where clients read it), under a heading naming its author
    assert samverkan.find("q:Description", NS).text.startswith(
        "Samarbete över gränser\n\nAnteckning / Memo (Anna, ")
    assert samverkan.find("q:Description", NS).text.endswith("):\nKoden ska kanske delas i två.")
    codings = root.findall(".//q:PlainTextSelection/q:Coding", NS)
    assert {c.get("creatingUser") for c in codings} == {user_guid["Anna"], user_guid["Bertil"]}
    memo_selection = [s for s in root.findall(".//q:PlainTextSelection", NS)
                      if s.find("q:Description", NS) is not None]
    assert {s.find("q:Description", NS).text for s in memo_selection} == {
        "Bra citat om samverkan", "Nyckel: bemötande"}
    variables = {v.get("name"): v.get("typeOfVariable")
                 for v in root.findall("q:Variables/q:Variable", NS)}
    assert variables["Omgång"] == "Integer" and variables["Datum"] == "Date"
    assert variables["Familjens storlek"] == "Integer" and variables["Stadsdel"] == "Text"
    case = root.find("q:Cases/q:Case", NS)
    assert case.get("name") == "Familj 3" and len(case.findall("q:SourceRef", NS)) == 1
    assert {v.find("q:IntegerValue", NS).text for v in case.findall("q:VariableValue", NS)
            if v.find("q:IntegerValue", NS) is not None} == {"5"}
    assert root.find("q:Notes", NS) is None  # each memo is the first of its object
    key_code = root.find("q:CodeBook/q:Codes/q:Code[@name='Nyckelcitat (key quote)']", NS)
    key_refs = root.findall(f".//q:Coding/q:CodeRef[@targetGUID='{key_code.get('guid')}']", NS)
    assert len(key_refs) == 1
    key_selection = key_refs[0].getparent().getparent()
    assert len(key_selection.findall("q:Coding", NS)) == 2  # the coding and its key-quote mark
    assert root.find("q:Description", NS).text == "Projektets loggbok: första kodomgången klar."
    source_a = root.find("q:Sources/q:TextSource[@name='skola_a_03.docx']", NS)
    assert source_a.find("q:Description", NS).text == "Intervjun hölls i skolans bibliotek."


def test_empty_project_exports_valid_qdpx_but_no_qdc(tmp_path):
    with Project.create(tmp_path / "tom.qhtl", coder="Anna") as p:
        export_qdpx(p, tmp_path / "tom.qdpx")
        assert_valid(qde_of(tmp_path / "tom.qdpx"), "Project-mrt2019.xsd")
        with pytest.raises(UserError, match="empty"):
            export_qdc(p, tmp_path / "tom.qdc")
        assert not (tmp_path / "tom.qdc").exists()


def test_export_to_missing_folder_is_a_clear_error(rich_project, tmp_path):
    with pytest.raises(UserError, match="folder does not exist"):
        export_qdpx(rich_project, tmp_path / "finns-inte" / "x.qdpx")


def test_control_characters_do_not_break_the_xml(rich_project, tmp_path):
    code = rich_project.codebook.find("Tillit")
    rich_project.codebook.describe(code.id, definition="sida\x0cbrytning")
    export_qdpx(rich_project, tmp_path / "x.qdpx")
    assert_valid(qde_of(tmp_path / "x.qdpx"), "Project-mrt2019.xsd")
