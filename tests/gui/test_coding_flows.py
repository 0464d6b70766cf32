"""Coding a passage in the main window by each way there is, and undoing it: a double click
or Enter in the codebook (a single click only chooses), the keyboard shortcut, the quick-code
box, drag and drop (a code onto the text, the text onto a code), in vivo; then key quotes,
memos, removing and resizing codings."""
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from qualcoder_htl.gui.mime import encode_code_ids


@pytest.fixture
def window(make_window, project):
    w = make_window(project)
    w.open_source(project.ids["vh_01.txt"])
    return w


def select(window, phrase):
    view = window.document.view
    start = view.text.index(phrase)
    view.select_span(start, start + len(phrase))
    return start, start + len(phrase)


def coded(project, window, code_name):
    sid = window.document.view.source.id
    code = project.codebook.find(code_name).id
    text = window.document.view.text
    return [text[c.start:c.end] for c in project.codings.for_source(sid) if c.code_id == code]


def code_index(window, name):
    model = window.panels["codebook"].model
    return model.index_of(window.session.project.codebook.find(name).id)


def test_a_click_in_the_codebook_only_chooses_the_code(qtbot, window, project):
    select(window, "Det var via skolan")
    panel = window.panels["codebook"]
    tree = panel.tree
    rect = tree.visualRect(code_index(window, "Tillit"))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert coded(project, window, "Tillit") == []  # browsing the codebook codes nothing
    assert window.session.current_code_id == project.codebook.find("Tillit").id
    assert "Tillit" in panel.chosen.text() and "Ctrl+Enter" in panel.chosen.text()
    assert window.document.view.textCursor().hasSelection()  # no deselect needed
    window.document.view.setFocus()
    qtbot.keyClick(window.document.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert coded(project, window, "Tillit") == ["Det var via skolan"]


def test_double_click_or_enter_in_the_codebook_applies(qtbot, window, project):
    select(window, "Det var via skolan")
    tree = window.panels["codebook"].tree
    rect = tree.visualRect(code_index(window, "Tillit"))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert coded(project, window, "Tillit") == []
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert coded(project, window, "Tillit") == ["Det var via skolan"]
    assert window.actions_.undo.text() == "&Undo Apply code"
    # the selection stays: Enter on another code applies that one too
    tree.setCurrentIndex(code_index(window, "Samverkan"))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert coded(project, window, "Samverkan") == ["Det var via skolan"]


def test_dragging_the_selection_onto_a_code_applies_it(qtbot, window, project):
    select(window, "Kuratorn ringde")
    view = window.document.view
    mime = view.createMimeDataFromSelection()
    tree = window.panels["codebook"].tree
    rect = tree.visualRect(code_index(window, "Tillit"))
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)
    assert coded(project, window, "Tillit") == ["Kuratorn ringde"]
    assert window.session.current_code_id == project.codebook.find("Tillit").id
    assert [c.name for c in project.codebook.codes() if c.parent_id is None].count("Tillit") == 1


