"""Compare two coders on one source: the text twice, side by side, each with one coder's bars;
the stretches where they disagree are underlined in both, the current one shaded. N and P step
to the next and previous disagreement; A, B, Both and Neither settle it
(``project.comparison.settle``: one change, one undo step)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.source = QComboBox()
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        for text, combo in ((self.tr("&Source:"), self.source), (self.tr("Coder &1:"),
                            self.coder_a), (self.tr("Coder &2:"), self.coder_b)):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 1)
        layout.addLayout(top)
        sides = QHBoxLayout()
        self.lookups = (OneCoder(session), OneCoder(session))
        self.views = tuple(DocumentView(lookup) for lookup in self.lookups)
        for view in self.views:
            view.overlays.append(lambda qs, qe, view=view: self._marks(view, qs, qe))
            sides.addWidget(view, 1)
        a, b = (v.verticalScrollBar() for v in self.views)
        a.valueChanged.connect(b.setValue)
        b.valueChanged.connect(a.setValue)
        layout.addLayout(sides, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("comparisonStatus")
        bottom.addWidget(self.status, 1)
        self.buttons = {}
        for choice, text in (("a", self.tr("Accept &1's")), ("b", self.tr("Accept &2's")),
                             ("both", self.tr("&Both")), ("neither", self.tr("&Neither"))):
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
        for combo in (self.source, self.coder_a, self.coder_b):
            combo.currentIndexChanged.connect(self.reload)
        session.changed.connect(self._on_changed)
        session.coder_view_changed.connect(self.reload)
        self.reload()

    def _fill_choices(self) -> None:
        project = self.session.project
        for s in project.sources.list():
            self.source.addItem(s.name, s.id)
        coders = project.coders()
        for combo in (self.coder_a, self.coder_b):
            for c in coders:
                combo.addItem(c.name, c.id)
        self.coder_b.setCurrentIndex(min(1, len(coders) - 1))

    def reload(self, *_) -> None:
        project = self.session.project
        sid = self.source.currentData()
        a, b = self.coder_a.currentData(), self.coder_b.currentData()
        blind = self.session.visible_coders() is not None and project.team.is_blind()
        if sid is None or a is None or b is None or blind:
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
        self.found = [] if a == b else project.comparison.disagreements(sid, a, b)
        for lookup, coder, view in zip(self.lookups, (a, b), self.views, strict=True):
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
        if not self.found:
            self.status.setText(self.tr("No disagreements between these two coders here."))
            return
        d = self.found[self.current]
        who = self.coder_a.currentText() if d.a_spans else self.coder_b.currentText()
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
