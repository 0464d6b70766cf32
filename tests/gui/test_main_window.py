"""The main window: start without a project, new/open/close, recent projects, the remembered
layout, keyboard focus, Swedish and English, error dialogs, and the demo project."""
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from qualcoder_htl.core.errors import ConflictError
from qualcoder_htl.gui import settings as app_settings


def test_starts_with_a_welcome_page(make_window):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert not window.actions_.undo.isEnabled() and not window.actions_.import_.isEnabled()
    assert window.actions_.open.isEnabled() and window.actions_.demo.isEnabled()
    assert window.windowTitle() == "qualcoder-htl"


def test_open_close_and_recent_projects(qtbot, make_window, project):
    path = str(project.path)
    project.close()
    window = make_window()
    assert window.open_project(path)
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.document
    assert set(window.docks) - {"pseudonymisation"} == {
        "sources", "codebook", "segments", "search", "memos"}
    assert set(window.tabs.makers) == {"matrix", "quotes", "chart", "agreement", "compare"}
    assert window.windowTitle().startswith("gui")
    assert window.document.view.source is not None  # the first source opens by itself
    assert app_settings.recent_projects() == [path]
    window.close_project()
    assert window.session is None and window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    [recent] = window.actions_.recent_menu.actions()
    recent.trigger()
    assert window.session is not None and str(window.session.project.path) == path


def test_a_missing_project_is_a_readable_error(make_window, tmp_path, user_errors):
    app_settings.add_recent_project(str(tmp_path / "borta.qhtl"))
    window = make_window()
    assert not window.open_project(tmp_path / "borta.qhtl")
    assert "No project file" in user_errors[0]
    assert app_settings.recent_projects() == []


def test_new_project(make_window, tmp_path, monkeypatch):
    window = make_window()
    target = tmp_path / "nytt projekt.qhtl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.new_project()
    assert target.exists() and window.session.project.sources.list() == []
    assert window.document.view.source is None
    # not a dead end: the empty project says how to get transcripts in
    assert "Open a source" not in window.document.header.text()
    assert window.document.empty.isVisible()


