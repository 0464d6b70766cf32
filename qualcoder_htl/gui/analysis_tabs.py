"""The analysis views in the main window: the theme matrix and the quote extract as docks
above the document (hidden until asked for; they compute only while shown), the export
dialog, and the Analysis menu that reaches them by keyboard."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from .matrix_view import MatrixView
from .quote_view import QuoteView
from .session import Session

translate = QCoreApplication.translate
NAMES = ("matrix", "quotes")


def add_analysis_menu(w, bar, act) -> None:
    """The Analysis menu of main window ``w``; ``act`` is ``build_menus``'s action maker."""
    m = bar.addMenu(translate("Menus", "&Analysis"))
    act(m, translate("Menus", "Theme &matrix"), lambda: show_view(w, "matrix"),
        "Ctrl+Shift+T", "matrix",
        tip=translate("Menus", "Themes by organisational level (or any attribute), with the "
                               "quotes of each cell"))
    act(m, translate("Menus", "&Quote extract"), lambda: show_view(w, "quotes"),
        "Ctrl+Shift+Q", "quote_extract",
        tip=translate("Menus", "The quotes of a theme grouped by level, key quotes first"))
    m.addSeparator()
    act(m, translate("Menus", "&Export matrix, quotes or report…"), lambda: export(w),
        "Ctrl+Shift+E", "export_analysis",
        tip=translate("Menus", "Word, CSV or Excel, in Swedish or English"))


def make_analysis_docks(window, session: Session) -> None:
    """Create the docks (called by ``panels.make_docks`` before the layout is restored)."""
    views = {"matrix": MatrixView(session), "quotes": QuoteView(session)}
    titles = {"matrix": translate("Panels", "Theme matrix"),
              "quotes": translate("Panels", "Quote extract")}
    for name, view in views.items():
        window.panels[name] = view
        dock = QDockWidget(titles[name], window)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(view)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.docks[name] = dock
        view.export_requested.connect(lambda kind, w=window: export(w, kind))
        dock.visibilityChanged.connect(view.visibility_changed)


def place_analysis_docks(window) -> None:
    """Their default place: above the document, tabbed, hidden."""
    docks = [window.docks[n] for n in NAMES if n in window.docks]
    if len(docks) != len(NAMES):
        return
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, docks[0])
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, docks[1])
    window.tabifyDockWidget(docks[0], docks[1])
    for dock in docks:
        dock.hide()


def show_view(window, name: str):
    """Show and focus the matrix or the quote extract; a first showing gets half the
    window's height."""
    dock = window.docks.get(name)
    if window.session is None or dock is None:
        return None
    was_visible = dock.isVisible()
    dock.show()
    dock.raise_()
    if not was_visible and not dock.isFloating():
        QTimer.singleShot(0, lambda: _give_room(window, dock))
    view = window.panels[name]
    (view.table if name == "matrix" else view.code).setFocus(Qt.FocusReason.ShortcutFocusReason)
    return view


def _give_room(window, dock: QDockWidget) -> None:
    """Nearly half the window's height for a view shown the first time (once laid out)."""
    if shiboken6.isValid(dock) and dock.isVisible() and dock.height() < window.height() // 2:
        window.resizeDocks([dock], [window.height() * 9 // 20], Qt.Orientation.Vertical)


def export(window, kind: str | None = None):
    """Open the export dialog with what the views show (``kind``: which is chosen)."""
    from .export_dialog import ExportDialog
    if window.session is None:
        return None
    matrix, quotes = window.panels.get("matrix"), window.panels.get("quotes")
    if kind is None:
        kind = "quotes" if quotes is not None and quotes.on_screen() and not (
            matrix is not None and matrix.on_screen()) else "matrix"
    request = quotes.request() if quotes is not None else None
    dialog = ExportDialog(window.session, matrix.request() if matrix else None, request, kind,
                          window, descriptions={"matrix": matrix.describe() if matrix else "",
                                                "quotes": quotes.describe() if quotes else ""})
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
