"""Full-text search with keyword-in-context results; Enter or a click jumps to a hit; all hits
(or their paragraphs) can be coded in one undoable step. The search itself runs off the GUI
thread, so typing never waits on a large project."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.models import SearchHit
from . import prompts
from .session import Session
from .workers import Job

SOURCE, LEFT, MATCH, RIGHT = range(4)
WIDTH = 70


def _flat(text: str) -> str:
    return " ".join(text.split())


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Source"), self.tr("Before"), self.tr("Hit"), self.tr("After"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SOURCE:
                return hit.source_name
            if column == LEFT:
                return _flat(hit.left)[-WIDTH:]
            if column == MATCH:
                return hit.match
            return _flat(hit.right)[:WIDTH]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if column == LEFT else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.source_name}\n…{_flat(hit.left)}{hit.match}{_flat(hit.right)}…"
        if role == Qt.ItemDataRole.UserRole:
            return (hit.source_id, hit.start, hit.end)
        return None


class SearchPanel(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.session = session
        self.job: Job | None = None
        self._query = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr('Words, barn* for any ending, "a OR b"'))
        self.query.setClearButtonEnabled(True)
        row.addWidget(self.query, 1)
        self.whole_words = QCheckBox(self.tr("&Whole words"))
        self.whole_words.setChecked(True)
        row.addWidget(self.whole_words)
        self.search_button = QPushButton(self.tr("&Search"))
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.table = QTableView()
        self.table.setObjectName("searchResults")
        self.model = SearchResultsModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RIGHT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(SOURCE, 140)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.summary = QLabel()
        bottom.addWidget(self.summary, 1)
        self.extent = QComboBox()
        self.extent.addItem(self.tr("the hits"), "hit")
        self.extent.addItem(self.tr("their paragraphs"), "paragraph")
        self.code_button = QPushButton(self.tr("&Code all…"))
        self.code_button.setEnabled(False)
        bottom.addWidget(self.code_button)
        bottom.addWidget(self.extent)
        layout.addLayout(bottom)
        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.table.activated.connect(self.jump)
        self.table.clicked.connect(self.jump)
        self.code_button.clicked.connect(self.code_all)

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> Job | None:
        query = self.query.text().strip()
        if not query:
            return None
        if self.job is not None:
            self.job.cancel()
        whole = self.whole_words.isChecked()
        search = self.session.project.search
        self.summary.setText(self.tr("Searching…"))
        job = Job(lambda progress: search.search(query, whole_words=whole), self)
        job.succeeded.connect(lambda hits, q=query: self._show(q, hits, job))
        job.failed.connect(lambda e, details: self._failed(e, details, job))
        self.job = job.start()
        return job

    def _show(self, query: str, hits: list[SearchHit], job: Job) -> None:
        if job is not self.job:
            return  # an older search finished after a newer one started
        self.job = None
        self._query = query
        self.model.set_hits(hits)
        sources = len({h.source_id for h in hits})
        self.summary.setText(self.tr("%n hit(s) in {0}", "", len(hits)).format(
            self.tr("%n source(s)", "", sources)))
        self.code_button.setEnabled(bool(hits))

    def _failed(self, error, details: str, job: Job) -> None:
        if job is not self.job:
            return
        self.job = None
        self.model.set_hits([])
        self.code_button.setEnabled(False)
        if isinstance(error, UserError):
            self.summary.setText(str(error))
        else:
            self.summary.setText(self.tr("The search failed."))
            raise error  # shown by the exception hook with its details

    def jump(self, index) -> None:
        target = index.data(Qt.ItemDataRole.UserRole)
        if target:
            self.session.jump_to(*target)

    def code_all(self) -> bool:
        if not self._query or not self.model.hits:
            return False
        items = self.session.code_items()
        current = next((i for i, (cid, _) in enumerate(items)
                        if cid == self.session.current_code_id), 0)
        i = prompts.choose(self, self.tr("Code all hits"),
                           self.tr("Code %n hit(s) of “{0}” with:", "",
                                   len(self.model.hits)).format(self._query),
                           [path for _, path in items], current)
        if i is None:
            return False
        code_id = items[i][0]
        query, whole, extent = self._query, self.whole_words.isChecked(), self.extent.currentData()
        changes = self.session.run(lambda: self.session.project.search.autocode(
            query, code_id, extent=extent, whole_words=whole), self)
        if changes is not None:
            self.session.note_code_used(code_id)
            self.session.status.emit(self.tr("Coded %n passage(s) with “{0}”.", "",
                                             changes.result).format(
                self.session.code_path(code_id)))
        return changes is not None
