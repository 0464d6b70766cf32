"""Project ▸ Copy for a coder… writes a coder's copy; Project ▸ Merge a coder's copy… shows the
dry run, merges as one undo step and says what was added."""
from PySide6.QtCore import Qt

from qualcoder_htl.gui import team_dialogs
from qualcoder_htl.services import Project


def _menu_texts(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    return [a.text() for a in menu.actions()]


def test_copy_for_a_coder_then_merge_it_back(qtbot, make_window, project, answers, tmp_path):
    window = make_window(project)
    assert {"Cop&y for a coder…", "Mer&ge a coder's copy…"} <= set(_menu_texts(window))
    assert window.actions_.copy_for_coder.isEnabled() and window.actions_.merge_copy.isEnabled()
    # the lead assigned one source to bo: it is ticked, the others not
    project.set_coder("bo")
    project.codings.add(project.ids["vh_01.txt"], project.codebook.find("Tillit").id, 0, 5)
    bo = project.coder.id
    project.set_coder("tester")
    project.team.assign(bo, [project.ids["vh_01.txt"]])
    dialog = team_dialogs.copy_for_a_coder(window)
    qtbot.addWidget(dialog)
    assert not dialog.write_button.isEnabled()  # no coder named yet
    assert not dialog.with_key.isVisible()  # no key in this project
    dialog.coder.setCurrentText("bo")
    assert dialog.chosen() == [project.ids["vh_01.txt"]]
    dialog.sources.item(0).setCheckState(Qt.CheckState.Checked)  # and one more
    dialog.blind.setChecked(True)
    dest = tmp_path / "bo-kopia.qhtl"
    answers.queue["save_file"].append(str(dest))
    dialog.write_button.click()
    assert dest.is_file() and dialog.report is not None and dialog.report.sources == 2
    assert any(kind == "inform" and "bo" in text for kind, text in answers.asked)

    with Project.open(dest) as copy:  # bo codes in his copy
        assert copy.coder.name == "bo" and copy.team.is_blind()
        sid = copy.sources.find("vh_01.txt").id
        copy.codings.add(sid, copy.codebook.find("Samverkan").id, 10, 30)
        copy.memos.add("Bos anteckning", source_id=sid)
    before = len(project.codings.all())
    steps = len(project.undo_stack)
    answers.queue["open_file"].append(str(dest))
    merging = team_dialogs.merge_a_copy(window)
    qtbot.addWidget(merging)
    qtbot.waitUntil(lambda: merging.dry is not None, timeout=20000)
    assert "Dry run" in merging.text.toPlainText()
    assert "codings: 1 added" in merging.text.toPlainText()
    assert len(project.codings.all()) == before  # nothing written yet
    merging.merge_button.click()
    qtbot.waitUntil(lambda: merging.report is not None, timeout=20000)
    assert merging.report.codings_added == 1
    assert "Merged" in merging.text.toPlainText() and merging.close_button.text() == "Close"
    assert len(project.codings.all()) == before + 1
    assert len(project.undo_stack) == steps + 1
    window.session.undo()
    assert len(project.codings.all()) == before


def test_merge_of_a_broken_file_changes_nothing(qtbot, make_window, project, answers, tmp_path,
                                                monkeypatch):
    window = make_window(project)
    shown = []
    monkeypatch.setattr("qualcoder_htl.gui.errors.show_user_error",
                        lambda parent, e: shown.append(str(e)))
    bad = tmp_path / "trasig.qdpx"
    bad.write_bytes(b"PK not a zip")
    answers.queue["open_file"].append(str(bad))
    merging = team_dialogs.merge_a_copy(window)
    qtbot.addWidget(merging)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert not merging.merge_button.isEnabled() and merging.close_button.isEnabled()
    assert "Nothing was merged" in merging.heading.text()
    assert len(project.undo_stack) == 0


def test_a_coders_copy_opens_as_its_coder(make_window, project, tmp_path):
    from qualcoder_htl.services.coder_copy import copy_for_coder
    dest = tmp_path / "cecilia.qhtl"
    copy_for_coder(project, dest, "Cecilia")
    window = make_window()
    assert window.open_project(dest)
    assert window.session.project.coder.name == "Cecilia"
    window.close_project()


def test_with_a_key_the_copy_is_pseudonymised_and_open_suggestions_are_asked_about(
        qtbot, make_window, project, answers, tmp_path):
    sid = project.ids["skola_a_01.txt"]
    text = project.sources.get(sid).text
    start = text.index("rektorn")
    project.pseudonymisation.add_span(sid, start, start + len("rektorn"), "PERSON")
    other = text.index("hösten")
    maybe = project.pseudonymisation.add_span(sid, other, other + len("hösten"), "OTHER").result
    project.pseudonymisation.reopen(maybe)
    assert project.pseudonymisation.summary()["open"] == 1  # one left to review
    window = make_window(project)
    dialog = team_dialogs.copy_for_a_coder(window)
    qtbot.addWidget(dialog)
    assert not dialog.with_key.isHidden()
    dialog.coder.setCurrentText("bo")
    answers.queue["choose_button"].append(None)  # review first: nothing written
    dialog.write_button.click()
    assert dialog.report is None and not list(tmp_path.glob("*bo*.qhtl"))
    answers.queue["choose_button"].append(0)
    answers.queue["save_file"].append(str(tmp_path / "bo.qhtl"))
    dialog.write_button.click()
    assert dialog.report is not None and dialog.report.pseudonymised
    with Project.open(dialog.report.path) as copy:
        assert "rektorn" not in copy.sources.get(copy.sources.find("skola_a_01.txt").id).text
