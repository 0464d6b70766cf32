"""The memo list: every kind of memo as one row (a memo on the project, a source or a code, or
the memo of a coding), with what it is on, when, and by whom."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ..core.models import Coding, Memo
from .session import Session


@dataclass(frozen=True)
class MemoEntry:
    """One row of the memo list: a memo, or the memo of a coding (``kind`` "coding")."""

    kind: str  # "project", "source", "code", "coding"
    id: int  # the memo's id, or the coding's
    text: str
    coder_id: int
    when: datetime
    source_id: int | None = None
    code_id: int | None = None

    @property
    def key(self) -> tuple[str, int]:
        return ("coding" if self.kind == "coding" else "memo", self.id)


def entry_of(item: Memo | Coding | MemoEntry) -> MemoEntry:
    if isinstance(item, MemoEntry):
        return item
    if isinstance(item, Coding):
        return MemoEntry("coding", item.id, item.memo, item.coder_id, item.created_at,
                         item.source_id, item.code_id)
    kind = "source" if item.source_id is not None else "code" if item.code_id is not None \
        else "project"
    return MemoEntry(kind, item.id, item.text, item.coder_id, item.updated_at, item.source_id,
                     item.code_id)


class MemoListModel(QAbstractListModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.memos: list[MemoEntry] = []
        self._source_names: dict[int, str] = {}

    def set_memos(self, memos: list) -> None:
        self.beginResetModel()
        self.memos = [entry_of(m) for m in memos]
        if any(m.source_id is not None for m in self.memos):
            self._source_names = {s.id: s.name for s in self.session.project.sources.list()}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.memos)

    def where(self, memo: MemoEntry) -> str:
        """What the memo is on: "the project", a source, a code, a coding (code in source)."""
        if memo.kind == "project":
            return self.tr("Project")
        if memo.kind == "source":
            return self._source_names.get(memo.source_id, "?")
        if memo.kind == "code":
            return self.session.code_path(memo.code_id)
        return self.tr("Coding: {0} in {1}").format(
            self.session.code_path(memo.code_id), self._source_names.get(memo.source_id, "?"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.memos):
            return None
        memo = self.memos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first = memo.text.strip().split("\n", 1)[0] or self.tr("(empty memo)")
            return f"{first[:70]}\n{memo.when:%Y-%m-%d %H:%M} · " \
                   f"{self.session.coder_name(memo.coder_id)} · {self.where(memo)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return memo.text[:1000]
        if role == Qt.ItemDataRole.UserRole:
            return memo.id
        return None

    def row_of(self, key: tuple[str, int] | None) -> int | None:
        return next((i for i, m in enumerate(self.memos) if m.key == key), None)
