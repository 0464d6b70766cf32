"""Import dialog: a folder with an attribute sheet and a broken file imports off the GUI thread,
lists per-file results at the end, and can be cancelled between files."""
import time

import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui.import_dialog import ImportDialog

from .conftest import write_interviews


@pytest.fixture
def empty_project(tmp_path):
    from qualcoder_htl.services import Project
    p = Project.create(tmp_path / "empty.qhtl", coder="tester")
    yield p
    p.close()


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "transkript"
    write_interviews(folder)
    (folder / "trasig.docx").write_bytes(b"not a zip file")
    (folder / "kopia.txt").write_text((folder / "vh_01.txt").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    sheet = tmp_path / "attribut.csv"
    sheet.write_text("fil,Respondentgrupp,Omgång\nskola_a_01.txt,HTL-team skola,1\n"
                     "ledning_01.txt,ledningsgrupp,två\n", encoding="utf-8")
    return folder, sheet


def test_import_a_folder_with_sheet_and_errors(qtbot, make_window, empty_project, folder):
    window = make_window(empty_project)
    dialog = window.import_transcripts()
    qtbot.addWidget(dialog)
    dialog.add_paths([folder[0]])
    assert dialog.file_list.count() == 5
    assert dialog.import_button.isEnabled()
    dialog.sheet.setText(str(folder[1]))
    dialog.interviewer.setText("J, I")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.pages.currentIndex() == 1
    report = dialog.report
    assert report.count("imported") == 3 and report.count("error") == 1
    assert report.count("duplicate") == 1
    # errors first, with their reason; the value that did not fit is named
    assert dialog.results.item(0, 0).text() == "error"
    assert dialog.results.item(0, 1).text() == "trasig.docx"
    assert dialog.results.item(0, 2).text()
    details = [dialog.results.item(r, 2).text() for r in range(dialog.results.rowCount())]
    assert any("två" in d for d in details)
    # per file: turns, speakers, timestamps, the sheet's values, or that no row matched
    by_file = {dialog.results.item(r, 1).text(): dialog.results.item(r, 2).text()
               for r in range(dialog.results.rowCount())}
    assert "6 turns by 2 speakers: J (3), IP (3)" in by_file["skola_a_01.txt"]
    assert "2 timestamps" in by_file["skola_a_01.txt"]
    assert "Respondentgrupp: HTL-team skola" in by_file["skola_a_01.txt"]
    assert "Omgång: 1" in by_file["skola_a_01.txt"]
    assert "no row in the attribute sheet matched" in by_file["kopia.txt"]
    assert "timestamps" not in by_file["kopia.txt"]
    assert "Imported: 3 · duplicates: 1 · errors: 1." in dialog.result_summary.text()
    assert "1 imported file has no row in the attribute sheet: kopia.txt" in \
        dialog.result_summary.text()  # the sheet's notes under the summary
    assert dialog.cancel_button.text() == "Close"
    # the window shows the new sources, and one undo removes the import
    assert window.panels["sources"].model.rowCount() == 3
    sid = empty_project.sources.find("skola_a_01.txt").id
    assert empty_project.attributes.values_of(sid)["Respondentgrupp"] == "HTL-team skola"
    assert window.actions_.undo.text() == "&Undo Import 3 files"
    window.undo()
    assert window.panels["sources"].model.rowCount() == 0


def test_cancel_stops_between_files(qtbot, make_window, empty_project, tmp_path, monkeypatch):
    from qualcoder_htl.services import importing
    slow_read = importing.read_file

    def read_slowly(path):
        time.sleep(0.15)
        return slow_read(path)
    monkeypatch.setattr(importing, "read_file", read_slowly)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"intervju_{i:02d}.txt").write_text(f"J: Fråga {i}?\nIP: Svar {i}.",
                                                      encoding="utf-8")
    window = make_window(empty_project)
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([folder])
    job = dialog.start()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=5000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert job.finished
    report = dialog.report
    assert report.cancelled
    assert 0 < report.count("imported") < 12
    assert report.count("skipped") == 12 - report.count("imported")
    assert "Cancelled" in dialog.result_summary.text()
    assert window.panels["sources"].model.rowCount() == report.count("imported")


def test_speaker_settings_reach_the_importer(qtbot, make_window, empty_project):
    window = make_window(empty_project)
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.interviewer.setText("Int, J")
    dialog.respondent.setText("Resp")
    dialog.allow_names.setChecked(False)
    dialog.pattern.setText("{Respondentgrupp}_{Intervjunummer}")
    options = dialog.options()
    assert options.speakers.interviewer_labels == ("Int", "J")
    assert options.speakers.respondent_labels == ("Resp",)
    assert options.speakers.allow_names is False
    assert options.filename_pattern == "{Respondentgrupp}_{Intervjunummer}"
    dialog.parse_speakers.setChecked(False)
    assert not dialog.interviewer.isEnabled() and dialog.options().parse_speakers is False
