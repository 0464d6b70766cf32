"""Panels that fit a laptop's screen: combo boxes as narrow as a few characters (their full
text in the list and the tooltip), so no panel's minimum width pushes the window past the
screen; and views whose least size is still large scroll instead of growing the window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHeaderView, QLabel, QScrollArea, QWidget

COMBO_CHARS = 5  # the shortest a combo box gets; longer choices elide
LABEL_WIDTH = 150  # a one-line label wider than this wraps instead of widening its panel


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


def wrap_long_labels(widget: QWidget, width: int = LABEL_WIDTH) -> None:
    """Labels of status text (a summary line) wrap rather than set the panel's least width."""
    for label in widget.findChildren(QLabel):
        if not label.wordWrap() and label.buddy() is None and \
                label.minimumSizeHint().width() > width:
            label.setWordWrap(True)


def fit_panel(panel: QWidget) -> None:
    compact_combos(panel)
    wrap_long_labels(panel)


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
    folds away while no code is chosen, so the codebook's tree has the whole column."""
    panel.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    panel.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_editor(code_id) -> None:
        panel.editor.setVisible(code_id is not None)
    session.current_code_changed.connect(show_editor)
    show_editor(session.current_code_id)


def scrolling(view: QWidget) -> QScrollArea:
    """``view`` in a borderless scroll area: narrower than its least size it scrolls instead
    of widening the window."""
    area = QScrollArea()
    area.setObjectName(f"{view.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(view)
    return area
