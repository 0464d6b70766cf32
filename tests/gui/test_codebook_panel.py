"""The codebook panel: a valid tree model with colours and counts, rename in place, drag to
move and nest, merge, delete with a confirmation that counts what it touches, definitions."""
import pytest
from PySide6.QtCore import QModelIndex, Qt

from qualcoder_htl.gui.codebook_model import CODINGS, SOURCES, CodebookModel
from qualcoder_htl.gui.codebook_panel import CodebookPanel
from qualcoder_htl.gui.mime import encode_code_ids


@pytest.fixture
def panel(qtbot, project, make_session):
    session = make_session(project)
    panel = CodebookPanel(session)
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    return panel


def find(model, name, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == name:
            return index
        found = find(model, name, index)
        if found is not None:
            return found
    return None


def test_model_passes_qtmodeltester(qtmodeltester, project, make_session):
    model = CodebookModel(make_session(project))
    qtmodeltester.check(model)
    project.codebook.create("Ny kod", parent_id=project.codebook.find("Tillit").id)
    qtmodeltester.check(model)


def test_tree_shows_hierarchy_colours_and_counts(qtbot, panel, project):
    model = panel.model
    parent = find(model, "Genomförande")
    child = find(model, "Samverkan")
    assert child.parent() == parent
    assert child.data(Qt.ItemDataRole.DecorationRole).name() == "#46f0f0"
    assert child.siblingAtColumn(CODINGS).data() == 1
    assert child.siblingAtColumn(SOURCES).data() == 1
    assert parent.siblingAtColumn(CODINGS).data() == ""  # no codings of its own: left blank
    # a new coding updates only the counts
    sid = project.ids["vh_01.txt"]
    project.codings.add(sid, project.codebook.find("Samverkan").id, 0, 10)
    # counts follow on the next pass of the event loop, after the document has repainted
    assert find(model, "Samverkan").siblingAtColumn(SOURCES).data() == 1
    qtbot.waitUntil(lambda: find(model, "Samverkan").siblingAtColumn(SOURCES).data() == 2)


def test_rename_in_place_is_one_undoable_step(panel, project):
    index = find(panel.model, "Tillit")
    assert panel.model.setData(index, "Tillit och öppenhet")
    assert find(panel.model, "Tillit och öppenhet") is not None
    assert project.undo_stack.undo_label == "Rename code to 'Tillit och öppenhet'"
    project.undo()
    assert find(panel.model, "Tillit") is not None


def test_rename_conflict_shows_a_readable_error(panel, project, user_errors):
    index = find(panel.model, "Svårt i praktiken")
    assert not panel.model.setData(index, "samverkan")
    assert user_errors and "already a code called" in user_errors[0]


def test_drag_to_nest_and_to_top_level(qtbot, panel, project):
    model = panel.model
    tillit = project.codebook.find("Tillit").id
    genom = project.codebook.find("Genomförande").id
    mime = model.mimeData([find(model, "Tillit")])
    parent = find(model, "Genomförande")
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, parent)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, parent)
    qtbot.waitUntil(lambda: project.codebook.get(tillit).parent_id == genom)
    assert find(model, "Tillit").parent() == find(model, "Genomförande")
    assert panel.tree.isExpanded(find(model, "Genomförande"))  # expansion survives the reset
    # a code cannot go below itself
    mime = model.mimeData([find(model, "Genomförande")])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, find(model, "Tillit"))
    # back to the top level, first place
    mime = model.mimeData([find(model, "Tillit")])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: project.codebook.get(tillit).parent_id is None)
    assert model.index(0, 0).data() == "Tillit"


def test_merge_moves_codings_and_names_the_target(panel, project, answers):
    panel.session.set_current_code(project.codebook.find("Samverkan").id)
    items = [p for _, p in panel.session.code_items()]
    answers.queue["choose"].append(items.index("Tillit") - 1)  # the list leaves out the source
    answers.queue["confirm"].append(True)
    assert panel.merge()
    question = answers.asked[-1][1]
    assert "Samverkan" in question and "Tillit" in question and "1 coding," in question
    assert [c.name for c in project.codebook.codes() if c.name == "Samverkan"] == []
    assert find(panel.model, "Tillit").siblingAtColumn(CODINGS).data() == 1
    assert panel.session.current_code_id == project.codebook.find("Tillit").id


