"""The pseudonymisation review panel on a real project: detection in a worker with progress and
Cancel, suggestions grouped by form, A/R and Shift+A/Shift+R with undo, a missed span marked
from the document, type and replacement of a form, the replacement policy with the explicit
han/hon → hen choice, the pseudonymised preview, and the key and shared-copy exports."""
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from qualcoder_htl.gui.pseudo_model import TYPE, OccurrenceRole, SuggestionModel
from qualcoder_htl.gui.pseudo_names import TYPES

FIRST = """Intervju med vårdnadshavare, 14 oktober 2019
J: Vill du berätta om familjen?
IP: Ja. Det är jag och min son Yusuf, han är nio år. Annas dotter går också på Tjärnaskolan.
IP: Inga problem egentligen, men Inga på skolan ringde mig, hon heter Inga Berg.
IP: Inga ringde igen i går.
J: Och vem hjälpte er?
IP: Lina från socialtjänsten. Hon kom hem till oss på Granvägen 14 varje vecka."""

SECOND = """J: Hur var det?
IP: Anna Söderlund hjälpte oss. Annas kollega Yusuf också, på Tjärnaskolan.
IP: Mejla anna.soderlund@alvbacka.se eller ring 070-174 06 58."""


@pytest.fixture(scope="session")
def pseudo_template(tmp_path_factory):
    """Two transcripts with names, a code and a coding across a name; saved before and after
    detection (detection loads the NER model once for the whole run)."""
    from qualcoder_htl.services import Project
    folder = tmp_path_factory.mktemp("pseudo")
    files = []
    for name, text in (("vh_01.txt", FIRST), ("vh_02.txt", SECOND)):
        (folder / name).write_text(text, encoding="utf-8")
        files.append(folder / name)
    path = folder / "raw.qhtl"
    p = Project.create(path, coder="tester")
    report = p.importer.import_files(files)
    ids = {Path(r.path).name: r.source_id for r in report.results}
    code = p.codebook.create("Familj", color="#3cb44b").result
    text = p.sources.get(ids["vh_01.txt"]).text
    start = text.index("min son Yusuf")
    p.codings.add(ids["vh_01.txt"], code, start, start + len("min son Yusuf, han är nio år"))
    p.close()
    detected = folder / "detected.qhtl"
    shutil.copy(path, detected)
    with Project.open(detected, coder="tester") as p:
        p.pseudonymisation.detect()
        p.undo_stack.clear()
    return {"raw": path, "detected": detected, "ids": ids}


def open_copy(tmp_path, template, which):
    from qualcoder_htl.services import Project
    path = tmp_path / f"{which}.qhtl"
    shutil.copy(template[which], path)
    p = Project.open(path, coder="tester")
    p.ids = dict(template["ids"])
    return p


@pytest.fixture
def detected(tmp_path, pseudo_template):
    p = open_copy(tmp_path, pseudo_template, "detected")
    yield p
    p.close()


def review_window(qtbot, make_window, project):
    window = make_window(project)
    window.docks["pseudonymisation"].show()
    window.docks["pseudonymisation"].raise_()
    panel = window.panels["pseudonymisation"]
    qtbot.waitUntil(lambda: panel.load_job is None and not panel._stale, timeout=5000)
    return window, panel


def settle(qtbot, panel):
    qtbot.waitUntil(lambda: panel.load_job is None and not panel._stale, timeout=5000)


def row_of(panel, text):
    return next(r for r, g in enumerate(panel.model.rows) if g.text == text)


def statuses(project, text):
    return [o.status for o in project.pseudonymisation.suggestions() if o.text == text]


def test_names_cover_the_service_types():
    from qualcoder_htl.gui.pseudo_names import METHODS
    from qualcoder_htl.pseudonymise.replace import POLICIES
    from qualcoder_htl.services.pseudonymisation import TYPES as SERVICE_TYPES
    assert TYPES == tuple(SERVICE_TYPES) and METHODS == tuple(POLICIES)


def test_model_passes_qtmodeltester(qtmodeltester, detected):
    model = SuggestionModel()
    model.status_filter = None
    model.set_groups(detected.pseudonymisation.groups())
    qtmodeltester.check(model)
    assert model.rowCount() > 5 and model.columnCount() == 4
    model.set_groups(detected.pseudonymisation.groups())  # same rows: repainted, no reset
    model.status_filter = "open"
    model.refilter()
    yusuf = next(g for g in model.rows if g.text == "Yusuf")
    model.mark({o.id for o in yusuf.occurrences}, "accepted")  # leaves the open list
    assert all(g.text != "Yusuf" for g in model.rows)
    model.type_filter = "PERSON"
    model.refilter()
    assert {g.type for g in model.rows} == {"PERSON"}
    qtmodeltester.check(model)


