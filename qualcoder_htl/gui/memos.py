"""Memos: on the project, the open source, the current code (a panel) and on a coding (a
dialog). An edited memo is saved when the editor loses focus or another memo is chosen, each
save one undoable step."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from ..core.models import Memo
from .session import Session


class MemoDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.editor = QPlainTextEdit(text)
        self.editor.setMinimumSize(460, 220)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()


def edit_memo_dialog(parent: QWidget | None, title: str, text: str) -> str | None:
    """The edited text, or None when cancelled (tests replace this function)."""
    dialog = MemoDialog(title, text, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MemoListModel(QAbstractListModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.memos: list[Memo] = []

    def set_memos(self, memos: list[Memo]) -> None:
        self.beginResetModel()
        self.memos = memos
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.memos)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.memos):
            return None
        memo = self.memos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first = memo.text.strip().split("\n", 1)[0] or self.tr("(empty memo)")
            return f"{first[:70]}\n{memo.updated_at:%Y-%m-%d %H:%M} · " \
                   f"{self.session.coder_name(memo.coder_id)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return memo.text[:1000]
        if role == Qt.ItemDataRole.UserRole:
            return memo.id
        return None


class MemosPanel(QWidget):
    PROJECT, SOURCE, CODE = range(3)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("memosPanel")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Memos on:"))
        self.scope = QComboBox()
        self.scope.addItems([self.tr("the project"), self.tr("the open source"),
                             self.tr("the selected code")])
        label.setBuddy(self.scope)
        top.addWidget(label)
        top.addWidget(self.scope, 1)
        self.new_button = QPushButton(self.tr("&New memo"))
        self.delete_button = QPushButton(self.tr("Delete"))
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = MemoListModel(session, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        splitter.addWidget(self.list)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Choose a memo or make a new one."))
        self.editor.setEnabled(False)
        splitter.addWidget(self.editor)
        splitter.setSizes([220, 400])
        layout.addWidget(splitter, 1)
        self._memo_id: int | None = None
        self.scope.currentIndexChanged.connect(lambda _: self.reload())
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.new_button.clicked.connect(self.new_memo)
        self.delete_button.clicked.connect(self.delete_memo)
        self.editor.installEventFilter(self)
        session.changed.connect(self._on_changed)
        session.current_code_changed.connect(lambda _: self._scope_moved(self.CODE))
        self.reload()

    def target(self) -> tuple[int | None, int | None] | None:
        """(source id, code id) of the scope; None when the scope has no target now."""
        scope = self.scope.currentIndex()
        if scope == self.SOURCE:
            sid = self.session.current_source_id
            return None if sid is None else (sid, None)
        if scope == self.CODE:
            cid = self.session.current_code_id
            return None if cid is None else (None, cid)
        return (None, None)

    def source_changed(self) -> None:
        self._scope_moved(self.SOURCE)

    def _scope_moved(self, scope: int) -> None:
        if self.scope.currentIndex() == scope:
            self.reload()

    def reload(self) -> None:
        self.save()
        target = self.target()
        memos_api = self.session.project.memos
        if target is None:
            memos = []
        elif target == (None, None):
            memos = memos_api.list(project_only=True)
        else:
            memos = memos_api.list(source_id=target[0], code_id=target[1])
        keep = self._memo_id
        self.model.set_memos(memos)
        self.new_button.setEnabled(target is not None)
        self._show(keep if any(m.id == keep for m in memos) else None)

    def _show(self, memo_id: int | None) -> None:
        self._memo_id = memo_id
        memo = next((m for m in self.model.memos if m.id == memo_id), None)
        self.editor.blockSignals(True)
        self.editor.setPlainText(memo.text if memo else "")
        self.editor.document().setModified(False)
        self.editor.blockSignals(False)
        self.editor.setEnabled(memo is not None)
        self.delete_button.setEnabled(memo is not None)
        if memo is not None:
            row = self.model.memos.index(memo)
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)

    def _on_current(self, current, _previous) -> None:
        self.save()
        self._show(current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None)

    def save(self) -> None:
        if self._memo_id is None or not self.editor.document().isModified():
            return
        self.editor.document().setModified(False)
        memo_id, text = self._memo_id, self.editor.toPlainText()
        self.session.run(lambda: self.session.project.memos.edit(memo_id, text), self)

    def new_memo(self) -> None:
        target = self.target()
        if target is None:
            return
        self.save()
        changes = self.session.run(lambda: self.session.project.memos.add(
            "", source_id=target[0], code_id=target[1]), self)
        if changes is not None:
            self._show(changes.result)
            self.editor.setFocus()

    def delete_memo(self) -> None:
        if self._memo_id is not None:
            memo_id, self._memo_id = self._memo_id, None
            self.session.run(lambda: self.session.project.memos.delete(memo_id), self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.editor and event.type() == event.Type.FocusOut:
            self.save()
        return super().eventFilter(obj, event)

    def _on_changed(self, changes: Changes) -> None:
        if "memos" in changes or "sources" in changes or "codes" in changes:
            self.reload()
