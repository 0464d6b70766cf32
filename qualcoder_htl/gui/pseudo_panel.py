"""The pseudonymisation review panel: run detection over the project (in a worker, with progress
and Cancel), review the suggestions grouped by form, see each occurrence in the document, and
keep an eye on how far the project has come. Every decision is one undoable service call
(``pseudo_actions.ReviewActions``); the list reloads off the GUI thread after each change."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from .delegates import HtmlDelegate
from .pseudo_actions import ReviewActions
from .pseudo_detection import DetectionBar
from .pseudo_model import COUNT, FORM, REPLACEMENT, TYPE, SuggestionModel
from .pseudo_names import TYPES, type_name
from .session import Session
from .workers import Job


def pseudo_changed(changes: Changes) -> bool:
    return (changes.result == "all" or "sources" in changes
            or any(t.startswith("pseudo_") and ids for t, ids in changes.touched.items()))


class PseudonymisationPanel(QWidget):
    reloaded = Signal()  # the list shows the project's state again

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("pseudonymisationPanel")
        self.session = session
        self.document = None  # the DocumentPanel, set by pseudo_menu.attach
        self.load_job: Job | None = None
        self._generation = 0  # bumped by every change; a load started before one is stale
        self._stale = True
        self._restore: tuple = (None, False, -1, set())  # the view around a model reset
        self.select_after_load: int | None = None  # an occurrence id (a span just marked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.detection = DetectionBar(session)
        row.addWidget(self.detection, 1)
        self.policy_button = QPushButton(self.tr("Replacement &policy…"))
        row.addWidget(self.policy_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("pseudoSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.overall = QProgressBar()
        self.overall.setObjectName("pseudoProgress")
        self.overall.setMaximumHeight(14)
        self.overall.setTextVisible(False)
        layout.addWidget(self.overall)
        filters = QHBoxLayout()
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for typ in TYPES:
            self.type_filter.addItem(type_name(typ), typ)
        filters.addWidget(self.type_filter)
        self.status_filter = QComboBox()
        for text, value in ((self.tr("Open"), "open"), (self.tr("Decided"), "decided"),
                            (self.tr("All"), None)):
            self.status_filter.addItem(text, value)
        filters.addWidget(self.status_filter)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter forms"))
        self.text_filter.setClearButtonEnabled(True)
        filters.addWidget(self.text_filter, 1)
        layout.addLayout(filters)
        self.model = SuggestionModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("pseudoTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(FORM, HtmlDelegate(2, self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FORM, QHeaderView.ResizeMode.Stretch)
        for column in (COUNT, REPLACEMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnHidden(TYPE, True)  # shown in the form's line; T changes it
        layout.addWidget(self.tree, 1)
        self.actions = ReviewActions(self)
        buttons = QHBoxLayout()
        for action in (self.actions.accept, self.actions.reject, self.actions.accept_all,
                       self.actions.reject_all):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        bottom = QHBoxLayout()
        self.source_state = QLabel()
        self.source_state.setWordWrap(True)
        bottom.addWidget(self.source_state, 1)
        self.reviewed = QCheckBox(self.tr("Source &reviewed"))
        bottom.addWidget(self.reviewed)
        self.preview = QCheckBox(self.tr("Pre&view"))
        self.preview.setToolTip(self.tr("Show the open source as it reads pseudonymised"))
        bottom.addWidget(self.preview)
        layout.addLayout(bottom)
        self.detection.running_changed.connect(self._detection_running)
        self.detection.message.connect(self.summary.setText)
        self.policy_button.clicked.connect(self.show_policy)
        self.type_filter.currentIndexChanged.connect(self._filter)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.text_filter.textChanged.connect(self._filter)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.customContextMenuRequested.connect(self.actions.show_menu)
        self.reviewed.clicked.connect(self.actions.set_reviewed)
        self.model.modelAboutToBeReset.connect(self._save_view)
        self.model.modelReset.connect(self._restore_view)
        session.changed.connect(self._on_changed)
        self._update_enabled()

    @property
    def service(self):
        return self.session.project.pseudonymisation

    # --- loading ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> Job | None:
        """Read the groups off the GUI thread (only while the panel is shown)."""
        self._stale = True
        if not self.isVisible():
            return None  # read when shown: a hidden panel costs nothing
        self.session.later(self.show_summary)
        if self.load_job is not None:
            return None
        self._stale = False
        service, generation = self.service, self._generation
        job = Job(lambda progress: service.groups())
        job.succeeded.connect(self._loaded)
        job.failed.connect(self._load_failed)
        job.setProperty("generation", generation)
        self.load_job = job.start()
        return job

    def _loaded(self, groups) -> None:
        job, self.load_job = self.load_job, None
        if job is None or job.property("generation") != self._generation:
            self.reload()  # something changed while reading: read again
            return
        self.model.set_groups(groups)
        target, self.select_after_load = self.select_after_load, None
        if target is not None:
            index = self.model.index_of_occurrence(target)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        if self._stale:
            self.reload()
        self.reloaded.emit()

    def _load_failed(self, error, details: str) -> None:
        self.load_job = None
        if shiboken6.isValid(self):
            raise error  # the exception hook shows it with its details

    def _on_changed(self, changes: Changes) -> None:
        if pseudo_changed(changes):
            self._generation += 1
            self.reload()

    def show_summary(self) -> None:
        s = self.service.summary()
        decided = s["accepted"] + s["rejected"]
        total = decided + s["open"]
        sources, undetected = s["sources"], s["sources"] - s["detected"]
        self.summary.setText(self.tr(
            "{0} of %n source(s) reviewed · {1} open of {2} suggestions · {3} originals in "
            "the key", "", sources).format(s["reviewed"], s["open"], total, s["key_entries"])
            + ("" if not undetected else " · " + self.tr(
                "%n source(s) not yet detected", "", undetected)))
        self.overall.setMaximum(max(total, 1))
        self.overall.setValue(decided)
        self.overall.setToolTip(
            self.tr("{0} of %n suggestion(s) decided", "", total).format(decided))
        self.show_source_state()

    def source_opened(self) -> None:
        if self.isVisible():
            self.session.later(self.show_source_state)

    def show_source_state(self) -> None:
        sid = self.session.current_source_id
        state = next((p for p in self.service.progress() if p.source_id == sid), None)
        self.reviewed.setEnabled(state is not None)
        self.reviewed.setChecked(bool(state and state.reviewed))
        if state is None:
            self.source_state.setText("")
            return
        self.source_state.setText(self.tr("{0}: {1} open · {2} accepted · {3} rejected").format(
            state.name, state.open, state.accepted, state.rejected))

    # --- filters and the view -----------------------------------------------------------------
    def _filter(self) -> None:
        self.model.type_filter = self.type_filter.currentData()
        self.model.status_filter = self.status_filter.currentData()
        self.model.text_filter = self.text_filter.text().strip()
        self.model.refilter()

    def _save_view(self) -> None:
        current = self.tree.currentIndex()
        occurrence = self.model.occurrence_of(current)
        group = self.model.group_of(current)
        anchor = occurrence.id if occurrence else (
            group.occurrences[0].id if group and group.occurrences else None)
        expanded = {o.id for row, g in enumerate(self.model.rows)
                    if g.occurrences and self.tree.isExpanded(self.model.index(row, 0))
                    for o in g.occurrences[:1]}
        self._restore = (anchor, bool(occurrence), current.row() if current.isValid() else -1,
                         expanded)

    def _restore_view(self) -> None:
        anchor, was_occurrence, old_row, expanded = self._restore
        for row, g in enumerate(self.model.rows):
            if expanded and any(o.id in expanded for o in g.occurrences):
                self.tree.expand(self.model.index(row, 0))
        if anchor is None:
            return
        index = self.model.index_of_occurrence(anchor)
        if index.isValid() and not was_occurrence:
            index = index.parent()
        if not index.isValid() and self.model.rows and old_row >= 0:
            index = self.model.index(min(old_row, len(self.model.rows) - 1), 0)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, self.tree.selectionModel().SelectionFlag.ClearAndSelect
                | self.tree.selectionModel().SelectionFlag.Rows)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.show_current()

    def current_target(self):
        """The occurrence A/R decide: the chosen one, or the first open one of the chosen
        form (the one the document shows)."""
        index = self.tree.currentIndex()
        occurrence = self.model.occurrence_of(index)
        if occurrence is not None:
            return occurrence
        group = self.model.group_of(index)
        if group is None or not group.occurrences:
            return None
        return next((o for o in group.occurrences if o.status == "open"), group.occurrences[0])

    def show_current(self) -> None:
        """Show the target occurrence in the document without taking the keyboard away."""
        target = self.current_target()
        if self.document is not None:
            self.document.overlay.set_current(target)
        if target is None:
            return
        had_focus = self.tree.hasFocus()
        self.session.jump_to(target.source_id, target.start, target.end)
        if had_focus:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session.later(self.show_source_state)

    def edit_column(self, column: int) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            group_index = index.parent() if index.internalId() else index
            self.tree.setCurrentIndex(group_index.siblingAtColumn(column))
            self.tree.edit(group_index.siblingAtColumn(column))

    def edit_replacement(self) -> None:
        self.edit_column(REPLACEMENT)

    def show_policy(self):
        from .pseudo_dialogs import PolicyDialog
        dialog = PolicyDialog(self.session, self, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- detection ----------------------------------------------------------------------------
    def detect(self) -> Job | None:
        return self.detection.start()

    def _detection_running(self, running: bool) -> None:
        self._update_enabled()
        if not running:
            self.show_summary()

    def _update_enabled(self) -> None:
        self.actions.set_enabled(self.detection.job is None)
