"""Selections by mouse: whole words (Alt keeps characters), a triple click takes a turn's words
without its label, and a drag from the label does not quote the label. Real mouse events on a
real view, offscreen."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from qualcoder_htl.core.models import Turn
from qualcoder_htl.core.words import snap_to_words, turn_body, without_label
from qualcoder_htl.gui.document_panel import DocumentPanel


def open_panel(qtbot, session, source_id):
    panel = DocumentPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.open_source(source_id)
    return panel


def point_at(view, offset: int) -> QPoint:
    """A viewport point just right of the character boundary at stored ``offset``."""
    from PySide6.QtGui import QTextCursor
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(offset))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.offsets.to_qt(offset) + 1)
    right = view.cursorRect(cursor)
    return QPoint(left.left() + max(1, (right.left() - left.left()) // 4), left.center().y())


def drag(view, start: int, end: int, modifier=Qt.KeyboardModifier.NoModifier):
    vp = view.viewport()
    a, b = point_at(view, start), point_at(view, end)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, modifier, a)
    QTest.mouseMove(vp, (a + b) / 2)
    QTest.mouseMove(vp, b)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, modifier, b)


def test_a_slightly_off_drag_snaps_to_whole_words(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["skola_a_01.txt"]
    view = open_panel(qtbot, session, sid).view
    text = view.text
    begin = text.index("träffas oftare") + 2  # inside "träffas"
    finish = text.index("samverkan kring") + 3  # inside "samverkan"
    drag(view, begin, finish)
    assert view.textCursor().hasSelection()
    assert view.selected_text() == "träffas oftare, och samverkan"


def test_alt_keeps_the_characters(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["skola_a_01.txt"]
    view = open_panel(qtbot, session, sid).view
    begin = view.text.index("träffas oftare") + 2
    finish = view.text.index("samverkan kring") + 3
    drag(view, begin, finish, Qt.KeyboardModifier.AltModifier)
    selected = view.selected_text()
    assert selected.startswith("äffas") and selected.endswith(", och sam")


def test_a_backward_drag_snaps_too(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["ledning_01.txt"]  # an emoji before: UTF-16 positions differ
    view = open_panel(qtbot, session, sid).view
    text = view.text
    begin = text.index("Samverkan är") + 4
    finish = text.index("nyckeln") + 3
    drag(view, finish, begin)
    assert view.selected_text() == "Samverkan är nyckeln"
    assert view.textCursor().position() < view.textCursor().anchor()  # direction kept


def test_a_drag_from_the_speaker_label_leaves_it_out(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["vh_01.txt"]
    view = open_panel(qtbot, session, sid).view
    text = view.text
    label = text.index("IP: Det var via")
    drag(view, label, text.index("skolan.") + 2)
    assert view.selected_text() == "Det var via skolan"


def test_triple_click_takes_the_turn_without_its_label(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["skola_a_01.txt"]
    view = open_panel(qtbot, session, sid).view
    text = view.text
    where = point_at(view, text.index("rektorn"))
    vp = view.viewport()
    QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    expected = ("Sedan hösten. Det var rektorn som frågade mig, och jag tackade ja direkt.")
    assert view.selected_text() == expected
    assert not view.textCursor().selectedText().startswith(("IP", "[00"))
    # coding it quotes the respondent's words only
    code = project.codebook.find("Tillit").id
    assert panel_code(view, session, code) == expected


def panel_code(view, session, code_id):
    start, end = view.selected_span()
    session.project.codings.add(view.source.id, code_id, start, end)
    [c] = [c for c in session.project.codings.for_source(view.source.id)
           if c.code_id == code_id]
    return view.text[c.start:c.end]


@pytest.mark.parametrize(("text", "inside", "word"), [
    ("Hon sa att idén var bra", "idé", "idén"),
    ("Det här är ett test", "hä", "här"),
    ("e\u0301le\u0300ve est là", "le\u0300", "e\u0301le\u0300ve"),  # combining accents
    ("Привет мир всем", "ир", "мир"),
    ("مرحبا بالعالم اليوم", "لعا", "بالعالم"),
    ("नमस्ते दुनिया आज", "दुनि", "दुनिया"),  # Devanagari vowel signs are marks
    ("we don't know", "on", "don't"),
    ("ett 👍🏽 svar", "sv", "svar"),
])
def test_word_snapping_in_every_script(text, inside, word):
    i = text.index(inside)
    s, e = snap_to_words(text, i + 1, i + len(inside) - 1 if len(inside) > 2 else i + 2)
    assert text[s:e] == word


def test_scripts_without_spaces_snap_per_character():
    text = "我们在学校工作。"
    s, e = snap_to_words(text, 1, 2)
    assert text[s:e] == "们"  # not the whole sentence


def test_turn_body_and_label_with_timestamps():
    text = "[00:00:09] IP: Sedan hösten.\nJ: Och sen?"
    turn = Turn(1, 1, 0, "IP", 0, text.index("J:"))
    assert text[slice(*turn_body(text, turn))] == "Sedan hösten."
    assert without_label(text, [turn], 3, 20) == (text.index("Sedan"), 20)
    assert without_label(text, [turn], 3, 12) == (3, 12)  # only the label: left alone
