"""Project ▸ Export log… lists every export with its result and prints it; Project ▸ Retire
the originals… asks first, then deletes them (real widgets offscreen, a real key)."""
from docx import Document

from qualcoder_htl.gui.export_log_view import ExportLogDialog, retire_originals
from qualcoder_htl.pseudonymise.suggestions import SCHOOL
from qualcoder_htl.services import export_log


def test_dialog_lists_the_exports_and_saves_them(qtbot, make_window, project, tmp_path, answers):
    project.analysis.export_report(tmp_path / "rapport.docx")
    window = make_window(project)
    window.actions_.export_log.trigger()
    dialog = window.findChild(ExportLogDialog, "exportLog")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert [dialog.model.item(0, c).text() for c in (1, 3, 4)] == [
        "tester", "rapport.docx", "written"]
    answers.queue["save_file"].append(str(tmp_path / "logg.docx"))
    dialog.save_button.click()
    cells = [c.text for t in Document(tmp_path / "logg.docx").tables for row in t.rows
             for c in row.cells]
    assert "rapport.docx" in cells
    assert dialog.model.rowCount() == 2  # the printout is an export too
    assert dialog.model.item(1, 3).text() == "logg.docx"


def test_retire_asks_first_then_deletes_the_originals(qtbot, make_window, project, answers):
    sid = project.ids["skola_a_01.txt"]
    text = project.sources.get(sid).text
    word = text.split()[3].strip(".,:;")
    at = text.index(word)
    project.pseudonymisation.add_span(sid, at, at + len(word), SCHOOL)
    window = make_window(project)
    answers.queue["confirm"].append(False)
    assert not retire_originals(window)
    assert project.pseudonymisation.active() and project.sources.get(sid).text == text
    assert "cannot be undone" in answers.asked[-1][1] and "no backup" in answers.asked[-1][1]
    answers.queue["confirm"].append(True)
    window.actions_.retire_originals.trigger()
    assert not project.pseudonymisation.active()
    assert project.sources.get(sid).text != text
    assert [r.kind for r in export_log.entries(project)] == ["retire"]
