"""The quick-code box: type a few letters of a code, Enter applies it to the selection.

Every word typed must occur somewhere in the code's path ("fam stöd" finds "Familjernas
erfarenheter / Stödet som gavs"). When nothing matches, Enter creates a code with the typed
name and applies it (one undo step).
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget


def colour_icon(color: str, size: int = 12) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return pix


class CodeListModel(QAbstractListModel):
    """A flat list of codes by path (for pickers)."""

    def __init__(self, items: list[tuple[int, str, str]], parent=None):
        super().__init__(parent)
        self.items = items  # (id, path, colour)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        code_id, path, color = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return path
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(color)
        if role == Qt.ItemDataRole.UserRole:
            return code_id
        return None


def refilter(proxy: QSortFilterProxyModel, change) -> None:
    """Apply ``change()`` to a proxy's filter state and re-filter its rows (Qt ≥ 6.10 has
    begin/endFilterChange; older versions invalidate)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()


class WordsFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_words", text.casefold().split()))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        path = self.sourceModel().index(row, 0, parent).data() or ""
        folded = path.casefold()
        return all(w in folded for w in self._words)


class QuickCodeBox(QFrame):
    code_chosen = Signal(int)
    create_requested = Signal(str)

    def __init__(self, items: list[tuple[int, str, str]], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("quickCodeBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type to find a code; Enter applies it"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.model = CodeListModel(items, self)
        self.proxy = WordsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        self.list.clicked.connect(lambda index: self._choose(index))
        layout.addWidget(self.list)
        self.hint = QLabel()
        self.hint.setObjectName("quickCodeHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.resize(420, 320)
        self._filter("")

    def popup(self, at: QPoint) -> None:
        self.move(at)
        self.show()
        self.edit.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.set_words(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.hint.setText(self.tr("↑↓ choose · Enter apply · Esc close"))
        elif text.strip():
            self.hint.setText(self.tr("No code matches. Enter creates the code “{0}” and "
                                      "applies it.").format(text.strip()))
        else:
            self.hint.setText(self.tr("The codebook is empty: type a name to create a code."))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.list.currentIndex().row()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
                row = max(0, min(self.proxy.rowCount() - 1, row + step))
                self.list.setCurrentIndex(self.proxy.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(obj, event)

    def accept_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid() and self.proxy.rowCount():
            self._choose(index)
        elif self.edit.text().strip():
            name = self.edit.text().strip()
            self.close()
            self.create_requested.emit(name)

    def _choose(self, index) -> None:
        code_id = index.data(Qt.ItemDataRole.UserRole)
        self.close()
        if code_id is not None:
            self.code_chosen.emit(int(code_id))
