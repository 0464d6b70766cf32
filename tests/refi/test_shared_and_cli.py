"""A shared export carries pseudonymised text only; the command line."""
import zipfile

import pytest
from lxml import etree

from qualcoder_htl.cli import main
from qualcoder_htl.core.errors import UserError
from qualcoder_htl.services import refi_export
from qualcoder_htl.services.refi_export import export_qdpx
from qualcoder_htl.services.refi_import import import_into_new_project

from .conftest import NVIVO, assert_valid, qde_of

NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture
def pseudonymised(monkeypatch):
    """Stand in for the pseudonymisation service behind the seam."""
    def fake_shared_text(project, source_id):
        return project.sources.get(source_id).text.replace("Rektorn", "[rektor]").replace(
            "Kuratorn", "[kurator]")
    monkeypatch.setattr(refi_export, "shared_text", fake_shared_text)
    monkeypatch.setattr(refi_export, "pseudonymisation_active", lambda project: True)


def test_shared_export_has_pseudonymised_text_and_no_originals(rich_project, tmp_path,
                                                                pseudonymised):
    out = tmp_path / "delning.qdpx"
    report = export_qdpx(rich_project, out)  # shared by default once a key exists
    assert report.shared and report.originals == 0
    assert_valid(qde_of(out), "Project-mrt2019.xsd")
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if n.endswith(".docx")]
        texts = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".txt"))
        assert "Rektorn" not in texts and "Kuratorn" not in texts and "[rektor]" in texts
        qde = z.read("project.qde").decode()
        assert "Rektorn" not in qde and "Kuratorn" not in qde  # nor in selection names
    copy, _ = import_into_new_project(out, tmp_path / "mottagare.qhtl", coder="Anna")
    with copy:
        b = copy.sources.find("vh_03.txt")
        text = copy.sources.get(b.id).text
        quoted = {text[c.start:c.end] for c in copy.codings.for_source(b.id)}
        assert quoted == {"Via skolan. [kurator] ringde hem", "Att de inte dömde oss",
                          "hen mår bättre nu"}


def test_researcher_can_still_export_the_originals(rich_project, tmp_path, pseudonymised):
    report = export_qdpx(rich_project, tmp_path / "arkiv.qdpx", shared=False)
    assert not report.shared and report.originals == 1


def run(capsys, *argv):
    code = main(["-q", "--coder", "cli", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_import_into_new_project_then_export(capsys, tmp_path):
    project = tmp_path / "nvivo.qhtl"
    code, out, _ = run(capsys, "import", project, NVIVO)
    assert code == 0
    assert "Created" in out and "codings: 303 added" in out and "UTF-16 code units" in out
    code, out, _ = run(capsys, "export", project, "--qdpx", tmp_path / "ut.qdpx")
    assert code == 0 and "303 codings" in out
    assert_valid(qde_of(tmp_path / "ut.qdpx"), "Project-mrt2019.xsd")
    code, out, _ = run(capsys, "export", project, "--qdc", tmp_path / "ut.qdc")
    assert code == 0 and "152 codes" in out
    assert_valid((tmp_path / "ut.qdc").read_bytes(), "Codebook-mrt2019.xsd")
    code, out, _ = run(capsys, "import", project, tmp_path / "ut.qdpx", "--match-codes", "guid")
    assert code == 0 and "codings: 0 added, 303 already present" in out


def test_cli_errors_are_one_line(capsys, tmp_path):
    bad = tmp_path / "trasig.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run(capsys, "import", tmp_path / "ny.qhtl", bad)
    assert code == 1 and err.startswith("error: ") and "not a readable .qdpx" in err
    assert not (tmp_path / "ny.qhtl").exists()
    code, _, err = run(capsys, "export", tmp_path / "saknas.qhtl", "--qdpx", tmp_path / "x")
    assert code == 1 and "No project file" in err
    (tmp_path / "a.txt").write_text("J: Hej.", encoding="utf-8")
    code, _, err = run(capsys, "import", tmp_path / "ny.qhtl", NVIVO, tmp_path / "a.txt")
    assert code == 1 and "on their own" in err


def test_export_names_are_readable_in_other_tools(rich_project, tmp_path):
    out = tmp_path / "x.qdpx"
    export_qdpx(rich_project, out)
    root = etree.fromstring(qde_of(out))
    names = [s.get("name") for s in root.iterfind(".//q:PlainTextSelection", NS)]
    assert "Idén är bra" in names


def _with_key(p):
    """Mark 'Rektorn' and 'Kuratorn' as identifiers with the real pseudonymisation service."""
    from qualcoder_htl.pseudonymise.suggestions import PERSON
    for source in p.sources.list():
        text = p.sources.get(source.id).text
        for name in ("Rektorn", "Kuratorn"):
            if name in text:
                start = text.index(name)
                p.pseudonymisation.add_span(source.id, start, start + len(name), PERSON)
    assert p.pseudonymisation.active()


def test_with_a_key_the_export_is_pseudonymised(rich_project, tmp_path):
    _with_key(rich_project)
    rich_project.memos.add("Kuratorn ringde tillbaka.")  # a memo naming her is scrubbed
    out = tmp_path / "delning.qdpx"
    report = export_qdpx(rich_project, out)
    assert report.shared and report.originals == 0
    assert_valid(qde_of(out), "Project-mrt2019.xsd")
    with zipfile.ZipFile(out) as z:
        everything = "".join(z.read(n).decode() for n in z.namelist())
    assert "Rektorn" not in everything and "Kuratorn" not in everything
    copy, _ = import_into_new_project(out, tmp_path / "mottagare.qhtl", coder="Anna")
    with copy:
        b = copy.sources.find("vh_03.txt")
        text = copy.sources.get(b.id).text
        quoted = {text[c.start:c.end] for c in copy.codings.for_source(b.id)}
        assert "Att de inte dömde oss" in quoted and "hen mår bättre nu" in quoted
        assert any(q.startswith("Via skolan. [") and q.endswith("] ringde hem") for q in quoted)


def test_export_guard_refuses_a_leak(rich_project, tmp_path):
    from qualcoder_htl.pseudonymise.suggestions import PERSON
    _with_key(rich_project)
    rich_project.pseudonymisation.add_known("Lisa Berg", PERSON)  # known, not in the key
    rich_project.memos.add("Ring Lisa Berg om nästa intervju.")
    out = tmp_path / "delning.qdpx"
    with pytest.raises(UserError, match="refused"):
        export_qdpx(rich_project, out)
    assert not out.exists()
    # the researcher's own archive copy may carry the originals
    report = export_qdpx(rich_project, tmp_path / "arkiv.qdpx", shared=False)
    assert report.originals == 1
