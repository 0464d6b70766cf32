"""Folder import through the service: formats, duplicates, per-file errors, sheet, undo, cancel."""
import docx
import pytest

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.core.jobs import Progress
from qualcoder_htl.services.importing import ImportOptions

from .conftest import INTERVIEW


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "intervjuer"
    d.mkdir()
    doc = docx.Document()
    for line in INTERVIEW.split("\n"):
        doc.add_paragraph(line)
    doc.save(d / "skola_a_01.docx")
    (d / "vh_01.txt").write_bytes("J: Hur kom ni i kontakt?\r\nIP: Via skolan, kuratorn ringde. "
                                  "Åh, så skönt.".encode("cp1252"))
    (d / "vh_02.txt").write_text("J: Berätta.\nIP: Vi fick hembesök varje vecka.",
                                 encoding="utf-16")
    (d / "trasig.docx").write_bytes(b"this is not a zip file")
    (d / "tom.txt").write_bytes(b"")
    (d / "bild.png").write_bytes(b"\x89PNG")  # not importable: not even listed
    sub = d / "övriga"  # sorts last
    sub.mkdir()
    (sub / "kopia.txt").write_text("J: Berätta.\nIP: Vi fick hembesök varje vecka.",
                                   encoding="utf-8")  # same text as vh_02 → duplicate
    sheet = tmp_path / "attribut.csv"
    sheet.write_text("fil;respondentgrupp;organisationsnivå;omgång;datum\n"
                     "skola_a_01;HTL-team skola;HTL-team skola;1;2020-02-03\n"
                     "vh_01;vårdnadshavare;Familjer/vårdnadshavare;1;2021-03-10\n"
                     "vh_02;vårdnadshavare;Familjer/vårdnadshavare;1;inte ett datum\n",
                     encoding="utf-8")
    return d, sheet


def test_folder_import(project, folder):
    d, sheet = folder
    seen = []
    report = project.importer.import_folder(
        d, ImportOptions(attribute_sheet=sheet), Progress(lambda a, b, c: seen.append((a, b))))
    status = {r.path.split("/")[-1]: r.status for r in report.results}
    assert status == {"skola_a_01.docx": "imported", "vh_01.txt": "imported",
                      "vh_02.txt": "imported", "trasig.docx": "error", "tom.txt": "error",
                      "kopia.txt": "duplicate"}
    assert seen[-1] == (6, 6)
    errors = {r.path.split("/")[-1]: r.message for r in report.results if r.status == "error"}
    assert all(msg and "Traceback" not in msg for msg in errors.values())
    sources = {s.name: s for s in project.sources.list()}
    vh1 = project.sources.get(sources["vh_01.txt"].id)
    assert vh1.text == "J: Hur kom ni i kontakt?\nIP: Via skolan, kuratorn ringde. Åh, så skönt."
    assert project.attributes.values_of(vh1.id) == {
        "Respondentgrupp": "vårdnadshavare", "Organisationsnivå": "Familjer/vårdnadshavare",
        "Omgång": "1", "Datum": "2021-03-10"}
    # a bad value in the sheet is left out with a warning; the transcript is kept
    vh2 = next(r for r in report.results if r.path.endswith("vh_02.txt"))
    assert any("Datum" in w for w in vh2.warnings)
    assert "Datum" not in project.attributes.values_of(vh2.source_id)
    turns = project.sources.turns(sources["skola_a_01.docx"].id)
    assert [t.speaker for t in turns] == ["J", "IP"] * 3
    assert project.sources.original_file(sources["skola_a_01.docx"].id)[0] == "skola_a_01.docx"
    # the whole batch is one undo step
    assert project.undo_stack.undo_label == "Import 3 files"
    project.undo()
    assert project.sources.list() == []
    project.redo()
    assert len(project.sources.list()) == 3


