"""The codebook panel: the code tree (colours, counts, drag to move or nest, F2 renames in
place) with the definition editor beside it, and the actions new, rename, merge, delete.

Coding is always deliberate: a click only chooses a code (the one Ctrl+Enter applies, named
under the toolbar); a double click, Enter, or a passage dragged onto a code applies it."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from . import prompts
from .code_editor import CodeEditor
from .codebook_model import CODINGS, NAME, SOURCES, CodebookModel
from .delegates import KeepTypingDelegate
from .session import Session


class CodebookPanel(QWidget):
    apply_requested = Signal(int)  # the main window applies it to the selected text

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("codebookPanel")
        self.session = session
        self.model = CodebookModel(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenCode")
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.chosen)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeView()
        self.tree.setObjectName("codebookTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(KeepTypingDelegate(self.tree))
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setExpandsOnDoubleClick(False)  # a double click applies the code
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing to contents would read every row again after each coding
        for col in (CODINGS, SOURCES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            label = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.resizeSection(col, 16 + max(self.fontMetrics().horizontalAdvance(label),
                                               self.fontMetrics().horizontalAdvance("88888")))
        self.splitter.addWidget(self.tree)
        self.editor = CodeEditor(session)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._make_actions()
        self._expanded: set[int] = set()
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.model.span_dropped.connect(self.apply_to_span)
        session.changed.connect(self.model.on_changed)
        session.changed.connect(self._after_change)
        session.current_code_changed.connect(self.select_code)
        session.current_code_changed.connect(self._show_chosen)
        self.tree.expandAll()
        self._show_chosen(session.current_code_id)

    def _make_actions(self) -> None:
        def action(text, slot, shortcut=None, tip=None):
            a = QAction(text, self)
            a.triggered.connect(slot)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                # only while the tree itself has focus: Return or Delete typed into the
                # rename editor or the definition must not reach these
                a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            if tip:
                a.setToolTip(tip)
            return a
        self.new_action = action(self.tr("New"), self.new_code, "Ins",
                                 self.tr("New code at the top level (Ins)"))
        self.new_child_action = action(self.tr("Subcode"), self.new_subcode, "Shift+Ins",
                                       self.tr("New code under the chosen one (Shift+Ins)"))
        self.rename_action = action(self.tr("Rename"), self.rename, "F2")
        self.move_action = action(self.tr("Move…"), self.move, "Ctrl+M",
                                  self.tr("Move the chosen code under another (Ctrl+M)"))
        self.merge_action = action(self.tr("Merge…"), self.merge, None,
                                   self.tr("Merge the chosen code into another"))
        self.delete_action = action(self.tr("Delete"), self.delete, QKeySequence.StandardKey.Delete)
        self.apply_action = action(self.tr("Apply"), self.apply_current, "Return",
                                   self.tr("Apply the chosen code to the selected text (Enter)"))
        for a in (self.new_action, self.new_child_action, self.rename_action, self.move_action,
                  self.merge_action, self.delete_action):
            self.toolbar.addAction(a)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for a in (self.apply_action, self.new_action, self.new_child_action, self.rename_action,
                  self.move_action, self.merge_action, self.delete_action):
            self.tree.addAction(a)

    # --- layout: the editor beside the tree when the panel is wide --------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        wide = self.width() > 1.3 * self.height() and self.width() > 560
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            total = self.width() if wide else self.height()
            self.splitter.setSizes([round(total * 0.58), round(total * 0.42)])

    # --- selection --------------------------------------------------------------------------
    def current_code_id(self) -> int | None:
        return self.model.code_id(self.tree.currentIndex())

    def select_code(self, code_id: int | None) -> None:
        index = self.model.index_of(code_id)
        if index.isValid() and index != self.tree.currentIndex():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous) -> None:
        self.session.set_current_code(self.model.code_id(current))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        code_id = self.model.code_id(index)
        if code_id is not None:
            self.session.set_current_code(code_id)
            self.apply_requested.emit(code_id)

    def apply_current(self) -> None:
        code_id = self.current_code_id()
        if code_id is not None:
            self.apply_requested.emit(code_id)

    def _show_chosen(self, code_id: int | None) -> None:
        if code_id is None or code_id not in self.session.codes():
            self.chosen.setText(self.tr("Click a code to choose it; double-click, Enter or "
                                        "dragging text onto it applies it."))
        else:
            self.chosen.setText(self.tr("Chosen: {0} (Ctrl+Enter or double-click applies it "
                                        "to the selected text)").format(
                self.session.code_path(code_id)))

    def apply_to_span(self, code_id: int, source_id: int, start: int, end: int) -> bool:
        """A passage dragged from the text onto a code: code it."""
        self.session.set_current_code(code_id)
        done = self.session.run(lambda: self.session.project.codings.add(
            source_id, code_id, start, end), self)
        if done is None:
            return False
        self.session.note_code_used(code_id)
        self.session.status.emit(self.tr("Coded with “{0}”.").format(
            self.session.code_path(code_id)))
        return True

    def _remember(self) -> None:
        self._expanded = set()

        def walk(parent):
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    self._expanded.add(self.model.code_id(index))
                walk(index)
        walk(QModelIndex())

    def _restore(self) -> None:
        for code_id in self._expanded:
            self.tree.setExpanded(self.model.index_of(code_id), True)
        self.select_code(self.session.current_code_id)

    def _after_change(self, changes: Changes) -> None:
        if "codes" not in changes:
            return
        self._show_chosen(self.session.current_code_id)  # renamed or moved
        for code_id in changes.ids("codes"):  # new codes: show where they landed
            code = self.session.codes().get(code_id)
            if code is not None and code.parent_id is not None:
                self.tree.setExpanded(self.model.index_of(code.parent_id), True)
        if self.session.current_code_id is not None \
                and self.session.current_code_id not in self.session.codes():
            self.session.set_current_code(None)

    # --- actions ----------------------------------------------------------------------------
    def new_code(self, parent_id: int | None = None) -> int | None:
        name = prompts.ask_text(self, self.tr("New code"), self.tr("Name of the new code:"))
        if not name:
            return None
        changes = self.session.run(lambda: self.session.project.codebook.create(
            name, parent_id=parent_id or None), self)
        if changes is None:
            return None
        self.session.set_current_code(changes.result)
        return changes.result

    def new_subcode(self) -> int | None:
        parent = self.current_code_id()
        return self.new_code(parent) if parent is not None else self.new_code()

    def rename(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(NAME))

    def move(self) -> bool:
        """Move the chosen code under another or to the top level (drag and drop by keys)."""
        code_id = self.current_code_id()
        if code_id is None:
            return False
        seen = self.session.codes()[code_id].parent_id  # where the tree shows it
        below = set(self.session.project.codebook.descendants(code_id))
        targets = [(None, self.tr("(top level)"))] + [
            (cid, path) for cid, path in self.session.code_items() if cid not in below]
        i = prompts.choose(self, self.tr("Move code"), self.tr("Move “{0}” under:").format(
            self.session.code_path(code_id)), [path for _, path in targets])
        if i is None:
            return False
        parent = targets[i][0]
        return self.session.run(lambda: self.session.project.codebook.move(
            code_id, parent, based_on=seen), self) is not None

    def merge(self) -> bool:
        source = self.current_code_id()
        if source is None:
            return False
        others = [(cid, path) for cid, path in self.session.code_items() if cid != source]
        i = prompts.choose(self, self.tr("Merge codes"),
                           self.tr("Merge “{0}” into:").format(self.session.code_path(source)),
                           [path for _, path in others])
        if i is None:
            return False
        target = others[i][0]
        n, _ = self.session.project.codebook.counts([source]).get(source, (0, 0))
        if not prompts.confirm(self, self.tr("Merge codes"), self.tr(
                "Merge “{0}” into “{1}”? Its %n coding(s), subcodes and memos move to “{1}” "
                "and “{0}” is removed. You can undo this.", "", n).format(
                    self.session.code_path(source), self.session.code_path(target)),
                self.tr("Merge")):
            return False
        done = self.session.run(lambda: self.session.project.codebook.merge(source, target), self)
        if done is not None:
            self.session.set_current_code(target)
        return done is not None

    def delete(self) -> bool:
        code_id = self.current_code_id()
        if code_id is None:
            return False
        path = self.session.code_path(code_id)
        n, s = self.session.project.codebook.counts([code_id]).get(code_id, (0, 0))
        kids = len(self.model.children.get(code_id, []))
        text = self.tr("Delete the code “{0}”?").format(path)
        if n:
            text += " " + self.tr("It is applied to %n passage(s) in {0}.", "", n).format(
                self.tr("%n source(s)", "", s))
        if kids:
            text += " " + self.tr("Its %n subcode(s) move up one level.", "", kids)
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        buttons = ([self.tr("Delete the code and its %n coding(s)", "", n),
                    self.tr("Move the codings to another code…")] if n
                   else [self.tr("Delete")])
        answer = prompts.choose_button(self, self.tr("Delete code"), text, buttons)
        if answer is None:
            return False
        codebook = self.session.project.codebook
        if answer == 1:
            others = [(cid, p) for cid, p in self.session.code_items() if cid != code_id]
            i = prompts.choose(self, self.tr("Move codings"),
                               self.tr("Move the codings of “{0}” to:").format(path),
                               [p for _, p in others])
            if i is None:
                return False
            target = others[i][0]
            return self.session.run(lambda: codebook.delete(code_id, codings_to=target),
                                    self) is not None
        return self.session.run(lambda: codebook.delete(code_id, delete_codings=bool(n)),
                                self) is not None
