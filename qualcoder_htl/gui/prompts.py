"""Small modal questions. Panels call these through the module (``prompts.confirm(...)``) so
tests can answer them without a dialog blocking the run."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

translate = QCoreApplication.translate


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(ok_text or translate("Prompts", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


def choose(parent: QWidget | None, title: str, label: str, items: list[str],
           current: int = 0) -> int | None:
    """Index of the chosen item, or None."""
    if not items:
        return None
    value, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return items.index(value) if ok and value in items else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose_button(parent: QWidget | None, title: str, text: str,
                  buttons: list[str]) -> int | None:
    """A question with several answers (plus Cancel): the index of the button pressed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    made = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else None


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
    """A file to read, or None."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path or None


def save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "",
              suffix: str = "") -> str | None:
    """Where to write a file (the system asks before replacing one), or None. ``suffix`` is
    added when the name typed has none."""
    dialog = QFileDialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if suggested:
        dialog.selectFile(suggested)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0]