def test_reimport_is_reported_not_duplicated(project, folder):
    d, _ = folder
    project.importer.import_folder(d)
    again = project.importer.import_folder(d)
    assert again.count("imported") == 0
    assert again.count("duplicate") == 4
    assert len(project.sources.list()) == 3


def test_same_name_other_text_gets_a_new_name(project, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text("J: ett\nIP: två", encoding="utf-8")
    (b / "x.txt").write_text("J: tre\nIP: fyra", encoding="utf-8")
    project.importer.import_files([a / "x.txt", b / "x.txt"])
    assert sorted(s.name for s in project.sources.list()) == ["x (2).txt", "x.txt"]


def test_cancel_keeps_what_was_imported(project, tmp_path):
    for i in range(5):
        (tmp_path / f"f{i}.txt").write_text(f"J: fråga {i}\nIP: svar {i}", encoding="utf-8")
    progress = Progress(lambda done, total, label: progress.cancel() if done == 2 else None)
    report = project.importer.import_files(sorted(tmp_path.glob("*.txt")), progress=progress)
    assert report.cancelled
    assert report.count("imported") == 2 and report.count("skipped") == 3
    assert len(project.sources.list()) == 2


def test_filename_pattern(project, tmp_path):
    f = tmp_path / "ledning_o2_07.txt"
    f.write_text("J: fråga\nIP: svar", encoding="utf-8")
    options = ImportOptions(filename_pattern="{Respondentgrupp}_o{Omgång}_{Intervjunummer}.txt")
    [r] = project.importer.import_files([f], options).results
    assert project.attributes.values_of(r.source_id) == {
        "Respondentgrupp": "ledning", "Omgång": "2", "Intervjunummer": "7"}


def test_missing_folder(project, tmp_path):
    with pytest.raises(UserError):
        project.importer.import_folder(tmp_path / "finns-inte")


def test_a_sheet_with_wrong_columns_is_reported(project, tmp_path):
    from qualcoder_htl.services.importing import ImportOptions
    d = tmp_path / "wrong"
    d.mkdir()
    for n in (1, 2):
        (d / f"vh_0{n}.txt").write_text(f"J: Fråga {n}?\nIP: Svar {n}.", encoding="utf-8")
    sheet = tmp_path / "fel.csv"  # no file column: the first column holds person names
    sheet.write_text("Namn;Grupp\nAnna;vårdnadshavare\nBo;ledning\n", encoding="utf-8")
    report = project.importer.import_files(sorted(d.iterdir()),
                                           ImportOptions(attribute_sheet=sheet))
    assert report.count("imported") == 2
    assert any("no file column" in n and "'Namn'" in n for n in report.notes)
    assert any("No row of the attribute sheet matched" in n for n in report.notes)
    assert all(project.attributes.values_of(r.source_id).get("Grupp") is None
               for r in report.results)


def test_sheet_rows_and_files_that_match_nothing_are_named(project, tmp_path):
    from qualcoder_htl.services.importing import ImportOptions
    d = tmp_path / "in"
    d.mkdir()
    for n in (1, 2):
        (d / f"vh_0{n}.txt").write_text(f"J: Fråga {n}?\nIP: Svar {n}.", encoding="utf-8")
    sheet = tmp_path / "s.csv"
    sheet.write_text("fil;Respondentgrupp;Hobby\nvh_01;vårdnadshavare;fiske\n\nvh_09;x;y\n",
                     encoding="utf-8")
    report = project.importer.import_files(sorted(d.iterdir()),
                                           ImportOptions(attribute_sheet=sheet))
    notes = "\n".join(report.notes)
    assert "1 row of the attribute sheet matched no imported file: row 4 'vh_09'" in notes
    assert "1 imported file has no row in the attribute sheet: vh_02.txt" in notes
    assert "The column 'Hobby' is not an attribute of the project" in notes
    assert "Respondentgrupp" not in notes
    values = project.attributes.values_of(report.results[0].source_id)
    assert values["Respondentgrupp"] == "vårdnadshavare" and values["Hobby"] == "fiske"
