"""Team coding in the views: the document and the coded segments show the codings of the
chosen coders only; each coder's colour caps their bars; blind coding (View menu) hides the
other coders' codings until switched off, also after the project is reopened."""
import pytest
from PySide6.QtGui import QColor


@pytest.fixture
def two_coders(project):
    """``tester`` coded one passage in skola_a_01 (the template); ``bo`` codes another."""
    sid = project.ids["skola_a_01.txt"]
    tester = project.coder.id
    project.set_coder("bo")
    text = project.sources.get(sid).text
    start = text.index("Sedan hösten")
    project.codings.add(sid, project.codebook.find("Samverkan").id, start, start + 12)
    bo = project.coder.id
    project.set_coder("tester")
    return sid, tester, bo


def _coders_in_view(window):
    return {c.coder_id for c in window.document.view.codings}


def test_the_coder_filter_narrows_the_document_and_the_segments(make_window, project,
                                                                 two_coders):
    sid, tester, bo = two_coders
    w = make_window(project)
    w.open_source(sid)
    w.session.set_current_code(project.codebook.find("Samverkan").id)
    segments = w.panels["segments"]
    assert _coders_in_view(w) == {tester, bo}
    assert len(segments.model.rows) == 2
    button = w.document.coder_filter
    button.fill_menu()
    bo_action = next(a for a in button.menu().actions() if a.data() == bo)
    bo_action.setChecked(False)  # as a click in the menu does
    assert w.session.coder_filter == {tester}
    assert _coders_in_view(w) == {tester}
    assert [r[0].coder_id for r in segments.model.rows] == [tester]
    assert button.text() == "Coders (filtered)"
    button.fill_menu()
    next(a for a in button.menu().actions() if a.data() == bo).setChecked(True)
    assert w.session.coder_filter is None and _coders_in_view(w) == {tester, bo}
    assert len(segments.model.rows) == 2


def test_bars_are_capped_in_the_coders_colour(make_window, project, two_coders):
    sid, tester, bo = two_coders
    w = make_window(project)
    w.open_source(sid)
    w.document.coder_filter.set_colour(bo, "#00ff00")
    assert project.team.colour(bo) == "#00ff00"
    assert w.session.coder_colour(bo) == "#00ff00"
    margin = w.document.view.margin
    bars = [b for b in w.document.view.visible_bars() if b.coding.coder_id == bo]
    assert bars
    image = margin.grab().toImage()
    bar = bars[0]
    x = margin.lane_x(bar.lane) + 1
    assert QColor(image.pixel(x, bar.top + 1)) == QColor("#00ff00")  # not the code's #46f0f0
    tester_bar = next(b for b in w.document.view.visible_bars() if b.coding.coder_id == tester)
    x = margin.lane_x(tester_bar.lane) + 1
    assert QColor(image.pixel(x, tester_bar.top + 1)) == QColor(project.team.colour(tester))


def test_blind_coding_hides_the_others_and_holds_after_reopening(make_window, project,
                                                                 two_coders, tmp_path):
    sid, tester, bo = two_coders
    w = make_window(project)
    w.open_source(sid)
    assert w.blind_action.isChecked() is False
    w.blind_action.trigger()
    assert project.team.is_blind() and w.blind_action.isChecked()
    assert _coders_in_view(w) == {tester}
    w.session.undo()  # one undo step brings the others back
    assert not project.team.is_blind() and not w.blind_action.isChecked()
    assert _coders_in_view(w) == {tester, bo}
    w.session.project.redo()
    assert _coders_in_view(w) == {tester}
    path = project.path
    w.close_project()
    from qualcoder_htl.services import Project
    with Project.open(path, coder="tester") as again:
        assert again.team.is_blind()
    with Project.open(path, coder="bo") as other:
        assert not other.team.is_blind()


def _shown_sources(panel):
    return set(panel._visible_source_ids())


def test_a_lead_assigns_sources_and_a_coder_shows_only_theirs(make_window, project, two_coders,
                                                              qtbot):
    from PySide6.QtCore import Qt

    from qualcoder_htl.gui.assign_dialog import AssignSourcesDialog
    sid, tester, bo = two_coders
    w = make_window(project)
    dialog = AssignSourcesDialog(w.session, w)
    qtbot.addWidget(dialog)
    dialog.coder_combo.setCurrentIndex(dialog.coder_combo.findData(tester))
    items = {dialog.list.item(r).text(): dialog.list.item(r) for r in range(dialog.list.count())}
    items["vh_01.txt"].setCheckState(Qt.CheckState.Checked)
    items["ledning_01.txt"].setCheckState(Qt.CheckState.Checked)
    dialog.coder_combo.setCurrentIndex(dialog.coder_combo.findData(bo))
    assert not any(i.checkState() == Qt.CheckState.Checked for i in items.values())
    items["skola_a_01.txt"].setCheckState(Qt.CheckState.Checked)
    steps = len(project.undo_stack)
    dialog.accept()
    assert len(project.undo_stack) == steps + 1  # the whole dialog: one undo step
    assert project.team.assigned_sources(tester) == {project.ids["vh_01.txt"],
                                                     project.ids["ledning_01.txt"]}
    assert project.team.assigned_sources(bo) == {sid}
    panel = w.panels["sources"]
    assert len(_shown_sources(panel)) == 3
    panel.only_assigned.setChecked(True)
    assert _shown_sources(panel) == {project.ids["vh_01.txt"], project.ids["ledning_01.txt"]}
    assert panel.summary.text().startswith("2 of 3")
    w.session.undo()  # the assignments undone: the filter follows
    assert _shown_sources(panel) == set()
    assert "assign_sources" in vars(w.actions_)


def test_blind_coding_narrows_the_analysis_filters(make_session, project, two_coders, qtbot):
    from qualcoder_htl.gui.analysis_filters import FilterButton
    sid, tester, bo = two_coders
    session = make_session(project)
    button = FilterButton(session)
    qtbot.addWidget(button)
    assert button.filters().coders == ()
    with qtbot.waitSignal(button.changed, timeout=1000):
        session.run(lambda: project.team.set_blind(True))
    assert button.filters().coders == ("tester",)
    sam = project.codebook.find("Samverkan").id
    matrix = project.analysis.matrix([sam], "sources", "segments", button.filters())
    shown = {c for row in matrix.cells for cell in row for c in cell.coding_ids}
    assert {c.coder_id for c in project.codings.get_many(sorted(shown))} == {tester}
