"""The menu bar and its shortcuts. Every command of the window is here, so everything is
reachable by keyboard and the Keyboard shortcuts dialog is generated from the same actions."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .analysis_tabs import add_analysis_menu
from .server_dialog import open_server_project

Key = QKeySequence.StandardKey


translate = QCoreApplication.translate


def build_menus(w: QMainWindow) -> SimpleNamespace:
    """Create the actions and menus of main window ``w`` (which provides the slots)."""
    a = SimpleNamespace()
    bar = w.menuBar()

    def act(menu: QMenu, text: str, slot, shortcut=None, name: str | None = None,
            needs_project: bool = True, tip: str | None = None) -> QAction:
        action = QAction(text, w)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        action.setProperty("needs_project", needs_project)
        menu.addAction(action)
        if name:
            setattr(a, name, action)
        return action

    m = bar.addMenu(translate("Menus", "&File"))
    act(m, translate("Menus", "&New project…"), w.new_project, Key.New, "new", needs_project=False)
    from .encryption_dialogs import add_menu as add_encryption_menu
    from .encryption_dialogs import add_new_action as add_new_encrypted
    add_new_encrypted(w, m, act)
    act(m, translate("Menus", "&Open project…"),
        w.open_project_dialog, Key.Open, "open", needs_project=False)
    act(m, translate("Menus", "Open &server project…"), lambda: open_server_project(w), None,
        "open_server", needs_project=False,
        tip=translate("Menus", "A project on your team's PostgreSQL server"))
    a.recent_menu = m.addMenu(translate("Menus", "Open &recent"))
    act(m, translate("Menus", "Open the &demo project"),
        w.open_demo, None, "demo", needs_project=False)
    # Ctrl+W closes an analysis tab, as in a browser; the project closes with Ctrl+Shift+W
    act(m, translate("Menus", "&Close project"), w.close_project, "Ctrl+Shift+W", "close")
    m.addSeparator()
    act(m, translate("Menus", "&Import transcripts…"), w.import_transcripts, "Ctrl+I", "import_")
    m.addSeparator()
    act(m, translate("Menus", "E&xport REFI-QDA project (.qdpx)…"), w.export_refi_project, None,
        "export_qdpx", tip=translate("Menus", "For colleagues in NVivo, ATLAS.ti, MAXQDA or "
                                     "QualCoder"))
    act(m, translate("Menus", "Export code&book (.qdc)…"), w.export_refi_codebook, None,
        "export_qdc")
    act(m, translate("Menus", "Im&port REFI-QDA (.qdpx/.qdc)…"), w.import_refi, None,
        "import_refi", needs_project=False)
    m.addSeparator()
    act(m, translate("Menus", "&Settings…"), w.show_settings, Key.Preferences, "settings",
        needs_project=False)
    m.addSeparator()
    act(m, translate("Menus", "&Quit"), w.close, Key.Quit, "quit", needs_project=False)

    m = bar.addMenu(translate("Menus", "&Edit"))
    act(m, translate("Menus", "&Undo"), w.undo, Key.Undo, "undo")
    act(m, translate("Menus", "&Redo"), w.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo")
    m.addSeparator()
    act(m, translate("Menus", "&Find in project…"), w.focus_search, Key.Find, "find")

    m = bar.addMenu(translate("Menus", "&Coding"))
    act(m, translate("Menus", "&Apply the current code"), w.coding("apply_current"),
        "Ctrl+Return", "apply",
        tip=translate("Menus", "Code the selected text with the code chosen in the codebook"))
    act(m, translate("Menus", "&Quick code…"), w.coding("quick_code"), "Ctrl+K", "quick",
        tip=translate("Menus", "Type a few letters of a code, Enter applies it"))
    act(m, translate("Menus", "New code from selection (&in vivo)"),
        w.coding("in_vivo"), "Ctrl+Shift+I",
        "in_vivo")
    act(m, translate("Menus", "&Remove a code from the selection"), w.coding("remove_code"),
        "Ctrl+Backspace", "remove")
    m.addSeparator()
    act(m, translate("Menus", "Mark or unmark &key quote"),
        w.coding("toggle_key_quote"), "Ctrl+Shift+K",
        "key_quote")
    act(m, translate("Menus", "Coding &memo…"),
        w.coding("edit_memo"), "Ctrl+Shift+M", "coding_memo")
    act(m, translate("Menus", "Resize the chosen coding to the selection"),
        w.coding("resize_coding"),
        "Ctrl+Shift+R", "resize")
    act(m, translate("Menus", "Remove the chosen coding"),
        w.coding("remove_coding"), "Ctrl+Shift+Delete",
        "remove_coding")
    a.recent_codes_menu = m.addMenu(translate("Menus", "Apply a recent code"))
    a.recent_code_actions = []
    for n in range(9):
        action = act(a.recent_codes_menu, "", lambda n=n: w.apply_recent(n), f"Ctrl+{n + 1}")
        a.recent_code_actions.append(action)

    m = bar.addMenu(translate("Menus", "&Project"))
    act(m, translate("Menus", "&Attributes and cases…"),
        w.show_attributes, "Ctrl+Shift+A", "attributes")
    act(m, translate("Menus", "Project &memo"), w.show_project_memos, None, "project_memo")
    act(m, translate("Menus", "Project &settings…"), lambda: _project_settings(w), None,
        "project_settings", tip=translate("Menus", "Title, description and how quotes are "
                                          "cited"))
    from .assign_dialog import assign_sources
    act(m, translate("Menus", "Assign sources to c&oders…"), lambda: assign_sources(w), None,
        "assign_sources")
    from .team_dialogs import copy_for_a_coder, merge_a_copy
    act(m, translate("Menus", "Cop&y for a coder…"), lambda: copy_for_a_coder(w), None,
        "copy_for_coder", tip=translate("Menus", "A copy of the project for one coder to code "
                                        "in (without the pseudonymisation key)"))
    act(m, translate("Menus", "Mer&ge a coder's copy…"), lambda: merge_a_copy(w), None,
        "merge_copy", tip=translate("Menus", "Bring a coder's copy (.qhtl or .qdpx) back into "
                                    "this project as one undo step"))
    act(m, translate("Menus", "&Export log…"), lambda: _export_log(w, "open_export_log"), None,
        "export_log")
    act(m, translate("Menus", "&Retire the originals…"),
        lambda: _export_log(w, "retire_originals"), None, "retire_originals",
        tip=translate("Menus", "At the end of a study: delete the original texts and the key"))
    add_encryption_menu(w, m, act)
    add_analysis_menu(w, bar, act)

    from .pseudo_menu import add_menu as add_pseudonymisation_menu
    add_pseudonymisation_menu(w, bar, act, a)

    a.view_menu = bar.addMenu(translate("Menus", "&View"))
    a.focus_actions = []
    a.reset_layout = QAction(translate("Menus", "&Reset the layout"), w)
    a.reset_layout.triggered.connect(w.reset_layout)
    tabs = (("next_tab", translate("Menus", "&Next tab"), ["Ctrl+Tab", "Ctrl+PgDown"], 1),
            ("previous_tab", translate("Menus", "&Previous tab"),
             ["Ctrl+Shift+Tab", "Ctrl+PgUp"], -1))
    for name, text, keys, step in tabs:
        action = QAction(text, w)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda checked=False, step=step: w.step_tab(step))
        setattr(a, name, action)
    a.close_tab = QAction(translate("Menus", "Close the &tab"), w)
    a.close_tab.setShortcut(QKeySequence("Ctrl+W"))
    a.close_tab.triggered.connect(lambda checked=False: w.close_tab())

    m = bar.addMenu(translate("Menus", "&Help"))
    act(m, translate("Menus", "&User guide"), lambda: _user_guide(w), "F1", "guide",
        needs_project=False)
    act(m, translate("Menus", "&Keyboard shortcuts"), w.show_shortcuts, "Shift+F1", "shortcuts",
        needs_project=False)
    act(m, translate("Menus", "&About qualcoder-htl"),
        w.show_about, None, "about", needs_project=False)
    return a


def _user_guide(w):
    from .help_window import show_guide
    return show_guide(w)


def _export_log(w, name: str):
    from . import export_log_view
    return getattr(export_log_view, name)(w)


def _project_settings(w):
    from .project_settings import open_project_settings
    return open_project_settings(w)


def shortcut_table(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every action with a shortcut, for the help dialog."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        stack = [(menu_action.text().replace("&", ""), menu)]
        while stack:
            title, m = stack.pop(0)
            for action in m.actions():
                if action.menu() is not None:
                    stack.append((title, action.menu()))
                elif action.shortcuts() and action.text():
                    keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                                     for s in action.shortcuts())
                    rows.append((title, action.text().replace("&", ""), keys))
    return rows
