"""The quote extract: the quotes of a theme (and its subthemes) grouped by an attribute such as
the organisational level, key quotes first, each with its citation label and speaker. K (or
the button) marks or unmarks the chosen quote as a key quote, undoably, and the preview
re-sorts; double-click or Enter opens the passage in the document."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.results import QuoteExtract
from .analysis_filters import FilterButton
from .analysis_models import QuoteRequest, interface_language
from .lazy_refresh import RefreshWhenShown
from .quote_list import QuoteList
from .session import Session
from .workers import Job

LIMIT = 1000  # quotes previewed (an export has them all)


class QuoteView(RefreshWhenShown, QWidget):
    export_requested = Signal(str)  # "quotes"
    computed = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("quoteView")
        self.session = session
        self.language = interface_language()
        self.job: Job | None = None
        self.extract: QuoteExtract | None = None
        self._dirty = True
        self._keep: int | None = None  # coding id to choose again after a refresh
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.code = QComboBox()
        self.code.setObjectName("quoteCode")
        self.code.setMinimumContentsLength(24)
        self.by = QComboBox()
        self.by.setObjectName("quoteBy")
        for text, combo in ((self.tr("&Theme:"), self.code), (self.tr("&Group by:"), self.by)):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 2 if combo is self.code else 1)
        self.subthemes = QCheckBox(self.tr("&Subthemes"))
        self.subthemes.setChecked(True)
        self.key_only = QCheckBox(self.tr("Key quotes &only"))
        self.context = QCheckBox(self.tr("&Whole turn"))
        self.context.setToolTip(self.tr("Show the rest of the speaker's turn around each quote"))
        self.filter = FilterButton(session)
        self.export_button = QPushButton(self.tr("&Export…"))
        for w in (self.subthemes, self.key_only, self.context, self.filter, self.export_button):
            top.addWidget(w)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("quoteSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.quotes = QuoteList(session)
        self.quotes.setObjectName("extractQuotes")
        layout.addWidget(self.quotes, 1)
        bottom = QHBoxLayout()
        self.key_button = QPushButton(self.tr("Mark/unmark &key quote (K)"))
        self.open_button = QPushButton(self.tr("Open the &passage (Enter)"))
        bottom.addWidget(self.key_button)
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.fill_choices()
        for combo in (self.code, self.by):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        for box in (self.subthemes, self.key_only, self.context):
            box.toggled.connect(lambda _: self.refresh())
        self.filter.changed.connect(self.refresh)
        self.export_button.clicked.connect(lambda: self.export_requested.emit("quotes"))
        self.key_button.clicked.connect(self.quotes.toggle_key_quote)
        self.open_button.clicked.connect(lambda: self.quotes.open_passage())
        self.quotes.key_quote_toggled.connect(self._toggled)
        session.changed.connect(self._on_changed)
        session.grouping_changed.connect(self.follow_grouping)

    def fill_choices(self) -> None:
        analysis = self.session.project.analysis
        with QSignalBlocker(self.code):
            kept = self.code.currentData()
            self.code.clear()
            codes = self.session.codes()
            for cid, path in self.session.code_items():
                depth, parent = 0, codes[cid].parent_id
                while parent in codes and depth < 50:
                    depth, parent = depth + 1, codes[parent].parent_id
                self.code.addItem("    " * depth + codes[cid].name, cid)
                self.code.setItemData(self.code.count() - 1, path,
                                      Qt.ItemDataRole.ToolTipRole)
            if kept is None and self.session.current_code_id is not None:
                kept = self.session.current_code_id
            self.code.setCurrentIndex(max(0, self.code.findData(kept)))
        with QSignalBlocker(self.by):
            kept = self.by.currentData()
            self.by.clear()
            for value, label in analysis.column_choices(self.language):
                self.by.addItem(label, value)
            if kept is None:
                kept = self.session.grouping
            if kept is None:
                level = self.session.project.attributes.by_role("org_level")
                kept = level.name if level else None
            self.by.setCurrentIndex(max(0, self.by.findData(kept)))

    def request(self) -> QuoteRequest | None:
        code_id = self.code.currentData()
        if code_id is None:
            return None
        return QuoteRequest(code_id, by=self.by.currentData() or "sources",
                            include_children=self.subthemes.isChecked(),
                            key_only=self.key_only.isChecked(),
                            context="turn" if self.context.isChecked() else None,
                            filters=self.filter.filters())

    def describe(self) -> str:
        """The chosen extract in words (for the export dialog)."""
        request = self.request()
        if request is None:
            return ""
        text = self.tr("“{0}” by {1}").format(self.session.code_path(request.code_id),
                                               self.by.currentText())
        if request.include_children:
            text += ", " + self.tr("with subthemes")
        if request.key_only:
            text += ", " + self.tr("key quotes only")
        if self.filter.summary():
            text += "; " + self.tr("filter: {0}").format(self.filter.summary())
        return text

    def follow_grouping(self, grouping: str | None) -> None:
        """The matrix now groups by ``grouping``: group the quotes the same way."""
        index = self.by.findData(grouping) if grouping is not None else -1
        if index >= 0 and index != self.by.currentIndex():
            self.by.setCurrentIndex(index)

    def choose(self, code_id: int | None = None, by: str | None = None) -> None:
        if code_id is not None:
            self.code.setCurrentIndex(self.code.findData(code_id))
        if by is not None:
            self.by.setCurrentIndex(self.by.findData(by))

    # --- computing --------------------------------------------------------------------------
    def refresh(self) -> Job | None:
        request = self.request()
        self._dirty = False
        if self.job is not None:
            self.job.cancel()
        if request is None:
            self.job = None
            self.extract = None
            self.quotes.quote_model.set_extract(None)
            self.summary.setText(self.tr("No themes yet: create codes in the codebook."))
            return None
        project, language = self.session.project, self.language
        job = Job(lambda progress: request.compute(project, language))
        job.succeeded.connect(self._computed)
        job.failed.connect(self._failed)
        self.job = job
        self.summary.setText(self.tr("Reading quotes…"))
        return job.start()

    def _computed(self, extract: QuoteExtract) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        keep = self._keep
        if keep is None and self.quotes.current_quote() is not None:
            keep = self.quotes.current_quote().coding_id
        self._keep = None
        self.extract = extract
        codes = self.session.codes()  # a theme with subthemes names each quote's theme
        self.quotes.quote_model.show_code = self.subthemes.isChecked() and any(
            c.parent_id == extract.code_id for c in codes.values())
        self.quotes.quote_model.set_extract(extract, LIMIT)
        self.quotes.select_coding(keep)
        n = len(extract.quotes)
        keys = sum(q.is_key_quote for q in extract.quotes)
        text = self.tr("“{0}” by {1}: %n quote(s), {2} of them key quotes (first in each "
                       "group).", "", n).format(extract.code_path, self.by.currentText(), keys)
        if n > LIMIT:
            text += " " + self.tr("The first {0} are shown; the export has them all.").format(
                LIMIT)
        if extract.pseudonymised:
            text += " " + self.tr("Quotes are taken from the pseudonymised texts.")
        self.summary.setText(text)
        self.computed.emit()

    def _failed(self, error, details: str) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        if isinstance(error, UserError):
            self.summary.setText(str(error))
            return
        raise error

    def _toggled(self, coding_id: int) -> None:
        self._keep = coding_id  # the change refreshes the preview; the quote stays chosen
