"""Another coder (a second program on the same project) changes what this window shows, and
then this user edits it: the edit is refused with a message that names the current value and
repeats what was typed, nothing is written, and the window shows the current value
(services/edit_conflicts.py, Session.run)."""
import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui.attribute_editor import AttributeEditor
from qualcoder_htl.gui.code_editor import CodeEditor
from qualcoder_htl.gui.codebook_panel import CodebookPanel
from qualcoder_htl.services import Project
from qualcoder_htl.store.database import Database

from .test_codebook_panel import find


@pytest.fixture
def session(make_session, project):
    return make_session(project)


@pytest.fixture
def bo(project):
    other = Project(Database.open(project.db.location, lock=False), coder_name="bo")
    yield other
    other.close()


def test_renaming_a_code_someone_renamed_meanwhile(qtbot, session, project, bo, user_errors):
    panel = CodebookPanel(session)
    qtbot.addWidget(panel)
    code = project.codebook.find("Tillit").id
    index = find(panel.model, "Tillit")
    bo.codebook.rename(code, "Förtroende")  # this window still shows "Tillit"
    assert not panel.model.setData(index, "Tillit i teamet")
    assert user_errors == ["The code has been renamed to “Förtroende” by someone else while "
                           "you were editing; nothing was changed. Your name: “Tillit i "
                           "teamet”."]
    assert project.codebook.get(code).name == "Förtroende"
    assert find(panel.model, "Förtroende") is not None  # the tree shows the current name
    assert find(panel.model, "Tillit") is None
    # now knowingly: the rename goes through
    assert panel.model.setData(find(panel.model, "Förtroende"), "Tillit i teamet")
    assert project.codebook.get(code).name == "Tillit i teamet"


def test_the_code_editor_keeps_what_it_showed(qtbot, session, project, bo, user_errors):
    editor = CodeEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    code = project.codebook.find("Tillit").id
    session.set_current_code(code)
    assert editor.name.text() == "Tillit"
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Tillit mellan parter")
    bo.codebook.rename(code, "Förtroende")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert "renamed to “Förtroende”" in user_errors[-1]
    assert "“Tillit mellan parter”" in user_errors[-1]
    assert editor.name.text() == "Förtroende" and project.codebook.get(code).name == "Förtroende"
    # the definition: someone wrote one while this editor showed none
    editor.definition.setFocus()
    qtbot.keyClicks(editor.definition, "Att lita på varandra")
    bo.codebook.describe(code, definition="Förtroende mellan yrkesgrupper")
    editor.save()
    assert "“Förtroende mellan yrkesgrupper”" in user_errors[-1]
    assert "“Att lita på varandra”" in user_errors[-1]
    assert editor.definition.toPlainText() == "Förtroende mellan yrkesgrupper"
    assert project.codebook.get(code).definition == "Förtroende mellan yrkesgrupper"
    editor.definition.moveCursor(editor.definition.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.definition, " och att lita på varandra")
    editor.save()  # from the current text: saved
    assert project.codebook.get(code).definition == ("Förtroende mellan yrkesgrupper och att "
                                                     "lita på varandra")


def test_an_attribute_value_changed_meanwhile(qtbot, session, project, bo, user_errors):
    editor = AttributeEditor(session)
    qtbot.addWidget(editor)
    model = editor.sources.model
    sid = project.ids["vh_01.txt"]
    row = [r for r, (i, *_) in enumerate(model.rows) if i == sid][0]
    col = model.fixed + [a.name for a in model.attributes].index("Skola")
    assert model.index(row, col).data() == "Skola B"
    bo.attributes.set_source_value(sid, project.attributes.find("Skola").id, "Skola C")
    assert not model.setData(model.index(row, col), "Skola D")
    assert user_errors == ["“Skola” of “vh_01.txt” has been changed to “Skola C” by someone "
                           "else while you were editing; nothing was changed. Your value: "
                           "“Skola D”."]
    assert model.index(row, col).data() == "Skola C"  # the sheet shows the current value
    assert project.attributes.values_of(sid)["Skola"] == "Skola C"
    assert model.setData(model.index(row, col), "Skola D")  # now knowingly
    assert project.attributes.values_of(sid)["Skola"] == "Skola D"