def test_layout_is_remembered(qtbot, make_window, project):
    window = make_window(project)
    window.docks["search"].hide()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.docks["codebook"])
    window.close()
    path = project.path
    from qualcoder_htl.services import Project
    again = make_window(Project.open(path))
    assert again.dockWidgetArea(again.docks["codebook"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not again.docks["search"].isVisible()
    again.reset_layout()
    assert again.dockWidgetArea(again.docks["codebook"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.docks["search"].isVisible()


def test_alt_keys_reach_every_panel(qtbot, make_window, project):
    window = make_window(project)
    window.activateWindow()
    keys = {"Alt+1": window.panels["sources"].tree, "Alt+2": window.panels["codebook"].tree,
            "Alt+4": window.panels["search"].query, "Alt+0": window.document.view}
    actions = {a.shortcut().toString(): a for a in window.actions_.focus_actions}
    for key, widget in keys.items():
        actions[key].trigger()
        assert widget.hasFocus() or QApplication.focusWidget() in (widget, None), key
    from qualcoder_htl.gui.dialogs import shortcuts_dialog
    dialog = shortcuts_dialog(window)
    qtbot.addWidget(dialog)
    table = dialog.layout().itemAt(0).widget()
    keys_listed = {table.item(r, 2).text() for r in range(table.rowCount())}
    assert {"Ctrl+Z", "Ctrl+K", "Ctrl+Return", "Alt+1"} <= {k.split(",")[0] for k in keys_listed}


@pytest.fixture
def application(qtbot, qapp):
    from qualcoder_htl.gui.app import Application
    app = Application(qapp, coder="forskare")
    qtbot.addWidget(app.window)
    yield app
    app.translation.apply("en")
    if app.window.session is not None:
        app.window.close()


def test_switch_language_keeps_project_and_undo(qtbot, application, project):
    window = application.window
    window.set_project(project)
    window.show()
    project.codebook.create("Ny kod")
    source_id = window.session.current_source_id
    new = application.switch_language("sv")
    qtbot.addWidget(new)
    assert new is not window and new.session.project is project
    titles = [a.text() for a in new.menuBar().actions()]
    assert titles[:3] == ["&Arkiv", "&Redigera", "&Kodning"]
    assert new.actions_.undo.text() == "&Ångra Ny kod 'Ny kod'"
    assert new.session.current_source_id == source_id
    assert new.docks["codebook"].windowTitle() == "Kodbok"
    back = application.switch_language("en")
    qtbot.addWidget(back)
    assert [a.text() for a in back.menuBar().actions()][0] == "&File"


def test_settings_dialog_asks_for_a_language_change(qtbot, make_window, project):
    window = make_window(project)
    dialog = app_settings.SettingsDialog("tester", window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.coder.setText("Anna")
    with qtbot.waitSignal(window.language_change_requested) as blocker:
        window.apply_settings(dialog)
    assert blocker.args == ["sv"]
    assert app_settings.language() == "sv"
    assert window.session.project.coder.name == "Anna"


def test_translation_files_are_compiled_and_complete():
    from xml.etree import ElementTree
    ts = app_settings.translations_dir() / "qualcoder_htl_sv.ts"
    qm = app_settings.translations_dir() / "qualcoder_htl_sv.qm"
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1
    unfinished = [m.findtext("source") for m in ElementTree.parse(ts).iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (m.findtext("translation") or m.find("translation/numerusform")
                          is not None)]
    assert unfinished == []


def test_system_locale_chooses_the_language(monkeypatch):
    from PySide6.QtCore import QLocale
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Swedish))
    assert app_settings.language() == "sv"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert app_settings.language() == "en"


def test_unexpected_errors_show_details_to_copy(qtbot, application, project, monkeypatch):
    from qualcoder_htl.gui import errors
    window = application.window
    window.set_project(project)
    shown = []
    monkeypatch.setattr(errors.ExceptionDialog, "exec", lambda self: shown.append(self) or 0)
    refreshed = []
    window.session.changed.connect(lambda ch: refreshed.append(ch.result))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        application.hook(*sys.exc_info())
    [dialog] = shown
    qtbot.addWidget(dialog)
    # frames and the exception type; the message is withheld (it may quote transcript text)
    assert "builtins.RuntimeError: <message withheld, 4 chars>" in dialog.details
    assert "in test_unexpected_errors_show_details_to_copy" in dialog.details
    assert str(application.hook.last_log) in dialog.details
    dialog.copy_details()
    assert "builtins.RuntimeError" in QGuiApplication.clipboard().text()
    assert refreshed == ["all"]  # every panel re-read the project afterwards


def test_user_errors_reaching_the_hook_are_readable(application, user_errors):
    application.hook(ConflictError, ConflictError("There is already a code called 'X'."), None)
    assert user_errors == ["There is already a code called 'X'."]


def test_demo_opens_a_fresh_coded_copy(qtbot, application, small_corpus, tmp_path, monkeypatch):
    from qualcoder_htl.gui import settings
    monkeypatch.setattr(settings, "demo_folder", lambda: tmp_path)
    application.open_demo(corpus=small_corpus)
    window = application.window
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    project = window.session.project
    assert project.path.parent == tmp_path
    assert len(project.sources.list()) == 3 and len(project.codings.all()) == 1
    assert project.coder.name == "forskare"  # your codings carry your name, not "demo"
    assert not project.undo_stack.can_undo
    assert window.document.view.source is not None
    # demo copies stay out of the recent projects
    assert str(project.path) not in settings.recent_projects()
    assert window.actions_.recent_menu.actions() == [] or all(
        "htl-demo" not in a.text() for a in window.actions_.recent_menu.actions())
    settings.add_recent_project(str(tmp_path / "x.qhtl"))
    assert settings.recent_projects() == []


def test_a_defective_qt_binding_is_detected_and_neutralised(qtbot):
    import PySide6

    from qualcoder_htl.gui import binding_check
    broken = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"
    assert binding_check.leaks_references() == broken
    guard = binding_check.RefcountGuard(interval=10)
    probe = binding_check._Probe()
    index = probe.index(0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data()  # on a defective binding each call loses a reference to None
    qtbot.waitUntil(lambda: sys.getrefcount(None) >= before - 50)
    assert (guard.restored >= 1900) == broken
    guard._timer.stop()


def test_closing_right_after_a_coding_is_safe(qtbot, make_window, project):
    window = make_window(project)
    window.open_source(project.ids["vh_01.txt"])
    window.document.view.select_span(0, 20)
    window.session.set_current_code(project.codebook.find("Tillit").id)
    window.actions_.apply.trigger()  # panels' refreshes are queued for the next loop pass
    session = window.session
    window.close_project()
    qtbot.wait(20)  # the queued refreshes find their panels gone and do nothing
    assert window.session is None and session._later == []


def test_start_opens_a_project_with_the_hook_installed(qtbot, project):
    from qualcoder_htl.gui.app import start
    path = str(project.path)
    project.close()
    application = start(project_path=path, coder="forskare")  # run() = start() + exec()
    window = application.window
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and str(window.session.project.path) == path
        assert window.session.project.coder.name == "forskare"
        assert sys.excepthook is application.hook
    finally:
        application.hook.uninstall()
    assert sys.excepthook is not application.hook
