"""Attribute editor: a sheet of sources × attributes and one of cases × case attributes,
edited in place (each cell one undoable step; values are checked by type), with new and
deleted attributes, and cases made from the selected sources (a case's name is edited in
place too). Each edit says what the cell showed (``based_on``): if another coder changed it
meanwhile, nothing is saved, the message repeats what was typed and the cell shows the current
value."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from . import prompts
from .delegates import KeepTypingDelegate
from .session import Session

VALUE_TYPES = ("text", "number", "date", "choice")


class AttributeTableModel(QAbstractTableModel):
    """Rows are sources or cases, columns their name (and, for cases, members) then one per
    attribute. Values, and the names of cases, are editable."""

    def __init__(self, session: Session, kind: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind  # "source" or "case"
        self.rows: list[tuple[int, str, str]] = []  # (id, name, members)
        self.attributes = []
        self.values: dict[int, dict[int, str]] = {}
        # what a cell editor opened with (it asks for EditRole): the edit's ``based_on``, even
        # if another coder's change reloads the values while the editor is open
        self.opened_with: dict[tuple[int, int | None], str] = {}
        self.reload()

    @property
    def fixed(self) -> int:
        return 2 if self.kind == "case" else 1

    def reload(self) -> None:
        api = self.session.project.attributes
        self.beginResetModel()
        self.attributes = api.definitions(self.kind)
        if self.kind == "source":
            self.rows = [(s.id, s.name, "") for s in self.session.project.sources.list()]
            self.values = api.source_values()
        else:
            names = {s.id: s.name for s in self.session.project.sources.list()}
            self.rows = [(c.id, c.name, ", ".join(names.get(i, "?") for i in c.source_ids))
                         for c in api.cases()]
            self.values = api.case_values()
        self.endResetModel()

    def reload_values(self) -> None:
        api = self.session.project.attributes
        self.values = api.source_values() if self.kind == "source" else api.case_values()
        if self.rows and self.attributes:
            self.dataChanged.emit(self.index(0, self.fixed),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))

    def on_changed(self, changes: Changes) -> None:
        value_table = ("source_attribute_values" if self.kind == "source"
                       else "case_attribute_values")
        structural = {"sources", "attribute_defs", "cases", "case_sources"}
        if structural & {t for t, ids in changes.touched.items() if ids}:
            self.reload()
        elif value_table in changes:
            self.reload_values()  # no reset: an open cell editor must survive its own commit

    def row_id(self, row: int) -> int:
        return self.rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.fixed + len(self.attributes)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section >= self.fixed and role in (Qt.ItemDataRole.DisplayRole,
                                              Qt.ItemDataRole.ToolTipRole):
            attr = self.attributes[section - self.fixed]
            return attr.name if role == Qt.ItemDataRole.DisplayRole else \
                self.tr("{0} ({1})").format(attr.name, attr.value_type)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Name") if section == 0 else self.tr("Sources")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row_id, name, members = self.rows[index.row()]
        if index.column() == 1 and self.kind == "case":
            return members
        attr = self.attributes[index.column() - self.fixed] if index.column() else None
        value = self.values.get(row_id, {}).get(attr.id, "") if attr else name
        if role == Qt.ItemDataRole.EditRole:
            self.opened_with[(row_id, attr.id if attr else None)] = value
        return value

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.fixed or (index.column() == 0 and self.kind == "case"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (index.flags() & Qt.ItemFlag.ItemIsEditable) or role != Qt.ItemDataRole.EditRole:
            return False
        row_id, name, _ = self.rows[index.row()]
        api = self.session.project.attributes
        attr = self.attributes[index.column() - self.fixed] if index.column() else None
        seen = self.opened_with.pop((row_id, attr.id if attr else None), None)
        if attr is None:  # a case's name
            seen = name if seen is None else seen
            if not str(value).strip() or str(value).strip() == seen:
                return False
            return self.session.run(lambda: api.rename_case(
                row_id, str(value), based_on=seen)) is not None
        seen = self.values.get(row_id, {}).get(attr.id, "") if seen is None else seen
        if str(value).strip() == seen:
            return False
        setter = api.set_source_value if self.kind == "source" else api.set_case_value
        return self.session.run(lambda: setter(row_id, attr.id, str(value),
                                               based_on=seen)) is not None


class AttributeSheet(QWidget):
    def __init__(self, session: Session, kind: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        layout = QVBoxLayout(self)
        self.model = AttributeTableModel(session, kind, self)
        self.table = QTableView()
        self.table.setObjectName(f"{kind}AttributeTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(KeepTypingDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        new = QPushButton(self.tr("New attribute…"))
        new.clicked.connect(self.new_attribute)
        delete = QPushButton(self.tr("Delete attribute…"))
        delete.clicked.connect(self.delete_attribute)
        self.buttons.addWidget(new)
        self.buttons.addWidget(delete)
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        session.changed.connect(self.model.on_changed)

    def new_attribute(self) -> None:
        name = prompts.ask_text(self, self.tr("New attribute"), self.tr("Name:"))
        if not name:
            return
        i = prompts.choose(self, self.tr("New attribute"), self.tr("Kind of values:"),
                           [self.tr("text"), self.tr("number"), self.tr("date (YYYY-MM-DD)"),
                            self.tr("choice")])
        if i is None:
            return
        choices: tuple[str, ...] = ()
        if VALUE_TYPES[i] == "choice":
            text = prompts.ask_text(self, self.tr("New attribute"),
                                    self.tr("Choices, separated by commas:"))
            choices = tuple(c.strip() for c in (text or "").split(",") if c.strip())
        self.session.run(lambda: self.session.project.attributes.define(
            name, VALUE_TYPES[i], self.kind, choices), self)

    def delete_attribute(self) -> None:
        column = self.table.currentIndex().column()
        if column < self.model.fixed:
            prompts.inform(self, self.tr("Delete attribute"),
                           self.tr("Click a cell of the attribute to delete first."))
            return
        attr = self.model.attributes[column - self.model.fixed]
        if prompts.confirm(self, self.tr("Delete attribute"), self.tr(
                "Delete the attribute “{0}” and all its values? You can undo this.").format(
                    attr.name), self.tr("Delete")):
            self.session.run(lambda: self.session.project.attributes.delete(attr.id), self)


class AttributeEditor(QDialog):
    def __init__(self, session: Session, selected_sources: list[int] | None = None,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("attributeEditor")
        self.setWindowTitle(self.tr("Attributes and cases"))
        self.session = session
        self.selected_sources = selected_sources or []
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.sources = AttributeSheet(session, "source")
        self.cases = AttributeSheet(session, "case")
        self.tabs.addTab(self.sources, self.tr("&Sources"))
        self.tabs.addTab(self.cases, self.tr("C&ases"))
        layout.addWidget(self.tabs)
        new_case = QPushButton(self.tr("New case from selected sources…"))
        new_case.clicked.connect(self.new_case)
        delete_case = QPushButton(self.tr("Delete case"))
        delete_case.clicked.connect(self.delete_case)
        self.cases.buttons.insertWidget(0, new_case)
        self.cases.buttons.insertWidget(1, delete_case)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 520)

    def _chosen_sources(self) -> list[int]:
        rows = {i.row() for i in self.sources.table.selectionModel().selectedIndexes()}
        ids = [self.sources.model.row_id(r) for r in sorted(rows)]
        return ids or list(self.selected_sources)

    def new_case(self) -> None:
        ids = self._chosen_sources()
        name = prompts.ask_text(self, self.tr("New case"), self.tr(
            "Name of the case (%n source(s) chosen on the Sources tab):", "", len(ids)))
        if name:
            self.session.run(lambda: self.session.project.attributes.create_case(name, ids), self)

    def delete_case(self) -> None:
        index = self.cases.table.currentIndex()
        if not index.isValid():
            return
        case_id, name, _ = self.cases.model.rows[index.row()]
        if prompts.confirm(self, self.tr("Delete case"),
                           self.tr("Delete the case “{0}”?").format(name), self.tr("Delete")):
            self.session.run(lambda: self.session.project.attributes.delete_case(case_id), self)
