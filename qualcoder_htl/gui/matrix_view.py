"""The theme matrix: themes (the codebook or a branch, rolled up or not) against an attribute's
values, the sources, the cases, or the themes themselves (co-occurrence), counted by a chosen
measure and filtered by coder and attribute values. Choosing a cell lists its quotes beside
the table; double-clicking a quote opens the passage in the document.

The matrix and a cell's quotes are computed off the GUI thread (a matrix over 100,000
codings takes a few hundred milliseconds); a newer request makes an older result stale."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.results import Matrix
from .analysis_models import MatrixModel, MatrixRequest, interface_language
from .cell_quotes import CellQuotes
from .lazy_refresh import RefreshWhenShown
from .matrix_choices import MatrixChoices
from .session import Session
from .workers import Job

WIDE = 40  # more columns than this get a fixed width


class MatrixView(RefreshWhenShown, QWidget):
    export_requested = Signal(str)  # "matrix"
    computed = Signal()  # a matrix is shown

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.session = session
        self.language = interface_language()
        self.job: Job | None = None
        self.matrix: Matrix | None = None
        self.shown_request: MatrixRequest | None = None
        self.chosen: tuple[int, object] | None = None  # (code id, column key / "total")
        self._dirty = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.choices = MatrixChoices(session, self.language)
        c = self.choices
        self.rows, self.rollup, self.columns, self.measure = c.rows, c.rollup, c.columns, c.measure
        self.filter, self.export_button = c.filter, c.export_button
        layout.addWidget(c)
        self.summary = QLabel()
        self.summary.setObjectName("matrixSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = MatrixModel(self)
        self.model.language = self.language
        self.table = QTableView()
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # an attribute's columns can be dragged into the order the report wants (kept)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().sectionMoved.connect(self._column_moved)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vertical = self.table.verticalHeader()
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.splitter.addWidget(self.table)
        self.cell = CellQuotes(session)
        self.quotes = self.cell.list
        self.splitter.addWidget(self.cell)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        c.recompute.connect(self.refresh)
        c.columns_changed.connect(self._columns_changed)
        c.measure_changed.connect(self._measure_changed)
        self.export_button.clicked.connect(lambda: self.export_requested.emit("matrix"))
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.installEventFilter(self)
        session.changed.connect(self._on_changed)

    # --- choices (in MatrixChoices) ---------------------------------------------------------
    def fill_choices(self) -> None:
        self.choices.fill_choices()

    def request(self) -> MatrixRequest:
        return self.choices.request()

    def describe(self) -> str:
        return self.choices.describe()

    def choose(self, **kwargs) -> None:
        """Set choices as a user would (each recomputes when it must): columns, measure,
        branch, rollup, cooccurrence."""
        self.choices.choose(**kwargs)

    def _columns_changed(self) -> None:
        self.chosen = None
        self.cell.clear()
        self.refresh()

    def _measure_changed(self) -> None:
        measure = self.measure.currentData()
        shown = self.shown_request
        if shown is None or shown.cooccurrence or self.job is not None or (
                measure == "words" and self.matrix.measure != "words"):
            self.refresh()  # words are counted only when asked for
            return
        self.shown_request = replace(shown, measure=measure)
        self.model.set_measure(measure)
        self._fit_columns()
        self._show_summary()

    # --- computing --------------------------------------------------------------------------
    def refresh(self) -> Job:
        """Compute the matrix for the current choices in a worker."""
        request = self.request()
        project, language = self.session.project, self.language
        if self.job is not None:
            self.job.cancel()
        job = Job(lambda progress: (request, request.compute(project, language)))
        job.succeeded.connect(self._computed)
        job.failed.connect(self._failed)
        self.job = job
        self._dirty = False
        self.summary.setText(self.tr("Computing…"))
        return job.start()

    def _computed(self, result) -> None:
        if self.sender() is not self.job:
            return  # a newer request is on its way
        self.job = None
        request, matrix = result
        self.shown_request, self.matrix = request, matrix
        self.model.set_matrix(matrix, request.measure)
        self._fit_columns()
        self._show_summary()
        self.computed.emit()
        self._restore_cell()

    def _column_moved(self, _logical: int, _old: int, _new: int) -> None:
        """Keep the dragged order of an attribute's values (matrix and quote groups follow);
        the view is then recomputed in that order and the header put straight again."""
        m, request = self.matrix, self.shown_request
        header = self.table.horizontalHeader()
        if m is None or request is None or m.column_kind != "attribute":
            self._straighten_header()
            return
        order = [header.logicalIndex(v) for v in range(header.count())]
        values = [m.columns[i].key for i in order if i < len(m.columns)]
        self._straighten_header()
        self.session.run(lambda: self.session.project.analysis.set_value_order(
            request.columns, [v for v in values if v is not None]), self)

    def _straighten_header(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if logical != visual:
                header.moveSection(header.visualIndex(visual), visual)
        header.blockSignals(False)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; with many (one per source) a fixed width, as
        measuring a thousand columns would hold up the window for seconds."""
        if self.model.columnCount() <= WIDE:
            self.table.resizeColumnsToContents()
        else:
            width = self.table.fontMetrics().horizontalAdvance("0000000") + 12
            header = self.table.horizontalHeader()
            header.setDefaultSectionSize(width)
            for c in range(self.model.columnCount()):
                header.resizeSection(c, width)

    def _failed(self, error, details: str) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        if isinstance(error, UserError):
            self.summary.setText(f"<span style='color:#a00'>{error}</span>")
            return
        self.summary.setText(self.tr("The matrix could not be computed."))
        raise error  # the exception hook shows the details

    def _show_summary(self) -> None:
        m, request = self.matrix, self.shown_request
        if m is None or request is None:
            return
        if not m.rows:
            self.summary.setText(self.tr("No themes yet: create codes in the codebook."))
            return
        rows = self.tr("All themes") if request.branch is None else self.session.code_path(
            request.branch)
        what = self.tr("co-occurrences") if m.column_kind == "codes" else \
            self.measure.currentText().lower()
        columns = self.tr("themes") if m.column_kind == "codes" else (m.column_title or "")
        text = self.tr("{0} × {1} · {2} · {3}").format(rows, columns, what, self.tr(
            "%n source(s)", "", m.scope_sources))
        if self.filter.summary():
            text += " · " + self.tr("filter: {0}").format(self.filter.summary())
        self.summary.setText(text + " · " + self.tr("Click a cell to list its quotes."))

    # --- a cell's quotes ----------------------------------------------------------------------
    def show_cell(self, row: int, column: int | None) -> Job | None:
        """List the quotes of a cell (``column`` None: the row's total)."""
        m = self.matrix
        if m is None or not 0 <= row < len(m.rows):
            return None
        self.chosen = (m.rows[row].code_id, "total" if column is None else m.columns[column].key)
        return self.cell.show_cell(m, row, column)

    def _current_changed(self, current, previous) -> None:
        if current.isValid() and self.matrix is not None:
            self.show_cell(current.row(), self.model.cell_at(current.row(), current.column())[1])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Enter in the table moves to the cell's quotes (arrows there, Enter opens one)."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.quotes.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.quotes.currentIndex().isValid() and self.quotes.quote_model.rowCount():
                self.quotes.setCurrentIndex(self.quotes.quote_model.index(0))
            return True
        return super().eventFilter(watched, event)

    def _restore_cell(self) -> None:
        """After a recomputation, choose the same theme × column again (if still there)."""
        m = self.matrix
        if self.chosen is None or m is None:
            return
        code_id, key = self.chosen
        row = next((i for i, r in enumerate(m.rows) if r.code_id == code_id), None)
        if key == "total":
            col = len(m.columns) if self.model.has_total else None
        else:
            col = next((i for i, c in enumerate(m.columns) if c.key == key), None)
        if row is None or col is None:
            self.cell.clear()
            return
        index = self.model.index(row, col)
        if self.table.currentIndex() == index:
            self.show_cell(row, self.model.cell_at(row, col)[1])
        else:
            self.table.setCurrentIndex(index)

    # --- changes ----------------------------------------------------------------------------
