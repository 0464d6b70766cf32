"""Merging a .qdpx/.qdc into an open project: codes matched by name or by GUID."""
import pytest

from qualcoder_htl.services import Project
from qualcoder_htl.services.refi import RefiImportOptions
from qualcoder_htl.services.refi_export import export_qdc, export_qdpx
from qualcoder_htl.services.refi_import import import_into_new_project, import_refi

from .conftest import span


@pytest.fixture
def colleague(rich_project, tmp_path):
    """A colleague gets our export, renames a code, adds a code and codes with it, and
    sends the project back."""
    ours = tmp_path / "till-kollega.qdpx"
    export_qdpx(rich_project, ours)
    theirs, _ = import_into_new_project(ours, tmp_path / "kollega.qhtl", coder="Cecilia")
    with theirs:
        trust = theirs.codebook.find("Tillit")
        theirs.codebook.rename(trust.id, "Förtroende")
        new = theirs.codebook.create("Hembesök", parent_id=theirs.codebook.find("Familjer").id,
                                     color="#911eb4").result
        b = theirs.sources.find("vh_03.txt")
        text = theirs.sources.get(b.id).text
        theirs.codings.add(b.id, new, *span(text, "vi fick hembesök varje vecka"))
        theirs.memos.add("Cecilias anteckning om hembesöken.", code_id=new)
        back = tmp_path / "tillbaka.qdpx"
        export_qdpx(theirs, back)
    return back


def _codings_of(p: Project, code_name: str) -> list:
    return p.codings.for_codes([p.codebook.find(code_name).id])


def test_merge_by_name(rich_project, colleague):
    before_codes = len(rich_project.codebook.codes())
    before_codings = len(rich_project.codings.all())
    report = import_refi(rich_project, colleague, RefiImportOptions(match_codes_by="name"))
    assert report.sources_added == 0 and report.sources_matched == 2
    # "Förtroende" has no namesake here: it comes in as a new code beside "Tillit"
    assert report.codes_added == 2 and report.codes_matched == 5
    assert len(rich_project.codebook.codes()) == before_codes + 2
    assert len(_codings_of(rich_project, "Hembesök")) == 1
    assert {c.name for c in rich_project.coders()} >= {"Anna", "Bertil", "Cecilia"}
    # codings already present are not doubled; the renamed code's codings are new
    assert report.codings_present == 5
    assert len(rich_project.codings.all()) == before_codings + 3
    hembesok = rich_project.codebook.find("Hembesök")
    assert [m.text for m in rich_project.memos.list(code_id=hembesok.id)] == [
        "Cecilias anteckning om hembesöken."]
    assert rich_project.codebook.path(hembesok.id) == "Familjer / Hembesök"


def test_merge_by_guid(rich_project, colleague):
    before_codes = len(rich_project.codebook.codes())
    report = import_refi(rich_project, colleague, RefiImportOptions(match_codes_by="guid"))
    # the renamed code is the same code (same GUID): its codings land on "Tillit"
    assert report.codes_added == 1 and report.codes_matched == 6
    assert len(rich_project.codebook.codes()) == before_codes + 1
    assert report.codings_added == 1 and report.codings_present == 7
    names = {c.name for c in rich_project.codebook.codes()}
    assert "Tillit" in names and "Förtroende" not in names


def test_by_guid_a_namesake_with_another_guid_is_kept_apart(rich_project, tmp_path):
    with Project.create(tmp_path / "annan.qhtl", coder="Dora") as other:
        other.codebook.create("Familjer", color="#000000")
        out = tmp_path / "annan.qdc"
        export_qdc(other, out)
    report = import_refi(rich_project, out, RefiImportOptions(match_codes_by="guid"))
    assert report.codes_added == 1
    assert {c.name for c in rich_project.codebook.codes() if c.parent_id is None} == {
        "Personal", "Familjer", "Familjer (2)"}
    by_name = import_refi(rich_project, out, RefiImportOptions(match_codes_by="name"))
    assert by_name.codes_added == 0 and by_name.codes_matched == 1


def test_reimporting_the_same_file_changes_nothing(rich_project, tmp_path):
    out = tmp_path / "x.qdpx"
    export_qdpx(rich_project, out)
    from .conftest import snapshot
    before = snapshot(rich_project)
    for mode in ("name", "guid"):
        report = import_refi(rich_project, out, RefiImportOptions(match_codes_by=mode))
        assert report.codings_added == report.codes_added == report.sources_added == 0
        assert report.memos_added == 0
        assert snapshot(rich_project) == before


def test_codebook_qdc_into_empty_project_keeps_tree_colours_definitions(rich_project,
                                                                      tmp_path):
    out = tmp_path / "kodbok.qdc"
    export_qdc(rich_project, out)
    with Project.create(tmp_path / "ny.qhtl", coder="Anna") as p:
        report = import_refi(p, out)
        assert report.codes_added == 6
        ours = {(rich_project.codebook.path(c.id), c.color, c.definition, c.inclusion,
                 c.exclusion) for c in rich_project.codebook.codes()}
        theirs = {(p.codebook.path(c.id), c.color, c.definition, c.inclusion, c.exclusion)
                  for c in p.codebook.codes()}
        assert theirs == ours


def test_existing_attribute_values_are_kept(rich_project, tmp_path):
    out = tmp_path / "x.qdpx"
    export_qdpx(rich_project, out)
    a = rich_project.sources.find("skola_a_03.docx")
    school = rich_project.attributes.find("Skola")
    rich_project.attributes.set_source_value(a.id, school.id, "Skola B")
    report = import_refi(rich_project, out)
    assert rich_project.attributes.values_of(a.id)["Skola"] == "Skola B"
    assert any("kept the project's value 'Skola B'" in c for c in report.conflicts)