def test_a_case_renamed_in_place_and_meanwhile(qtbot, session, project, bo, user_errors):
    case = project.attributes.create_case("Familj 1", [project.ids["vh_01.txt"]]).result
    editor = AttributeEditor(session)
    qtbot.addWidget(editor)
    model = editor.cases.model
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 0), "Familjen Ek")
    assert project.attributes.cases()[0].name == "Familjen Ek"
    bo.attributes.rename_case(case, "Familjen Lind")
    assert not model.setData(model.index(0, 0), "Familj A")
    assert "Familjen Lind" in user_errors[-1] and "Familj A" in user_errors[-1]
    assert model.index(0, 0).data() == "Familjen Lind"


def test_a_coding_resized_meanwhile(make_window, project, bo, user_errors):
    w = make_window(project)
    w.open_source(project.ids["skola_a_01.txt"])
    view = w.document.view
    [coding] = view.codings
    bo.codings.resize(coding.id, coding.start, coding.end + 5)
    assert not w.document.actions.resize_to(coding.id, coding.start - 3, coding.end)
    assert "extent" in user_errors[-1]
    [now] = [c for c in view.codings if c.id == coding.id]
    assert (now.start, now.end) == (coding.start, coding.end + 5)  # shown as it is now
    assert (project.codings.get(coding.id).start, project.codings.get(coding.id).end) == (
        coding.start, coding.end + 5)


def test_on_a_server_an_open_editor_keeps_what_it_opened_with(qtbot, make_session,
                                                              fresh_database_url, user_errors):
    """On a server project the other coder's rename arrives (NOTIFY) while the rename editor
    is open in the tree, and the sheet's values reload while a cell editor is open: the edits
    are still compared with what the editors opened with."""
    from PySide6.QtWidgets import QLineEdit

    project = Project.create(fresh_database_url, coder="anna")
    code = project.codebook.create("Skola").result
    case = project.attributes.create_case("Familj 1").result
    children = project.attributes.define("Barn", "number", "case").result
    session = make_session(project)
    panel = CodebookPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    session.poll_others()  # listening starts
    index = find(panel.model, "Skola")
    panel.tree.edit(index)
    [line] = [e for e in panel.tree.findChildren(QLineEdit) if e.isVisible()]
    line.selectAll()
    qtbot.keyClicks(line, "Skolgång")
    with Project.open(fresh_database_url, coder="bo") as bo:
        bo.codebook.rename(code, "Skolan")
    qtbot.waitUntil(lambda: find(panel.model, "Skolan") is not None, timeout=4000)
    assert line.text() == "Skolgång"  # the open editor keeps what was typed
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next event pass
    qtbot.waitUntil(lambda: bool(user_errors))
    assert "renamed to “Skolan” by someone else" in user_errors[-1]
    assert project.codebook.get(code).name == "Skolan"

    panel.close()
    sheet = AttributeEditor(session)
    qtbot.addWidget(sheet)
    sheet.show()
    sheet.tabs.setCurrentWidget(sheet.cases)
    cell = sheet.cases.model.index(0, sheet.cases.model.fixed)
    sheet.cases.table.edit(cell)
    [box] = [e for e in sheet.cases.table.findChildren(QLineEdit) if e.isVisible()]
    qtbot.keyClicks(box, "3")
    with Project.open(fresh_database_url, coder="bo") as bo:
        bo.attributes.set_case_value(case, children, "2")
    qtbot.waitUntil(lambda: sheet.cases.model.values.get(case), timeout=4000)
    assert box.isVisible() and box.text() == "3"  # the open editor keeps what was typed
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(user_errors) == 2)
    assert "has been changed to “2”" in user_errors[-1] and "“3”" in user_errors[-1]
    assert project.attributes.case_values()[case][children] == "2"
    assert sheet.cases.model.index(0, sheet.cases.model.fixed).data() == "2"
    session.close()


def test_renaming_a_source_someone_renamed_meanwhile(qtbot, session, project, bo, answers,
                                                     user_errors):
    from qualcoder_htl.gui.sources_panel import SourcesPanel

    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    sid = project.ids["vh_01.txt"]
    panel.select_source(sid)
    bo.sources.rename(sid, "vardnadshavare_01.txt")  # while the rename box is open
    answers.queue["ask_text"].append("vh_intervju.txt")
    panel.rename()
    assert "renamed to “vardnadshavare_01.txt”" in user_errors[-1]
    assert "“vh_intervju.txt”" in user_errors[-1]
    assert project.sources.get(sid).name == "vardnadshavare_01.txt"
    assert panel.model.sources[sid].name == "vardnadshavare_01.txt"  # the list shows it now
