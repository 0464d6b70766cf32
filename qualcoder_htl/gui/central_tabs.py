"""The central area of the main window: the document is the first tab and cannot be closed;
the analysis views (theme matrix, quote extract, chart) open as closable tabs beside it, as a
browser or an IDE opens pages, so a view never squeezes the transcript on a laptop screen.

Ctrl+Tab / Ctrl+Shift+Tab step through the tabs and Ctrl+W closes the current view, never
the document (the View menu's actions, in ``menus``). A closed view keeps its state (its
choices, its scroll position) and comes back as it was. Views that compute only while shown
(``RefreshWhenShown``) are told when their tab comes to the front."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from .compact import scrolling


class CentralTabs(QTabWidget):
    view_closed = Signal(str)  # the view's name

    def __init__(self, document: QWidget, title: str, document_focus=None, parent=None):
        """``document_focus()``: the widget in the document tab that takes the keyboard."""
        super().__init__(parent)
        self.setObjectName("centralTabs")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(False)
        self.setUsesScrollButtons(True)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.document = document
        self.document_focus = document_focus or (lambda: document)
        self.views: dict[str, QWidget] = {}
        self.titles: dict[str, str] = {}
        self.focus: dict[str, object] = {}
        self.makers: dict[str, object] = {}
        self.pages: dict[str, QWidget] = {}
        self.unbuilt: dict[str, QWidget] = {}  # tabs whose view is not built yet
        self.addTab(document, title)
        self.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self._update_bar()
        self.tabCloseRequested.connect(self.close_tab)
        self.currentChanged.connect(self._current_changed)

    # --- views ------------------------------------------------------------------------------
    def register(self, name: str, title: str, make, focus=None) -> None:
        """Make a view known under ``name``: ``make()`` builds it the first time it is
        needed (a project opens faster without views nobody has asked for yet);
        ``focus(view)`` gives the widget that takes the keyboard when its tab comes forward."""
        self.makers[name] = make
        self.titles[name] = title
        self.focus[name] = focus or (lambda view: view)

    def view(self, name: str) -> QWidget | None:
        """The view, built now if it was not yet (its tab stays closed)."""
        if name not in self.views and name in self.makers:
            view = self.makers[name]()
            page = scrolling(view)  # narrower than the view's least width: it scrolls
            page.setParent(self)  # owned here while closed too
            page.hide()
            self.views[name], self.pages[name] = view, page
            placeholder = self.unbuilt.pop(name, None)
            if placeholder is not None:  # its tab takes the view's place
                index = self.indexOf(placeholder)
                current = self.currentIndex() == index
                self.blockSignals(True)
                self.removeTab(index)
                self.insertTab(index, page, self.titles[name])
                self.setTabToolTip(index, self.titles[name])
                if current:
                    self.setCurrentIndex(index)
                self.blockSignals(False)
                placeholder.deleteLater()
        return self.views.get(name)

    def add_unbuilt(self, name: str) -> None:
        """A tab for a view that is built when its tab first comes forward (the views left
        open last time: the project opens without building them)."""
        if name not in self.makers or name in self.pages or name in self.unbuilt:
            return
        placeholder = QWidget(self)
        self.unbuilt[name] = placeholder
        index = self.addTab(placeholder, self.titles[name])
        self.setTabToolTip(index, self.titles[name])
        self._update_bar()

    def open_view(self, name: str) -> QWidget | None:
        """Bring ``name``'s tab to the front (adding it when closed) and return the view."""
        view = self.view(name)
        if view is None:
            return None
        page = self.pages[name]
        index = self.indexOf(page)
        if index < 0:
            index = self.addTab(page, self.titles[name])
            self.setTabToolTip(index, self.titles[name])
        self.setCurrentIndex(index)
        self._update_bar()
        return view

    def is_open(self, name: str) -> bool:
        page = self.pages.get(name, self.unbuilt.get(name))
        return page is not None and self.indexOf(page) >= 0

    def name_of(self, index: int) -> str | None:
        page = self.widget(index)
        return next((n for pages in (self.pages, self.unbuilt) for n, p in pages.items()
                     if p is page), None)

    def open_names(self) -> list[str]:
        """The open views, in tab order (what the layout remembers)."""
        return [self.name_of(i) for i in range(1, self.count()) if self.name_of(i)]

    def current_name(self) -> str | None:
        return self.name_of(self.currentIndex())

    def close_tab(self, index: int) -> None:
        if index <= 0 or index >= self.count():
            return  # the document stays
        name = self.name_of(index)
        page = self.widget(index)
        self.removeTab(index)
        page.hide()
        if name in self.unbuilt and self.unbuilt[name] is page:
            del self.unbuilt[name]
            page.deleteLater()
        self._update_bar()
        if name is not None:
            self.view_closed.emit(name)

    def close_current(self) -> None:
        self.close_tab(self.currentIndex())

    def close_all(self) -> None:
        for index in range(self.count() - 1, 0, -1):
            self.close_tab(index)

    def step(self, delta: int) -> None:
        if self.count() > 1:
            self.setCurrentIndex((self.currentIndex() + delta) % self.count())
            self.focus_current()

    def focus_current(self) -> None:
        name = self.current_name()
        widget = self.focus[name](self.views[name]) if name else self.document_focus()
        widget.setFocus(Qt.FocusReason.TabFocusReason)

    # --- showing ----------------------------------------------------------------------------
    def _update_bar(self) -> None:
        """With only the document there is nothing to switch to: no tab bar, no lost line."""
        self.tabBar().setVisible(self.count() > 1)

    def _current_changed(self, index: int) -> None:
        name = self.name_of(index)
        if name in self.unbuilt:
            self.view(name)  # built now, in its tab's place
        changed = getattr(self.views[name], "visibility_changed", None) if name else None
        if callable(changed):
            changed(True)
