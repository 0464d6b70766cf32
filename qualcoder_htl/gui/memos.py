"""Memos: on the project, a source, a code, and on a coding, all in one panel with filters (kind,
coder, source). A memo is saved as it is typed: 600 ms after the last key, one undoable step per
burst of typing; switching memos or closing saves what is pending at once. A coding's memo can
also be written in a dialog from the document."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
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
from ..services.memos import BOTH_KEPT
from .memo_list import MemoEntry, MemoListModel, entry_of
from .session import Session

__all__ = ["MemoDialog", "MemoEntry", "MemoListModel", "MemosPanel", "edit_memo_dialog",
           "entry_of"]

AUTOSAVE_MS = 600


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


class MemosPanel(QWidget):
    PROJECT, SOURCE, CODE, CODINGS, ALL = range(5)
    ANY = -1  # the coder and source filters' "all"

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("memosPanel")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        self.scope = QComboBox()
        self.scope.addItems([self.tr("project memos"), self.tr("memos on the open source"),
                             self.tr("memos on the selected code"), self.tr("coding memos"),
                             self.tr("all memos")])
        label.setBuddy(self.scope)
        top.addWidget(label)
        top.addWidget(self.scope, 1)
        self.coder_filter = QComboBox()
        self.coder_filter.setToolTip(self.tr("Only the memos of one coder"))
        self.source_filter = QComboBox()
        self.source_filter.setToolTip(self.tr("Only the memos on one source and its codings"))
        top.addWidget(self.coder_filter, 1)
        top.addWidget(self.source_filter, 1)
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
        self.saved_label = QLabel()
        self.saved_label.setObjectName("memoSaved")
        layout.addWidget(self.saved_label)
        self._memo: MemoEntry | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self._fill_filters()
        self.scope.currentIndexChanged.connect(lambda _: self.reload())
        self.coder_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.source_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.new_button.clicked.connect(self.new_memo)
        self.delete_button.clicked.connect(self.delete_memo)
        self.editor.textChanged.connect(self._typed)
        self.editor.installEventFilter(self)
        session.changed.connect(self._on_changed)
        session.current_code_changed.connect(lambda _: self._scope_moved(self.CODE))
        session.coder_view_changed.connect(self.reload)  # blind coding switched
        self.reload()

    # --- filters ----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        def fill(combo: QComboBox, everything: str, items: list[tuple[int, str]]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, self.ANY)
            for item_id, name in items:
                combo.addItem(name, item_id)
            at = combo.findData(keep)
            combo.setCurrentIndex(at if at >= 0 else 0)
            combo.blockSignals(False)
        fill(self.coder_filter, self.tr("all coders"),
             [(c.id, c.name) for c in self.session.project.coders()])
        fill(self.source_filter, self.tr("all sources"),
             [(s.id, s.name) for s in self.session.project.sources.list()])

    def target(self) -> tuple[int | None, int | None] | None:
        """(source id, code id) a new memo gets in this scope; None when it takes none."""
        scope = self.scope.currentIndex()
        if scope == self.SOURCE:
            sid = self.session.current_source_id
            return None if sid is None else (sid, None)
        if scope == self.CODE:
            cid = self.session.current_code_id
            return None if cid is None else (None, cid)
        if scope == self.PROJECT:
            return (None, None)
        return None  # coding memos are written on a coding; "all" has no one target

    def source_changed(self) -> None:
        self._scope_moved(self.SOURCE)

    def _scope_moved(self, scope: int) -> None:
        if self.scope.currentIndex() == scope:
            self.reload()

    def _entries(self) -> list[MemoEntry]:
        scope = self.scope.currentIndex()
        memos_api, codings_api = self.session.project.memos, self.session.project.codings
        source = self.source_filter.currentData()
        source = None if source in (None, self.ANY) else source
        if scope == self.PROJECT:
            found = memos_api.list(project_only=True)
        elif scope == self.SOURCE:
            sid = self.session.current_source_id
            found = [] if sid is None else memos_api.list(source_id=sid)
        elif scope == self.CODE:
            cid = self.session.current_code_id
            found = [] if cid is None else memos_api.list(code_id=cid)
        elif scope == self.CODINGS:
            found = codings_api.with_memos(source)
        else:
            found = memos_api.list() + codings_api.with_memos(source)
        entries = [entry_of(m) for m in memos_api.visible(found)]  # blind: one's own only
        if source is not None:
            entries = [m for m in entries if m.source_id == source or m.kind == "project"
                       and scope == self.PROJECT]
        coder = self.coder_filter.currentData()
        if coder not in (None, self.ANY):
            entries = [m for m in entries if m.coder_id == coder]
        return sorted(entries, key=lambda m: m.when, reverse=scope in (self.CODINGS, self.ALL))

    def reload(self) -> None:
        self.save()
        entries = self._entries()
        keep = self._memo.key if self._memo else None
        self.model.set_memos(entries)
        self.new_button.setEnabled(self.target() is not None)
        self._show(keep if self.model.row_of(keep) is not None else None)

    # --- the editor -------------------------------------------------------------------------
    def _show(self, key: tuple[str, int] | None) -> None:
        row = self.model.row_of(key)
        memo = self.model.memos[row] if row is not None else None
        same = (memo is not None and self._memo is not None and memo.key == self._memo.key
                and self.editor.toPlainText() == memo.text)
        self._memo = memo
        if not same:  # our own save comes back as a change: the cursor stays where it is
            self.editor.blockSignals(True)
            self.editor.setPlainText(memo.text if memo else "")
            self.editor.blockSignals(False)
        self.editor.setEnabled(memo is not None)
        self.delete_button.setEnabled(memo is not None)
        if row is not None:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)

    def _on_current(self, current, _previous) -> None:
        self.save()
        row = current.row() if current.isValid() else None
        self._show(self.model.memos[row].key if row is not None else None)

    def _typed(self) -> None:
        if self._memo is not None:
            self.saved_label.setText(self.tr("Saving…"))
            self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def save(self) -> None:
        """Save what was typed since the last save (one undo step), if anything."""
        self._timer.stop()
        memo = self._memo
        if memo is None:
            return
        text = self.editor.toPlainText()
        if text == memo.text:
            return
        # what the editor started from: another coder's save meanwhile is kept beside ours
        service = (self.session.project.codings.set_memo if memo.kind == "coding"
                   else self.session.project.memos.edit)
        self._memo = MemoEntry(memo.kind, memo.id, text, memo.coder_id, memo.when,
                               memo.source_id, memo.code_id)
        changes = self.session.run(lambda: service(memo.id, text, based_on=memo.text), self)
        if changes is not None and changes.result == BOTH_KEPT:
            self.saved_label.setText(self.tr("Another coder saved this memo at the same "
                                             "time: both texts are kept."))
        elif changes is not None:
            self.saved_label.setText(self.tr("Saved"))

    def new_memo(self) -> None:
        target = self.target()
        if target is None:
            return
        self.save()
        changes = self.session.run(lambda: self.session.project.memos.add(
            "", source_id=target[0], code_id=target[1]), self)
        if changes is not None:
            self._show(("memo", changes.result))
            self.editor.setFocus()

    def delete_memo(self) -> None:
        memo, self._memo = self._memo, None
        if memo is None:
            return
        self._timer.stop()
        if memo.kind == "coding":  # the coding stays, without its memo
            self.session.run(lambda: self.session.project.codings.set_memo(memo.id, ""), self)
        else:
            self.session.run(lambda: self.session.project.memos.delete(memo.id), self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.editor and event.type() == event.Type.FocusOut:
            self.save()
        return super().eventFilter(obj, event)

    def _on_changed(self, changes: Changes) -> None:
        touched = changes.touched.keys()
        if {"sources", "coders", "memos"} & touched:
            self._fill_filters()  # a new source, or a memo by a coder not listed yet
        if {"memos", "sources", "codes"} & touched or changes.result == "all":
            self.reload()
        elif "codings" in touched and self.scope.currentIndex() in (self.CODINGS, self.ALL):
            self.session.later(self.reload)  # coding memos: after the document has painted
