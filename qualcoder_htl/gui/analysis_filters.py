"""The filter button of the analysis views: which coders and which attribute values count.

A drop-down with a tree of check boxes (coders, then each attribute with its values); the
menu stays open while boxes are ticked. Nothing ticked under a heading means "all"; a change
is reported once the ticking pauses (``changed``)."""
from __future__ import annotations

import re

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ..services.analysis_scope import Filters
from .session import Session

CODERS = "\x00coders"  # the heading of the coders (no attribute is named so)
KeyRole = Qt.ItemDataRole.UserRole + 1


def _natural(text: str) -> list:
    return [int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", text)]


class FilterButton(QToolButton):
    changed = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("analysisFilter")
        self.session = session
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget()
        self.tree.setObjectName("filterTree")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumSize(300, 320)
        layout.addWidget(self.tree)
        clear = QPushButton(self.tr("&Clear the filter"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        action = QWidgetAction(menu)
        action.setDefaultWidget(box)
        menu.addAction(action)
        self.setMenu(menu)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.changed)
        self.tree.itemChanged.connect(self._item_changed)
        menu.aboutToHide.connect(self._flush)
        session.coder_view_changed.connect(self.changed)  # blind coding switched
        self.reload()

    def reload(self) -> None:
        """Re-read coders, attributes and their values, keeping what was ticked."""
        keep = self.checked()
        project = self.session.project
        headings: list[tuple[str, str, list[str], bool]] = []  # key, title, values, open
        coders = project.coders()
        if len(coders) > 1 or keep.get(CODERS):
            headings.append((CODERS, self.tr("Coders"), [c.name for c in coders], True))
        for applies, values in (("source", project.attributes.source_values()),
                                ("case", project.attributes.case_values())):
            for a in project.attributes.definitions(applies):
                found = {v[a.id] for v in values.values() if v.get(a.id)}
                if found:
                    headings.append((a.name, a.name, sorted(found, key=_natural),
                                     a.role == "org_level"))
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for key, title, values, expand in headings:
                top = QTreeWidgetItem([title])
                top.setData(0, KeyRole, key)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                for value in values:
                    item = QTreeWidgetItem([value])
                    item.setData(0, KeyRole, value)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked if value in keep.get(key, ())
                                       else Qt.CheckState.Unchecked)
                    top.addChild(item)
                self.tree.addTopLevelItem(top)
                top.setExpanded(expand or bool(keep.get(key)))
        self._show_text()

    def checked(self) -> dict[str, tuple[str, ...]]:
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            values = tuple(top.child(j).data(0, KeyRole) for j in range(top.childCount())
                           if top.child(j).checkState(0) == Qt.CheckState.Checked)
            if values:
                out[top.data(0, KeyRole)] = values
        return out

    def filters(self) -> Filters:
        chosen = self.checked()
        coders = chosen.pop(CODERS, ())
        if self.session.project.team.is_blind():  # blind coding: only one's own counts
            coders = (self.session.project.coder.name,)
        return Filters(coders=tuple(coders), values=chosen)

    def set_checked(self, key: str, values: list[str] | tuple[str, ...]) -> None:
        """Tick exactly ``values`` under ``key`` (an attribute name, or CODERS)."""
        with QSignalBlocker(self.tree):
            for i in range(self.tree.topLevelItemCount()):
                top = self.tree.topLevelItem(i)
                if top.data(0, KeyRole) != key:
                    continue
                for j in range(top.childCount()):
                    child = top.child(j)
                    child.setCheckState(0, Qt.CheckState.Checked
                                        if child.data(0, KeyRole) in values
                                        else Qt.CheckState.Unchecked)
        self._show_text()
        self.changed.emit()

    def clear(self) -> None:
        if not self.checked():
            return
        with QSignalBlocker(self.tree):
            for i in range(self.tree.topLevelItemCount()):
                top = self.tree.topLevelItem(i)
                for j in range(top.childCount()):
                    top.child(j).setCheckState(0, Qt.CheckState.Unchecked)
        self._show_text()
        self._timer.stop()
        self.changed.emit()

    def summary(self) -> str:
        parts = []
        for key, values in self.checked().items():
            name = self.tr("Coders") if key == CODERS else key
            parts.append(f"{name}: {', '.join(values)}")
        return "; ".join(parts)

    def _item_changed(self, *_):
        self._show_text()
        self._timer.start()

    def _flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def _show_text(self) -> None:
        n = sum(len(v) for v in self.checked().values())
        self.setText(self.tr("&Filter ({0})").format(n) if n else self.tr("&Filter: all"))
        self.setToolTip(self.summary() or self.tr("Every coder and every source counts."))
