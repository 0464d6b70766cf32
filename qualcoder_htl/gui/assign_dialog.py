"""Project ▸ Assign sources…: a lead ticks, for one coder at a time, the sources that coder
is to code. Saved with OK as one undo step (``project.team.set_assignments``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from .session import Session


class AssignSourcesDialog(QDialog):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("assignSourcesDialog")
        self.setWindowTitle(self.tr("Assign sources to coders"))
        self.session = session
        team = session.project.team
        self.chosen: dict[int, set[int]] = {}  # coder id -> source ids, as ticked here
        table = team.assignments()
        for coder in session.project.coders():
            self.chosen[coder.id] = {s for s, coders in table.items() if coder.id in coders}
        self._saved = {cid: set(ids) for cid, ids in self.chosen.items()}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the sources the coder is to code. Each coder can "
                                        "show only their own in the Sources panel.")))
        form = QFormLayout()
        self.coder_combo = QComboBox()
        for coder in session.project.coders():
            self.coder_combo.addItem(coder.name, coder.id)
        form.addRow(self.tr("&Coder:"), self.coder_combo)
        layout.addLayout(form)
        self.list = QListWidget()
        for source in session.project.sources.list():
            item = QListWidgetItem(source.name)
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.coder_combo.currentIndexChanged.connect(self._show_coder)
        self.list.itemChanged.connect(self._ticked)
        self._show_coder()

    def _show_coder(self, *_) -> None:
        chosen = self.chosen.get(self.coder_combo.currentData(), set())
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        chosen = self.chosen.setdefault(self.coder_combo.currentData(), set())
        sid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            chosen.add(sid)
        else:
            chosen.discard(sid)

    def accept(self) -> None:
        changed = {cid: ids for cid, ids in self.chosen.items()
                   if ids != self._saved.get(cid, set())}
        if changed and self.session.run(
                lambda: self.session.project.team.set_assignments(changed), self) is None:
            return
        super().accept()


def assign_sources(window) -> None:
    if window.session is not None:
        AssignSourcesDialog(window.session, window).exec()
