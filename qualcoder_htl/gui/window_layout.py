"""The main window's layout, apart from its commands: the central tabs (the document and the
analysis views beside it), the docks' default places, and the window kept within the screen
it is on (``screen_fit``), and closing it. A mixin of ``MainWindow``, which provides ``tabs``,
``docks``, ``panels``, ``session``, ``actions_`` and ``side_panels``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from . import settings as app_settings
from .central_tabs import CentralTabs
from .screen_fit import clamp_to_screen, fit_to_screen, fits_screen

translate = QCoreApplication.translate


class WindowLayout:
    # --- docks ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        if "search" in self.docks:
            self.docks["search"].show()
            self.docks["search"].raise_()
            self.panels["search"].focus_query()

    # --- tabs -------------------------------------------------------------------------------
    def _make_tabs(self, document) -> None:
        # the main window's context: self.tr in a mixin would look up another
        self.tabs = CentralTabs(document, translate("MainWindow", "Document"),
                                lambda: document.view)
        self.tabs.currentChanged.connect(lambda _: self._update_tab_actions())
        self.tabs.currentChanged.connect(self.side_panels.tab_changed)
        self.tabs.view_closed.connect(lambda _: self._update_tab_actions())
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)

    def _drop_tabs(self) -> None:
        self.side_panels.aside = self.side_panels.front = []  # the docks are gone by now
        self.tabs.close_all()
        self.stack.removeWidget(self.tabs)
        self.tabs.deleteLater()
        self.tabs = None

    def show_document(self) -> None:
        """Bring the document's tab to the front (a source opened, a quote followed)."""
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)

    def _update_tab_actions(self) -> None:
        views = self.tabs is not None and self.tabs.count() > 1
        for action in (self.actions_.next_tab, self.actions_.previous_tab):
            action.setEnabled(views)
        self.actions_.close_tab.setEnabled(views and self.tabs.currentIndex() > 0)

    def step_tab(self, delta: int) -> None:
        if self.tabs is not None:
            self.tabs.step(delta)

    def close_tab(self) -> None:
        if self.tabs is not None:
            self.tabs.close_current()
            self.tabs.focus_current()

    # --- layout -----------------------------------------------------------------------------
    def reset_layout(self) -> None:
        """The default places of the panels, the window fitted to the screen it is on."""
        from .panels import default_layout
        self.side_panels.aside = self.side_panels.front = []
        fit_to_screen(self)
        default_layout(self)

    def save_layout(self) -> None:
        self.side_panels.bring_back()  # the layout as it is with the document in front
        s = app_settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        if self.docks:
            s.setValue("window/state", self.saveState())
            s.setValue("window/views", self.tabs.open_names() if self.tabs else [])

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        clamp_to_screen(self)

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Grown past the screen (a dock made wider, a panel's least size): back inside it,
        once the layout has settled."""
        super().resizeEvent(event)
        if self.isVisible() and not self._clamp_queued and not fits_screen(self):
            self._clamp_queued = True
            QTimer.singleShot(0, self._clamp)

    def _clamp(self) -> None:
        self._clamp_queued = False
        clamp_to_screen(self)

    def closeEvent(self, event) -> None:  # noqa: N802
        from .workers import wait_for_jobs
        if self.session is not None:
            for name in ("memos", "codebook"):
                panel = self.panels.get(name)
                if panel is not None:
                    (panel.save if name == "memos" else panel.editor.save)()
        self.save_layout()
        # gone from the screen at once; a job ends its current step (a source being detected
        # and its decisions written, a model loading) before the project closes under it
        self.hide()
        wait_for_jobs()
        if self.session is not None:
            self.close_project()
        super().closeEvent(event)
