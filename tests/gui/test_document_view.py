"""The document view: text and turns, highlights only where visible, coding bars in lanes,
selections in stored offsets (also after an emoji), tooltips, and dropping a code."""
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from qualcoder_htl.gui.document_margins import assign_lanes
from qualcoder_htl.gui.document_panel import DocumentPanel
from qualcoder_htl.gui.mime import decode_code_ids, encode_code_ids


def open_panel(qtbot, session, source_id):
    panel = DocumentPanel(session)
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.open_source(source_id)
    return panel


def test_shows_text_turns_and_highlights(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["skola_a_01.txt"]
    panel = open_panel(qtbot, session, sid)
    view = panel.view
    assert view.toPlainText() == project.sources.get(sid).text
    assert "skola_a_01.txt" in panel.header.text() and "HTL-team skola" in panel.header.text()
    # one coding, visible: one highlight, one bar in lane 0
    assert len(view.extraSelections()) == 1
    [bar] = view.visible_bars()
    assert bar.lane == 0 and bar.name == "Samverkan" and bar.bottom > bar.top
    # speaker labels are bold, the timestamp grey (QSyntaxHighlighter formats per block)
    block = view.document().findBlockByNumber(2)  # "[00:00:09] IP: ..."
    formats = block.layout().formats()
    assert any(f.format.fontWeight() > 500 for f in formats)
    assert view.line_numbers.width() > 10 and view.margin.width() > 10


def test_overlapping_codings_get_their_own_lanes(project):
    from qualcoder_htl.core.models import Coding
    make = lambda i, s, e: Coding(i, 1, 1, 1, s, e, None)  # noqa: E731
    lanes = assign_lanes([make(1, 0, 100), make(2, 10, 20), make(3, 15, 40), make(4, 100, 120),
                          make(5, 30, 35)])
    assert lanes[1] == 0 and lanes[4] == 0  # touching, not overlapping: same lane
    assert lanes[2] == 1 and lanes[3] == 2 and lanes[5] == 1


def test_selection_in_stored_offsets_after_an_emoji(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["ledning_01.txt"]
    panel = open_panel(qtbot, session, sid)
    view = panel.view
    text = project.sources.get(sid).text
    start = text.index("Samverkan är nyckeln")
    end = start + len("Samverkan är nyckeln")
    view.select_span(start - 1, end)  # with the space before: trimmed
    assert view.selected_span() == (start, end)
    assert view.textCursor().selectedText().strip() == "Samverkan är nyckeln"
    assert view.offsets.to_qt(start) == start + 2  # 👍🏽 before it: two astral code points
    code = project.codebook.find("Tillit").id
    assert panel.actions.apply_code(code)
    [coding] = [c for c in project.codings.for_source(sid)]
    assert text[coding.start:coding.end] == "Samverkan är nyckeln"


def test_highlights_follow_changes_without_reloading_text(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["skola_a_01.txt"]
    panel = open_panel(qtbot, session, sid)
    view = panel.view
    document_before = view.document().revision()
    code = project.codebook.find("Tillit").id
    project.codings.add(sid, code, 30, 60)
    assert len(view.codings) == 2 and len(view.extraSelections()) == 2
    assert view.margin.lanes == 1  # 30–60 does not overlap the other coding
    project.undo()
    assert len(view.codings) == 1
    assert view.document().revision() == document_before  # the text was not set again
    project.codebook.recolour(code, "#123456")  # a code change repaints, reads no codings
    assert view.lookup.code_color(code) == "#123456"


def test_tooltip_text_names_code_coder_and_memo(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["skola_a_01.txt"]
    panel = open_panel(qtbot, session, sid)
    [coding] = panel.view.codings
    project.codings.set_memo(coding.id, "Viktigt <citat>")
    project.codings.set_key_quote(coding.id, True)
    [coding] = panel.view.codings
    tip = panel.view.describe(coding)
    assert "Genomförande / Samverkan" in tip and "tester" in tip
    assert "Viktigt &lt;citat&gt;" in tip and "★" in tip
    # clicking its bar chooses it and the info line describes it
    bar = panel.view.visible_bars()[0]
    qtbot.mouseClick(panel.view.margin, Qt.MouseButton.LeftButton,
                     pos=QPoint(panel.view.margin.lane_x(0) + 2, (bar.top + bar.bottom) // 2))
    assert panel.view.selected_coding_id == coding.id
    assert "Samverkan" in panel.info.text()


def test_dropping_a_code_applies_it_to_the_selection(qtbot, project, make_session):
    session = make_session(project)
    sid = project.ids["vh_01.txt"]
    panel = open_panel(qtbot, session, sid)
    text = project.sources.get(sid).text
    start = text.index("Det var tryggt")
    panel.view.select_span(start, start + len("Det var tryggt"))
    code = project.codebook.find("Tillit").id
    mime = QMimeData()
    encode_code_ids(mime, [code])
    assert decode_code_ids(mime) == [code]
    viewport = panel.view.viewport()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.view.dropEvent(event)
    assert event.isAccepted() and viewport is not None
    assert [(c.code_id, text[c.start:c.end]) for c in project.codings.for_source(sid)] == [
        (code, "Det var tryggt")]


def test_long_transcript_highlights_only_the_visible_part(qtbot, project, make_session):
    session = make_session(project)
    lines = [f"{'J' if i % 2 else 'IP'}: Rad {i} om samverkan och tillit i skolan." for i in
             range(3000)]
    path = project.path.parent / "lang.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    sid = project.importer.import_files([path]).results[0].source_id
    code = project.codebook.find("Tillit").id
    text = project.sources.get(sid).text
    starts = [text.index(f"Rad {i} ") for i in range(0, 3000, 10)]
    project.mutate("many", lambda w: [project.codings.add_in(w, sid, code, s, s + 10)
                                      for s in starts])
    panel = open_panel(qtbot, session, sid)
    assert len(panel.view.codings) == 300
    assert 0 < len(panel.view.extraSelections()) < 30
    panel.view.verticalScrollBar().setValue(panel.view.verticalScrollBar().maximum())
    qtbot.wait(10)
    selections = panel.view.extraSelections()
    assert selections[-1].cursor.selectedText() == text[text.index("Rad 2990 "):][:10]


def record_updates(widget) -> list[tuple]:
    """The arguments of every ``update()`` our code asks of ``widget`` (then passed on)."""
    calls: list[tuple] = []
    original = widget.update

    def update(*args):
        calls.append(args)
        original(*args)
    widget.update = update
    return calls


def test_applying_a_code_repaints_a_band_of_the_margin(qtbot, project, make_session):
    session = make_session(project)
    lines = [f"{'J' if i % 2 else 'IP'}: Rad {i} om samverkan och tillit i skolan." for i in
             range(400)]
    path = project.path.parent / "band.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    sid = project.importer.import_files([path]).results[0].source_id
    code = project.codebook.find("Tillit").id
    text = project.sources.get(sid).text
    project.mutate("some", lambda w: [project.codings.add_in(w, sid, code, s, s + 12) for s in
                                      (text.index(f"Rad {i} ") for i in range(0, 40, 3))])
    panel = open_panel(qtbot, session, sid)
    view, margin = panel.view, panel.view.margin
    qtbot.wait(20)
    start = text.index("Rad 10 ")
    view.select_span(start, start + len("Rad 10"))
    qtbot.wait(20)
    view.visible_bars()  # as painted
    calls = record_updates(margin)
    assert panel.actions.apply_code(project.codebook.find("Samverkan").id)
    [bar] = [b for b in view.visible_bars() if text[b.coding.start:b.coding.end] == "Rad 10"]
    assert calls and all(len(args) == 4 for args in calls), "a band, not the whole margin"
    for x, y, width, height in calls:
        assert x == 0 and width == margin.width()
        assert y <= bar.top and y + height >= bar.bottom and height < margin.height() / 2
    calls.clear()
    project.undo()  # the bar goes: its band again
    assert calls and all(len(args) == 4 and args[3] < margin.height() / 2 for args in calls)
    calls.clear()
    view.select_coding(view.codings[0].id, show=False)  # a chosen coding's frame: all of it
    assert () in calls
    calls.clear()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())  # scrolled: all
    qtbot.wait(20)
    assert () in calls
