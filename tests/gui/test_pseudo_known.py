"""The known-identifiers dialog on a real project: the table, Add, Remove, Import CSV…, in-place
editing of text, type and variants, each one undoable step shown in the Edit menu."""
from PySide6.QtCore import Qt

from qualcoder_htl.gui.pseudo_known import TEXT, TYPE, VARIANTS, KnownDialog, KnownModel
from qualcoder_htl.gui.pseudo_names import TYPES


def rows(project):
    return [(r["text"], r["type"], r["variants"]) for r in project.pseudonymisation.known()]


def test_model_passes_qtmodeltester(qtmodeltester, project, make_session):
    project.pseudonymisation.add_known("Anna Söderlund", "PERSON", ["Annie"])
    project.pseudonymisation.add_known("Tjärnaskolan", "SCHOOL")
    model = KnownModel(make_session(project))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.index(0, VARIANTS).data() == "Annie"
    assert model.index(1, TYPE).data(Qt.ItemDataRole.EditRole) == "SCHOOL"
    project.pseudonymisation.remove_known(model.rows[0]["id"])
    model.reload()
    qtmodeltester.check(model)


def test_dialog_from_menu_add_edit_remove_import(qtbot, make_window, project, answers,
                                                 tmp_path, user_errors):
    window = make_window(project)
    window.actions_.pseudo_known.trigger()
    dialog = window.findChild(KnownDialog, "pseudoKnownDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 0 and not dialog.remove_button.isEnabled()

    # Add: text, then type
    answers.queue["ask_text"].append("Anna  Söderlund")
    answers.queue["choose"].append(TYPES.index("PERSON"))
    kid = dialog.add()
    assert rows(project) == [("Anna Söderlund", "PERSON", "")]
    assert dialog.model.rowCount() == 1 and dialog.current_id() == kid
    assert window.actions_.undo.text() == "&Undo Add known identifier 'Anna Söderlund'"

    # in-place edits, one service call each
    model = dialog.model
    assert model.setData(model.index(0, TEXT), "Anna Berg")
    assert window.actions_.undo.text() == "&Undo Edit known identifier 'Anna Berg'"
    assert model.setData(model.index(0, TYPE), "WORKPLACE")
    assert model.setData(model.index(0, VARIANTS), "Bergs, Annas")
    assert rows(project) == [("Anna Berg", "WORKPLACE", "Bergs\nAnnas")]
    assert model.index(0, TEXT).data() == "Anna Berg"
    assert not model.setData(model.index(0, TEXT), "Anna Berg")  # unchanged: nothing to do
    window.undo()
    window.undo()
    assert rows(project) == [("Anna Berg", "PERSON", "")]
    assert model.index(0, TYPE).data(Qt.ItemDataRole.EditRole) == "PERSON"

    # editing through the view: the type column has a combo box of types
    index = model.index(0, TYPE)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index) or dialog.table.focusWidget()
    editor.setCurrentIndex(editor.findData("SCHOOL"))
    dialog.table.commitData(editor)
    assert rows(project) == [("Anna Berg", "SCHOOL", "")]

    # a duplicate is refused with a readable error
    answers.queue["ask_text"].append("Anna Berg")
    answers.queue["choose"].append(TYPES.index("SCHOOL"))
    assert dialog.add() is None and "already a known" in user_errors[-1]

    # Import CSV…
    csv_path = tmp_path / "kanda.csv"
    csv_path.write_bytes("text;type;variants\nTjärnaskolan;SCHOOL;Tjärnan\n"
                         "Granbacken;PLACE\nAnna Berg;SCHOOL\n".encode("cp1252"))
    answers.queue["open_file"].append(str(csv_path))
    assert dialog.import_csv() == {"added": 2, "skipped": 1}
    assert ("inform", "Added 2 known identifiers; 1 were already in the list.") in answers.asked
    assert dialog.model.rowCount() == 3
    assert window.actions_.undo.text() == "&Undo Import known identifiers from 'kanda.csv'"
    bad = tmp_path / "bad.csv"
    bad.write_text("Lisa,PERSON\nHagen,KVARTER\n", encoding="utf-8")
    answers.queue["open_file"].append(str(bad))
    assert dialog.import_csv() is None and "line 2" in user_errors[-1]
    window.undo()
    assert dialog.model.rowCount() == 1

    # Remove the selected row
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert project.pseudonymisation.known() == [] and dialog.model.rowCount() == 0
    assert window.actions_.undo.text() == "&Undo Remove known identifier"
    window.undo()
    assert dialog.model.rowCount() == 1
    dialog.close()