def test_detect_with_progress_then_cancel(qtbot, make_window, tmp_path, pseudo_template):
    project = open_copy(tmp_path, pseudo_template, "raw")
    window, panel = review_window(qtbot, make_window, project)
    assert panel.model.rowCount() == 0 and "2 sources not yet detected" in panel.summary.text()
    steps = []
    job = panel.detect()
    job.progressed.connect(lambda done, total, label: steps.append((done, total)))
    assert panel.detection.cancel_button.isVisible() and not panel.actions.accept.isEnabled()
    qtbot.waitUntil(lambda: panel.detection.job is None, timeout=15000)
    settle(qtbot, panel)
    assert steps[-1] == (2, 2)
    assert not panel.detection.bar.isVisible() and panel.actions.accept.isEnabled()
    names = {g.text for g in panel.model.rows}
    assert {"Yusuf", "Lina", "Tjärnaskolan"} <= names
    assert "0 of 2 sources reviewed" in panel.summary.text()
    assert window.actions_.undo.text() == "&Undo Detect identifiers in 2 sources"
    # a second run goes over every source again: cancelled before it starts, nothing changes
    gate = threading.Event()
    service = project.pseudonymisation
    real = service.detect
    service.detect = lambda progress, **kw: (gate.wait(5), real(progress, **kw))[1]
    results = []
    job = panel.detect()
    job.succeeded.connect(results.append)
    panel.detection.cancel()
    gate.set()
    qtbot.waitUntil(lambda: panel.detection.job is None, timeout=5000)
    assert results[0].cancelled and results[0].sources == 0
    project.close()


def test_accept_all_of_a_form_by_keyboard_and_undo(qtbot, make_window, detected):
    window, panel = review_window(qtbot, make_window, detected)
    tree = panel.tree
    tree.setFocus()
    tree.setCurrentIndex(panel.model.index(row_of(panel, "Yusuf"), 0))
    view = window.document.view
    assert view.textCursor().selectedText() == "Yusuf"  # the first occurrence is shown
    assert tree.hasFocus()  # ... without taking the keyboard from the list
    qtbot.keyClick(tree, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert statuses(detected, "Yusuf") == ["accepted", "accepted"]
    assert all(g.text != "Yusuf" for g in panel.model.rows)  # no longer open
    assert window.actions_.undo.text() == "&Undo Accept every occurrence"
    current = panel.model.group_of(tree.currentIndex())
    assert current is not None and current.open  # on to the next form with open ones
    settle(qtbot, panel)
    assert "1 originals in the key" in panel.summary.text()
    window.undo()
    settle(qtbot, panel)
    assert statuses(detected, "Yusuf") == ["open", "open"]
    assert any(g.text == "Yusuf" and g.open == 2 for g in panel.model.rows)


def test_reject_one_occurrence_and_move_on(qtbot, make_window, detected):
    window, panel = review_window(qtbot, make_window, detected)
    tree = panel.tree
    group = panel.model.index(row_of(panel, "Inga"), 0)
    tree.expand(group)
    tree.setFocus()
    tree.setCurrentIndex(panel.model.index(0, 0, group))
    first = tree.currentIndex().data(OccurrenceRole)
    view = window.document.view
    assert view.source.id == first.source_id
    assert view.offsets.to_stored(view.textCursor().selectionStart()) == first.start
    assert first.text in tree.currentIndex().data(Qt.ItemDataRole.DisplayRole)
    qtbot.keyClick(tree, Qt.Key.Key_R)
    [after] = [o for o in detected.pseudonymisation.suggestions() if o.id == first.id]
    assert after.status == "rejected" and after.decided_by == "tester"
    assert window.actions_.undo.text() == "&Undo Reject one suggestion"
    nxt = tree.currentIndex().data(OccurrenceRole)
    assert nxt is not None and nxt.id != first.id and nxt.status == "open"
    assert view.offsets.to_stored(view.textCursor().selectionStart()) == nxt.start
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # arrows move; the document follows
    settle(qtbot, panel)
    assert statuses(detected, "Inga").count("rejected") == 1
    window.undo()
    assert "rejected" not in statuses(detected, "Inga")
    window.redo()
    settle(qtbot, panel)
    tree.setCurrentIndex(panel.model.index_of_occurrence(first.id))
    qtbot.keyClick(tree, Qt.Key.Key_O)  # reopen
    assert "rejected" not in statuses(detected, "Inga")
    assert window.actions_.undo.text() == "&Undo Reopen suggestion"


def test_mark_the_open_source_reviewed(qtbot, make_window, detected, answers):
    window, panel = review_window(qtbot, make_window, detected)
    sid = detected.ids["vh_02.txt"]
    window.open_source(sid)
    qtbot.waitUntil(lambda: panel.source_state.text().startswith("vh_02.txt"), timeout=3000)
    answers.queue["confirm"].append(True)  # suggestions are still open: asked first
    panel.reviewed.click()
    [state] = [p for p in detected.pseudonymisation.progress() if p.source_id == sid]
    assert state.reviewed and state.reviewed_by == "tester"
    assert window.actions_.undo.text() == "&Undo Mark source reviewed"
    settle(qtbot, panel)
    assert "1 of 2 sources reviewed" in panel.summary.text()


def test_mark_a_missed_span_from_the_document(qtbot, make_window, detected, answers):
    window, panel = review_window(qtbot, make_window, detected)
    sid = detected.ids["vh_01.txt"]
    window.open_source(sid)
    view = window.document.view
    start = view.text.index("socialtjänsten")
    view.select_span(start, start + len("socialtjänsten"))
    # the document's context menu has the entry
    menu = QMenu()
    for extra in window.document.text_menu_extras:
        extra(menu)
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert sub.title() == "Mark as identifier" and sub.isEnabled()
    assert [a.text() for a in sub.actions()][:2] == ["Person", "School"]
    # ... and so has the menu bar (Ctrl+Shift+P), which asks for the type
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(None))  # all
    answers.queue["choose"].append(TYPES.index("WORKPLACE"))
    assert window.actions_.pseudo_mark.shortcut().toString() == "Ctrl+Shift+P"
    window.actions_.pseudo_mark.trigger()
    [manual] = [o for o in detected.pseudonymisation.suggestions(sid)
                if o.text == "socialtjänsten"]
    assert (manual.type, manual.status, manual.detector) == ("WORKPLACE", "accepted", "manual")
    assert window.actions_.undo.text() == "&Undo Mark identifier"
    settle(qtbot, panel)
    assert panel.model.occurrence_of(panel.tree.currentIndex()).id == manual.id
    assert "socialtjänsten" not in detected.pseudonymisation.pseudonymised_text(sid)
    window.undo()
    assert not [o for o in detected.pseudonymisation.suggestions(sid)
                if o.text == "socialtjänsten"]


