"""The window on the screen it is on: never larger than the screen's available area (opening
a project, restoring a layout, showing a dock), and a default size and panel widths that
leave the document most of a laptop's screen (1366×768 and up)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

from . import settings as app_settings

# the share of the window the side panels get by default, and their bounds in pixels
SOURCES_SHARE, SOURCES_MIN, SOURCES_MAX = 0.2, 220, 360
CODEBOOK_SHARE, CODEBOOK_MIN, CODEBOOK_MAX = 0.21, 230, 420
BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX = 0.20, 120, 240


LARGE = QSize(1600, 1000)  # smaller than this, a screen is a laptop's: use all of it


def compact(window) -> bool:
    """A laptop's screen: the lists below the sources, not below the document."""
    return available(window).height() < LARGE.height()


def available(window) -> QRect:
    """The available geometry (without task bars) of the screen the window is on."""
    screen = None
    if window.isVisible():
        screen = QGuiApplication.screenAt(window.frameGeometry().center())
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame(window) -> tuple[int, int]:
    """Extra width and height of the window frame (title bar, borders) around the client."""
    if not window.isVisible():
        return 0, 0
    outer, inner = window.frameGeometry(), window.geometry()
    return max(0, outer.width() - inner.width()), max(0, outer.height() - inner.height())


def fits_screen(window) -> bool:
    return window.isMaximized() or window.isFullScreen() or available(window).contains(
        window.frameGeometry())


def clamp_to_screen(window) -> None:
    """Shrink and move the window so that all of it, frame included, is on its screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available(window)
    dw, dh = _frame(window)
    width = min(window.width(), area.width() - dw)
    height = min(window.height(), area.height() - dh)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if not window.isVisible():
        return
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def fit_to_screen(window) -> None:
    """The default size: nearly all of the screen it is on, centred (a laptop needs every
    pixel; a large screen gets a comfortable window, not a giant one)."""
    area = available(window)
    dw, dh = _frame(window)
    width = area.width() - dw if area.width() < LARGE.width() else max(
        LARGE.width(), area.width() * 4 // 5)
    height = area.height() - dh if area.height() < LARGE.height() else max(
        LARGE.height(), area.height() * 17 // 20)
    window.resize(width, height)
    if window.isVisible():
        x = area.x() + (area.width() - width - dw) // 2
        y = area.y() + (area.height() - height - dh) // 2
        window.move(x, y)


def panel_sizes(width: int, height: int) -> tuple[int, int, int]:
    """(sources width, codebook width, bottom height) for a window of that size."""
    def share(total, part, low, high):
        return max(low, min(high, round(total * part)))
    return (share(width, SOURCES_SHARE, SOURCES_MIN, SOURCES_MAX),
            share(width, CODEBOOK_SHARE, CODEBOOK_MIN, CODEBOOK_MAX),
            share(height, BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX))


def restore_open_views(window) -> None:
    """Open again the analysis tabs that were open when the project was last closed (each
    view is built when its tab first comes forward)."""
    from .analysis_tabs import NAMES
    names = app_settings.settings().value("window/views") or []
    if isinstance(names, str):
        names = [names]
    for name in names:
        if name in NAMES and window.tabs is not None:
            window.tabs.add_unbuilt(name)
    if window.tabs is not None:
        window.tabs.setCurrentIndex(0)


class SidePanels:
    """An analysis tab needs the window's width more than the panels beside it (the matrix
    and the quote extract carry their own quotes and filters; the codebook and the sources
    serve the document): while such a tab is in front, the docked panels step aside, as a
    browser gives a page its whole window, and they come back as they were with the
    document. (Even on a 1920-pixel screen the matrix beside both panels showed only two of
    five columns.)"""

    def __init__(self, window):
        self.window = window
        self.aside: list = []  # docks set aside
        self.front: list = []  # of those, the ones in front of their tab group

    def tab_changed(self, index: int) -> None:
        if index > 0 and not self.aside:
            self.set_aside()
        elif index == 0:
            self.bring_back()

    def set_aside(self) -> None:
        docks = [d for d in self.window.docks.values() if d.isVisible() and not d.isFloating()]
        self.front = [d for d in docks if not d.visibleRegion().isEmpty()]
        self.aside = docks
        for dock in docks:
            dock.hide()

    def bring_back(self) -> None:
        import shiboken6
        aside, front = self.aside, self.front
        self.aside, self.front = [], []
        for dock in aside:
            if shiboken6.isValid(dock):
                dock.show()
        for dock in front:
            if shiboken6.isValid(dock):
                dock.raise_()
