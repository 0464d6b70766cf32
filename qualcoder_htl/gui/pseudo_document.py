"""The pseudonymisation review in the document: suggestions underlined in the open source
(while the review panel is shown), the occurrence under review highlighted, a context-menu
entry to mark a missed identifier, and a read-only preview of the pseudonymised text with the
codings moved through the offset map."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from ..core.changes import Changes
from .document_view import DocumentView
from .pseudo_names import TYPES, type_name

UNDERLINES = {"open": ("#d97706", QTextCharFormat.UnderlineStyle.DashUnderline),
              "accepted": ("#15803d", QTextCharFormat.UnderlineStyle.SingleUnderline),
              "rejected": ("#9ca3af", QTextCharFormat.UnderlineStyle.DotLine)}
CURRENT = "#fcd34d"
REPLACED = "#dbeafe"


def _selection(view, qt_start: int, qt_end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(min(qt_end, view.offsets.qt_length), QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor
    sel.format = fmt
    return sel


class SuggestionOverlay(QObject):
    """Underlines the open source's suggestions by state; the occurrence under review gets a
    background. Read once per source and after each pseudonymisation change."""

    def __init__(self, session, view, parent=None):
        super().__init__(parent)
        self.session, self.view = session, view
        self.enabled = False
        self.current = None  # the Occurrence under review
        self._source_id: int | None = None
        self._spans: list[tuple[int, int, str]] = []
        self._starts: list[int] = []
        self._longest = 0
        view.overlays.append(self)
        view.textChanged.connect(self._source_changed)  # a new source was set
        session.changed.connect(self._on_changed)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self._load()
        self.view.refresh_colours()

    def set_current(self, occurrence) -> None:
        self.current = occurrence
        self.view.refresh_colours()

    def _source_changed(self) -> None:
        sid = self.view.source.id if self.view.source else None
        if sid != self._source_id:
            self._load()

    def _on_changed(self, changes: Changes) -> None:
        if self.enabled and (changes.result == "all" or "pseudo_suggestions" in changes):
            self.session.later(self._reload)

    def _reload(self) -> None:
        self._load()
        self.view.refresh_colours()

    def _load(self) -> None:
        self._source_id = self.view.source.id if self.view.source else None
        self._spans = []
        if self.enabled and self._source_id is not None:
            found = self.session.project.pseudonymisation.suggestions(self._source_id, context=0)
            self._spans = sorted((o.start, o.end, o.status) for o in found)
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def __call__(self, qs: int, qe: int) -> list:
        if not self.enabled or self.view.source is None:
            return []
        offsets = self.view.offsets
        s, e = offsets.to_stored(qs), offsets.to_stored(qe)
        out = []
        lo, hi = bisect_left(self._starts, s - self._longest), bisect_left(self._starts, e)
        for start, end, status in self._spans[lo:hi]:
            if end <= s:
                continue
            color, style = UNDERLINES.get(status, UNDERLINES["open"])
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(style)
            fmt.setUnderlineColor(QColor(color))
            out.append(_selection(self.view, *offsets.span_to_qt(start, end), fmt))
        c = self.current
        if c is not None and c.source_id == self.view.source.id and c.end > s and c.start < e:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(CURRENT))
            out.append(_selection(self.view, *offsets.span_to_qt(c.start, c.end), fmt))
        return out


class PreviewPane(QWidget):
    """Takes the document view's place while on: the open source as it reads pseudonymised,
    read-only, replacements shaded, codings moved through the offset map."""

    def __init__(self, session, document, parent=None):
        super().__init__(parent or document)
        self.setObjectName("pseudoPreview")
        self.session, self.document = session, document
        self.result = None  # the service's PseudonymisedSource shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QLabel()
        self.banner.setObjectName("previewBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(10, 4, 10, 4)
        self.banner.setStyleSheet("background:#e0ecff;color:#1e3a8a")
        layout.addWidget(self.banner)
        self.view = DocumentView(session)
        self.view.setObjectName("previewView")
        self.view.overlays.append(self._replaced)
        layout.addWidget(self.view, 1)
        panel_layout = document.layout()
        panel_layout.insertWidget(panel_layout.indexOf(document.view) + 1, self, 1)
        self.hide()
        document.view.textChanged.connect(self._later)
        session.changed.connect(self._on_changed)
        session.jump_requested.connect(self._jumped)

    @property
    def on(self) -> bool:
        return not self.isHidden()

    def set_on(self, on: bool) -> None:
        original = self.document.view
        if on:
            middle = sum(original.visible_range()) // 2
            self.refresh(original.offsets.to_stored(middle))
        self.setVisible(on)
        original.setVisible(not on)

    def _later(self) -> None:
        if self.on:
            self.session.later(self.refresh)

    def _on_changed(self, changes: Changes) -> None:
        if self.on and (changes.result == "all" or "codings" in changes or "sources" in changes
                        or any(t.startswith("pseudo_") for t in changes.touched)):
            self.session.later(self.refresh)

    def refresh(self, around: int | None = None) -> None:
        """Show the open source pseudonymised; ``around`` (an original offset) is centred."""
        source = self.document.view.source
        if source is None:
            self.result = None
            self.view.clear_source()
            self.banner.setText(self.tr("Open a source to preview it pseudonymised."))
            return
        if around is None and self.view.source is not None and self.result is not None:
            middle = self.view.offsets.to_stored(sum(self.view.visible_range()) // 2)
            around = self.result.offsets.to_old(min(middle, self.result.offsets.new_length))
        project = self.session.project
        result = project.pseudonymisation.pseudonymised(source.id)
        m = result.offsets
        codings = []
        for c in self.document.view.codings:
            a, b = m.span_to_new(c.start, c.end)
            codings.append(replace(c, start=a, end=max(b, min(a + 1, m.new_length))))
        turns = [replace(t, start=m.to_new(t.start), end=m.to_new(t.end, "end"))
                 for t in project.sources.turns(source.id)]
        self.result = result
        self.view.set_source(replace(source, text=result.text), turns, codings)
        n = len(result.replacements)
        self.banner.setText(self.tr(
            "<b>Preview of the pseudonymised text</b> (%n replacement(s)). Read-only: the "
            "codings are shown where they fall in it; code and review in the original.", "", n))
        if around is not None:
            self._centre(m.to_new(min(around, m.old_length)))

    def _centre(self, offset: int) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(min(self.view.offsets.to_qt(offset), self.view.offsets.qt_length))
        self.view.setTextCursor(cursor)
        self.view.centerCursor()

    def _jumped(self, source_id: int, start: int, end: int) -> None:
        if self.on and self.result is not None and self.result.source_id == source_id:
            a, b = self.result.offsets.span_to_new(start, end)
            self.view.select_span(a, b)

    def _replaced(self, qs: int, qe: int) -> list:
        if self.result is None:
            return []
        offsets = self.view.offsets
        s, e = offsets.to_stored(qs), offsets.to_stored(qe)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(REPLACED))
        return [_selection(self.view, *offsets.span_to_qt(a, b), fmt)
                for _, _, a, b in self.result.offsets.replaced if b > s and a < e and b > a]


def text_menu_entries(actions, view):
    """The document's context menu gets "Mark as identifier ▸ type" (pseudonymisation)."""
    def extend(menu) -> None:
        menu.addSeparator()
        sub = menu.addMenu(QCoreApplication.translate("PreviewPane", "Mark as identifier"))
        sub.setEnabled(view.textCursor().hasSelection())
        for typ in TYPES:
            sub.addAction(type_name(typ), lambda t=typ: actions.mark_span(view, t))
    return extend

