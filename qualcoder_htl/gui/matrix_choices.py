"""The choices above the theme matrix: rows (the codebook or a branch; roll-up), columns (an
attribute, the sources, the cases, or the themes themselves for co-occurrence), the measure,
the filter and the export button. They make a ``MatrixRequest``."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from .analysis_filters import FilterButton
from .analysis_models import MatrixRequest
from .session import Session

ALL = -1  # the rows choice "all themes"
CO = "\x00"  # before "overlap"/"turn" in the columns choice: code × code


class MatrixChoices(QWidget):
    recompute = Signal()  # rows, roll-up or filter changed
    columns_changed = Signal()
    measure_changed = Signal()

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.language = language
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        self.rows = QComboBox()
        self.rows.setObjectName("matrixRows")
        self.rollup = QCheckBox(self.tr("Roll &up subthemes"))
        self.rollup.setChecked(True)
        self.rollup.setToolTip(self.tr("A theme counts the passages of the themes below it"))
        self.columns = QComboBox()
        self.columns.setObjectName("matrixColumns")
        self.measure = QComboBox()
        self.measure.setObjectName("matrixMeasure")
        self.filter = FilterButton(session)
        self.export_button = QPushButton(self.tr("&Export…"))
        for text, combo in ((self.tr("&Rows:"), self.rows), (self.tr("&Columns:"), self.columns),
                            (self.tr("&Measure:"), self.measure)):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 1)
            if combo is self.rows:
                top.addWidget(self.rollup)
        top.addWidget(self.filter)
        top.addWidget(self.export_button)
        self.fill_choices()
        self.rows.currentIndexChanged.connect(lambda _: self.recompute.emit())
        self.rollup.toggled.connect(lambda _: self.recompute.emit())
        self.filter.changed.connect(self.recompute)
        self.columns.currentIndexChanged.connect(lambda _: self._columns_changed())
        self.measure.currentIndexChanged.connect(lambda _: self.measure_changed.emit())

    def fill_choices(self) -> None:
        """(Re)fill the combo boxes from the project, keeping what was chosen."""
        analysis, codes = self.session.project.analysis, self.session.codes()
        with QSignalBlocker(self.rows):
            kept = self.rows.currentData()
            self.rows.clear()
            self.rows.addItem(self.tr("All themes"), ALL)
            parents = {c.parent_id for c in codes.values()}
            for cid, path in self.session.code_items():
                if cid in parents:
                    self.rows.addItem(path, cid)
            self.rows.setCurrentIndex(max(0, self.rows.findData(kept)))
        with QSignalBlocker(self.columns):
            kept = self.columns.currentData()
            self.columns.clear()
            for value, label in analysis.column_choices(self.language):
                self.columns.addItem(label, value)
            self.columns.insertSeparator(self.columns.count())
            self.columns.addItem(self.tr("Themes × themes: overlapping codings"),
                                 CO + "overlap")
            self.columns.addItem(self.tr("Themes × themes: same speaker turn"), CO + "turn")
            if kept is None:
                level = self.session.project.attributes.by_role("org_level")
                kept = level.name if level else None
            self.columns.setCurrentIndex(max(0, self.columns.findData(kept)))
        with QSignalBlocker(self.measure):
            kept = self.measure.currentData() or "segments"
            self.measure.clear()
            for value, label in analysis.measures(self.language):
                self.measure.addItem(label, value)
            self.measure.setCurrentIndex(max(0, self.measure.findData(kept)))
        self.measure.setEnabled(not self.cooccurrence())

    def cooccurrence(self) -> str | None:
        value = self.columns.currentData() or ""
        return value[len(CO):] if value.startswith(CO) else None

    def request(self) -> MatrixRequest:
        co = self.cooccurrence()
        branch = self.rows.currentData()
        return MatrixRequest(columns=self.columns.currentData() if not co else "sources",
                             measure=self.measure.currentData() or "segments",
                             branch=None if branch in (None, ALL) else branch,
                             rollup=self.rollup.isChecked(), cooccurrence=co,
                             filters=self.filter.filters())

    def describe(self) -> str:
        """The chosen matrix in words (for the export dialog)."""
        request = self.request()
        rows = self.tr("All themes") if request.branch is None else self.session.code_path(
            request.branch)
        text = f"{rows} × {self.columns.currentText()}"
        if not request.cooccurrence:
            text += f", {self.measure.currentText().lower()}"
        if request.rollup:
            text += ", " + self.tr("subthemes rolled up")
        if self.filter.summary():
            text += "; " + self.tr("filter: {0}").format(self.filter.summary())
        return text

    def choose(self, columns: str | None = None, measure: str | None = None,
               branch: int | None | str = "keep", rollup: bool | None = None,
               cooccurrence: str | None = None) -> None:
        """Set choices as a user would (each recomputes when it must)."""
        if branch != "keep":
            self.rows.setCurrentIndex(max(0, self.rows.findData(ALL if branch is None
                                                                else branch)))
        if rollup is not None:
            self.rollup.setChecked(rollup)
        for combo, value in ((self.columns, CO + cooccurrence if cooccurrence else columns),
                             (self.measure, measure)):
            index = combo.findData(value) if value is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)

    def _columns_changed(self) -> None:
        self.measure.setEnabled(not self.cooccurrence())
        if not self.cooccurrence():  # the quote extract groups as the matrix does
            self.session.set_grouping(self.columns.currentData())
        self.columns_changed.emit()