def test_change_type_and_replacement_of_a_form(qtbot, make_window, detected, answers):
    window, panel = review_window(qtbot, make_window, detected)
    index = panel.model.index(row_of(panel, "Lina"), 0)
    panel.tree.setCurrentIndex(index)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_E)  # edits the form's replacement in place
    editor = QApplication.focusWidget()
    assert editor is not panel.tree and editor.text() == "[namn]"
    editor.selectAll()
    qtbot.keyClicks(editor, "[kuratorn]")  # letters that are shortcuts in the list (a, r, e)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next event
    qtbot.waitUntil(lambda: window.actions_.undo.text() == "&Undo Change replacement",
                    timeout=3000)
    assert len(detected.undo_stack) == 1  # typing "a" or "r" in the editor decided nothing
    settle(qtbot, panel)
    lina = panel.model.rows[row_of(panel, "Lina")]
    assert lina.replacement == "[kuratorn]"
    assert "[kuratorn] från" in detected.pseudonymisation.pseudonymised_text(
        detected.ids["vh_01.txt"])
    panel.tree.setCurrentIndex(panel.model.index(row_of(panel, "Lina"), 0))
    answers.queue["choose"].append(TYPES.index("WORKPLACE"))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_T)
    assert {o.type for o in detected.pseudonymisation.suggestions() if o.text == "Lina"} == {
        "WORKPLACE"}
    settle(qtbot, panel)
    current = panel.model.group_of(panel.tree.currentIndex())
    assert current.text == "Lina" and current.type == "WORKPLACE"
    assert panel.model.index(row_of(panel, "Lina"), TYPE).data() == "Workplace"


