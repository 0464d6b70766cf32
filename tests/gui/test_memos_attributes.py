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


def test_project_memo_saved_as_typed_one_undo_step_per_burst(qtbot, session, project):
    panel = MemosPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.scope.currentIndex() == MemosPanel.PROJECT
    panel.new_memo()
    assert panel.editor.isEnabled() and panel.model.rowCount() == 1
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Teman")
    assert panel.pending()  # debounced: nothing written while typing
    [memo] = project.memos.list(project_only=True)
    assert memo.text == ""
    qtbot.waitUntil(lambda: not panel.pending(), timeout=3000)
    [memo] = project.memos.list(project_only=True)
    assert memo.text == "Teman"
    assert project.undo_stack.undo_label == "Edit memo"
    depth = len(project.undo_stack._done)
    # the cursor stays at the end after the save came back as a change
    assert panel.editor.textCursor().position() == len("Teman")
    # a second burst: a second undo step (QTest types ASCII only)
    qtbot.keyClicks(panel.editor, " och")
    qtbot.waitUntil(lambda: not panel.pending(), timeout=3000)
    assert project.memos.list(project_only=True)[0].text == "Teman och"
    assert len(project.undo_stack._done) == depth + 1
    project.undo()
    assert project.memos.list(project_only=True)[0].text == "Teman"
    assert panel.editor.toPlainText() == "Teman"  # the panel shows the undone text
    panel.delete_memo()
    assert project.memos.list(project_only=True) == []


def test_memo_timer_is_debounced(qtbot, session, project):
    from qualcoder_htl.gui.memos import AUTOSAVE_MS
    panel = MemosPanel(session)
    qtbot.addWidget(panel)
    panel.new_memo()
    saves = []
    session.changed.connect(lambda c: saves.append(str(c.label)))
    for ch in "abcd":
        qtbot.keyClicks(panel.editor, ch)
        qtbot.wait(AUTOSAVE_MS // 3)  # keys closer than the delay: no save yet
    assert saves == []
    qtbot.waitUntil(lambda: saves == ["Edit memo"], timeout=3000)
    assert project.memos.list(project_only=True)[0].text == "abcd"


def test_coding_memos_in_the_panel_with_filters(qtbot, session, project):
    sid = project.ids["skola_a_01.txt"]
    [coding] = project.codings.for_source(sid)
    project.codings.set_memo(coding.id, "Samverkan nämns som förbättring.")
    project.memos.add("Om källan", source_id=project.ids["vh_01.txt"])
    project.memos.add("Om projektet")
    panel = MemosPanel(session)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(MemosPanel.CODINGS)
    assert [m.text for m in panel.model.memos] == ["Samverkan nämns som förbättring."]
    assert "Samverkan" in panel.model.index(0).data() and "skola_a_01.txt" in \
        panel.model.index(0).data()
    assert not panel.new_button.isEnabled()
    panel.scope.setCurrentIndex(MemosPanel.ALL)
    assert sorted(m.kind for m in panel.model.memos) == ["coding", "project", "source"]
    # filter by source: its memos and its codings' memos
    panel.source_filter.setCurrentIndex(panel.source_filter.findData(project.ids["vh_01.txt"]))
    assert [m.text for m in panel.model.memos] == ["Om källan"]
    panel.source_filter.setCurrentIndex(panel.source_filter.findData(sid))
    assert [m.kind for m in panel.model.memos] == ["coding"]
    # filter by coder: another coder's memo is left out
    panel.source_filter.setCurrentIndex(0)
    project.set_coder("annan")
    project.memos.add("Annans memo")
    panel.coder_filter.setCurrentIndex(panel.coder_filter.findText("tester"))
    assert "Annans memo" not in [m.text for m in panel.model.memos]
    panel.coder_filter.setCurrentIndex(panel.coder_filter.findText("annan"))
    assert [m.text for m in panel.model.memos] == ["Annans memo"]
    # a coding memo edited in the panel is saved on the coding
    panel.coder_filter.setCurrentIndex(0)
    panel.scope.setCurrentIndex(MemosPanel.CODINGS)
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.editor.setPlainText("Ny tanke.")
    panel.save()
    assert project.codings.get(coding.id).memo == "Ny tanke."
    assert project.undo_stack.undo_label == "Edit coding memo"


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


def test_blind_coding_hides_other_coders_memos_in_the_panel(qtbot, session, project):
    sid = project.ids["skola_a_01.txt"]
    [coding] = project.codings.for_source(sid)
    project.codings.set_memo(coding.id, "Testarens kodningsmemo")
    project.memos.add("Testarens projektmemo")
    project.set_coder("bo")
    project.memos.add("Bos projektmemo")
    panel = MemosPanel(session)
    qtbot.addWidget(panel)
    panel.scope.setCurrentIndex(MemosPanel.ALL)
    assert len(panel.model.memos) == 3
    project.team.set_blind(True)  # the panel follows at once
    assert [m.text for m in panel.model.memos] == ["Bos projektmemo"]
    project.team.set_blind(False)
    assert len(panel.model.memos) == 3



def test_a_memo_saved_elsewhere_while_typing_keeps_both_texts(qtbot, session, project):
    """Bertil (another program on the same project) saves the memo Anna is typing in: her
    save keeps his text and hers, the panel says so and shows both."""
    from qualcoder_htl.services import Project
    from qualcoder_htl.store.database import Database

    memo_id = project.memos.add("Start").result
    panel = MemosPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.list.setCurrentIndex(panel.model.index(0))
    assert panel.editor.toPlainText() == "Start"
    panel.editor.setFocus()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.editor, " Anna")
    bertil = Project(Database.open(project.db.location, lock=False), coder_name="bertil")
    bertil.memos.edit(memo_id, "Start Bertil", based_on="Start")
    bertil.close()
    qtbot.waitUntil(lambda: not panel.pending(), timeout=3000)
    [memo] = project.memos.list(project_only=True)
    assert memo.text.startswith("Start Bertil\n\n") and memo.text.endswith("\nStart Anna")
    assert "both texts are kept" in panel.saved_label.text()
    assert panel.editor.toPlainText() == memo.text