def test_delete_says_how_many_codings_it_touches(panel, project, answers):
    samverkan = project.codebook.find("Samverkan").id
    panel.session.set_current_code(samverkan)
    answers.queue["choose_button"].append(None)  # cancel
    assert not panel.delete()
    text = answers.asked[-1][1]
    assert "1 passage in 1 source" in text
    answers.queue["choose_button"].append(0)  # delete the code and its codings
    assert panel.delete()
    assert project.codings.for_codes([samverkan]) == []
    project.undo()
    assert len(project.codings.for_codes([samverkan])) == 1


def test_delete_can_move_codings_to_another_code(panel, project, answers):
    samverkan = project.codebook.find("Samverkan").id
    tillit = project.codebook.find("Tillit").id
    panel.session.set_current_code(samverkan)
    others = [cid for cid, _ in panel.session.code_items() if cid != samverkan]
    answers.queue["choose_button"].append(1)
    answers.queue["choose"].append(others.index(tillit))
    assert panel.delete()
    assert len(project.codings.for_codes([tillit])) == 1


def test_definition_editor_saves_on_focus_loss(qtbot, panel, project, monkeypatch):
    code = project.codebook.find("Tillit").id
    panel.session.set_current_code(code)
    assert panel.tree.currentIndex().data() == "Tillit"
    editor = panel.editor
    assert editor.name.text() == "Tillit"
    editor.definition.setFocus()
    qtbot.keyClicks(editor.definition, "Att lita på personalen.")
    editor.inclusion.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: project.codebook.get(code).definition == "Att lita på personalen.")
    from qualcoder_htl.gui import code_editor
    monkeypatch.setattr(code_editor, "pick_colour", lambda parent, current: "#000075")
    editor.change_colour()
    assert project.codebook.get(code).color == "#000075"
    editor.name.setText("Förtroende")
    editor.name.editingFinished.emit()
    assert project.codebook.get(code).name == "Förtroende"


def test_new_code_and_subcode(panel, project, answers):
    answers.queue["ask_text"] += ["Pandemin", "Digitala möten"]
    new = panel.new_code()
    assert project.codebook.get(new).parent_id is None
    assert panel.session.current_code_id == new
    child = panel.new_subcode()
    assert project.codebook.get(child).parent_id == new
    assert find(panel.model, "Digitala möten").parent() == find(panel.model, "Pandemin")


def test_keyboard_apply_and_rename(qtbot, panel, project):
    applied = []
    panel.apply_requested.connect(applied.append)
    panel.session.set_current_code(project.codebook.find("Tillit").id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert applied == [project.codebook.find("Tillit").id]
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    editor = panel.tree.indexWidget(panel.tree.currentIndex())
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Öppenhet")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits the edit; does not apply the code
    qtbot.waitUntil(lambda: any(c.name == "Öppenhet" for c in project.codebook.codes()))
    assert applied == [project.codebook.find("Öppenhet").id]


def test_dragging_a_code_carries_its_id(panel, project):
    mime = panel.model.mimeData([find(panel.model, "Tillit")])
    from qualcoder_htl.gui.mime import decode_code_ids
    assert decode_code_ids(mime) == [project.codebook.find("Tillit").id]
    assert encode_code_ids  # the view side of the same format


def test_move_by_keyboard(panel, project, answers):
    tillit = project.codebook.find("Tillit").id
    panel.session.set_current_code(tillit)
    targets = ["(top level)"] + [p for cid, p in panel.session.code_items() if cid != tillit]
    answers.queue["choose"].append(targets.index("Genomförande"))
    assert panel.move()
    assert project.codebook.get(tillit).parent_id == project.codebook.find("Genomförande").id
    assert panel.move_action.shortcut().toString() == "Ctrl+M"


def test_quick_code_list_and_filters_pass_qtmodeltester(qtmodeltester, panel, project):
    from qualcoder_htl.gui.quick_code import CodeListModel, WordsFilter
    items = [(cid, path, "#ff0000") for cid, path in panel.session.code_items()]
    model = CodeListModel(items)
    qtmodeltester.check(model)
    proxy = WordsFilter()
    proxy.setSourceModel(model)
    proxy.set_words("gen")
    assert proxy.rowCount() == 3
    qtmodeltester.check(proxy)
