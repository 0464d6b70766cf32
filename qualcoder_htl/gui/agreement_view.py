"""The intercoder agreement table (read-only): tick two or more coders, choose whether text no
coder coded counts, and read percentage agreement, Cohen's kappa, Krippendorff's alpha and
cu-alpha for all codes together, per code and per source. Each cell's tooltip is the figure's
plain-language reading and the number of characters it rests on. Computed off the GUI thread
by ``project.agreement`` (the same numbers as the CLI and the exports)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.agreement import MEASURES, AgreementTable, format_units, format_value, measure_label
from ..core.changes import Changes
from .analysis_models import interface_language
from .session import Session
from .workers import Job


class AgreementView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("agreementView")
        self.session = session
        self.language = interface_language()
        self.job: Job | None = None
        self.result: AgreementTable | None = None
        self._dirty = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Coders:"))
        self.coders = QListWidget()
        self.coders.setObjectName("agreementCoders")
        self.coders.setFlow(QListWidget.Flow.LeftToRight)
        self.coders.setWrapping(True)
        self.coders.setMaximumHeight(3 * self.fontMetrics().height())
        label.setBuddy(self.coders)
        top.addWidget(label)
        top.addWidget(self.coders, 1)
        self.uncoded = QCheckBox(self.tr("Count &uncoded text"))
        self.uncoded.setToolTip(self.tr("Text that no coder coded counts as agreement; it "
                                        "makes agreement look higher than it is"))
        top.addWidget(self.uncoded)
        layout.addLayout(top)
        self.table = QTableWidget(0, 1 + len(MEASURES) + 1)
        self.table.setObjectName("agreementTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code or source")] + [measure_label(m, self.language) for m in MEASURES]
            + [self.tr("Characters")])
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.fill_coders()
        self.coders.itemChanged.connect(lambda _item: self.refresh())
        self.uncoded.toggled.connect(lambda _on: self.refresh())
        session.changed.connect(self._on_changed)

    # --- choices ---------------------------------------------------------------------------
    def fill_coders(self) -> None:
        chosen = set(self.chosen()) if self.coders.count() else None
        self.coders.blockSignals(True)
        self.coders.clear()
        coders = self.session.project.coders()
        for i, coder in enumerate(coders):
            item = QListWidgetItem(coder.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = coder.name in chosen if chosen is not None else i < 2
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.coders.addItem(item)
        self.coders.blockSignals(False)

    def chosen(self) -> list[str]:
        return [self.coders.item(i).text() for i in range(self.coders.count())
                if self.coders.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, names: list[str]) -> None:
        self.coders.blockSignals(True)
        for i in range(self.coders.count()):
            item = self.coders.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names
                               else Qt.CheckState.Unchecked)
        self.coders.blockSignals(False)
        self.refresh()

    # --- computing -------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if set(changes.touched) <= {"memos"} and changes.result != "all":
            return
        self._dirty = True
        if self.isVisible():
            self.session.later(self._catch_up)

    def _catch_up(self) -> None:
        if self._dirty:
            self.fill_coders()
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._catch_up()

    def refresh(self) -> Job | None:
        self._dirty = False
        if self.job is not None:
            self.job.cancel()
            self.job = None
        coders = self.chosen()
        if len(coders) < 2:
            self.show_table(None)
            self.summary.setText(self.tr("Tick at least two coders to compare."))
            return None
        project, include = self.session.project, self.uncoded.isChecked()
        job = Job(lambda progress: project.agreement.table(coders, include_uncoded=include))
        job.succeeded.connect(self._computed)
        job.failed.connect(self._failed)
        self.job = job
        self.summary.setText(self.tr("Comparing the coders…"))
        return job.start()

    def _computed(self, table: AgreementTable) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        self.show_table(table)
        lines = [self.tr("Units are characters of the text; hover over a figure for its "
                         "reading.")]
        lines.append(self.tr("Text that no coder coded is counted.") if table.include_uncoded
                     else self.tr("Text that no coder coded is left out."))
        lines += [n.text(self.language) for n in table.notes]
        self.summary.setText(" ".join(lines))

    def _failed(self, error, _details: str) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        self.show_table(None)
        self.summary.setText(str(error))

    # --- the table -------------------------------------------------------------------------
    def show_table(self, table: AgreementTable | None) -> None:
        self.result = table
        self.table.setRowCount(0)
        if table is None:
            return
        bold = QFont(self.table.font())
        bold.setBold(True)
        lines = [(self.tr("All codes in all sources"), table.total, True),
                 (self.tr("By code"), None, True)]
        lines += [(row.label, row, False) for row in table.by_code]
        lines.append((self.tr("By source"), None, True))
        lines += [(row.label, row, False) for row in table.by_source]
        self.table.setRowCount(len(lines))
        for r, (name, row, heading) in enumerate(lines):
            first = QTableWidgetItem(name)
            if heading:
                first.setFont(bold)
            self.table.setItem(r, 0, first)
            if row is None:
                continue
            for c, measure in enumerate(MEASURES, start=1):
                figure = row.figures[measure]
                item = QTableWidgetItem(format_value(figure, self.language))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(figure.reading().text(self.language))
                self.table.setItem(r, c, item)
            units = QTableWidgetItem(format_units(row.figures["percent"].units, self.language))
            units.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, len(MEASURES) + 1, units)
        self.table.resizeColumnsToContents()
