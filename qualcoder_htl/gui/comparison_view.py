"""Compare coders on one source: the text once per coder, side by side, each column with one
coder's bars (two coders or more: tick them in the Coders menu); the stretches where they do
not all agree are underlined in every column, the current one shaded. N and P step to the next
and previous disagreement; Accept (one coder's), All and None settle it
(``project.comparison.settle``: one change, one undo step)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from .document_view import DocumentView
from .session import Session

MARK = "#d62728"


class OneCoder:
    """The session, as a document view's lookup that shows one coder's codings only."""

    def __init__(self, session: Session):
        self.session = session
        self.coder_id: int | None = None

    def visible_coders(self) -> set[int]:
        return {self.coder_id} if self.coder_id is not None else set()

    def __getattr__(self, name):
        return getattr(self.session, name)


class ComparisonView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.session = session
        self.found: list = []  # Disagreement, by position
        self.current = -1
        self.coders: list[int] = []  # the coders shown, one column each
        self._order: list[int] = []  # the order set_coders gave (else the project's)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.source = QComboBox()
        label = QLabel(self.tr("&Source:"))
        label.setBuddy(self.source)
        top.addWidget(label)
        top.addWidget(self.source, 1)
        self.coder_button = QToolButton()
        self.coder_button.setText(self.tr("&Coders"))
        self.coder_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.coder_menu = QMenu(self.coder_button)
        self.coder_button.setMenu(self.coder_menu)
        top.addWidget(self.coder_button)
        layout.addLayout(top)
        self.sides = QHBoxLayout()
        self.columns: list[QWidget] = []
        self.lookups: list[OneCoder] = []
        self.views: list[DocumentView] = []
        layout.addLayout(self.sides, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("comparisonStatus")
        bottom.addWidget(self.status, 1)
        self.accept_row = QHBoxLayout()
        bottom.addLayout(self.accept_row)
        self.buttons: dict = {}  # coder id -> Accept button; "all", "none"
        for choice, text in (("all", self.tr("&All")), ("none", self.tr("&None"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=choice: self.settle(c))
            bottom.addWidget(button)
            self.buttons[choice] = button
        layout.addLayout(bottom)
        for key, step in (("N", 1), ("P", -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        self._fill_choices()
        self.source.currentIndexChanged.connect(self.reload)
        session.changed.connect(self._on_changed)
        session.coder_view_changed.connect(self.reload)
        self.reload()

    def _fill_choices(self) -> None:
        project = self.session.project
        for s in project.sources.list():
            self.source.addItem(s.name, s.id)
        self._add_coders()

    def _add_coders(self) -> None:
        """A menu entry per coder; a new coder is shown unless the columns were chosen."""
        listed = {a.data() for a in self.coder_menu.actions()}
        for c in self.session.project.coders():
            if c.id not in listed:
                action = self.coder_menu.addAction(c.name)
                action.setCheckable(True)
                action.setChecked(not self._order)
                action.setData(c.id)
                action.toggled.connect(lambda _on: self.reload())

    def chosen_coders(self) -> list[int]:
        checked = [a.data() for a in self.coder_menu.actions() if a.isChecked()]
        rank = {c: i for i, c in enumerate(self._order)}
        return sorted(checked, key=lambda c: rank.get(c, len(rank)))

    def set_coders(self, coder_ids: list[int]) -> None:
        """Show these coders, in this order, one column each."""
        self._order = list(coder_ids)
        self._add_coders()
        for action in self.coder_menu.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in coder_ids)
            action.blockSignals(False)
        self.reload()

    def _name(self, coder_id: int) -> str:
        return next((a.text() for a in self.coder_menu.actions() if a.data() == coder_id), "?")

    def _set_columns(self, coders: list[int]) -> None:
        """One column (the coder's name over a document view) per coder; Accept buttons."""
        if coders == self.coders:
            return
        self.coders = list(coders)
        while len(self.views) > len(coders):
            self.columns.pop().deleteLater()
            self.views.pop()
            self.lookups.pop()
        while len(self.views) < len(coders):
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(QLabel())
            lookup = OneCoder(self.session)
            view = DocumentView(lookup)
            view.overlays.append(lambda qs, qe, view=view: self._marks(view, qs, qe))
            view.verticalScrollBar().valueChanged.connect(self._scroll_all)
            box.addWidget(view, 1)
            self.sides.addWidget(column, 1)
            self.columns.append(column)
            self.lookups.append(lookup)
            self.views.append(view)
        for column, coder in zip(self.columns, coders, strict=True):
            header = column.layout().itemAt(0).widget()
            header.setText(self._name(coder))
            colour = self.session.coder_colour(coder)
            header.setStyleSheet(f"font-weight: bold; color: {colour};" if colour
                                 else "font-weight: bold;")
        for key in [k for k in self.buttons if k not in ("all", "none")]:
            self.buttons.pop(key).deleteLater()
        for i, coder in enumerate(coders):
            mnemonic = f"&{i + 1} " if i < 9 else ""
            button = QPushButton(mnemonic + self.tr("Accept {0}'s").format(self._name(coder)))
            button.clicked.connect(lambda _=False, c=coder: self.settle(c))
            self.accept_row.addWidget(button)
            self.buttons[coder] = button

    def _scroll_all(self, value: int) -> None:
        for view in self.views:
            view.verticalScrollBar().setValue(value)

    def reload(self, *_) -> None:
        project = self.session.project
        sid = self.source.currentData()
        coders = self.chosen_coders()
        self._set_columns(coders)
        blind = self.session.visible_coders() is not None and project.team.is_blind()
        if sid is None or len(coders) < 2 or blind:
            self.found = []
            for lookup in self.lookups:
                lookup.coder_id = None  # blind coding: nobody else's codings are shown
            for view in self.views:
                view.set_codings([])
            self._show_status()
            return
        source = project.sources.get(sid)
        codings = project.codings.for_source(sid)
        turns = project.sources.turns(sid)
        keep = self.found[self.current] if 0 <= self.current < len(self.found) else None
        self.found = project.comparison.disagreements(sid, coders)
        for lookup, coder, view in zip(self.lookups, coders, self.views, strict=True):
            lookup.coder_id = coder
            if view.source is not None and view.source.id == sid:
                view.set_codings(codings)
            else:
                view.set_source(source, turns, codings)
        # after a settlement the one that followed becomes current
        after = [i for i, d in enumerate(self.found) if keep and d.start >= keep.start]
        self.current = after[0] if after else (0 if self.found else -1)
        self._show_current()

    def step(self, by: int) -> None:
        if self.found:
            self.current = (self.current + by) % len(self.found)
            self._show_current()

    def settle(self, choice: str) -> None:
        if 0 <= self.current < len(self.found):
            d = self.found[self.current]
            self.session.run(lambda: self.session.project.comparison.settle(d, choice), self)

    def _on_changed(self, changes: Changes) -> None:
        if "coders" in changes:
            self._add_coders()
        if "codings" in changes or "sources" in changes or changes.result == "all":
            self.reload()

    def _show_current(self) -> None:
        if 0 <= self.current < len(self.found):
            d = self.found[self.current]
            for view in self.views:
                view.select_span(d.start, d.end)
                view.refresh_colours()
        self._show_status()

    def _show_status(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(bool(self.found) and not self.session.project.read_only)
        if self.session.project.team.is_blind():
            self.status.setText(self.tr("You are coding blind: switch it off in the View menu "
                                        "to compare."))
            return
        if len(self.coders) < 2:
            self.status.setText(self.tr("Tick two coders or more in the Coders menu."))
            return
        if not self.found:
            self.status.setText(self.tr("No disagreements between these coders here."))
            return
        d = self.found[self.current]
        who = ", ".join(self._name(c) for c in d.coded_by())
        self.status.setText(self.tr("Disagreement {0} of {1}: “{2}”, coded by {3} only "
                                    "(N next, P previous)").format(
            self.current + 1, len(self.found), self.session.code_path(d.code_id), who))

    def _marks(self, view: DocumentView, qs: int, qe: int) -> list:
        out = []
        for i, d in enumerate(self.found):
            a, b = view.offsets.span_to_qt(d.start, d.end)
            a, b = max(a, qs), min(b, qe)
            if a >= b:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(MARK))
            if i == self.current:
                shade = QColor(MARK)
                shade.setAlpha(40)
                fmt.setBackground(shade)
            sel.format = fmt
            out.append(sel)
        return out
