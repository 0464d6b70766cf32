"""The GUI side of read-only projects (a translated bar across the window) and of unexpected
errors (a private log without transcript text; busy or full disks as a plain message)."""
import os
import sqlite3
import stat

from PySide6.QtWidgets import QLabel, QToolBar

from qualcoder_htl.core.errors import ReadOnlyProjectError
from qualcoder_htl.services import Project


def test_a_read_only_project_shows_a_bar_and_refuses_changes(make_window, project, user_errors):
    path = project.path
    project.close()
    read_only = Project.open(path, coder="tester", read_only=True)
    window = make_window(read_only)
    [bar] = window.findChildren(QToolBar, "readOnlyBanner")
    assert bar.isVisible()
    label = bar.findChild(QLabel, "readOnlyBannerText")
    assert label.text().startswith("This project is open read-only")
    window.close_project()
    assert window.findChildren(QToolBar, "readOnlyBanner") == []
    assert window.open_project(path)  # writable again: no bar
    assert window.findChildren(QToolBar, "readOnlyBanner") == []


def test_a_read_only_change_in_the_window_is_one_message(make_window, project, user_errors):
    path = project.path
    project.close()
    read_only = Project.open(path, coder="tester", read_only=True)
    window = make_window(read_only)
    window.session.run(lambda: window.session.project.codebook.create("Ny kod"), window)
    assert len(user_errors) == 1 and "read-only" in user_errors[0]
    try:
        read_only.codebook.create("Ny kod")
    except ReadOnlyProjectError:
        pass
    else:
        raise AssertionError("a change was accepted")


def test_the_hook_logs_privately_without_text(tmp_path, monkeypatch, user_errors):
    from qualcoder_htl.gui import errors
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    shown = []
    monkeypatch.setattr(errors.ExceptionDialog, "exec", lambda self: shown.append(self.details))
    hook = errors.ExceptionHook()
    try:
        {}["Hemligt: Åsa Lindqvist sa att"]
    except KeyError as e:
        hook(type(e), e, e.__traceback__)
    assert len(shown) == 1 and "Lindqvist" not in shown[0] and "KeyError" in shown[0]
    log = hook.last_log
    assert log is not None and log.parent == tmp_path / "xdg" / "qualcoder-htl" / "logs"
    assert stat.S_IMODE(os.stat(log).st_mode) == 0o600
    assert "Lindqvist" not in log.read_text(encoding="utf-8")
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as e:
        hook(type(e), e, e.__traceback__)
    assert len(shown) == 1 and user_errors == [
        "The disk is full. Nothing was saved by the failed action; free some space and try "
        "again."]
