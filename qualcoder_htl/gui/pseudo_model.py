"""The review list: suggestions grouped by surface form (a group row per form, its occurrences
as children), filtered by type, by open/decided and by a few letters of the form.

Reading the groups costs the service a pass over every suggestion and the key, so the panel
reads them off the GUI thread and hands them over with ``set_groups``; a reload with the same
rows only repaints them (the list keeps its selection, expansion and scroll position). A
decision made here is shown at once with ``mark`` before the reload confirms it.

Group indexes carry no pointer; an occurrence's index carries a stable number of its group,
so persistent indexes stay right when groups above it leave the list.
"""
from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from .delegates import HtmlRole
from .pseudo_names import STATUS_COLORS, STATUS_MARKS, status_name, type_name

FORM, TYPE, COUNT, REPLACEMENT = range(4)
OccurrenceRole = Qt.ItemDataRole.UserRole + 30  # the Occurrence of a row (a group: None)
GroupRole = Qt.ItemDataRole.UserRole + 31  # the SuggestionGroup of a row (or its parent's)
CONTEXT = 40  # characters of context the tooltip and the plain text show
LEFT = 24  # ... and the row before the form, so that the form shows in a narrow column


def _flat(text: str) -> str:
    return " ".join(text.split())


def context_html(o) -> str:
    left, right = _flat(o.left)[-LEFT:], _flat(o.right)[:CONTEXT]
    return (f"<span style='color:#777'>…{html.escape(left)} </span><b>{html.escape(o.text)}</b>"
            f"<span style='color:#777'> {html.escape(right)}…</span>")


def _lines(*lines: str) -> str:
    """Rows of one line each: cut at the column's edge, never wrapped into the next."""
    return "".join(f"<div style='white-space:pre'>{line}</div>" for line in lines)


class SuggestionModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list = []  # every SuggestionGroup, as the service ordered them
        self.rows: list = []  # the groups the filters let through
        self.type_filter: str | None = None
        self.status_filter = "open"  # "open", "decided" or None (all)
        self.text_filter = ""
        self._gid: dict[str, int] = {}  # form → stable number (the children's internal id)
        self._row_of: dict[int, int] = {}  # that number → row in ``rows``
        self.setter = None  # callable(group, column, value) -> bool, set by the panel

    # --- filling ------------------------------------------------------------------------------
    def gid(self, group) -> int:
        if group.form not in self._gid:
            self._gid[group.form] = len(self._gid) + 1
        return self._gid[group.form]

    def passes(self, g) -> bool:
        if self.type_filter and g.type != self.type_filter:
            return False
        if self.status_filter == "open" and not g.open:
            return False
        if self.status_filter == "decided" and g.open:
            return False
        return not self.text_filter or self.text_filter.casefold() in g.text.casefold()

    def _index_rows(self) -> None:
        self._row_of = {self.gid(g): row for row, g in enumerate(self.rows)}

    def set_groups(self, groups: list) -> None:
        self.all = list(groups)
        visible = [g for g in self.all if self.passes(g)]
        same = ([g.form for g in visible] == [g.form for g in self.rows]
                and all([o.id for o in a.occurrences] == [o.id for o in b.occurrences]
                        for a, b in zip(visible, self.rows, strict=False)))
        if not same:
            self.beginResetModel()
            self.rows = visible
            self._index_rows()
            self.endResetModel()
            return
        self.rows = visible
        if self.rows:
            self._changed(0, len(self.rows) - 1)
            for row, g in enumerate(self.rows):
                if g.occurrences:
                    parent = self.index(row, 0)
                    self.dataChanged.emit(self.index(0, 0, parent),
                                          self.index(len(g.occurrences) - 1, REPLACEMENT, parent))

    def refilter(self) -> None:
        self.beginResetModel()
        self.rows = [g for g in self.all if self.passes(g)]
        self._index_rows()
        self.endResetModel()

    def _changed(self, first: int, last: int, parent=QModelIndex()) -> None:
        self.dataChanged.emit(self.index(first, 0, parent), self.index(last, REPLACEMENT, parent))

    def mark(self, occurrence_ids: set[int], status: str) -> None:
        """Show a decision at once (the reload that follows confirms it). A group the status
        filter no longer lets through leaves the list."""
        for g in list(self.rows):
            hit = [i for i, o in enumerate(g.occurrences) if o.id in occurrence_ids]
            if not hit:
                continue
            for i in hit:
                old = g.occurrences[i].status
                if old != status:
                    setattr(g, old, getattr(g, old) - 1)
                    setattr(g, status, getattr(g, status) + 1)
                    g.occurrences[i] = replace(g.occurrences[i], status=status)
            row = self._row_of[self.gid(g)]
            if not self.passes(g):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self._index_rows()
                self.endRemoveRows()
                continue
            self._changed(row, row)
            parent = self.index(row, 0)
            for i in hit:
                self._changed(i, i, parent)

    # --- lookups ------------------------------------------------------------------------------
    def group_of(self, index: QModelIndex):
        if not index.isValid():
            return None
        gid = index.internalId()
        row = self._row_of.get(gid) if gid else index.row()
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None

    def occurrence_of(self, index: QModelIndex):
        if not index.isValid() or not index.internalId():
            return None
        g = self.group_of(index)
        return g.occurrences[index.row()] if g and index.row() < len(g.occurrences) else None

    def index_of_occurrence(self, occurrence_id: int) -> QModelIndex:
        for row, g in enumerate(self.rows):
            for i, o in enumerate(g.occurrences):
                if o.id == occurrence_id:
                    return self.index(i, 0, self.index(row, 0))
        return QModelIndex()

    # --- the item model -----------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId():
            return QModelIndex()
        return self.createIndex(row, column, self.gid(self.rows[parent.row()]))

    def parent(self, index=QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt's name
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        row = self._row_of.get(index.internalId())
        return QModelIndex() if row is None else self.createIndex(row, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.rows)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self.rows[parent.row()].occurrences) if parent.row() < len(self.rows) else 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Form and context"), self.tr("Type"), self.tr("Open / all"),
                    self.tr("Replacement"))[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.internalId() and index.column() in (TYPE, REPLACEMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        g = self.group_of(index)
        if g is None:
            return None
        if index.internalId():
            if index.row() >= len(g.occurrences):
                return None
            return self._occurrence_data(g, g.occurrences[index.row()], index.column(), role)
        return self._group_data(g, index.column(), role)

    def _group_data(self, g, column: int, role):
        if role == GroupRole:
            return g
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == FORM:
                return g.text
            if column == TYPE:
                return type_name(g.type) if role == Qt.ItemDataRole.DisplayRole else g.type
            if column == COUNT:
                return f"{g.open} / {g.count}"
            return g.replacement
        if role == HtmlRole and column == FORM:
            first = next((o for o in g.occurrences if o.status == "open"),
                         g.occurrences[0] if g.occurrences else None)
            where = self.tr("{0} · {1} in {2}").format(type_name(g.type), g.count,
                                                       self.tr("%n source(s)", "", g.sources))
            head = (f"<b>{html.escape(g.text)}</b> <span style='color:#666'>"
                    f"{html.escape(where)}</span>")
            return _lines(head, context_html(first) if first else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}: %n occurrence(s) in {1}, {2} open, {3} accepted, "
                           "{4} rejected. Becomes “{5}”.", "", g.count).format(
                g.text, self.tr("%n source(s)", "", g.sources), g.open, g.accepted,
                g.rejected, g.replacement)
        if role == Qt.ItemDataRole.ForegroundRole and not g.open:
            return QColor("#6b7280")
        if role == Qt.ItemDataRole.FontRole and column == COUNT and g.open:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _occurrence_data(self, g, o, column: int, role):
        if role == OccurrenceRole:
            return o
        if role == GroupRole:
            return g
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FORM:
                return f"{o.source_name}: …{_flat(o.left)[-CONTEXT:]} {o.text} " \
                       f"{_flat(o.right)[:CONTEXT]}…"
            if column == TYPE:
                return type_name(o.type) if o.type != g.type else ""
            if column == COUNT:
                return f"{STATUS_MARKS.get(o.status, '')} {status_name(o.status)}"
            return ""
        if role == HtmlRole and column == FORM:
            typ = f" · {type_name(o.type)}" if o.type != g.type else ""
            return _lines(f"<span style='color:#555'>{html.escape(o.source_name + typ)}</span>",
                          context_html(o))
        if role == Qt.ItemDataRole.ForegroundRole and column == COUNT:
            return QColor(STATUS_COLORS.get(o.status, "#000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            who = f" ({o.decided_by})" if o.decided_by else ""
            return (f"{o.source_name} · {status_name(o.status)}{who} · {o.detector}\n"
                    f"…{_flat(o.left)}【{o.text}】{_flat(o.right)}…")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        g = self.group_of(index)
        if (g is None or index.internalId() or role != Qt.ItemDataRole.EditRole
                or index.column() not in (TYPE, REPLACEMENT) or self.setter is None):
            return False
        return bool(self.setter(g, index.column(), value))
