"""Edit mode: the document view becomes editable under a banner, codings follow the saved
change, the whole edit is one undo step, Cancel puts the text back."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def test_edit_a_typo_codings_stay_aligned_and_undo_restores(qtbot, make_window, project):
    window = make_window(project)
    sid = project.ids["skola_a_01.txt"]
    window.open_source(sid)
    panel = window.document
    view = panel.view
    old = view.text
    assert view.isReadOnly() and panel.edit_mode.banner.isHidden()
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.edit_mode.active and not view.isReadOnly()
    assert panel.edit_mode.banner.isVisible() and "skola_a_01.txt" in panel.edit_mode.label.text()
    assert view.extraSelections() == []  # highlights hidden while editing
    assert not panel.actions.apply_current()  # no coding while editing
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    # Ctrl+Z undoes typing in the text, not the project
    qtbot.keyClicks(view, "xy")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.edit_mode.edited_text() == old and project.sources.get(sid).text == old
    assert len(project.codings.for_source(sid)) == 1
    # type a word before the coding: "rektorn" -> "rektorn Lena"
    cursor = view.textCursor()
    cursor.setPosition(old.index("rektorn") + len("rektorn"))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, " Lena")
    # delete the stray header line with the keyboard
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    new = old.replace("rektorn", "rektorn Lena").split("\n", 1)[1]
    assert panel.edit_mode.edited_text() == new
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not panel.edit_mode.active and view.isReadOnly() and panel.edit_mode.banner.isHidden()
    assert project.sources.get(sid).text == new and view.text == new
    [coding] = project.codings.for_source(sid)
    assert new[coding.start:coding.end] == "samverkan kring ett barn"
    assert len(view.extraSelections()) == 1
    assert window.actions_.undo.text() == "&Undo Edit text"
    window.actions_.undo.trigger()
    assert view.text == old and view.toPlainText() == old
    [coding] = project.codings.for_source(sid)
    assert old[coding.start:coding.end] == "samverkan kring ett barn"


def test_cancel_puts_the_saved_text_back(qtbot, make_window, project, answers):
    window = make_window(project)
    sid = project.ids["vh_01.txt"]
    window.open_source(sid)
    panel = window.document
    old = panel.view.text
    assert panel.edit_mode.start()
    qtbot.keyClicks(panel.view, "junk ")
    answers.queue["confirm"].append(True)
    qtbot.mouseClick(panel.edit_mode.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.edit_mode.active
    assert panel.view.toPlainText() == old and project.sources.get(sid).text == old
    assert not project.undo_stack.can_undo or project.undo_stack.undo_label != "Edit text"


def test_closing_the_window_asks_about_an_unsaved_edit(qtbot, make_window, project, answers):
    window = make_window(project)
    sid = project.ids["vh_01.txt"]
    window.open_source(sid)
    panel = window.document
    old = panel.view.text
    panel.edit_mode.start()
    qtbot.keyClicks(panel.view, "Ny rad ")
    answers.queue["choose_button"].append(None)  # Cancel: the window stays, still editing
    assert not window.close()
    assert window.isVisible() and panel.edit_mode.active
    answers.queue["choose_button"].append(0)  # Save
    assert window.close()
    assert project.sources.get(sid).text == "Ny rad " + old
