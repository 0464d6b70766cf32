"""Resizing a coding by dragging an end of its bar in the margin: the end snaps to whole lines,
the span reaching the service is in code points (the line holds an emoji), one undo step
restores it, Escape cancels, and a drag past the other end is clamped."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor


@pytest.fixture
def window(make_window, project):
    w = make_window(project)
    w.resize(1600, 900)
    w.open_source(project.ids["ledning_01.txt"])
    view = w.document.view
    text = view.text
    start = text.index("Samverkan är nyckeln")
    project.codings.add(view.source.id, project.codebook.find("Tillit").id,
                        start, start + len("Samverkan är nyckeln"))
    return w


def line_y(view, phrase):
    """The viewport y of the middle of the line holding ``phrase`` (which must not wrap)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(view.text.index(phrase)))
    assert cursor.block().layout().lineCount() == 1
    return view.cursorRect(cursor).center().y()


def the_bar(view, coding_id):
    return next(b for b in view.visible_bars() if b.coding.id == coding_id)


def drag(qtbot, view, coding_id, edge, to_y, cancel=False):
    margin = view.margin
    bar = the_bar(view, coding_id)
    x = margin.lane_x(bar.lane) + 2
    y = bar.top if edge == "top" else bar.bottom
    qtbot.mouseMove(margin, QPoint(x, y))
    assert margin.cursor().shape() == Qt.CursorShape.SizeVerCursor
    qtbot.mousePress(margin, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert margin.drag is not None
    qtbot.mouseMove(margin, QPoint(x, (y + to_y) // 2))
    qtbot.mouseMove(margin, QPoint(x, to_y))
    preview = the_bar(view, coding_id)  # the model is untouched while dragging
    assert (preview.top, preview.bottom) == (bar.top, bar.bottom)
    assert [b for b in margin._with_preview(view.visible_bars())
            if b.coding.id == coding_id] != [bar]
    if cancel:
        qtbot.keyClick(margin, Qt.Key.Key_Escape)
        assert margin.drag is None
    qtbot.mouseRelease(margin, Qt.MouseButton.LeftButton, pos=QPoint(x, to_y))
    assert margin.drag is None


def span(project, coding_id):
    c = project.codings.get_many([coding_id])[0]
    return c.start, c.end


def test_dragging_the_bottom_end_resizes_in_code_points_and_undoes(qtbot, window, project):
    view = window.document.view
    text = view.text
    [coding] = view.codings
    original = (coding.start, coding.end)
    assert view.offsets.to_qt(coding.start) == coding.start + 2  # 👍🏽 is two astral characters
    drag(qtbot, view, coding.id, "bottom", line_y(view, "J: Vad är svårt?"))
    end = text.index("J: Vad är svårt?") + len("J: Vad är svårt?")
    assert span(project, coding.id) == (coding.start, end)
    assert text[coding.start:end] == "Samverkan är nyckeln.\nJ: Vad är svårt?"
    assert window.actions_.undo.text() == "&Undo Resize coding"
    window.undo()
    assert span(project, coding.id) == original
    assert window.actions_.redo.text() == "&Redo Resize coding"  # one step


def test_dragging_the_top_end_snaps_to_the_line_start(qtbot, window, project):
    view = window.document.view
    text = view.text
    [coding] = view.codings
    drag(qtbot, view, coding.id, "top", line_y(view, "J: Vad är syftet med HTL?"))
    assert span(project, coding.id) == (text.index("J: Vad är syftet med HTL?"), coding.end)
    assert window.actions_.undo.text() == "&Undo Resize coding"


def test_escape_cancels_a_drag(qtbot, window, project):
    view = window.document.view
    [coding] = view.codings
    label = project.undo_stack.undo_label
    drag(qtbot, view, coding.id, "bottom", line_y(view, "IP: Mandatet"), cancel=True)
    assert span(project, coding.id) == (coding.start, coding.end)
    assert project.undo_stack.undo_label == label
    assert margin_preview_is_gone(view, coding.id)


def margin_preview_is_gone(view, coding_id):
    bar = the_bar(view, coding_id)
    return [b for b in view.margin._with_preview(view.visible_bars())
            if b.coding.id == coding_id] == [bar]


def test_a_drag_past_the_other_end_is_clamped(qtbot, window, project):
    view = window.document.view
    [coding] = view.codings
    drag(qtbot, view, coding.id, "top", line_y(view, "IP: Mandatet"))
    assert span(project, coding.id) == (coding.end - 1, coding.end)
