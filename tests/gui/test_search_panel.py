"""Search: keyword-in-context results from a worker thread, jump to a hit, code all hits."""
import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui.search_panel import LEFT, MATCH, RIGHT, SOURCE, SearchResultsModel


@pytest.fixture
def window(make_window, project):
    return make_window(project)


def run_search(qtbot, panel, query, whole=True):
    panel.query.setText(query)
    panel.whole_words.setChecked(whole)
    panel.search()
    qtbot.waitUntil(lambda: panel.job is None, timeout=5000)


def test_results_model_passes_qtmodeltester(qtmodeltester, project):
    model = SearchResultsModel()
    model.set_hits(project.search.search("samverkan"))
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_kwic_results_and_jump(qtbot, window, project):
    panel = window.panels["search"]
    window.focus_search()
    run_search(qtbot, panel, "samverkan")
    assert panel.model.rowCount() == 4
    assert "4 hits in 3 sources" in panel.summary.text()
    index = panel.model.index(0, MATCH)
    assert index.data().casefold() == "samverkan"
    assert panel.model.index(0, LEFT).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    source_name = panel.model.index(0, SOURCE).data()
    right = panel.model.index(0, RIGHT).data()
    panel.table.setCurrentIndex(index)
    panel.jump(index)
    view = window.document.view
    assert view.source.name == source_name
    assert view.textCursor().selectedText().casefold() == "samverkan"
    assert right.split()[0] in view.text


def test_code_all_hits_is_one_undo_step(qtbot, window, project, answers):
    panel = window.panels["search"]
    run_search(qtbot, panel, "samverkan")
    items = [path for _, path in window.session.code_items()]
    answers.queue["choose"].append(items.index("Tillit"))
    assert panel.code_all()
    tillit = project.codebook.find("Tillit").id
    assert len(project.codings.for_codes([tillit])) == 4
    assert window.actions_.undo.text() == "&Undo Autocode 'samverkan'"
    window.undo()
    assert project.codings.for_codes([tillit]) == []


def test_bad_query_is_reported_in_the_panel(qtbot, window):
    panel = window.panels["search"]
    panel.query.setText("   ")
    assert panel.search() is None
    panel.query.setText('""')  # only quotes: nothing to search for
    assert panel.search() is not None
    qtbot.waitUntil(lambda: panel.job is None, timeout=5000)
    assert panel.model.rowCount() == 0 and panel.summary.text() == "Type something to search for."
