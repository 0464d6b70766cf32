"""Copy for a coder: all, listed or assigned sources; pseudonymised without the key unless the
coder may see it; atomic; in the export log; merged back with the coder's work."""
import pytest

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.services import Project, export_log
from qualcoder_htl.services.coder_copy import copy_coder, copy_for_coder
from qualcoder_htl.services.merge import merge

from .conftest import span


def _pseudonymise(p):
    a = p.sources.find("a.txt")
    text = p.sources.get(a.id).text
    p.pseudonymisation.add_span(a.id, *span(text, "rektorn"), "PERSON")
    assert p.pseudonymisation.active()


def test_listed_sources_only_and_the_copy_names_its_coder(master, tmp_path):
    dest = tmp_path / "bo"
    report = copy_for_coder(master, dest, "bo", sources=["b.txt"])
    assert report.path.endswith("bo.qhtl") and report.sources == 1
    assert copy_coder(report.path) == "bo"
    with Project.open(report.path) as copy:
        assert [s.name for s in copy.sources.list()] == ["b.txt"]
        assert copy.coder.name == "bo"
        assert [c.name for c in copy.codebook.codes()] == [c.name for c in
                                                           master.codebook.codes()]
    blind = copy_for_coder(master, dest.with_name("bo-blind"), "bo", blind=True)
    with Project.open(blind.path) as copy:
        assert copy.team.is_blind() and copy.team.visible_coders() == {copy.coder.id}
        assert copy.memos.list(for_current_coder=True) == []  # the lead's memos hidden
    with Project.open(report.path, coder="someone") as copy:
        assert copy.coder.name == "someone"  # an explicit name wins
    assert copy_coder(master.path) is None
    logged = {(e.kind, e.file_name, e.result) for e in export_log.entries(master)}
    assert {("coder_copy", "bo.qhtl", "ok"), ("coder_copy", "bo-blind.qhtl", "ok")} <= logged


def test_assigned_sources_by_default(master, tmp_path):
    master.set_coder("bo")
    master.codings.add(master.sources.find("b.txt").id, master.codebook.find("Tillit").id, 0, 5)
    bo = master.coder.id
    master.set_coder("lead")
    master.team.assign(bo, [master.sources.find("b.txt").id])
    report = copy_for_coder(master, tmp_path / "bo.qhtl", "bo")
    assert report.sources == 1
    with Project.open(report.path) as copy:
        assert [s.name for s in copy.sources.list()] == ["b.txt"]
        assert copy.coder.id == bo  # the same coder row (GUID) as in the master


def test_pseudonymised_copy_without_key_round_trip(master, tmp_path):
    _pseudonymise(master)
    report = copy_for_coder(master, tmp_path / "bo.qhtl", "bo")
    assert report.pseudonymised
    assert export_log.entries(master)[-1].kind == "coder_copy"
    with Project.open(report.path) as copy:
        assert not copy.pseudonymisation.active()  # no key
        a = copy.sources.find("a.txt")
        text = copy.sources.get(a.id).text
        assert "rektorn" not in text
        # bo codes a span after the pseudonym: its offsets differ from the master's
        copy.codings.add(a.id, copy.codebook.find("Tillit").id, *span(text, "tackade ja direkt"))
    result = merge(master, report.path)
    assert result.sources_added == 0 and result.sources_matched == 2
    assert result.codings_added == 1 and result.codings_present == 1
    assert not result.conflicts, result.conflicts
    bo = next(c.id for c in master.coders() if c.name == "bo")
    mine = [c for c in master.codings.all() if c.coder_id == bo]
    a = master.sources.find("a.txt")
    assert master.sources.get(a.id).text[mine[0].start:mine[0].end] == "tackade ja direkt"
    again = merge(master, report.path)
    assert again.codings_added == again.memos_added == 0 and not again.conflicts


def test_with_key_the_copy_keeps_the_text_and_key(master, tmp_path):
    _pseudonymise(master)
    report = copy_for_coder(master, tmp_path / "bo.qhtl", "bo", with_key=True)
    assert report.with_key and not report.pseudonymised
    with Project.open(report.path) as copy:
        assert copy.pseudonymisation.active()
        assert "rektorn" in copy.sources.get(copy.sources.find("a.txt").id).text
    assert export_log.entries(master)[-1].kind == "coder_copy_key"


def test_bad_requests(master, tmp_path):
    with pytest.raises(UserError):
        copy_for_coder(master, tmp_path / "x.qhtl", "bo", sources=["finns-inte.txt"])
    with pytest.raises(UserError):
        copy_for_coder(master, tmp_path / "x.qhtl", "  ")
    copy_for_coder(master, tmp_path / "x.qhtl", "bo")
    with pytest.raises(UserError):  # never overwritten
        copy_for_coder(master, tmp_path / "x.qhtl", "bo")
    assert not list(tmp_path.glob("*.tmp*"))
