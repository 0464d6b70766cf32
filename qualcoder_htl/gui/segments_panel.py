"""Coded segments of the selected code with their context; activating one jumps to it."""
from __future__ import annotations

import html
from bisect import bisect_left

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from ..core.changes import Changes
from .delegates import HtmlDelegate, HtmlRole
from .session import Session

CONTEXT = 70
LIMIT = 2000


def _key(row: tuple) -> tuple:
    return row[1], row[0].start, row[0].id  # source name, position: the order SQLite gives


def _squash(text: str) -> str:
    return " ".join(text.split())


class SegmentsModel(QAbstractListModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[tuple] = []  # (coding, source name, before, coded, after)

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def patch(self, removed: set[int], added: list[tuple]) -> None:
        """Remove the rows of ``removed`` coding ids and insert ``added`` in order, without a
        reset (the list keeps its scroll position and does not lay out thousands of rows)."""
        for row in sorted((i for i, r in enumerate(self.rows) if r[0].id in removed),
                          reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        keys = [_key(r) for r in self.rows]
        for r in sorted(added, key=_key):
            row = bisect_left(keys, _key(r))
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, r)
            keys.insert(row, _key(r))
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        coding, source_name, before, coded, after = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{source_name}: {_squash(coded)}"
        if role == HtmlRole:
            star = "★ " if coding.is_key_quote else ""
            code = self.session.code_path(coding.code_id)
            head = (f"<span style='color:#555'>{star}{html.escape(source_name)} · "
                    f"{html.escape(code)}</span><br>")
            return (head + "<span style='color:#777'>…" + html.escape(_squash(before)[-CONTEXT:])
                    + "</span> <b>" + html.escape(_squash(coded)) + "</b> <span style='color:#777'>"
                    + html.escape(_squash(after)) + "…</span>")
        if role == Qt.ItemDataRole.ToolTipRole:
            memo = f"\n\n{coding.memo}" if coding.memo else ""
            return f"{source_name}\n\n{coded[:1500]}{memo}"
        if role == Qt.ItemDataRole.UserRole:
            return (coding.source_id, coding.start, coding.end)
        return None


class SegmentsPanel(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("segmentsPanel")
        self.session = session
        self._ids: set[int] = set()
        self._truncated = False
        self._touched: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.include_subcodes = QCheckBox(self.tr("Include &subcodes"))
        self.include_subcodes.setChecked(True)
        top.addWidget(self.include_subcodes)
        layout.addLayout(top)
        self.model = SegmentsModel(session, self)
        self.list = QListView()
        self.list.setObjectName("segmentsList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(4, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.activated.connect(self.jump)
        self.list.clicked.connect(self.jump)
        layout.addWidget(self.list, 1)
        self.include_subcodes.toggled.connect(lambda _: self.reload())
        session.current_code_changed.connect(lambda _: self.reload())
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        code_id = self.session.current_code_id
        if code_id is None or code_id not in self.session.codes():
            self._ids = set()
            self.model.set_rows([])
            self.title.setText(self.tr("Choose a code to see its coded segments."))
            return
        ids = (self.session.project.codebook.descendants(code_id)
               if self.include_subcodes.isChecked() else [code_id])
        self._ids = set(ids)
        rows = self.session.project.codings.segments(ids, CONTEXT, LIMIT + 1)
        more = len(rows) > LIMIT
        self._truncated = more
        self.model.set_rows(rows[:LIMIT])
        self._show_title(len(rows[:LIMIT]), more)

    def _show_title(self, n: int, more: bool) -> None:
        code_id = self.session.current_code_id
        text = self.tr("“{0}”: %n segment(s)", "", n).format(self.session.code_path(code_id))
        if more:
            text += " " + self.tr("(the first {0} are shown)").format(LIMIT)
        self.title.setText(text)

    def jump(self, index) -> None:
        target = index.data(Qt.ItemDataRole.UserRole)
        if target:
            self.session.jump_to(*target)

    def _on_changed(self, changes: Changes) -> None:
        code_id = self.session.current_code_id
        if code_id is None:
            return
        if "codes" in changes or changes.result == "all":
            self.reload()
        elif "codings" in changes and self._ids & changes.ids("codes_affected"):
            self._touched |= changes.ids("codings")
            self.session.later(self._patch)  # after the document has repainted

    def _patch(self) -> None:
        """Swap in the few codings a change touched (a coding applied or removed must not
        re-read thousands of segments); many (autocoding) re-read the list."""
        touched, self._touched = self._touched, set()
        if not touched or not self._ids:
            return
        if len(touched) > 50:
            self.reload()
            return
        fresh = self.session.project.codings.segments(sorted(self._ids), CONTEXT,
                                                      coding_ids=sorted(touched))
        self.model.patch(touched, fresh)
        self._show_title(len(self.model.rows), self._truncated)
