"""A project open elsewhere: the window says who has it and offers a read-only open."""
import json
import socket

from qualcoder_htl.store.lock import lock_path, read_owner


def _held_by_bertil(path):
    lock_path(path).write_text(json.dumps({
        "user": "bertil", "host": "forskarlaptop", "pid": 4242,
        "started": "2026-12-01T09:15:00", "token": "x"}), encoding="utf-8")


def test_open_offers_read_only_naming_who_has_it(make_window, project, answers):
    path = project.path
    project.close()
    _held_by_bertil(path)
    window = make_window()
    answers.queue["confirm"].append(True)
    assert window.open_project(path)
    [(kind, text)] = answers.asked
    assert kind == "confirm" and "bertil" in text and "forskarlaptop" in text
    assert window.session.project.db.read_only
    assert read_owner(path).user == "bertil"  # the other's lock stays
    window.close_project()
    assert read_owner(path).host == "forskarlaptop"


def test_declining_the_read_only_open_opens_nothing(make_window, project, answers):
    path = project.path
    project.close()
    _held_by_bertil(path)
    window = make_window()
    answers.queue["confirm"].append(False)
    assert not window.open_project(path)
    assert window.session is None


def test_the_window_holds_the_lock_while_open(make_window, project):
    path = project.path
    project.close()
    window = make_window()
    assert window.open_project(path)
    assert read_owner(path).host == socket.gethostname()
    window.close_project()
    assert read_owner(path) is None


def test_opening_the_project_already_open_here_keeps_it(make_window, project, answers):
    path = project.path
    project.close()
    window = make_window()
    assert window.open_project(path)
    session = window.session
    assert window.open_project(path)  # from the recent list again: no question, same session
    assert window.session is session and answers.asked == []
