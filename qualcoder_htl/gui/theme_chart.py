"""The theme chart: the theme matrix drawn as a heat map or as grouped bars, for those who
would rather look than read. It shows what the Theme matrix tab computes (the same rows,
columns, measure and filter, changed there); opened alone it asks the matrix to compute.
Drawn with QPainter from ``core.chart``'s data, as the Word report's picture is."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.chart import ChartData, chart_data, column_rgb, format_value, heat_rgb, ink_on
from .session import Session

PAD, ROW_H, INDENT, BAR_H, GAP = 8, 26, 12, 11, 12


class ChartCanvas(QWidget):
    """Paints ``data`` as a heat map ("heatmap") or grouped horizontal bars ("bars")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("themeChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.data: ChartData | None = None
        self.kind = "heatmap"
        self.decimal = ","
        self.painted = 0  # paints so far (tests: the chart did paint)

    def set_data(self, data: ChartData | None, kind: str | None = None) -> None:
        self.data = data
        self.kind = kind or self.kind
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        d = self.data
        if d is None or d.empty:
            return QSize(400, 200)
        fm = self.fontMetrics()
        if self.kind == "heatmap":
            return QSize(600, PAD * 4 + fm.height() * 3 + ROW_H * len(d.rows) + fm.height())
        return QSize(600, PAD * 3 + (fm.height() + 6) * 2
                     + (len(d.columns) * BAR_H + GAP) * len(d.rows))

    def _label_width(self) -> int:
        fm, bold = self.fontMetrics(), QFontMetrics(self._bold())
        widest = max(((bold if r.parent else fm).horizontalAdvance(r.label) + INDENT * r.depth
                      for r in self.data.rows), default=0)
        return min(widest + PAD * 2, self.width() * 2 // 5)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def paintEvent(self, event) -> None:  # noqa: N802
        self.painted += 1
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        d = self.data
        if d is None or d.empty:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Nothing to draw yet: code some text, or change the "
                               "matrix's choices."))
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        (self._heatmap if self.kind == "heatmap" else self._bars)(p, d)

    def _row_label(self, p: QPainter, row, y: int, width: int, height: int) -> None:
        p.setFont(self._bold() if row.parent else self.font())
        p.setPen(self.palette().text().color())
        indent = INDENT * row.depth
        text = p.fontMetrics().elidedText(row.label, Qt.TextElideMode.ElideRight,
                                          width - indent - PAD * 2)
        p.drawText(QRect(PAD + indent, y, width - indent - PAD, height),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _heatmap(self, p: QPainter, d: ChartData) -> None:
        fm = self.fontMetrics()
        left = self._label_width()
        cell_w = max(30, (self.width() - left - PAD) // max(1, len(d.columns)))
        head_h = fm.height() * 3 + PAD
        p.setFont(self._bold())
        p.setPen(self.palette().text().color())
        for i, title in enumerate(d.columns):
            rect = QRect(left + i * cell_w + 2, PAD, cell_w - 4, head_h - PAD)
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                       | Qt.TextFlag.TextWordWrap, title)
        y = PAD + head_h
        for row in d.rows:
            self._row_label(p, row, y, left, ROW_H)
            p.setFont(self._bold() if row.parent else self.font())
            for i, value in enumerate(row.values):
                rgb = heat_rgb(d.fraction(value)) if value else (247, 247, 247)
                if row.parent and value:
                    rgb = tuple(round(v * 0.35 + 236 * 0.65) for v in rgb)
                rect = QRect(left + i * cell_w + 1, y + 1, cell_w - 2, ROW_H - 2)
                p.fillRect(rect, QColor(*rgb))
                p.setPen(QColor(*ink_on(rgb)) if value else QColor("#8a8a8a"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                           format_value(value, d.measure, self.decimal) if value else "–")
            y += ROW_H
        p.setFont(self.font())
        p.setPen(QColor("#6e6e6e"))
        y += PAD
        p.drawText(left, y + fm.ascent(), "0")
        x0, steps, bar = left + fm.horizontalAdvance("0") + 6, 10, 200
        for s in range(steps):
            p.fillRect(QRect(x0 + s * bar // steps, y, bar // steps + 1, fm.height()),
                       QColor(*heat_rgb((s + 0.5) / steps)))
        p.drawText(x0 + bar + 6, y + fm.ascent(), format_value(d.top, d.measure, self.decimal))

    def _bars(self, p: QPainter, d: ChartData) -> None:
        fm = self.fontMetrics()
        left = self._label_width()
        x, y = PAD, PAD
        for i, title in enumerate(d.columns):  # the legend
            w = 18 + fm.horizontalAdvance(title) + 16
            if x + w > self.width() - PAD and x > PAD:
                x, y = PAD, y + fm.height() + 6
            p.fillRect(QRect(x, y + 3, 12, fm.height() - 6), QColor(*column_rgb(i)))
            p.setPen(self.palette().text().color())
            p.drawText(x + 18, y + fm.ascent(), title)
            x += w
        y += fm.height() + PAD * 2
        room = max(20, self.width() - left - PAD - fm.horizontalAdvance("0000") - 8)
        group = len(d.columns) * BAR_H + GAP
        for row in d.rows:
            self._row_label(p, row, y, left, group - GAP)
            p.fillRect(QRect(left - 1, y - 2, 1, group - GAP + 4), QColor("#c8c8c8"))
            top = d.top if not row.parent else max(d.top, max(row.values) or 1)
            p.setFont(self.font())
            small = QFont(self.font())
            small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.75))
            p.setFont(small)
            p.setPen(QColor("#6e6e6e"))
            for i, value in enumerate(row.values):
                length = round(room * min(1.0, value / top)) if top else 0
                by = y + i * BAR_H
                p.fillRect(QRect(left, by + 1, length, BAR_H - 2), QColor(*column_rgb(i)))
                if value:
                    p.drawText(QRect(left + length + 4, by - 2, 60, BAR_H + 4),
                               Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                               format_value(value, d.measure, self.decimal))
            y += group


class ThemeChartView(QWidget):
    """The chart tab: heat map or bars, over what the matrix view computes."""

    def __init__(self, session: Session, matrix_view, parent=None):
        super().__init__(parent)
        self.setObjectName("themeChartView")
        self.session = session
        self.matrix_view = matrix_view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.heatmap = QRadioButton(self.tr("&Heat map"))
        self.bars = QRadioButton(self.tr("&Grouped bars"))
        self.heatmap.setChecked(True)
        self.kinds = QButtonGroup(self)
        for button in (self.heatmap, self.bars):
            self.kinds.addButton(button)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("chartSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.canvas = ChartCanvas()
        self.canvas.decimal = "," if matrix_view.language == "sv" else "."
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.canvas)
        layout.addWidget(self.scroll, 1)
        self.kinds.buttonToggled.connect(lambda *_: self.redraw())
        matrix_view.computed.connect(self.redraw)
        matrix_view.measure.currentIndexChanged.connect(lambda *_: self.redraw())
        session.changed.connect(lambda _: session.later(
            lambda: self.visibility_changed(self.isVisible())))

    def kind(self) -> str:
        return "heatmap" if self.heatmap.isChecked() else "bars"

    def redraw(self) -> None:
        m = self.matrix_view.matrix
        if m is None:
            self.canvas.set_data(None, self.kind())
            return
        measure = self.matrix_view.model.measure
        self.canvas.set_data(chart_data(m, measure), self.kind())
        self.summary.setText(self.tr("{0}. Change the rows, columns, measure or filter in "
                                     "the Theme matrix tab.").format(self.matrix_view.describe()))

    def visibility_changed(self, visible: bool) -> None:
        """Shown: compute the matrix if it has nothing (or something old) to draw."""
        view = self.matrix_view
        if not visible:
            return
        if view.matrix is None or view._dirty:
            view.summary.setText("")
            view._catch_up()
            self.summary.setText(self.tr("Computing…"))
        else:
            self.redraw()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.visibility_changed(True)
