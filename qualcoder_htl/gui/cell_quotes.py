"""The quotes of one matrix cell, beside the matrix: a title naming the theme and the column,
and the quotes (key quotes first) read off the GUI thread."""
from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.results import Matrix
from .quote_list import QuoteList
from .session import Session
from .workers import Job

LIMIT = 500  # quotes listed for one cell (an export has them all)


class CellQuotes(QWidget):
    shown = Signal()  # the chosen cell's quotes are listed

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.matrix: Matrix | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("cellTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.list = QuoteList(session)
        self.list.setObjectName("cellQuotes")
        layout.addWidget(self.list, 1)
        self.clear()

    def clear(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.job = None
        self.list.quote_model.set_quotes([])
        self.title.setText(self.tr("Choose a cell to see its quotes."))

    def show_cell(self, matrix: Matrix, row: int, column: int | None) -> Job | None:
        """List the quotes of a cell (``column`` None: the row's total)."""
        self.matrix = matrix
        cell = matrix.totals[row] if column is None else matrix.cells[row][column]
        if self.job is not None:
            self.job.cancel()
        if cell.empty:
            self.job = None
            self.list.quote_model.set_quotes([])
            self._title(row, column, 0)
            self.shown.emit()
            return None
        self._title(row, column, None)
        analysis = self.session.project.analysis
        job = Job(lambda progress: (matrix, row, column,
                                    analysis.cell_quotes(matrix, row, column)))
        job.succeeded.connect(self._ready)
        self.job = job
        return job.start()

    def _ready(self, result) -> None:
        if self.sender() is not self.job:
            return  # another cell was chosen meanwhile
        self.job = None
        matrix, row, column, quotes = result
        keep = self.list.current_quote()
        self.list.quote_model.show_code = matrix.rows[row].has_children or (
            matrix.column_kind == "codes")
        self.list.quote_model.set_quotes(quotes[:LIMIT])
        if keep is not None:
            self.list.select_coding(keep.coding_id)
        self._title(row, column, len(quotes))
        self.shown.emit()

    def _title(self, row: int, column: int | None, n: int | None) -> None:
        m = self.matrix
        where = self.tr("all") if column is None else m.columns[column].label
        text = f"<b>{html.escape(m.rows[row].name)}</b> × <b>{html.escape(where)}</b>"
        if n is None:
            text += " · " + self.tr("reading quotes…")
        else:
            text += " · " + self.tr("%n quote(s)", "", n)
            if n > LIMIT:
                text += " " + self.tr("(the first {0} are shown; export for all)").format(LIMIT)
        self.title.setText(text)
