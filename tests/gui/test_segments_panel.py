"""Coded segments: choosing a code lists its passages with context, with or without
subcodes; a click jumps to the passage; coding updates the list in place."""
import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui.delegates import HtmlRole
from qualcoder_htl.gui.segments_panel import SegmentsModel


@pytest.fixture
def window(make_window, project):
    return make_window(project)


def test_model_passes_qtmodeltester(qtmodeltester, make_session, project):
    session = make_session(project)
    model = SegmentsModel(session)
    model.set_rows(project.codings.segments([project.codebook.find("Samverkan").id]))
    qtmodeltester.check(model)


def test_lists_segments_with_context_and_jumps(qtbot, window, project):
    panel = window.panels["segments"]
    assert panel.model.rowCount() == 0 and "Choose a code" in panel.title.text()
    window.session.set_current_code(project.codebook.find("Genomförande").id)
    assert panel.model.rowCount() == 1  # the subcode's coding is included
    index = panel.model.index(0)
    html = index.data(HtmlRole)
    assert "<b>samverkan kring ett barn</b>" in html and "skola_a_01.txt" in html
    assert "Genomförande / Samverkan" in html
    panel.include_subcodes.setChecked(False)
    assert panel.model.rowCount() == 0
    panel.include_subcodes.setChecked(True)
    window.open_source(project.ids["vh_01.txt"])
    panel.jump(panel.model.index(0))
    view = window.document.view
    assert view.source.id == project.ids["skola_a_01.txt"]
    assert view.textCursor().selectedText() == "samverkan kring ett barn"


def test_coding_updates_the_list_in_place(qtbot, window, project):
    panel = window.panels["segments"]
    samverkan = project.codebook.find("Samverkan").id
    window.session.set_current_code(samverkan)
    sid = project.ids["vh_01.txt"]
    text = project.sources.get(sid).text
    start = text.index("samverkan med skolan")
    project.codings.add(sid, samverkan, start, start + len("samverkan med skolan"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert [panel.model.index(r).data(Qt.ItemDataRole.UserRole)[0] for r in range(2)] == sorted(
        [project.ids["skola_a_01.txt"], sid],
        key=lambda i: project.sources.get(i).name)
    assert "2 segments" in panel.title.text()
    project.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    project.codings.add(sid, project.codebook.find("Tillit").id, 0, 10)  # another code
    qtbot.wait(5)
    assert panel.model.rowCount() == 1
