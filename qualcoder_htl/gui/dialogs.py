"""Help dialogs: the keyboard shortcuts (generated from the menus) and About."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .menus import shortcut_table

translate = QCoreApplication.translate


EXTRA_KEYS = (
    (QT_TRANSLATE_NOOP("Dialogs", "Codebook"),
     QT_TRANSLATE_NOOP("Dialogs", "Apply the chosen code"), "Enter"),
    (QT_TRANSLATE_NOOP("Dialogs", "Codebook"),
     QT_TRANSLATE_NOOP("Dialogs", "Rename the chosen code"), "F2"),
    (QT_TRANSLATE_NOOP("Dialogs", "Codebook"),
     QT_TRANSLATE_NOOP("Dialogs", "New code / subcode"), "Ins / Shift+Ins"),
    (QT_TRANSLATE_NOOP("Dialogs", "Codebook"),
     QT_TRANSLATE_NOOP("Dialogs", "Delete the chosen code"), "Del"),
    (QT_TRANSLATE_NOOP("Dialogs", "Quick code"),
     QT_TRANSLATE_NOOP("Dialogs", "Choose, apply, close"), "↑ ↓, Enter, Esc"),
    (QT_TRANSLATE_NOOP("Dialogs", "Sources"),
     QT_TRANSLATE_NOOP("Dialogs", "Open the chosen source"), "Enter"),
    (QT_TRANSLATE_NOOP("Dialogs", "Document"),
     QT_TRANSLATE_NOOP("Dialogs", "Forget the chosen coding"), "Esc"),
    (QT_TRANSLATE_NOOP("Dialogs", "Panels"),
     QT_TRANSLATE_NOOP("Dialogs", "Move between fields"), "Tab / Shift+Tab"),
)


def shortcuts_dialog(window) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(translate("Dialogs", "Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    rows = shortcut_table(window) + [(translate("Dialogs", a), translate("Dialogs", b), c)
                                     for a, b, c in EXTRA_KEYS]
    table = QTableWidget(len(rows), 3)
    table.setHorizontalHeaderLabels([translate("Dialogs", "Where"),
                                     translate("Dialogs", "Command"),
                                     translate("Dialogs", "Keys")])
    table.verticalHeader().hide()
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.setItem(i, j, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(620, 560)
    return dialog


def about_dialog(window):
    """Help ▸ About (gui/about.py), window-modal; returns the open dialog."""
    from PySide6.QtCore import Qt

    from .about import AboutDialog
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
