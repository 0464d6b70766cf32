"""The sources panel: a valid model flat and grouped, filters by words and by one attribute's
value, word counts and coding progress that follow codings."""
import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui.delegates import ProgressRole
from qualcoder_htl.gui.sources_model import PROGRESS, WORDS, SourceIdRole, SourcesModel
from qualcoder_htl.gui.sources_panel import SourcesPanel


@pytest.fixture
def panel(qtbot, project, make_session):
    panel = SourcesPanel(make_session(project))
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    return panel


def names(panel):
    out = []
    proxy = panel.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(SourceIdRole) is not None:
            out.append(index.data())
        else:
            out.append((index.data(), [proxy.index(r, 0, index).data()
                                       for r in range(proxy.rowCount(index))]))
    return out


def test_model_passes_qtmodeltester_flat_and_grouped(qtmodeltester, project, make_session):
    session = make_session(project)
    model = SourcesModel(session)
    qtmodeltester.check(model)
    model.set_group_by(project.attributes.find("Skola").id)
    qtmodeltester.check(model)


def test_lists_sources_with_words_progress_and_attributes(panel, project):
    assert names(panel) == ["ledning_01.txt", "skola_a_01.txt", "vh_01.txt"]
    model = panel.model
    index = model.index_of(project.ids["skola_a_01.txt"])
    assert model.data(index.siblingAtColumn(WORDS), Qt.ItemDataRole.EditRole) is None
    assert int(index.siblingAtColumn(WORDS).data().replace("\u202f", "")) > 20
    assert 0 < index.siblingAtColumn(PROGRESS).data(ProgressRole) < 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Respondentgrupp" in headers and "Skola" in headers
    assert "3 of 3 sources" in panel.summary.text()


def test_filter_by_words_and_by_attribute(panel, project):
    panel.filter_edit.setText("skola")  # in names and in values ("HTL-team skola", "Skola B")
    assert names(panel) == ["skola_a_01.txt", "vh_01.txt"]
    panel.filter_edit.setText("vårdnadshavare")
    assert names(panel) == ["vh_01.txt"]
    panel.filter_edit.clear()
    panel.only_attr.setCurrentIndex(panel.only_attr.findText("Skola"))
    assert [panel.only_value.itemText(i) for i in range(panel.only_value.count())] == [
        "Skola A", "Skola B"]
    panel.only_value.setCurrentIndex(1)
    assert names(panel) == ["vh_01.txt"]
    assert "1 of 3 sources" in panel.summary.text()


def test_group_by_any_attribute(panel, project):
    panel.group_combo.setCurrentIndex(panel.group_combo.findText("Respondentgrupp"))
    grouped = names(panel)
    assert [g[0].split("  ")[0] for g in grouped] == ["HTL-team skola", "ledningsgrupp",
                                                      "vårdnadshavare"]
    assert grouped[2][1] == ["vh_01.txt"]
    panel.filter_edit.setText("ledning")  # groups with no match disappear
    assert [g[0].split("  ")[0] for g in names(panel)] == ["ledningsgrupp"]


def test_progress_follows_codings_and_attributes_follow_edits(qtbot, panel, project):
    sid = project.ids["vh_01.txt"]
    index = panel.model.index_of(sid, PROGRESS)
    assert index.data(ProgressRole) == 0
    project.codings.add(sid, project.codebook.find("Tillit").id, 0, 40)
    qtbot.waitUntil(lambda: panel.model.index_of(sid, PROGRESS).data(ProgressRole) > 0)
    project.attributes.set_source_value(sid, project.attributes.find("Skola").id, "Skola A")
    panel.only_attr.setCurrentIndex(panel.only_attr.findText("Skola"))
    assert [panel.only_value.itemText(i) for i in range(panel.only_value.count())] == ["Skola A"]


def test_enter_opens_and_delete_asks(qtbot, panel, project, answers):
    opened = []
    panel.source_activated.connect(opened.append)
    panel.select_source(project.ids["vh_01.txt"])
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert opened == [project.ids["vh_01.txt"]]
    answers.queue["confirm"].append(True)
    panel.delete()
    assert "vh_01.txt" in answers.asked[-1][1]
    assert names(panel) == ["ledning_01.txt", "skola_a_01.txt"]
    project.undo()
    assert len(names(panel)) == 3


def test_filter_proxy_passes_qtmodeltester(qtmodeltester, panel, project):
    panel.group_combo.setCurrentIndex(panel.group_combo.findText("Skola"))
    panel.filter_edit.setText("skola")
    qtmodeltester.check(panel.proxy)


def test_deleting_several_selected_sources_is_one_undo_step(panel, project, answers):
    from PySide6.QtCore import QItemSelectionModel
    panel.select_source(project.ids["vh_01.txt"])
    other = panel.proxy.mapFromSource(panel.model.index_of(project.ids["ledning_01.txt"]))
    panel.tree.selectionModel().select(
        other, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert len(panel.selected_source_ids()) == 2
    entries, writes = len(project.undo_stack), project.db.write_count
    answers.queue["confirm"].append(True)
    panel.delete()
    assert names(panel) == ["skola_a_01.txt"]
    assert len(project.undo_stack) == entries + 1 and project.db.write_count == writes + 1
    assert project.undo_stack.undo_label == "Delete 2 sources"
    project.undo()
    assert len(names(panel)) == 3
