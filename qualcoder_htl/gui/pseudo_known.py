"""Known identifiers: the project's own list of participants, schools, neighbourhoods and
workplaces, which detection finds in every inflected and compound form. A table with Add,
Remove and Import CSV…; text, type and variants are edited in place. Every change is one
undoable service call, so the Edit menu can take it back."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from . import prompts
from .pseudo_names import TYPES, type_name

translate = QCoreApplication.translate

TEXT, TYPE, VARIANTS = range(3)
KnownIdRole = Qt.ItemDataRole.UserRole + 1


def _variants(row: dict) -> list[str]:
    return [v for v in row["variants"].split("\n") if v.strip()]


class KnownModel(QAbstractTableModel):
    """One row per known identifier; edits go to the service (one undoable call each)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[dict] = []
        self.reload()

    @property
    def service(self):
        return self.session.project.pseudonymisation

    def reload(self) -> None:
        rows = self.service.known()
        if [r["id"] for r in rows] == [r["id"] for r in self.rows]:
            self.rows = rows  # same rows (an edit): repaint, keep the editor and selection
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, VARIANTS))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def on_changed(self, changes) -> None:
        if "pseudo_known" in changes or changes.result == "all":
            self.reload()

    def row_of(self, known_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["id"] == known_id), None)

    # --- the model ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 3:
            return (self.tr("Text"), self.tr("Type"), self.tr("Variants"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == KnownIdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT:
                return row["text"]
            if column == TYPE:
                return type_name(row["type"])
            return ", ".join(_variants(row))
        if role == Qt.ItemDataRole.EditRole:
            if column == TEXT:
                return row["text"]
            if column == TYPE:
                return row["type"]
            return ", ".join(_variants(row))
        if role == Qt.ItemDataRole.ToolTipRole and column == VARIANTS:
            return self.tr("Other spellings, separated by commas")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or not 0 <= index.row() < len(self.rows):
            return False
        row, column = self.rows[index.row()], index.column()
        service, kid = self.service, row["id"]
        if column == TEXT:
            text = " ".join(str(value).split())
            if not text or text == row["text"]:
                return False
            call = lambda: service.edit_known(kid, text=text)  # noqa: E731
        elif column == TYPE:
            if value == row["type"] or value not in TYPES:
                return False
            call = lambda: service.edit_known(kid, typ=value)  # noqa: E731
        else:
            variants = [v.strip() for v in str(value).replace(";", ",").split(",") if v.strip()]
            if variants == _variants(row):
                return False
            call = lambda: service.edit_known(kid, variants=variants)  # noqa: E731
        return self.session.run(call, self.parent()) is not None


class TypeDelegate(QStyledItemDelegate):
    """A combo box of the identifier types for the Type column."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for typ in TYPES:
            combo.addItem(type_name(typ), typ)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class KnownDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("pseudoKnownDialog")
        self.setWindowTitle(self.tr("Known identifiers"))
        self.session = session
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The project's own participants, schools, neighbourhoods and workplaces. Detection "
            "finds them in every form (Annas, Tjärnaskolans, Tjärnaskolegården). Double-click "
            "to edit; every change can be undone from the Edit menu."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = KnownModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("knownTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TYPE, TypeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VARIANTS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setToolTip(self.tr(
            "A CSV file with the columns text, type and (optional) variants separated by |"))
        for button in (self.add_button, self.remove_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_csv)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.changed.connect(self.model.on_changed)
        self._update_buttons()

    @property
    def service(self):
        return self.session.project.pseudonymisation

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(KnownIdRole)

    def select(self, known_id: int | None) -> None:
        row = self.model.row_of(known_id) if known_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self, *args) -> None:
        self.remove_button.setEnabled(self.current_id() is not None)

    def add(self) -> int | None:
        text = prompts.ask_text(self, self.tr("Add a known identifier"),
                                self.tr("Name as it is written (e.g. Anna Söderlund, "
                                        "Tjärnaskolan):"))
        if not text:
            return None
        typ = prompts.choose(self, self.tr("Add a known identifier"),
                             self.tr("Type of {0}:").format(text),
                             [type_name(t) for t in TYPES])
        if typ is None:
            return None
        service = self.service
        changes = self.session.run(lambda: service.add_known(text, TYPES[typ]), self)
        if changes is None:
            return None
        self.select(changes.result)
        return changes.result

    def remove(self) -> bool:
        kid = self.current_id()
        if kid is None:
            return False
        service = self.service
        return self.session.run(lambda: service.remove_known(kid), self) is not None

    def import_csv(self) -> dict | None:
        path = prompts.open_file(self, self.tr("Import known identifiers"),
                                 self.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return None
        service = self.service
        changes = self.session.run(lambda: service.import_known(path), self)
        if changes is None:
            return None
        r = changes.result
        prompts.inform(self, self.tr("Known identifiers imported"), self.tr(
            "Added {0} known identifiers; {1} were already in the list.").format(
                r["added"], r["skipped"]))
        return r


def show_known(window, session) -> KnownDialog:
    dialog = KnownDialog(session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
