"""Memos on the project, a source and a code; the attribute editor for sources and cases."""
import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui.attribute_editor import AttributeEditor, AttributeTableModel
from qualcoder_htl.gui.memos import MemoListModel, MemosPanel


@pytest.fixture
def session(make_session, project):
    return make_session(project)


def test_memo_models_pass_qtmodeltester(qtmodeltester, session, project):
    project.memos.add("Första tanken om projektet")
    model = MemoListModel(session)
    model.set_memos(project.memos.list())
    qtmodeltester.check(model)
    for kind in ("source", "case"):
        qtmodeltester.check(AttributeTableModel(session, kind))


def test_project_memo_written_and_saved_on_focus_loss(qtbot, session, project):
    panel = MemosPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.scope.currentIndex() == MemosPanel.PROJECT
    panel.new_memo()
    assert panel.editor.isEnabled() and panel.model.rowCount() == 1
    panel.editor.setPlainText("Teman växer fram kring samverkan.")
    panel.editor.document().setModified(True)
    panel.list.setFocus()
    panel.save()  # what focus loss does
    [memo] = project.memos.list(project_only=True)
    assert memo.text == "Teman växer fram kring samverkan."
    assert project.undo_stack.undo_label == "Edit memo"
    panel.delete_memo()
    assert project.memos.list(project_only=True) == []


def test_source_and_code_memos_follow_the_current_ones(qtbot, session, project):
    panel = MemosPanel(session)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(MemosPanel.CODE)
    assert not panel.new_button.isEnabled()  # no code chosen yet
    code = project.codebook.find("Tillit").id
    session.set_current_code(code)
    assert panel.new_button.isEnabled()
    panel.new_memo()
    assert project.memos.list(code_id=code)
    panel.scope.setCurrentIndex(MemosPanel.SOURCE)
    session.current_source_id = project.ids["vh_01.txt"]
    panel.source_changed()
    panel.new_memo()
    assert project.memos.list(source_id=project.ids["vh_01.txt"])


def test_attribute_sheet_edits_values_with_type_checks(qtbot, session, project, user_errors):
    editor = AttributeEditor(session)
    qtbot.addWidget(editor)
    model = editor.sources.model
    row = [r for r, (sid, *_) in enumerate(model.rows) if sid == project.ids["vh_01.txt"]][0]
    round_col = model.fixed + [a.name for a in model.attributes].index("Omgång")
    index = model.index(row, round_col)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "2")
    assert project.attributes.values_of(project.ids["vh_01.txt"])["Omgång"] == "2"
    assert model.index(row, round_col).data() == "2"
    assert not model.setData(index, "andra")  # not a number: a readable error, value kept
    assert "not a number" in user_errors[-1]
    assert model.index(row, round_col).data() == "2"


def test_new_attribute_and_case(qtbot, session, project, answers):
    editor = AttributeEditor(session)
    qtbot.addWidget(editor)
    answers.queue["ask_text"].append("Kön")
    answers.queue["choose"].append(3)  # choice
    answers.queue["ask_text"].append("kvinna, man, annat")
    editor.sources.new_attribute()
    attr = project.attributes.find("Kön")
    assert attr.value_type == "choice" and attr.choices == ("kvinna", "man", "annat")
    assert "Kön" in [editor.sources.model.headerData(c, Qt.Orientation.Horizontal)
                     for c in range(editor.sources.model.columnCount())]
    editor.sources.table.selectRow(0)
    answers.queue["ask_text"].append("Familj 1")
    editor.new_case()
    [case] = project.attributes.cases()
    assert case.name == "Familj 1" and len(case.source_ids) == 1
    assert editor.cases.model.rowCount() == 1
    assert editor.cases.model.index(0, 1).data()  # the member's name
