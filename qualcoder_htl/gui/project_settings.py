"""Project settings: the title (the window and reports show it), a description, and how quotes
are cited: one template for all, and one per respondent group where a group is cited
differently ("(Intervju, vårdnadshavare 3)" but "(Intervju 3, ledningsgrupp)"). Stored in the
project's settings; saving is one step to undo."""
from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.analysis import TEMPLATE_KEY
from ..services.project import DEFAULT_CITATION
from .session import Session


class ProjectSettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projectSettings")
        self.setWindowTitle(self.tr("Project settings"))
        self.session = session
        project = session.project
        meta = project.meta()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(project.name)
        self.title.setObjectName("projectTitle")
        form.addRow(self.tr("&Title:"), self.title)
        self.description = QPlainTextEdit(meta.get("description", ""))
        self.description.setObjectName("projectDescription")
        self.description.setPlaceholderText(self.tr("What the study is about, who takes part, "
                                                    "how the material was collected"))
        self.description.setMaximumHeight(110)
        form.addRow(self.tr("&Description:"), self.description)
        style = project.analysis.citation_style()
        self.template = QLineEdit(style.default)
        self.template.setObjectName("citationTemplate")
        form.addRow(self.tr("&Citation:"), self.template)
        names = [a.name for a in session.attributes()]
        hint = QLabel(self.tr("Attribute names in braces are replaced by a source's values: "
                              "{0}").format(", ".join("{" + html.escape(n) + "}" for n in names)))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        form.addRow("", hint)
        layout.addLayout(form)
        self.group_attr = project.attributes.by_role("respondent_group")
        groups = self._group_values()
        self.groups = QTableWidget(len(groups), 2)
        self.groups.setObjectName("citationGroups")
        self.groups.setHorizontalHeaderLabels([
            self.group_attr.name if self.group_attr else self.tr("Group"),
            self.tr("Citation for this group (empty: as above)")])
        self.groups.verticalHeader().hide()
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.groups.horizontalHeader().setStretchLastSection(True)
        for row, value in enumerate(groups):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.groups.setItem(row, 0, item)
            self.groups.setItem(row, 1, QTableWidgetItem(style.template_for(value)
                                                         if self._has_own(style, value) else ""))
        if groups:
            layout.addWidget(QLabel(self.tr("Per respondent group:")))
            layout.addWidget(self.groups, 1)
        else:
            self.groups.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 460)

    @staticmethod
    def _has_own(style, value: str) -> bool:
        return any(k.strip().casefold() == value.strip().casefold() for k in style.overrides)

    def _group_values(self) -> list[str]:
        if self.group_attr is None:
            return []
        values = self.session.project.attributes.source_values()
        found = {vals[self.group_attr.id] for vals in values.values()
                 if vals.get(self.group_attr.id)}
        return sorted(found, key=str.casefold)

    def values(self) -> dict[str, str]:
        """The settings as stored (an empty group template removes that group's own)."""
        out = {"name": self.title.text().strip() or self.session.project.path.stem,
               "description": self.description.toPlainText().strip(),
               TEMPLATE_KEY: self.template.text().strip() or DEFAULT_CITATION}
        for row in range(self.groups.rowCount()):
            group = self.groups.item(row, 0).text()
            template = (self.groups.item(row, 1).text() if self.groups.item(row, 1) else "")
            out[f"{TEMPLATE_KEY}:{group}"] = template.strip()
        return out

    def save(self) -> bool:
        values = self.values()
        meta = self.session.project.meta()
        changed = {k: v for k, v in values.items() if meta.get(k, "") != v}
        if not changed:
            return True
        return self.session.run(lambda: self.session.project.set_meta_many(
            changed, drop_empty=True), self) is not None


def open_project_settings(window) -> ProjectSettingsDialog | None:
    """Show the dialog; on Save store the settings and show the new title."""
    if window.session is None:
        return None
    dialog = ProjectSettingsDialog(window.session, window)
    dialog.accepted.connect(lambda: (dialog.save(), window._update_title()))
    dialog.open()
    return dialog
