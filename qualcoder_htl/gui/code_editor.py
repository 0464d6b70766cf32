"""The definition editor beside the codebook tree: name, colour, definition, inclusion and
exclusion criteria of the current code. A field is saved when it loses focus (one undoable
step per field that changed). Each save says what the field showed (``based_on``): if another
coder changed it meanwhile, nothing is saved, the message repeats what was typed and the field
shows the current value."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..core.changes import Changes
from .session import Session


def pick_colour(parent, current: str) -> str | None:
    """Tests replace this function."""
    color = QColorDialog.getColor(QColor(current), parent)
    return color.name() if color.isValid() else None


class CodeEditor(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("codeEditor")
        self.session = session
        self.code_id: int | None = None
        self.seen: dict[str, str] = {}  # what each field showed: the edits' ``based_on``
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.colour = QPushButton()
        self.colour.setObjectName("colourButton")
        self.colour.setToolTip(self.tr("Change the colour"))
        self.colour.setFixedWidth(44)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.colour)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, name_row)
        self.counts = QLabel()
        self.counts.setObjectName("codeCounts")
        form.addRow("", self.counts)
        self.definition = QPlainTextEdit()
        self.definition.setPlaceholderText(self.tr("What the code means"))
        self.inclusion = QPlainTextEdit()
        self.inclusion.setPlaceholderText(self.tr("What belongs here"))
        self.exclusion = QPlainTextEdit()
        self.exclusion.setPlaceholderText(self.tr("What does not (and where it goes)"))
        for edit, label in ((self.definition, self.tr("&Definition:")),
                            (self.inclusion, self.tr("&Include:")),
                            (self.exclusion, self.tr("E&xclude:"))):
            edit.setTabChangesFocus(True)
            edit.installEventFilter(self)
            form.addRow(label, edit)
        self.definition.setMinimumHeight(60)
        self.inclusion.setMaximumHeight(70)
        self.exclusion.setMaximumHeight(70)
        self.name.editingFinished.connect(self.save_name)
        self.colour.clicked.connect(self.change_colour)
        session.current_code_changed.connect(self.show_code)
        session.changed.connect(self._on_changed)
        self.show_code(session.current_code_id)

    def show_code(self, code_id: int | None) -> None:
        self.save()
        code = self.session.codes().get(code_id) if code_id is not None else None
        self.code_id = code.id if code else None
        self.seen = {f: getattr(code, f) for f in ("name", "color", "definition", "inclusion",
                                                     "exclusion")} if code else {}
        for widget in (self.name, self.colour, self.definition, self.inclusion, self.exclusion):
            widget.setEnabled(code is not None)
        self.name.setText(code.name if code else "")
        self.name.setCursorPosition(0)  # show the start of a long name
        self.definition.setPlainText(code.definition if code else "")
        self.inclusion.setPlainText(code.inclusion if code else "")
        self.exclusion.setPlainText(code.exclusion if code else "")
        for edit in (self.definition, self.inclusion, self.exclusion):
            edit.document().setModified(False)
        color = code.color if code else "#dddddd"
        self.colour.setStyleSheet(f"background-color: {color}; border: 1px solid #888;"
                                  "min-height: 18px;")
        self._show_counts()

    def _show_counts(self) -> None:
        if self.code_id is None:
            self.counts.setText(self.tr("No code chosen."))
            return
        n, s = self.session.project.codebook.counts([self.code_id]).get(self.code_id, (0, 0))
        self.counts.setText(self.tr("%n coding(s) in {0}", "", n).format(
            self.tr("%n source(s)", "", s)))

    def save_name(self) -> None:
        code = self.session.codes().get(self.code_id) if self.code_id else None
        name = self.name.text().strip()
        if code is None or not name or name == self.seen["name"]:
            return
        code_id, seen = code.id, self.seen["name"]
        if self.session.run(lambda: self.session.project.codebook.rename(
                code_id, name, based_on=seen), self) is None:
            self._show_current("name")
        else:
            self.seen["name"] = name

    def _show_current(self, *fields: str) -> None:
        """After a refused save: the fields show what the code holds now."""
        code = self.session.codes().get(self.code_id) if self.code_id else None
        if code is None:
            return
        for field in fields:
            self.seen[field] = getattr(code, field)
            if field == "name":
                self.name.setText(code.name)
            elif field != "color":
                edit = getattr(self, field)
                edit.setPlainText(getattr(code, field))
                edit.document().setModified(False)

    def save(self) -> None:
        code = self.session.codes().get(self.code_id) if self.code_id else None
        if code is None:
            return
        values = {}
        for field, edit in (("definition", self.definition), ("inclusion", self.inclusion),
                            ("exclusion", self.exclusion)):
            if edit.document().isModified() and edit.toPlainText() != self.seen[field]:
                values[field] = edit.toPlainText()
            edit.document().setModified(False)
        if values:
            code_id, seen = code.id, {f: self.seen[f] for f in values}
            if self.session.run(lambda: self.session.project.codebook.describe(
                    code_id, **values, based_on=seen), self) is None:
                self._show_current(*values)
            else:
                self.seen.update(values)

    def change_colour(self) -> None:
        code = self.session.codes().get(self.code_id) if self.code_id else None
        if code is None:
            return
        seen = self.seen["color"]
        color = pick_colour(self, seen)
        if color and color != seen:
            code_id = code.id
            self.session.run(lambda: self.session.project.codebook.recolour(
                code_id, color, based_on=seen), self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(obj, event)

    def _on_changed(self, changes: Changes) -> None:
        if self.code_id is None:
            return
        if self.code_id not in self.session.codes():
            self.show_code(None)
        elif self.code_id in changes.ids("codes"):
            editing = any(e.document().isModified()
                          for e in (self.definition, self.inclusion, self.exclusion))
            if not editing and not self.name.hasFocus():
                self.show_code(self.code_id)
        elif self.code_id in changes.ids("codes_affected"):
            self.session.later(self._show_counts)