def test_keyboard_shortcut_applies_the_current_code(qtbot, window, project):
    window.session.set_current_code(project.codebook.find("Tillit").id)
    select(window, "Det var tryggt")
    window.activateWindow()
    window.document.view.setFocus()
    qtbot.keyClick(window.document.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert coded(project, window, "Tillit") == ["Det var tryggt"]
    # the recent-codes shortcut (Ctrl+1) applies the code used last
    select(window, "Vi blev inte dömda")
    window.actions_.recent_code_actions[0].trigger()
    assert coded(project, window, "Tillit") == ["Det var tryggt", "Vi blev inte dömda"]
    assert window.actions_.recent_code_actions[0].text() == "Tillit"
    # and Ctrl+Z undoes it
    qtbot.keyClick(window.document.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert coded(project, window, "Tillit") == ["Det var tryggt"]
    assert window.actions_.redo.text() == "&Redo Apply code"
    qtbot.keyClick(window.document.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert coded(project, window, "Tillit") == ["Det var tryggt", "Vi blev inte dömda"]


def test_quick_code_box_filters_and_enter_applies(qtbot, window, project):
    select(window, "Kuratorn ringde")
    window.actions_.quick.trigger()
    box = window.document.actions.quick_box
    assert box is not None and box.isVisible()
    qtbot.keyClicks(box.edit, "gen sam")  # every word in the path: Genomförande / Samverkan
    assert box.proxy.rowCount() == 1
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert not box.isVisible()
    assert coded(project, window, "Samverkan") == ["Kuratorn ringde"]


def test_quick_code_box_creates_a_code_when_nothing_matches(qtbot, window, project):
    select(window, "hembesök")
    window.actions_.quick.trigger()
    box = window.document.actions.quick_box
    box.edit.setText("Hembesök")  # (QTest types ASCII only)
    assert box.proxy.rowCount() == 0 and "Hembesök" in box.hint.text()
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert coded(project, window, "Hembesök") == ["hembesök"]
    project.undo()  # one step removes the coding and the new code
    assert all(c.name != "Hembesök" for c in project.codebook.codes())


def test_drag_a_code_onto_selected_text(window, project):
    select(window, "samverkan med skolan blev bättre")
    mime = QMimeData()
    encode_code_ids(mime, [project.codebook.find("Samverkan").id])
    view = window.document.view
    view.dropEvent(QDropEvent(QPointF(30, 30), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert coded(project, window, "Samverkan") == ["samverkan med skolan blev bättre"]


def test_in_vivo_code_from_the_selection(window, project):
    select(window, "Vi blev inte dömda")
    window.actions_.in_vivo.trigger()
    assert coded(project, window, "Vi blev inte dömda") == ["Vi blev inte dömda"]
    assert window.session.current_code_id == project.codebook.find("Vi blev inte dömda").id
    assert "Vi blev inte dömda" in window.actions_.undo.text()
    window.undo()
    assert all(c.name != "Vi blev inte dömda" for c in project.codebook.codes())


def test_without_a_selection_nothing_is_coded(window, project):
    view = window.document.view
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    messages = []
    window.session.status.connect(messages.append)
    window.session.set_current_code(project.codebook.find("Tillit").id)
    window.actions_.apply.trigger()
    assert messages == ["Select some text first."]
    assert project.codings.for_source(view.source.id) == []


def test_key_quote_memo_resize_and_remove(window, project, monkeypatch):
    from qualcoder_htl.gui import memos
    window.session.set_current_code(project.codebook.find("Tillit").id)
    select(window, "Det var tryggt")
    window.actions_.apply.trigger()
    view = window.document.view
    [coding] = view.codings
    window.document.choose_coding(coding.id)  # as a click on its bar
    window.actions_.key_quote.trigger()
    assert project.codings.get(coding.id).is_key_quote
    monkeypatch.setattr(memos, "edit_memo_dialog", lambda parent, title, text: "Trygghet!")
    window.actions_.coding_memo.trigger()
    assert project.codings.get(coding.id).memo == "Trygghet!"
    assert "Trygghet!" in window.document.info.text()
    start, end = select(window, "Det var tryggt. Vi blev inte dömda")
    window.actions_.resize.trigger()
    assert (project.codings.get(coding.id).start, project.codings.get(coding.id).end) == (
        start, end)
    select(window, "Vi blev inte dömda")
    window.actions_.remove.trigger()  # uncode part of it: the coding is trimmed
    assert coded(project, window, "Tillit") == ["Det var tryggt. "]
    window.document.choose_coding(view.codings[0].id)
    window.actions_.remove_coding.trigger()
    assert view.codings == []


def test_coding_shortcuts_work_while_reading(qtbot, window, project):
    """The document keeps focus while coding: its own key handling must not swallow ours."""
    view = window.document.view
    window.activateWindow()
    view.setFocus()
    fired = []
    a = window.actions_
    keys = {"apply": (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
            "quick": (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier),
            "in_vivo": (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                        | Qt.KeyboardModifier.ShiftModifier),
            "remove": (Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier),
            "key_quote": (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                          | Qt.KeyboardModifier.ShiftModifier),
            "coding_memo": (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.ShiftModifier),
            "resize": (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier),
            "find": (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)}
    for name in keys:
        action = getattr(a, name)
        action.triggered.disconnect()  # only record, do not act
        action.triggered.connect(lambda checked=False, name=name: fired.append(name))
    for key, modifiers in keys.values():
        view.setFocus()
        qtbot.keyClick(view, key, modifiers)
    assert fired == list(keys)
