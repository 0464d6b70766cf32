"""The workbench on a laptop's screen: the analysis views as tabs beside the document, the
window within the screen it is on, panels that elide instead of scrolling sideways, and the
theme chart. The test application has two screens (``conftest.SCREENS``): a 1920×1080
desktop monitor and, to its right, a 1366×768 laptop screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from qualcoder_htl.gui import settings as app_settings
from qualcoder_htl.gui.analysis_tabs import show_view

from .conftest import SCREENS


def screen(name: str):
    found = {s.name(): s for s in QGuiApplication.screens()}
    if name not in found:
        pytest.fail(f"the test application has no {name} screen: {list(found)}")
    return found[name]


def on_screen(qtbot, window, name: str) -> QRect:
    """Move ``window`` onto screen ``name``; its available geometry."""
    area = screen(name).availableGeometry()
    window.move(area.x() + 20, area.y() + 20)
    qtbot.waitUntil(lambda: window.screen().name() == name)
    return area


def within(window, area: QRect) -> bool:
    return area.contains(window.frameGeometry())


def visible_lines(view) -> float:
    return view.viewport().height() / view.fontMetrics().lineSpacing()


def settle(qtbot, window) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def test_laptop_screen_document_keeps_25_lines_with_the_matrix_tab_open(qtbot, make_window,
                                                                        project):
    window = make_window(project)
    area = on_screen(qtbot, window, "laptop")
    window.reset_layout()
    view = show_view(window, "matrix")
    qtbot.waitUntil(lambda: view.matrix is not None)
    assert window.tabs.current_name() == "matrix" and window.tabs.count() == 2
    window.show_document()
    settle(qtbot, window)
    assert within(window, area), (window.frameGeometry(), area)
    assert window.width() >= area.width() - 20  # a laptop's screen is used whole
    lines = visible_lines(window.document.view)
    assert lines >= 25, f"only {lines:.1f} lines of the transcript show"
    # the matrix in front has the centre to itself, not a strip above the document
    shown = {n for n, d in window.docks.items() if d.isVisible()}
    assert {"sources", "codebook"} <= shown
    window.tabs.open_view("matrix")
    settle(qtbot, window)
    assert view.table.height() > area.height() // 3
    # the panels step aside for the matrix, which gets the window's width ...
    assert not any(d.isVisible() for d in window.docks.values())
    assert view.width() >= area.width() - 20
    # ... and come back as they were with the document
    window.actions_.previous_tab.trigger()
    settle(qtbot, window)
    assert {n for n, d in window.docks.items() if d.isVisible()} == shown


def test_reset_layout_fits_the_screen_it_is_on(qtbot, make_window, project):
    window = make_window(project)
    laptop = on_screen(qtbot, window, "laptop")
    window.resize(2600, 1500)  # e.g. a size remembered from a larger monitor
    window.reset_layout()
    settle(qtbot, window)
    assert within(window, laptop), (window.frameGeometry(), laptop)
    # on a laptop the lists sit below the sources, leaving the document the full height
    assert window.dockWidgetArea(window.docks["segments"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    desktop = on_screen(qtbot, window, "desktop")
    window.reset_layout()
    settle(qtbot, window)
    assert within(window, desktop), (window.frameGeometry(), desktop)
    assert window.width() > laptop.width() and window.height() > laptop.height()
    assert window.dockWidgetArea(window.docks["segments"]) == \
        Qt.DockWidgetArea.BottomDockWidgetArea


def test_the_window_never_grows_past_its_screen(qtbot, make_window, project):
    path = project.path
    project.close()
    window = make_window()
    laptop = on_screen(qtbot, window, "laptop")
    window.resize(laptop.width() - 200, laptop.height() - 200)
    assert window.open_project(path)  # opening a project
    settle(qtbot, window)
    assert within(window, laptop), (window.frameGeometry(), laptop)
    for name in window.docks:  # showing every dock
        window.docks[name].show()
    for name in ("matrix", "quotes", "chart", "agreement"):  # and every view
        show_view(window, name)
    settle(qtbot, window)
    assert within(window, laptop), (window.frameGeometry(), laptop)
    assert window.minimumSizeHint().width() <= laptop.width()
    # a size remembered from a larger monitor, restored on the laptop
    window.close()
    big = make_window(show=False)
    big.move(SCREENS["laptop"][0] + 10, 10)
    big.resize(1900, 1060)
    app_settings.settings().setValue("window/geometry", big.saveGeometry())
    again = make_window()  # restores the saved geometry
    settle(qtbot, again)
    assert again.screen().name() == "laptop"
    assert within(again, laptop), (again.frameGeometry(), laptop)


def test_sources_list_fits_its_panel_and_elides_with_tooltips(qtbot, make_window, project):
    sid = project.ids["ledning_01.txt"]
    long_name = "ledningsgruppen_omgång_1_intervju_med_sektorchefen_om_mandatet_2019-09-24.docx"
    project.sources.rename(sid, long_name)
    window = make_window(project)
    on_screen(qtbot, window, "laptop")
    window.reset_layout()
    panel = window.panels["sources"]
    settle(qtbot, window)
    tree = panel.tree
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    columns = [c for c in range(panel.proxy.columnCount()) if not tree.isColumnHidden(c)]
    assert sum(tree.columnWidth(c) for c in columns) <= tree.viewport().width()
    index = next(panel.proxy.index(r, 0) for r in range(panel.proxy.rowCount())
                 if panel.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == long_name)
    assert tree.fontMetrics().horizontalAdvance(long_name) > tree.visualRect(index).width()
    assert long_name in index.data(Qt.ItemDataRole.ToolTipRole)  # the whole name on hover
    # grouped: a heading carries its full text as tooltip as well
    panel.group_combo.setCurrentIndex(panel.group_combo.findText("Respondentgrupp"))
    heading = panel.proxy.index(0, 0)
    assert heading.data(Qt.ItemDataRole.ToolTipRole) == heading.data(Qt.ItemDataRole.DisplayRole)
    settle(qtbot, window)
    assert not tree.horizontalScrollBar().isVisible()


def test_code_names_elide_with_tooltips_and_the_editor_folds_without_a_code(
        qtbot, make_window, project):
    long_name = "Otydligt mandat och otydliga roller i samverkan mellan förvaltningarna"
    code_id = project.codebook.find("Tillit").id
    project.codebook.rename(code_id, long_name)
    window = make_window(project)
    on_screen(qtbot, window, "laptop")
    window.reset_layout()
    settle(qtbot, window)
    codebook = window.panels["codebook"]
    tree = codebook.tree
    index = codebook.model.index_of(code_id)
    assert tree.fontMetrics().horizontalAdvance(long_name) > tree.visualRect(index).width()
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(long_name)
    assert not tree.horizontalScrollBar().isVisible()
    window.session.set_current_code(None)
    settle(qtbot, window)
    width = window.docks["codebook"].width()
    assert codebook.splitter.sizes()[1] == 0  # no code: the tree has the whole column
    tree.setCurrentIndex(index)
    settle(qtbot, window)
    assert codebook.splitter.sizes()[1] > 100 and codebook.editor.name.text() == long_name
    assert window.docks["codebook"].width() == width  # the column did not widen


def test_views_open_as_tabs_and_close_by_keyboard(qtbot, make_window, project):
    window = make_window(project)
    actions = window.actions_
    tabs = window.tabs
    assert tabs.count() == 1 and not tabs.tabBar().isVisible()  # only the document
    assert actions.close_tab.shortcut().toString() == "Ctrl+W"
    assert actions.next_tab.shortcut().toString() == "Ctrl+Tab"
    assert actions.close.shortcut().toString() == "Ctrl+Shift+W"
    actions.matrix.trigger()
    actions.theme_chart.trigger()
    assert tabs.open_names() == ["matrix", "chart"] and tabs.current_name() == "chart"
    assert tabs.tabBar().isVisible()
    assert tabs.tabBar().tabButton(0, tabs.tabBar().ButtonPosition.RightSide) is None
    actions.matrix.trigger()  # again: the same tab comes forward, no second one
    assert tabs.count() == 3 and tabs.current_name() == "matrix"
    actions.next_tab.trigger()
    assert tabs.current_name() == "chart"
    actions.next_tab.trigger()
    assert tabs.currentWidget() is window.document
    assert window.document.view.hasFocus() or not window.isActiveWindow()
    assert not actions.close_tab.isEnabled()
    actions.close_tab.trigger()  # the document cannot be closed
    assert tabs.count() == 3
    actions.previous_tab.trigger()
    assert tabs.current_name() == "chart"
    actions.close_tab.trigger()
    assert tabs.open_names() == ["matrix"]
    tabs.tabCloseRequested.emit(1)  # the tab's close button
    assert tabs.count() == 1 and tabs.currentWidget() is window.document
    # the views open at the next start as they were left
    actions.quote_extract.trigger()
    window.close()
    from qualcoder_htl.services import Project
    again = make_window(Project.open(project.path))
    assert again.tabs.open_names() == ["quotes"]
    assert again.tabs.currentWidget() is again.document
    assert "quotes" not in again.panels  # built when its tab first comes forward
    again.actions_.next_tab.trigger()
    quotes = again.panels["quotes"]
    assert again.tabs.current_name() == "quotes" and quotes.isVisible()
    assert again.tabs.count() == 2 and again.tabs.is_open("quotes")


def test_the_chart_paints_the_matrix_as_heat_map_and_bars(qtbot, make_window, project):
    from qualcoder_htl.core.chart import column_rgb, heat_rgb
    window = make_window(project)
    chart = show_view(window, "chart")  # opened alone, it has the matrix computed
    matrix = window.panels["matrix"]
    qtbot.waitUntil(lambda: matrix.matrix is not None and chart.canvas.data is not None)
    data = chart.canvas.data
    assert not data.empty and data.columns == tuple(c.label for c in matrix.matrix.columns)
    assert [r.label for r in data.rows] == [r.name for r in matrix.matrix.rows]
    image = chart.canvas.grab().toImage()
    assert chart.canvas.painted > 0
    colours = {image.pixelColor(x, y).rgb() & 0xFFFFFF
               for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    top = heat_rgb(1.0)
    assert (top[0] << 16 | top[1] << 8 | top[2]) in colours  # the largest cell, darkest
    chart.bars.click()
    assert chart.canvas.kind == "bars"
    image = chart.canvas.grab().toImage()
    colours = {image.pixelColor(x, y).rgb() & 0xFFFFFF
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    first = column_rgb(0)
    assert (first[0] << 16 | first[1] << 8 | first[2]) in colours
    # a new coding is drawn once the chart computes again
    before = sum(sum(r.values) for r in data.rows)
    sid = project.ids["vh_01.txt"]
    text = project.sources.get(sid).text
    start = text.index("tryggt")
    project.codings.add(sid, project.codebook.find("Tillit").id, start, start + 6)
    qtbot.waitUntil(lambda: chart.canvas.data is not data
                    and sum(sum(r.values) for r in chart.canvas.data.rows) > before)


def test_a_window_shown_again_comes_back_inside_the_screen(qtbot, make_window, project):
    app_settings.settings().setValue("window/geometry", QByteArray())  # nothing usable saved
    window = make_window(project)
    on_screen(qtbot, window, "laptop")
    window.resize(5000, 5000)
    window.hide()
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    assert within(window, screen("laptop").availableGeometry())


def test_every_translation_is_filed_under_the_context_it_is_looked_up_in(qtbot):
    """A text lupdate files under no context (``tr = lambda ...``) is never found at run
    time: the coding tooltip's "coded by" and the About box stayed English that way."""
    from pathlib import Path
    from xml.etree import ElementTree

    from PySide6.QtCore import QCoreApplication

    from qualcoder_htl.gui.document_margins import describe
    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "qualcoder_htl_sv.ts"
    names = [c.findtext("name") for c in ElementTree.parse(ts).iter("context")]
    assert all(names), "a context without a name"
    translation = app_settings.Translation()
    translation.apply("sv")
    try:
        assert QCoreApplication.translate("MainWindow", "Document") == "Dokument"

        class Lookup:
            def code_path(self, code_id):
                return "Samverkan"

            def coder_name(self, coder_id):
                return "anna"
        from datetime import datetime

        from qualcoder_htl.core.models import Coding
        coding = Coding(id=1, source_id=1, code_id=1, coder_id=1, start=0, end=5,
                        created_at=datetime(2026, 1, 1), is_key_quote=True)
        text = describe(Lookup(), coding)
        assert "kodat av anna" in text and "nyckelcitat" in text
    finally:
        translation.apply("en")


def test_settings_fields_show_their_text(qtbot, make_window):
    from qualcoder_htl.gui.settings import DEFAULT_CITATION
    window = make_window()
    laptop = on_screen(qtbot, window, "laptop")
    dialog = app_settings.SettingsDialog("anna", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.citation
    assert field.fontMetrics().horizontalAdvance(DEFAULT_CITATION) < field.width() - 12
    assert dialog.width() <= laptop.width()


def test_ctrl_tab_and_ctrl_w_from_the_keyboard(qtbot, make_window, project):
    window = make_window(project)
    window.activateWindow()
    qtbot.waitActive(window)
    window.actions_.matrix.trigger()
    table = window.panels["matrix"].table
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.document
    qtbot.waitUntil(window.document.view.hasFocus)
    qtbot.keyClick(window.document.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.current_name() == "matrix"
    qtbot.keyClick(table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.open_names() == [] and window.session is not None  # the project stays
