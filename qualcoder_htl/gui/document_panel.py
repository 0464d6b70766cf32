"""The central panel: which source is open, its attributes, the document view, and a line
describing the chosen coding. Refreshes from ``Changes``: a coding change in the open source
swaps its codings (one indexed query), a code change repaints colours; the text stays."""
from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from ..core.changes import Changes
from ..core.errors import NotFoundError
from .coder_filter import CoderFilterButton, connect_document
from .coding_actions import CodingActions
from .document_view import DocumentView
from .first_steps import EmptyProjectPage
from .session import Session
from .text_edit_mode import TextEditMode


class DocumentPanel(QWidget):
    import_requested = Signal()  # from the empty-project page
    demo_requested = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("documentPanel")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = QLabel()
        self.header.setObjectName("documentHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setContentsMargins(10, 6, 10, 6)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 6, 0)
        top.addWidget(self.header, 1)
        self.edit_button = QToolButton()
        self.edit_button.setObjectName("editTextButton")
        self.edit_button.setText(self.tr("Edit text"))
        self.edit_button.setToolTip(self.tr("Fix a typo or remove a stray line; codings follow "
                                            "the change"))
        self.edit_button.setAutoRaise(True)
        top.addWidget(self.edit_button)
        self.coder_filter = CoderFilterButton(session)
        top.addWidget(self.coder_filter)
        layout.addLayout(top)
        self.view = DocumentView(session)
        self.edit_mode = TextEditMode(session, self, self)
        layout.addWidget(self.edit_mode.banner)
        self.edit_button.clicked.connect(self.edit_mode.start)
        self.edit_mode.toggled.connect(lambda on: self.edit_button.setEnabled(
            not on and self.view.source is not None))
        layout.addWidget(self.view, 1)
        self.empty = EmptyProjectPage()
        self.empty.import_requested.connect(self.import_requested)
        self.empty.demo_requested.connect(self.demo_requested)
        layout.addWidget(self.empty, 1)
        self.info = QLabel()
        self.info.setObjectName("codingInfo")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setContentsMargins(10, 4, 10, 4)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.actions = CodingActions(session, self.view, self)
        self.view.code_dropped.connect(self.actions.apply_code)
        self.view.coding_clicked.connect(self.choose_coding)
        self.view.coding_menu.connect(self.show_coding_menu)
        self.view.margin.coding_resized.connect(self.actions.resize_to)
        self.view.coding_cleared.connect(self._show_info)
        self.view.text_menu.connect(self.show_text_menu)
        self.text_menu_extras: list = []  # callables(menu) adding entries (pseudonymisation)
        session.changed.connect(self.on_changed)
        connect_document(self)
        session.jump_requested.connect(self.jump_to)
        self._show_header()
        self._show_info()

    # --- opening ----------------------------------------------------------------------------
    def open_source(self, source_id: int | None) -> bool:
        if self.edit_mode.active and not (self.view.source is not None
                                          and self.view.source.id == source_id):
            if not self.edit_mode.cancel():
                return False
        if source_id is None:
            self.view.clear_source()
            self.session.current_source_id = None
            self._show_header()
            self._show_info()
            return True
        if self.view.source is not None and self.view.source.id == source_id:
            return True
        project = self.session.project
        try:
            source = project.sources.get(source_id)
        except NotFoundError:
            return False
        self.view.set_source(source, project.sources.turns(source_id),
                             project.codings.for_source(source_id))
        self.session.current_source_id = source_id
        self._show_header()
        self._show_info()
        return True

    def reload_source(self) -> None:
        """Read the open source again (its text changed: edited, or an edit undone), keeping
        the place in the text."""
        source = self.view.source
        if source is None:
            return
        project = self.session.project
        try:
            fresh = project.sources.get(source.id)
        except NotFoundError:
            self.open_source(None)
            return
        scroll = self.view.verticalScrollBar().value()
        self.view.set_source(fresh, project.sources.turns(source.id),
                             project.codings.for_source(source.id))
        self.view.verticalScrollBar().setValue(scroll)
        self._show_header()
        self._show_info()

    def jump_to(self, source_id: int, start: int, end: int) -> None:
        if self.open_source(source_id):
            self.view.select_span(start, end)
            self.view.setFocus()

    def _show_header(self) -> None:
        source = self.view.source
        self.edit_button.setEnabled(source is not None and not self.edit_mode.active)
        empty = source is None and not self.session.project.sources.list()
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)
        self.edit_button.setVisible(not empty)
        if empty:
            self.header.setText("")
            return
        if source is None:
            self.header.setText("<span style='color:#666'>" + html.escape(self.tr(
                "Open a source from the Sources panel (double-click or Enter).")) + "</span>")
            return
        values = self.session.project.attributes.values_of(source.id)
        kinds = {a.name: a.value_type for a in self.session.attributes()}
        # a bare number says nothing ("1"): name it ("Omgång 1"); words speak for themselves
        attrs = " · ".join(html.escape(f"{name} {value}" if kinds.get(name) == "number"
                                       else value) for name, value in values.items() if value)
        words = self.tr("%n word(s)", "", source.word_count).replace(
            str(source.word_count), f"{source.word_count:,}".replace(",", "\u202f"), 1)
        self.header.setText(f"<b style='font-size:large'>{html.escape(source.name)}</b>"
                            f"&nbsp;&nbsp;<span style='color:#555'>{words}"
                            f"{' · ' + attrs if attrs else ''}</span>")

    def _show_info(self) -> None:
        coding = next((c for c in self.view.codings if c.id == self.view.selected_coding_id),
                      None)
        if coding is None:
            n = len(self.view.codings)
            text = (self.tr("%n coding(s) in this source. Click a bar in the right margin to "
                            "choose one.", "", n) if self.view.source else "")
            self.info.setText(f"<span style='color:#666'>{html.escape(text)}</span>")
            return
        self.info.setText(self.view.describe(coding).replace("<br>", " · "))

    # --- reacting to changes ----------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        source = self.view.source
        if source is None:
            if "sources" in changes:
                self._show_header()  # the first transcripts came, or the last went
            return
        if source.id in changes.ids("sources") and "sources" in changes:
            try:
                fresh = self.session.project.sources.get(source.id)
            except NotFoundError:  # deleted
                self.open_source(None)
                return
            if fresh.text != self.view.text and not self.edit_mode.active:
                self.reload_source()  # an edit of the text, or its undo
                return
            self._show_header()
        if "source_attribute_values" in changes or "attribute_defs" in changes:
            self._show_header()
        if "codings" in changes and (source.id in changes.ids("sources_affected")
                                     or changes.result == "all"):
            self.view.set_codings(self._patched_codings(source.id, changes))
            self._show_info()
        elif "codes" in changes:
            self.view.refresh_colours()
            self._show_info()

    def _patched_codings(self, source_id: int, changes: Changes) -> list:
        """The open source's codings after a change: the few rows it names are read again and
        swapped in; a large change (autocoding, an import) re-reads the source."""
        touched = changes.ids("codings")
        if changes.result == "all" or len(touched) > 50:
            return self.session.project.codings.for_source(source_id)
        fresh = [c for c in self.session.project.codings.get_many(sorted(touched))
                 if c.source_id == source_id]
        return [c for c in self.view.codings if c.id not in touched] + fresh

    # --- codings in the margin --------------------------------------------------------------
    def choose_coding(self, coding_id: int) -> None:
        self.view.select_coding(coding_id)
        self._show_info()

    def show_coding_menu(self, coding_id: int, at: QPoint) -> None:
        coding = next((c for c in self.view.codings if c.id == coding_id), None)
        if coding is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Coding: {0}").format(
            self.session.code_path(coding.code_id))).setEnabled(False)
        menu.addAction(self.tr("Unmark key quote") if coding.is_key_quote
                       else self.tr("Mark as key quote"),
                       lambda: self.actions.toggle_key_quote(coding_id))
        menu.addAction(self.tr("Memo…"), lambda: self.actions.edit_memo(coding_id))
        resize = menu.addAction(self.tr("Resize to the selected text"),
                                lambda: self.actions.resize_coding(coding_id))
        resize.setEnabled(self.view.textCursor().hasSelection())
        menu.addSeparator()
        menu.addAction(self.tr("Remove this coding"),
                       lambda: self.actions.remove_coding(coding_id))
        menu.popup(at)

    def show_text_menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        has_selection = self.view.textCursor().hasSelection()
        menu.addAction(self.tr("&Copy"), self.view.copy).setEnabled(has_selection)
        menu.addSeparator()
        current = self.session.current_code_id
        apply = menu.addAction(self.tr("Apply “{0}”").format(self.session.code_path(current))
                               if current else self.tr("Apply the current code"),
                               self.actions.apply_current)
        apply.setEnabled(has_selection and current is not None)
        menu.addAction(self.tr("Quick code…"), self.actions.quick_code).setEnabled(has_selection)
        menu.addAction(self.tr("New code from selection (in vivo)"),
                       self.actions.in_vivo).setEnabled(has_selection)
        menu.addAction(self.tr("Remove a code from the selection"),
                       self.actions.remove_code).setEnabled(has_selection)
        here = self.view.codings_at(self.view.cursor_offset())
        if here:
            menu.addSeparator()
            for coding in here:
                sub = menu.addMenu(self.session.code_path(coding.code_id))
                sub.addAction(self.tr("Select"), lambda c=coding.id: self.choose_coding(c))
                sub.addAction(self.tr("Toggle key quote"),
                              lambda c=coding.id: self.actions.toggle_key_quote(c))
                sub.addAction(self.tr("Memo…"), lambda c=coding.id: self.actions.edit_memo(c))
                sub.addAction(self.tr("Remove"), lambda c=coding.id: self.actions.remove_coding(c))
        for extra in self.text_menu_extras:
            extra(menu)
        menu.addSeparator()
        menu.addAction(self.tr("Edit the text…"), self.edit_mode.start).setEnabled(
            not self.edit_mode.active)
        menu.popup(at)
