"""The analysis views in the main window: the theme matrix, the quote extract and the theme
chart open as tabs beside the document (``central_tabs``; they compute only while shown), the
export dialog, and the Analysis menu that reaches them by keyboard."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from .compact import cap_row_headers, fit_panel
from .session import Session

translate = QCoreApplication.translate
NAMES = ("matrix", "quotes", "chart", "agreement", "compare")


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
    act(m, translate("Menus", "Intercoder &agreement"), lambda: show_view(w, "agreement"),
        None, "agreement",
        tip=translate("Menus", "How well two or more coders agree: percentage, kappa, alpha"))
    act(m, translate("Menus", "Compare c&oders…"), lambda: show_view(w, "compare"),
        None, "compare_coders",
        tip=translate("Menus", "One source with each coder's codings side by side; settle "
                               "where they disagree"))
    m.addSeparator()
    act(m, translate("Menus", "&Export matrix, quotes or report…"), lambda: export(w),
        "Ctrl+Shift+E", "export_analysis",
        tip=translate("Menus", "Word, CSV or Excel, in Swedish or English"))


def make_analysis_views(window, session: Session) -> None:
    """Make the views known, unbuilt: each is built when first asked for and opens as a tab
    beside the document."""
    def made(name: str, view):
        window.panels[name] = view
        fit_panel(view)
        export_requested = getattr(view, "export_requested", None)
        if export_requested is not None:
            export_requested.connect(lambda kind, w=window: export(w, kind))
        return view

    def matrix():
        from .matrix_view import MatrixView
        view = made("matrix", MatrixView(session))
        cap_row_headers(view.table)
        return view

    def quotes():
        from .quote_view import QuoteView
        return made("quotes", QuoteView(session))

    def chart():
        from .theme_chart import ThemeChartView
        return made("chart", ThemeChartView(session, window.tabs.view("matrix")))

    def agreement():
        from .agreement_view import AgreementView
        return made("agreement", AgreementView(session))

    def compare():
        from .comparison_view import ComparisonView
        return made("compare", ComparisonView(session))

    tabs = window.tabs
    tabs.register("matrix", translate("Panels", "Theme matrix"), matrix, lambda v: v.table)
    tabs.register("quotes", translate("Panels", "Quote extract"), quotes, lambda v: v.code)
    tabs.register("chart", translate("Panels", "Theme chart"), chart, lambda v: v.canvas)
    tabs.register("agreement", translate("Panels", "Intercoder agreement"), agreement,
                  lambda v: v.coders)
    tabs.register("compare", translate("Panels", "Compare coders"), compare,
                  lambda v: v.views[0])


def view(window, name: str):
    """The matrix, quote extract or chart view, built if needed (its tab may stay closed)."""
    if window.session is None or window.tabs is None:
        return None
    return window.tabs.view(name)


def show_view(window, name: str):
    """Open (or bring to the front) the tab of the matrix, the quote extract or the chart,
    and put the keyboard in it."""
    if window.session is None or name not in window.tabs.makers:
        return None
    opened = window.tabs.open_view(name)
    window.tabs.focus[name](opened).setFocus(Qt.FocusReason.ShortcutFocusReason)
    return opened


def export(window, kind: str | None = None):
    """Open the export dialog with what the views show (``kind``: which is chosen)."""
    from .export_dialog import ExportDialog
    if window.session is None:
        return None
    matrix, quotes = view(window, "matrix"), view(window, "quotes")
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
