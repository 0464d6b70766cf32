"""Round trip: our export, imported into a new project, gives back the same project."""
from qualcoder_htl.services import Project
from qualcoder_htl.services.refi_export import export_qdpx
from qualcoder_htl.services.refi_import import import_into_new_project

from .conftest import snapshot


def test_round_trip_keeps_sources_codebook_codings_coders_attributes_memos(rich_project,
                                                                            tmp_path):
    out = tmp_path / "htl.qdpx"
    export_qdpx(rich_project, out)
    copy, report = import_into_new_project(out, tmp_path / "kopia.qhtl", coder="Anna")
    with copy:
        before, after = snapshot(rich_project), snapshot(copy)
        for key in before:
            assert after[key] == before[key], key
        assert copy.name == "HTL följeforskning"
        # the original Word file travels along
        a = copy.sources.find("skola_a_03.docx")
        name, data = copy.sources.original_file(a.id)
        assert name == "skola_a_03.docx" and data[:2] == b"PK"
        # speaker turns are found again
        assert {t.speaker for t in copy.sources.turns(a.id)} >= {"J", "IP"}
    assert report.codings_added == 7 and report.sources_added == 2
    assert "as the standard says" in report.counting


def test_guids_survive_the_round_trip(rich_project, tmp_path):
    out = tmp_path / "htl.qdpx"
    export_qdpx(rich_project, out)
    copy, _ = import_into_new_project(out, tmp_path / "kopia.qhtl", coder="Anna")
    from qualcoder_htl.services.refi_export import _guids
    with copy:
        for table in ("codes", "sources", "codings", "cases"):
            assert set(_guids(rich_project, table).values()) == set(_guids(copy, table).values())
        # a memo written as a note keeps its GUID; a first memo travels in its object's
        # <Description>, which has no GUID of its own
        rich_project.memos.add("Andra anteckningen om projektet.")
        out2 = tmp_path / "htl2.qdpx"
        export_qdpx(rich_project, out2)
    copy2, _ = import_into_new_project(out2, tmp_path / "kopia2.qhtl", coder="Anna")
    with copy2:
        second = next(m for m in rich_project.memos.list() if m.text.startswith("Andra"))
        assert _guids(rich_project, "memos")[second.id] in _guids(copy2, "memos").values()


def test_second_export_is_identical_in_content(rich_project, tmp_path):
    first, second = tmp_path / "1.qdpx", tmp_path / "2.qdpx"
    export_qdpx(rich_project, first)
    copy, _ = import_into_new_project(first, tmp_path / "kopia.qhtl", coder="Anna")
    with copy:
        export_qdpx(copy, second)
    again, _ = import_into_new_project(second, tmp_path / "igen.qhtl", coder="Anna")
    with again:
        assert snapshot(again) == snapshot(rich_project)


def test_import_is_one_undo_step(rich_project, tmp_path):
    out = tmp_path / "htl.qdpx"
    export_qdpx(rich_project, out)
    with Project.create(tmp_path / "tom.qhtl", coder="Anna") as p:
        from qualcoder_htl.services.refi_import import import_refi
        empty = snapshot(p)
        import_refi(p, out)
        assert p.undo_stack.undo_label == "Import 'htl.qdpx'"
        p.undo()
        assert snapshot(p) == empty
        p.redo()
        assert snapshot(p)["codings"] == snapshot(rich_project)["codings"]


def test_demo_project_round_trip(tmp_path):
    from qualcoder_htl.services.demo import create_demo
    with create_demo(tmp_path / "demo.qhtl") as demo:
        report = export_qdpx(demo, tmp_path / "demo.qdpx")
        assert report.sources == 35 and report.codings > 400 and report.key_quotes > 0
        copy, imported = import_into_new_project(tmp_path / "demo.qdpx", tmp_path / "k.qhtl",
                                                 coder=demo.coder.name)
        with copy:
            assert snapshot(copy) == snapshot(demo)
        assert imported.word_boundary_share == 1.0
