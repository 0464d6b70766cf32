"""The read-only agreement tab shows the service's figures, with readings as tooltips."""
from PySide6.QtCore import Qt

from qualcoder_htl.core.agreement import MEASURES, format_value
from qualcoder_htl.gui.agreement_view import AgreementView

from ..conftest import INTERVIEW


def computed(qtbot, view):
    qtbot.waitUntil(lambda: view.job is None and view.result is not None, timeout=5000)


def test_agreement_table_matches_the_service(qtbot, make_session, project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    code = project.codebook.create("Samverkan i teamet").result
    other = project.codebook.create("Tid").result
    project.codings.add(sid, code, 10, 80)
    project.set_coder("bertil")
    project.codings.add(sid, code, 20, 80)
    project.codings.add(sid, other, 100, 140)
    session = make_session(project)
    view = AgreementView(session)
    qtbot.addWidget(view)
    view.show()
    computed(qtbot, view)
    assert view.chosen() == ["bertil", "tester"]
    expected = project.agreement.table(["bertil", "tester"])
    table = view.table
    assert table.item(0, 0).text() == "All codes in all sources"
    for c, measure in enumerate(MEASURES, start=1):
        figure = expected.total.figures[measure]
        assert table.item(0, c).text() == format_value(figure, "en")
        assert table.item(0, c).toolTip() == figure.reading().text("en")
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == (["All codes in all sources", "By code"]
                     + [r.label for r in expected.by_code] + ["By source"]
                     + [r.label for r in expected.by_source])
    assert "a.txt" in names and "Tid" in names
    assert "left out" in view.summary.text()

    view.uncoded.setChecked(True)  # recomputed with the uncoded text counted
    computed(qtbot, view)
    qtbot.waitUntil(lambda: view.result.include_uncoded)
    counted = project.agreement.table(["bertil", "tester"], include_uncoded=True)
    assert table.item(0, 1).text() == format_value(counted.total.figures["percent"], "en")

    view.coders.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert view.result is None and table.rowCount() == 0
    assert "at least two coders" in view.summary.text()


def test_the_analysis_menu_opens_the_agreement_tab(qtbot, make_window, project):
    window = make_window(project)
    window.actions_.agreement.trigger()
    qtbot.waitUntil(lambda: window.tabs.is_open("agreement"))
    view = window.panels["agreement"]
    assert view.coders.hasFocus() or not window.isActiveWindow()
    assert view.chosen() == ["tester"]  # the project has one coder: nothing to compare
    assert "at least two coders" in view.summary.text()
