"""Sources as a Qt model: name, words, coding progress and one column per attribute, flat or
grouped by one attribute (groups are the top rows, sources below). Reads summaries only, never
texts, so a project of a thousand transcripts lists in milliseconds."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt

from ..core.changes import Changes
from ..core.models import SourceSummary
from .delegates import ProgressRole
from .session import Session

NAME, WORDS, PROGRESS = range(3)
FIRST_ATTRIBUTE = 3
SortRole = Qt.ItemDataRole.UserRole + 2
SourceIdRole = Qt.ItemDataRole.UserRole + 3
TOP = 0  # internal id of top-level rows; a child's internal id is its group's row + 1


class SourcesModel(QAbstractItemModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.group_by: int | None = None  # attribute id
        self.sources: dict[int, SourceSummary] = {}
        self.values: dict[int, dict[int, str]] = {}
        self.progress: dict[int, float] = {}
        self.attributes = []
        self.groups: list[tuple[str, list[int]]] = []  # (value, source ids); [] when flat
        self.flat: list[int] = []
        self.where: dict[int, tuple[int, int]] = {}  # source id → (group row or -1, row)
        self._stale_progress: set[int] = set()
        self.reload()

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        project = self.session.project
        self.beginResetModel()
        self.attributes = self.session.attributes()
        self.sources = {s.id: s for s in project.sources.list()}
        self.values = project.attributes.source_values()
        self.progress = project.sources.coding_progress()
        self._arrange()
        self.endResetModel()

    def set_group_by(self, attribute_id: int | None) -> None:
        self.beginResetModel()
        self.group_by = attribute_id if any(a.id == attribute_id for a in self.attributes) \
            else None
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        ids = sorted(self.sources, key=lambda i: self.sources[i].name.casefold())
        self.where = {}
        if self.group_by is None:
            self.groups, self.flat = [], ids
            self.where = {sid: (-1, row) for row, sid in enumerate(ids)}
            return
        by_value: dict[str, list[int]] = {}
        for sid in ids:
            value = self.values.get(sid, {}).get(self.group_by, "")
            by_value.setdefault(value, []).append(sid)
        self.groups = sorted(by_value.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
        self.flat = []
        for g, (_, members) in enumerate(self.groups):
            for row, sid in enumerate(members):
                self.where[sid] = (g, row)

    def on_changed(self, changes: Changes) -> None:
        if {"sources", "source_attribute_values", "attribute_defs"} & set(
                t for t, ids in changes.touched.items() if ids):
            self.reload()
        elif "codings" in changes:  # progress only: after the document has repainted
            self._stale_progress |= changes.ids("sources_affected")
            self.session.later(self._refresh_progress)

    def _refresh_progress(self) -> None:
        affected, self._stale_progress = self._stale_progress & set(self.sources), set()
        if affected:
            self.progress.update(self.session.project.sources.coding_progress(sorted(affected)))
            for sid in affected:
                index = self.index_of(sid, PROGRESS)
                self.dataChanged.emit(index, index)

    # --- structure --------------------------------------------------------------------------
    def index_of(self, source_id: int, column: int = NAME) -> QModelIndex:
        if source_id not in self.where:
            return QModelIndex()
        group, row = self.where[source_id]
        return self.createIndex(row, column, TOP if group < 0 else group + 1)

    def source_id(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return None if self.groups else self.flat[index.row()]
        return self.groups[index.internalId() - 1][1][index.row()]

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return FIRST_ATTRIBUTE + len(self.attributes)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.groups) if self.groups else len(self.flat)
        if parent.internalId() == TOP and self.groups and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def index(self, row, column, parent=QModelIndex()) -> QModelIndex:
        if not 0 <= column < self.columnCount() or not 0 <= row < self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else TOP)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # noqa: A003
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- data -------------------------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return self.tr("Source")
        if section == WORDS:
            return self.tr("Words")
        if section == PROGRESS:
            return self.tr("Coded")
        if 0 <= section - FIRST_ATTRIBUTE < len(self.attributes):
            return self.attributes[section - FIRST_ATTRIBUTE].name
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        sid = self.source_id(index)
        if sid is None:
            return self._group_data(index, role)
        source, column = self.sources[sid], index.column()
        if role == SourceIdRole:
            return sid
        if column == NAME:
            value = source.name
        elif column == WORDS:
            value = source.word_count
        elif column == PROGRESS:
            value = self.progress.get(sid, 0.0)
            if role == ProgressRole:
                return value
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{round(value * 100)} %"
        else:
            attr = self.attributes[column - FIRST_ATTRIBUTE]
            value = self.values.get(sid, {}).get(attr.id, "")
        if role == SortRole:
            return value.casefold() if isinstance(value, str) else value
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}".replace(",", "\u202f") if column == WORDS else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WORDS, PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return "\n".join([source.name] + [
                f"{a.name}: {self.values.get(sid, {}).get(a.id)}" for a in self.attributes
                if self.values.get(sid, {}).get(a.id)])
        return None

    def _group_data(self, index, role):
        value, members = self.groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME:
                return f"{value or self.tr('(no value)')}  ({len(members)})"
            if index.column() == WORDS:
                words = sum(self.sources[s].word_count for s in members)
                return f"{words:,}".replace(",", "\u202f")
        if role == SortRole:
            return value.casefold() if index.column() == NAME else 0
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME:
            return f"{value or self.tr('(no value)')}  ({len(members)})"  # when elided
        if role == Qt.ItemDataRole.FontRole and index.column() == NAME:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        return None


class SourcesFilter(QSortFilterProxyModel):
    """Words typed must all occur in the name or an attribute value; optionally one attribute
    must have one value. Groups stay while any of their sources does."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.attribute: tuple[int, str] | None = None
        self.only_ids: set[int] | None = None  # "my assigned sources"
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SortRole)
        # filters and sorting follow names and attributes, which change only with a reset;
        # re-sorting on every progress update would repaint the whole list after each coding
        self.setDynamicSortFilter(False)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model: SourcesModel = self.sourceModel()
        sid = model.source_id(model.index(row, 0, parent))
        if sid is None:  # a group row: shown through its children
            return not self.words and self.attribute is None and self.only_ids is None
        if self.only_ids is not None and sid not in self.only_ids:
            return False
        values = model.values.get(sid, {})
        if self.attribute is not None and values.get(self.attribute[0], "") != self.attribute[1]:
            return False
        if self.words:
            hay = " ".join([model.sources[sid].name, *values.values()]).casefold()
            return all(w in hay for w in self.words)
        return True
