"""Panels that fit a laptop's screen: combo boxes as narrow as a few characters (their full
text in the list and the tooltip), so no panel's minimum width pushes the window past the
screen; and views whose least size is still large scroll instead of growing the window."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHeaderView, QLabel, QScrollArea, QWidget

COMBO_CHARS = 5  # the shortest a combo box gets; longer choices elide


def compact_combos(widget: QWidget, chars: int = COMBO_CHARS) -> None:
    """Every combo box in ``widget``: no wider than needed for ``chars`` characters at least,
    the chosen text as tooltip (it may be elided)."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        # the minimum hint is cached from before: the least width set outright wins over it
        combo.setMinimumWidth(min(combo.minimumSizeHint().width(),
                                  combo.fontMetrics().horizontalAdvance("x" * chars) + 36))
        combo.currentTextChanged.connect(lambda text, c=combo: c.setToolTip(text))
        combo.setToolTip(combo.currentText())
        combo.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)


def wrap_status_labels(widget: QWidget) -> None:
    """Labels that say something (a summary line, the open source's progress) wrap rather
    than set their panel's least width: their text is often set later and can be long.
    A field's caption (a label with a buddy) stays on one line."""
    for label in widget.findChildren(QLabel):
        if not label.wordWrap() and label.buddy() is None and label.pixmap().isNull():
            label.setWordWrap(True)


def fit_panel(panel: QWidget) -> None:
    compact_combos(panel)
    wrap_status_labels(panel)


def fit_sources_list(panel) -> None:
    """The sources list as wide as its panel, never wider: the name column takes what the
    word count and progress leave and elides in the middle (``ledning_o1…01.docx`` keeps the
    number), the attribute columns stay hidden (their values are in each row's tooltip and
    in Group by / Only); so there is no horizontal scroll bar."""
    from .sources_model import FIRST_ATTRIBUTE, NAME, PROGRESS, WORDS
    tree = panel.tree
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(24)
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    fm = tree.fontMetrics()
    for column, sample in ((WORDS, "88 888"), (PROGRESS, "100 %")):
        title = panel.model.headerData(column, Qt.Orientation.Horizontal) or ""
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, 14 + max(fm.horizontalAdvance(sample),
                                              fm.horizontalAdvance(str(title))))

    def hide_attributes():
        for column in range(FIRST_ATTRIBUTE, panel.model.columnCount()):
            tree.setColumnHidden(column, True)
    hide_attributes()
    panel.model.modelReset.connect(hide_attributes)
    panel.model.columnsInserted.connect(lambda *_: hide_attributes())


def fit_codebook(panel, session) -> None:
    """Code names elide at the end (the full path in the tooltip); the definition editor
    folds away while no code is chosen, so the codebook's tree has the whole column. (Folded
    in its splitter, not hidden: showing a widget again makes the main window lay its docks
    out anew, and the codebook's column would widen.)"""
    panel.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    panel.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    splitter = panel.splitter
    splitter.setCollapsible(1, True)
    kept: list[int] = []

    def show_editor(code_id) -> None:
        sizes = splitter.sizes()
        total = sum(sizes) or 100  # not laid out yet: proportions do
        if code_id is None:
            if sizes[1] > 0:
                kept[:] = sizes
            splitter.setSizes([total, 0])
        elif sizes[1] == 0:
            splitter.setSizes(kept if sum(kept) == total and kept[1] else
                              [round(total * 0.58), total - round(total * 0.58)])
    session.current_code_changed.connect(show_editor)
    show_editor(session.current_code_id)


class _RowHeaderCap(QObject):
    def __init__(self, table, share: float):
        super().__init__(table)
        self.table, self.share = table, share

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.table.verticalHeader().setMaximumWidth(
                max(120, round(self.table.width() * self.share)))
        return False


def cap_row_headers(table, share: float = 0.4) -> None:
    """A table's row names take at most ``share`` of its width, elided at the end (the full
    name in the tooltip): long theme names must not push every number out of sight."""
    header = table.verticalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.installEventFilter(_RowHeaderCap(table, share))


def scrolling(view: QWidget) -> QScrollArea:
    """``view`` in a borderless scroll area: narrower than its least size it scrolls instead
    of widening the window."""
    area = QScrollArea()
    area.setObjectName(f"{view.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(view)
    return area
