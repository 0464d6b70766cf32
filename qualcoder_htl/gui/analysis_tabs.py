"""The analysis views in the main window: the theme matrix, the quote extract and the theme
chart open as tabs beside the document (``central_tabs``; they compute only while shown), the
export dialog, and the Analysis menu that reaches them by keyboard."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from .matrix_view import MatrixView
from .quote_view import QuoteView
from .session import Session

translate = QCoreApplication.translate
NAMES = ("matrix", "quotes", "chart")


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
    act(m, translate("Menus", "Theme &chart"), lambda: show_view(w, "chart"),
        "Ctrl+Shift+H", "theme_chart",
        tip=translate("Menus", "The theme matrix as a heat map or as grouped bars"))
    m.addSeparator()
    act(m, translate("Menus", "&Export matrix, quotes or report…"), lambda: export(w),
        "Ctrl+Shift+E", "export_analysis",
        tip=translate("Menus", "Word, CSV or Excel, in Swedish or English"))


def make_analysis_views(window, session: Session) -> None:
    """Create the views, closed: each opens as a tab beside the document when asked for."""
    from .theme_chart import ThemeChartView
    matrix = MatrixView(session)
    views = {"matrix": matrix, "quotes": QuoteView(session),
             "chart": ThemeChartView(session, matrix)}
    titles = {"matrix": translate("Panels", "Theme matrix"),
              "quotes": translate("Panels", "Quote extract"),
              "chart": translate("Panels", "Theme chart")}
    focus = {"matrix": lambda: matrix.table, "quotes": lambda: views["quotes"].code,
             "chart": lambda: views["chart"].canvas}
    for name, view in views.items():
        window.panels[name] = view
        window.tabs.register(name, view, titles[name], focus[name])
        export_requested = getattr(view, "export_requested", None)
        if export_requested is not None:
            export_requested.connect(lambda kind, w=window: export(w, kind))


def show_view(window, name: str):
    """Open (or bring to the front) the tab of the matrix, the quote extract or the chart,
    and put the keyboard in it."""
    if window.session is None or name not in window.tabs.views:
        return None
    view = window.tabs.open_view(name)
    window.tabs.focus[name]().setFocus(Qt.FocusReason.ShortcutFocusReason)
    return view


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