def test_policy_and_the_explicit_pronoun_choice(qtbot, make_window, detected, answers):
    window, panel = review_window(qtbot, make_window, detected)
    service = detected.pseudonymisation
    yusuf = next(g for g in panel.model.rows if g.text == "Yusuf")
    service.decide_all(yusuf.occurrences[0].id, True)
    window.actions_.pseudo_policy.trigger()
    dialog = window.findChild(QDialog, "pseudoPolicyDialog")
    combo = dialog.combos["PERSON"]
    combo.setCurrentIndex(combo.findData("pseudonym"))
    assert service.policy().for_type("PERSON") == "pseudonym"
    assert window.actions_.undo.text() == "&Undo Replace person by pseudonym"
    settle(qtbot, panel)
    pseudonym = next(e.pseudonym for e in service.key_entries() if e.original == "Yusuf")
    example = dialog.examples["PERSON"].text()
    assert "→" in example and "[namn]" not in example
    assert pseudonym in service.pseudonymised_text(detected.ids["vh_01.txt"])
    window.undo()
    assert service.policy().for_type("PERSON") == "label"
    assert combo.currentData() == "label"  # the dialog follows undo
    # han/hon → hen: declined, nothing changes; confirmed, logged with the reason
    answers.queue["confirm"].append(False)
    dialog.pronouns.click()
    assert not service.policy().neutral_pronouns and not dialog.pronouns.isChecked()
    answers.queue["confirm"].append(True)
    answers.queue["ask_text"].append("barnets kön ska inte framgå")
    dialog.pronouns.click()
    assert service.policy().neutral_pronouns and dialog.pronouns.isChecked()
    [entry] = [r for r in service.log() if r["action"] == "neutral pronouns"]
    assert entry["coder"] == "tester" and "barnets kön" in entry["detail"]
    assert window.actions_.undo.text() == "&Undo Gender-neutral pronouns on"
    assert " hen " in service.pseudonymised_text(detected.ids["vh_01.txt"])


def test_preview_of_the_pseudonymised_text(qtbot, make_window, detected):
    window, panel = review_window(qtbot, make_window, detected)
    service = detected.pseudonymisation
    for name in ("Yusuf", "Annas"):
        group = next(g for g in panel.model.rows if g.text == name)
        service.decide_all(group.occurrences[0].id, True)
    sid = detected.ids["vh_01.txt"]
    window.open_source(sid)
    window.actions_.pseudo_preview.trigger()
    pane = window.document.pseudo_preview
    assert pane.on and panel.preview.isChecked()
    assert not window.document.view.isVisible() and pane.view.isVisible()
    expected = service.pseudonymised(sid)
    assert pane.view.toPlainText() == expected.text and "Yusuf" not in pane.view.text
    assert "replacements" in pane.banner.text()
    # the coding over "min son Yusuf, han är nio år" moved with the offset map
    [coding] = pane.view.codings
    assert pane.view.text[coding.start:coding.end] == "min son [namn], han är nio år"
    # a decision shows in the open preview
    lina = next(g for g in panel.model.rows if g.text == "Lina")
    service.decide_all(lina.occurrences[0].id, True)
    qtbot.waitUntil(lambda: "Lina" not in pane.view.text, timeout=3000)
    panel.preview.setChecked(False)
    assert not pane.on and window.document.view.isVisible()
    assert not window.actions_.pseudo_preview.isChecked()


def test_export_key_and_shared_copy(qtbot, make_window, detected, answers, tmp_path,
                                    user_errors):
    window, panel = review_window(qtbot, make_window, detected)
    service = detected.pseudonymisation
    yusuf = next(g for g in panel.model.rows if g.text == "Yusuf")
    service.decide_all(yusuf.occurrences[0].id, True)
    answers.queue["save_file"].append(str(tmp_path / "nyckel.csv"))
    window.actions_.pseudo_export_key.trigger()
    assert "Yusuf" in (tmp_path / "nyckel.csv").read_text(encoding="utf-8-sig")
    assert any(kind == "inform" and "sensitive" in text for kind, text in answers.asked)
    # open suggestions: asked first; the copy is written by a worker
    answers.queue["choose_button"].append(0)
    answers.queue["save_file"].append(str(tmp_path / "delad.qhtl"))
    window.actions_.pseudo_export_copy.trigger()
    qtbot.waitUntil(lambda: any("delad.qhtl:" in t for _, t in answers.asked), timeout=10000)
    from qualcoder_htl.services import Project
    with Project.open(tmp_path / "delad.qhtl", coder="tester") as shared:
        texts = " ".join(shared.sources.get(s.id).text for s in shared.sources.list())
    assert "Yusuf" not in texts and "[namn]" in texts
    # a file that exists is never replaced
    answers.queue["choose_button"].append(0)
    answers.queue["save_file"].append(str(tmp_path / "delad.qhtl"))
    window.actions_.pseudo_export_copy.trigger()
    assert "already exists" in user_errors[-1]
