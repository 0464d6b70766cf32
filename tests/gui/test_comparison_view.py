"""The comparison tab: two coders' (or more) codings of one source side by side, the
disagreements stepped through by keyboard and settled, each settlement one undo step."""
import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def compared(make_window, project, qtbot):
    sid = project.ids["skola_a_01.txt"]
    text = project.sources.get(sid).text
    sam = project.codebook.find("Samverkan").id
    tillit = project.codebook.find("Tillit").id
    tester = project.coder.id
    project.set_coder("bo")
    s = text.index("samverkan kring")
    project.codings.add(sid, sam, s, s + len("samverkan"))  # shorter than tester's
    t = text.index("Sedan hösten")
    project.codings.add(sid, tillit, t, t + 12)  # tester did not code this
    bo = project.coder.id
    project.set_coder("tester")
    w = make_window(project)
    w.actions_.compare_coders.trigger()
    view = w.panels["compare"]
    view.source.setCurrentIndex(view.source.findData(sid))
    view.set_coders([tester, bo])
    return w, view, sid, tester, bo, sam, tillit


def test_each_side_shows_one_coder_and_the_disagreements_are_marked(compared):
    w, view, sid, tester, bo, sam, tillit = compared
    a, b = view.views
    assert {c.coder_id for c in a.codings} == {tester}
    assert {c.coder_id for c in b.codings} == {bo}
    assert [d.code_id for d in view.found] == [tillit, sam]  # by position in the text
    marks = view._marks(a, 0, a.offsets.qt_length)
    assert len(marks) == 2 and marks[0].format.background().color().alpha() == 40
    assert view.status.text().startswith("Disagreement 1 of 2")


def test_n_and_p_step_and_settling_is_one_undo_step(compared, qtbot):
    w, view, sid, tester, bo, sam, tillit = compared
    view.views[0].setFocus()
    qtbot.keyClick(view.views[0], Qt.Key.Key_N)
    assert view.current == 1
    qtbot.keyClick(view.views[0], Qt.Key.Key_P)
    assert view.current == 0
    steps = len(w.session.project.undo_stack)
    view.buttons[tester].click()  # tester's side: bo's Tillit coding goes
    assert len(w.session.project.undo_stack) == steps + 1
    assert [d.code_id for d in view.found] == [sam] and view.current == 0
    assert tillit not in {c.code_id for c in view.views[1].codings}
    view.buttons["all"].click()  # bo gets the rest of tester's Samverkan
    assert view.found == []
    assert view.status.text() == "No disagreements between these coders here."
    assert not view.buttons[tester].isEnabled()
    w.session.undo()
    w.session.undo()
    assert len(view.found) == 2


def test_a_blind_coder_cannot_compare(compared):
    w, view, sid, tester, bo, sam, tillit = compared
    w.blind_action.trigger()
    assert view.found == [] and view.views[1].codings == []
    assert view.status.text().startswith("You are coding blind")
    w.blind_action.trigger()
    assert len(view.found) == 2 and {c.coder_id for c in view.views[1].codings} == {bo}


def test_three_coders_three_columns_and_one_coders_choice(compared, qtbot):
    w, view, sid, tester, bo, sam, tillit = compared
    project = w.session.project
    text = project.sources.get(sid).text
    project.set_coder("cilla")
    t = text.index("Sedan hösten")
    project.codings.add(sid, tillit, t, t + 12)  # agrees with bo
    cilla = project.coder.id
    project.set_coder("tester")
    view.set_coders([tester, bo, cilla])
    assert len(view.views) == 3 and view.coders == [tester, bo, cilla]
    assert [{c.coder_id for c in v.codings} for v in view.views] == [{tester}, {bo}, {cilla}]
    assert [view.columns[i].layout().itemAt(0).widget().text() for i in range(3)] == [
        "tester", "bo", "cilla"]
    assert set(view.buttons) == {tester, bo, cilla, "all", "none"}
    assert view.buttons[cilla].text() == "&3 Accept cilla's"
    assert "coded by bo, cilla only" in view.status.text()
    steps = len(project.undo_stack)
    view.buttons[cilla].click()  # Tillit stays, tester gets it too
    assert len(project.undo_stack) == steps + 1
    assert [d.code_id for d in view.found] == [sam]
    assert tillit in {c.code_id for c in view.views[0].codings}
    view.set_coders([tester])  # one coder: nothing to compare
    assert len(view.views) == 1 and view.found == []
    assert view.status.text() == "Tick two coders or more in the Coders menu."
