"""The dock panels of the main window, their default places (fitted to the screen), and
View-menu entries to show and focus each (Alt+1 … Alt+6) and to step through the tabs."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QTabBar

from .analysis_tabs import make_analysis_views
from .codebook_panel import CodebookPanel
from .compact import fit_codebook, fit_panel, fit_sources_list
from .memos import MemosPanel
from .pseudo_panel import PseudonymisationPanel
from .search_panel import SearchPanel
from .segments_panel import SegmentsPanel
from .session import Session
from .sources_panel import SourcesPanel

translate = QCoreApplication.translate


def make_docks(window, session: Session) -> None:
    sources = SourcesPanel(session)
    codebook = CodebookPanel(session)
    segments = SegmentsPanel(session)
    search = SearchPanel(session)
    memos = MemosPanel(session)
    pseudo = PseudonymisationPanel(session)
    window.panels.update(sources=sources, codebook=codebook, segments=segments,
                         search=search, memos=memos, pseudonymisation=pseudo)
    titles = {"sources": translate("Panels", "Sources"),
              "codebook": translate("Panels", "Codebook"),
              "segments": translate("Panels", "Coded segments"),
              "search": translate("Panels", "Search"),
              "memos": translate("Panels", "Memos"),
              "pseudonymisation": translate("Panels", "Pseudonymisation")}
    for name, panel in window.panels.items():
        dock = QDockWidget(titles[name], window)
        dock.setObjectName(f"{name}Dock")  # saveState() finds docks by object name
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.docks[name] = dock
    make_analysis_views(window, session)
    for panel in window.panels.values():
        fit_panel(panel)
    fit_sources_list(sources)
    fit_codebook(codebook, session)
    default_layout(window)
    sources.source_activated.connect(window.open_source)
    sources.attributes_requested.connect(window.show_attributes)
    codebook.apply_requested.connect(window.apply_code)
    from .pseudo_menu import attach
    attach(window, session, pseudo)
    _fill_view_menu(window)
    from .coder_filter import add_blind_action
    window.actions_.view_menu.addSeparator()
    window.blind_action = add_blind_action(window, session)


def default_layout(window) -> None:
    """Sources on the left, the codebook (and pseudonymisation) on the right; the coded
    segments, search and memos below the document on a large screen, below the sources on a
    laptop's (so the document keeps the window's full height). Sizes follow the window."""
    from .screen_fit import compact
    docks = window.docks
    if not docks:
        return
    for dock in docks.values():
        dock.setFloating(False)
        dock.show()
    lists = [docks["segments"], docks["search"], docks["memos"]]
    small = compact(window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["sources"])
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, docks["codebook"])
    if small:
        window.splitDockWidget(docks["sources"], lists[0], Qt.Orientation.Vertical)
    else:
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, lists[0])
    window.tabifyDockWidget(lists[0], lists[1])
    window.tabifyDockWidget(lists[1], lists[2])
    lists[0].raise_()
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    window.tabifyDockWidget(docks["codebook"], docks["pseudonymisation"])
    docks["codebook"].raise_()
    size_docks(window, small)
    # once the new layout has been laid out (it takes the panels' size hints first)
    QTimer.singleShot(0, lambda: size_docks(window, small))
    # Qt 6.12 leaves the tab bars of an earlier layout on screen (a second default_layout,
    # Reset the layout): hide them all; the next layout pass shows the ones in use again
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.hide()
    window.layout().invalidate()


def size_docks(window, small: bool) -> None:
    from .screen_fit import panel_sizes
    docks = window.docks
    if not shiboken6.isValid(window) or "sources" not in docks:
        return
    left, right, bottom = panel_sizes(window.width(), window.height())
    window.resizeDocks([docks["sources"], docks["codebook"]], [left, right],
                       Qt.Orientation.Horizontal)
    if small:
        window.resizeDocks([docks["sources"], docks["segments"]], [window.height() // 2] * 2,
                           Qt.Orientation.Vertical)
    else:
        window.resizeDocks([docks["segments"]], [bottom], Qt.Orientation.Vertical)


def _fill_view_menu(window) -> None:
    menu = window.actions_.view_menu
    menu.clear()
    window.actions_.focus_actions = []
    order = ("sources", "codebook", "segments", "search", "memos", "pseudonymisation")
    for name in order:
        menu.addAction(window.docks[name].toggleViewAction())
    menu.addSeparator()

    def focus(name: str):
        dock = window.docks[name]
        dock.show()
        dock.raise_()
        target = {"sources": lambda p: p.tree, "codebook": lambda p: p.tree,
                  "segments": lambda p: p.list, "search": lambda p: p.query,
                  "memos": lambda p: p.list,
                  "pseudonymisation": lambda p: p.tree}[name](window.panels[name])
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    names = {"sources": translate("Panels", "Go to Sources"),
             "codebook": translate("Panels", "Go to Codebook"),
             "segments": translate("Panels", "Go to Coded segments"),
             "search": translate("Panels", "Go to Search"),
             "memos": translate("Panels", "Go to Memos"),
             "pseudonymisation": translate("Panels", "Go to Pseudonymisation")}
    for n, name in enumerate(order, start=1):
        action = QAction(names[name], window)
        action.setShortcut(QKeySequence(f"Alt+{n}"))
        action.triggered.connect(lambda checked=False, name=name: focus(name))
        menu.addAction(action)
        window.actions_.focus_actions.append(action)
    document = QAction(translate("Panels", "Go to the document"), window)
    document.setShortcut(QKeySequence("Alt+0"))
    document.triggered.connect(lambda: (window.show_document(), window.document.view.setFocus(
        Qt.FocusReason.ShortcutFocusReason)) if window.document else None)
    menu.addAction(document)
    window.actions_.focus_actions.append(document)
    menu.addSeparator()
    for action in (window.actions_.next_tab, window.actions_.previous_tab,
                   window.actions_.close_tab):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(window.actions_.reset_layout)
