"""The codebook as a Qt tree model: name (with colour), codings, sources.

Renaming edits in place; dragging a code onto another nests it, between codes reorders it;
both are service calls, and the model updates from the ``Changes`` they return: a structural
change resets the model (the panel keeps expansion and selection), a rename or recolour only
emits ``dataChanged``, a coding change only updates the counts of the codes it touched.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from ..core.changes import Changes
from ..core.models import Code
from .mime import CODE_MIME, SPAN_MIME, decode_code_ids, decode_span, encode_code_ids
from .session import Session

NAME, CODINGS, SOURCES = range(3)
CodeIdRole = Qt.ItemDataRole.UserRole + 1


class CodebookModel(QAbstractItemModel):
    span_dropped = Signal(int, int, int, int)  # code id, source id, start, end

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.codes: dict[int, Code] = {}
        self.opened_with: dict[int, str] = {}  # name a rename editor opened with: based_on
        self.children: dict[int | None, list[int]] = {None: []}
        self.row_of: dict[int, int] = {}
        self.counts: dict[int, tuple[int, int]] = {}
        self._structure: tuple = ()
        self._stale_counts: set[int] = set()
        self.reload()

    # --- loading ----------------------------------------------------------------------------
    def _build(self, codes: dict[int, Code]):
        children: dict[int | None, list[int]] = {None: []}
        for c in sorted(codes.values(), key=lambda c: (c.sort_order, c.name.casefold(), c.id)):
            parent = c.parent_id if c.parent_id in codes else None
            children.setdefault(parent, []).append(c.id)
        rows = {cid: i for kids in children.values() for i, cid in enumerate(kids)}
        structure = tuple(sorted((k if k is not None else -1, tuple(v))
                                 for k, v in children.items()))
        return children, rows, structure

    def reload(self) -> None:
        codes = dict(self.session.codes())
        children, rows, structure = self._build(codes)
        counts = self.session.project.codebook.counts()
        if structure == self._structure:  # same tree: names, colours or counts changed
            self.codes, self.counts = codes, counts
            self._all_changed()
            return
        self.beginResetModel()
        self.codes, self.children, self.row_of = codes, children, rows
        self.counts, self._structure = counts, structure
        self.endResetModel()

    def _all_changed(self) -> None:
        def walk(parent_index, parent_id):
            kids = self.children.get(parent_id, [])
            if kids:
                self.dataChanged.emit(self.index(0, 0, parent_index),
                                      self.index(len(kids) - 1, SOURCES, parent_index))
            for cid in kids:
                walk(self.index_of(cid), cid)
        walk(QModelIndex(), None)

    def update_counts(self, code_ids: set[int]) -> None:
        fresh = self.session.project.codebook.counts(sorted(code_ids))
        for cid in code_ids:
            if cid in fresh:
                self.counts[cid] = fresh[cid]
            else:
                self.counts.pop(cid, None)
            if cid in self.codes:
                index = self.index_of(cid)
                self.dataChanged.emit(index.siblingAtColumn(CODINGS),
                                      index.siblingAtColumn(SOURCES))

    def on_changed(self, changes: Changes) -> None:
        if "codes" in changes:
            self.reload()
        elif "codings" in changes:  # counts only: after the document has repainted
            self._stale_counts |= changes.ids("codes_affected")
            self.session.later(self._refresh_counts)

    def _refresh_counts(self) -> None:
        stale, self._stale_counts = self._stale_counts & set(self.codes), set()
        if stale:
            self.update_counts(stale)

    # --- tree structure ---------------------------------------------------------------------
    def index_of(self, code_id: int | None, column: int = NAME) -> QModelIndex:
        if code_id is None or code_id not in self.codes:
            return QModelIndex()
        return self.createIndex(self.row_of[code_id], column, code_id)

    def code_id(self, index: QModelIndex) -> int | None:
        return index.internalId() if index.isValid() else None

    def _parent_id(self, code_id: int) -> int | None:
        parent = self.codes[code_id].parent_id
        return parent if parent in self.codes else None

    def index(self, row, column, parent=QModelIndex()) -> QModelIndex:
        if column < 0 or column > SOURCES:
            return QModelIndex()
        kids = self.children.get(self.code_id(parent), [])
        if not 0 <= row < len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # noqa: A003 (Qt API)
        if not index.isValid():
            return QModelIndex()
        cid = self.code_id(index)
        if cid not in self.codes:
            return QModelIndex()
        return self.index_of(self._parent_id(cid))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != NAME:
            return 0
        return len(self.children.get(self.code_id(parent), []))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 3

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    # --- data -------------------------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Codings"), self.tr("Sources"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("Number of coded passages"),
                    self.tr("Number of sources with at least one coding"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self.codes.get(self.code_id(index))
        if code is None:
            return None
        column = index.column()
        if role == CodeIdRole:
            return code.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                if role == Qt.ItemDataRole.EditRole:
                    self.opened_with[code.id] = code.name
                return code.name
            n_codings, n_sources = self.counts.get(code.id, (0, 0))
            value = n_codings if column == CODINGS else n_sources
            return value if value or role == Qt.ItemDataRole.EditRole else ""
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return QColor(code.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self.session.code_path(code.id) + (f"\n\n{code.definition}"
                                                      if code.definition else "")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != NAME or role != Qt.ItemDataRole.EditRole:
            return False
        code = self.codes.get(self.code_id(index))
        name = str(value).strip()
        seen = self.opened_with.pop(code.id, code.name) if code is not None else None
        if code is None or not name or name == seen:
            return False
        return self.session.run(lambda: self.session.project.codebook.rename(
            code.id, name, based_on=seen)) is not None

    # --- drag and drop ----------------------------------------------------------------------
    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction  # copy: a dragged passage

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CODE_MIME, SPAN_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        ids = []
        for index in indexes:
            cid = self.code_id(index)
            if cid is not None and cid not in ids:
                ids.append(cid)
        encode_code_ids(mime, ids)
        mime.setText("\n".join(self.session.code_path(c) for c in ids))
        return mime

    def _move_target(self, data, row, parent) -> tuple[int, int | None, int | None] | None:
        ids = decode_code_ids(data)
        if len(ids) != 1 or ids[0] not in self.codes:
            return None
        code_id, new_parent = ids[0], self.code_id(parent)
        cur = new_parent
        while cur is not None:  # not onto itself or below itself
            if cur == code_id:
                return None
            cur = self._parent_id(cur)
        position = row if row >= 0 else None
        if position is not None and self._parent_id(code_id) == new_parent:
            if self.row_of[code_id] < position:  # the code leaves its old place first
                position -= 1
        return code_id, new_parent, position

    def _span_target(self, data, row, parent) -> tuple[int, tuple[int, int, int]] | None:
        """(code id, (source id, start, end)) for a passage dropped on a code."""
        span = decode_span(data)
        if span is None:
            return None
        index = self.index(row, 0, parent) if row >= 0 else parent
        code_id = self.code_id(index)
        return None if code_id is None else (code_id, span)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if data.hasFormat(SPAN_MIME):
            return self._span_target(data, row, parent) is not None
        return self._move_target(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if data.hasFormat(SPAN_MIME):
            dropped = self._span_target(data, row, parent)
            if dropped is not None and action != Qt.DropAction.IgnoreAction:
                self.span_dropped.emit(dropped[0], *dropped[1])
            return False
        target = self._move_target(data, row, parent)
        if target is None or action == Qt.DropAction.IgnoreAction:
            return False
        code_id, new_parent, position = target
        seen = self.codes[code_id].parent_id  # where the tree showed it
        # run after the view has finished its drop handling: the move resets this model
        QTimer.singleShot(0, lambda: self.session.run(
            lambda: self.session.project.codebook.move(code_id, new_parent, position,
                                                       based_on=seen)))
        return False  # the model updates itself from the Changes; the view removes nothing
