"""Team coding in the views: a "Coders" button that chooses whose codings the document and the
coded segments show (with each coder's colour, changeable), and the View menu's blind coding
switch. The choice lives in the session (``Session.visible_coders``), so every view that asks
it agrees."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QMenu, QToolButton, QWidget

from .session import Session

translate = QCoreApplication.translate


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CoderFilterButton(QToolButton):
    """Chooses the coders whose codings are shown; its menu is rebuilt each time it opens,
    so new coders and colours appear without bookkeeping."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coderFilterButton")
        self.session = session
        self.setText(self.tr("Coders"))
        self.setToolTip(self.tr("Show the codings of chosen coders only; each coder's colour "
                                "marks the top of their coding bars"))
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self.fill_menu)
        session.coder_view_changed.connect(self._show_state)
        self._show_state()

    def fill_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        project = self.session.project
        chosen = self.session.coder_filter
        colours = project.team.colours()
        for coder in project.coders():
            action = QAction(swatch(colours[coder.id]), coder.name, menu)
            action.setCheckable(True)
            action.setChecked(chosen is None or coder.id in chosen)
            action.setData(coder.id)
            action.toggled.connect(lambda on, cid=coder.id: self.toggle(cid, on))
            menu.addAction(action)
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Show all coders"))
        show_all.triggered.connect(lambda: self.session.set_coder_filter(None))
        colour_menu = menu.addMenu(self.tr("Coder colour"))
        for coder in project.coders():
            colour_menu.addAction(swatch(colours[coder.id]), coder.name,
                                  lambda cid=coder.id: self.choose_colour(cid))

    def toggle(self, coder_id: int, on: bool) -> None:
        every = {c.id for c in self.session.project.coders()}
        chosen = set(every if self.session.coder_filter is None else self.session.coder_filter)
        chosen = chosen | {coder_id} if on else chosen - {coder_id}
        self.session.set_coder_filter(None if chosen >= every else chosen)

    def choose_colour(self, coder_id: int) -> None:
        team = self.session.project.team
        colour = QColorDialog.getColor(QColor(team.colour(coder_id)), self,
                                       self.tr("Coder colour"))
        if colour.isValid():
            self.set_colour(coder_id, colour.name())

    def set_colour(self, coder_id: int, colour: str) -> None:
        self.session.run(lambda: self.session.project.team.set_colour(coder_id, colour), self)

    def _show_state(self) -> None:
        filtered = self.session.visible_coders() is not None
        self.setText(self.tr("Coders (filtered)") if filtered else self.tr("Coders"))


def add_blind_action(window, session: Session) -> QAction:
    """View ▸ Code blind: the current coder sees only their own codings until switched off
    (stored per coder in the project, so it holds the next time they open it)."""
    action = QAction(translate("CoderFilter", "Code &blind (hide the other coders' codings)"),
                     window)
    action.setObjectName("blindCodingAction")
    action.setCheckable(True)
    action.setChecked(session.project.team.is_blind())
    action.setEnabled(not session.project.read_only)

    def toggled(on: bool) -> None:
        if on != session.project.team.is_blind():
            session.run(lambda: session.project.team.set_blind(on), window)
        action.setChecked(session.project.team.is_blind())

    action.toggled.connect(toggled)
    session.coder_view_changed.connect(
        lambda: action.setChecked(session.project.team.is_blind()))
    window.actions_.view_menu.addAction(action)
    return action


def connect_document(panel) -> None:
    """The document panel re-reads the open source's codings when the filter changes."""
    def reload() -> None:
        source = panel.view.source
        if source is not None:
            panel.view.set_codings(panel.session.project.codings.for_source(source.id))
            panel._show_info()
    panel.session.coder_view_changed.connect(reload)
