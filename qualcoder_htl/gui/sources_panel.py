"""The sources panel: filter by words or by one attribute's value, group by any attribute,
see word counts and coding progress; Enter or a double-click opens a source."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from . import prompts
from .delegates import ProgressDelegate
from .quick_code import refilter
from .session import Session
from .sources_model import NAME, PROGRESS, WORDS, SourceIdRole, SourcesFilter, SourcesModel


class SourcesPanel(QWidget):
    source_activated = Signal(int)
    attributes_requested = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self.session = session
        self.model = SourcesModel(session, self)
        self.proxy = SourcesFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        grid = QGridLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or attribute value"))
        self.filter_edit.setClearButtonEnabled(True)
        grid.addWidget(self.filter_edit, 0, 0, 1, 3)
        group_label = QLabel(self.tr("&Group by:"))
        self.group_combo = QComboBox()
        group_label.setBuddy(self.group_combo)
        grid.addWidget(group_label, 1, 0)
        grid.addWidget(self.group_combo, 1, 1, 1, 2)
        only_label = QLabel(self.tr("&Only:"))
        self.only_attr = QComboBox()
        self.only_value = QComboBox()
        only_label.setBuddy(self.only_attr)
        grid.addWidget(only_label, 2, 0)
        grid.addWidget(self.only_attr, 2, 1)
        grid.addWidget(self.only_value, 2, 2)
        self.only_assigned = QCheckBox(self.tr("Only the sources &assigned to me"))
        self.only_assigned.setObjectName("onlyAssignedSources")
        grid.addWidget(self.only_assigned, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.tree = QTreeView()
        self.tree.setObjectName("sourcesTree")
        self.tree.setModel(self.proxy)
        # the model already lists by name; no sort until a header is clicked (a sort of a
        # thousand sources costs more than everything else here)
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, 170)
        header.resizeSection(WORDS, 64)
        header.resizeSection(PROGRESS, 84)
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setObjectName("sourcesSummary")
        layout.addWidget(self.summary)
        self._make_actions()
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.group_combo.currentIndexChanged.connect(self._group)
        self.only_attr.currentIndexChanged.connect(self._fill_values)
        self.only_value.currentIndexChanged.connect(self._apply_filter)
        self.only_assigned.toggled.connect(self._apply_filter)
        self.tree.activated.connect(self._activated)
        self.model.modelReset.connect(self._after_reset)
        session.changed.connect(self._on_changed)
        self._fill_combos()
        self._after_reset()

    def _make_actions(self) -> None:
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot, key in ((self.tr("Open"), self.open_current, None),
                                (self.tr("Rename…"), self.rename, "F2"),
                                (self.tr("Attributes…"),
                                 self.attributes_requested.emit, None),
                                (self.tr("Delete source…"), self.delete, "Del")):
            action = QAction(text, self.tree)
            action.triggered.connect(slot)
            if key:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)

    # --- filter and grouping ----------------------------------------------------------------
    def _fill_combos(self) -> None:
        attrs = self.session.attributes()
        for combo, first in ((self.group_combo, self.tr("(no grouping)")),
                             (self.only_attr, self.tr("(all sources)"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for a in attrs:
                combo.addItem(a.name, a.id)
            i = combo.findData(current)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)
        self._fill_values()

    def _fill_values(self) -> None:
        attr_id = self.only_attr.currentData()
        current = self.only_value.currentText()
        self.only_value.blockSignals(True)
        self.only_value.clear()
        if attr_id is not None:
            values = sorted({v.get(attr_id, "") for v in self.model.values.values()} - {""},
                            key=str.casefold)
            self.only_value.addItems(values)
            i = self.only_value.findText(current)
            self.only_value.setCurrentIndex(max(0, i))
        self.only_value.setEnabled(attr_id is not None)
        self.only_value.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self, *_) -> None:
        attr_id = self.only_attr.currentData()
        value = self.only_value.currentText()

        def change():
            self.proxy.words = self.filter_edit.text().casefold().split()
            self.proxy.attribute = (attr_id, value) if attr_id is not None and value else None
            self.proxy.only_ids = (self.session.project.team.assigned_sources()
                                   if self.only_assigned.isChecked() else None)
        refilter(self.proxy, change)
        self._expand_groups()
        self._summarise()

    def _group(self, *_) -> None:
        self.model.set_group_by(self.group_combo.currentData())

    def _after_reset(self) -> None:
        self._expand_groups()
        self._summarise()

    def _expand_groups(self) -> None:
        if self.model.groups:
            self.tree.expandAll()

    def _summarise(self) -> None:
        filtered = (self.proxy.words or self.proxy.attribute is not None
                    or self.proxy.only_ids is not None)
        shown = self._visible_source_ids() if filtered else list(self.model.sources)
        words = sum(self.model.sources[s].word_count for s in shown)
        self.summary.setText(self.tr("{0} of %n source(s) · {1} words", "",
                                     len(self.model.sources)).format(
            len(shown), f"{words:,}".replace(",", "\u202f")))

    def _visible_source_ids(self) -> list[int]:
        out = []

        def walk(parent: QModelIndex):
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                sid = index.data(SourceIdRole)
                if sid is not None:
                    out.append(sid)
                else:
                    walk(index)
        walk(QModelIndex())
        return out

    def _on_changed(self, changes: Changes) -> None:
        self.model.on_changed(changes)
        if "attribute_defs" in changes or "source_attribute_values" in changes:
            self._fill_combos()
        if "project_meta" in changes and self.only_assigned.isChecked():
            self._apply_filter()  # the assignments changed (or were undone)

    # --- actions ----------------------------------------------------------------------------
    def current_source_id(self) -> int | None:
        return self.tree.currentIndex().data(SourceIdRole)

    def selected_source_ids(self) -> list[int]:
        ids = {i.data(SourceIdRole) for i in self.tree.selectionModel().selectedRows()}
        return sorted(i for i in ids if i is not None)

    def select_source(self, source_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(source_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _activated(self, index) -> None:
        sid = index.data(SourceIdRole)
        if sid is not None:
            self.source_activated.emit(sid)

    def open_current(self) -> None:
        self._activated(self.tree.currentIndex())

    def rename(self) -> None:
        sid = self.current_source_id()
        if sid is None:
            return
        seen = self.model.sources[sid].name
        name = prompts.ask_text(self, self.tr("Rename source"), self.tr("New name:"), seen)
        if name:
            self.session.run(lambda: self.session.project.sources.rename(
                sid, name, based_on=seen), self)

    def delete(self) -> None:
        ids = self.selected_source_ids()
        if not ids:
            return
        names = ", ".join(self.model.sources[i].name for i in ids[:3]) + (
            "…" if len(ids) > 3 else "")
        if not prompts.confirm(self, self.tr("Delete sources"), self.tr(
                "Delete {0} source(s) ({1}) with their codings and memos? You can undo this "
                "with Ctrl+Z.").format(len(ids), names), self.tr("Delete")):
            return
        self.session.run(lambda: self.session.project.sources.delete_many(ids), self)
