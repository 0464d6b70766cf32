"""Undo labels come from the services in English ("Rename code to 'Tillit'"). The Edit menu
shows them in the interface language: names in quotes and numbers become placeholders, the
template is translated, the values put back."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_QUOTED = re.compile(r"'([^']*)'")
_NUMBER = re.compile(r"\b\d+\b")

# The labels the services use, listed so lupdate collects them for translation.
KNOWN = (
    QT_TRANSLATE_NOOP("UndoLabels", "Apply code"),
    QT_TRANSLATE_NOOP("UndoLabels", "Remove coding"),
    QT_TRANSLATE_NOOP("UndoLabels", "Remove code from selection"),
    QT_TRANSLATE_NOOP("UndoLabels", "Resize coding"),
    QT_TRANSLATE_NOOP("UndoLabels", "Mark key quote"),
    QT_TRANSLATE_NOOP("UndoLabels", "Unmark key quote"),
    QT_TRANSLATE_NOOP("UndoLabels", "Edit coding memo"),
    QT_TRANSLATE_NOOP("UndoLabels", "New code '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "New code '{0}' from selection"),
    QT_TRANSLATE_NOOP("UndoLabels", "Rename code to '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Change code colour"),
    QT_TRANSLATE_NOOP("UndoLabels", "Edit code definition"),
    QT_TRANSLATE_NOOP("UndoLabels", "Move code"),
    QT_TRANSLATE_NOOP("UndoLabels", "Merge codes"),
    QT_TRANSLATE_NOOP("UndoLabels", "Split code into '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Delete code"),
    QT_TRANSLATE_NOOP("UndoLabels", "New memo"),
    QT_TRANSLATE_NOOP("UndoLabels", "Edit memo"),
    QT_TRANSLATE_NOOP("UndoLabels", "Delete memo"),
    QT_TRANSLATE_NOOP("UndoLabels", "Set attribute value"),
    QT_TRANSLATE_NOOP("UndoLabels", "Set attribute values"),
    QT_TRANSLATE_NOOP("UndoLabels", "New attribute '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Rename attribute to '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Delete attribute"),
    QT_TRANSLATE_NOOP("UndoLabels", "New case '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Add sources to case"),
    QT_TRANSLATE_NOOP("UndoLabels", "Remove sources from case"),
    QT_TRANSLATE_NOOP("UndoLabels", "Set case attribute value"),
    QT_TRANSLATE_NOOP("UndoLabels", "Delete case"),
    QT_TRANSLATE_NOOP("UndoLabels", "Rename source to '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Delete source"),
    QT_TRANSLATE_NOOP("UndoLabels", "Edit text"),
    QT_TRANSLATE_NOOP("UndoLabels", "Project settings"),
    QT_TRANSLATE_NOOP("UndoLabels", "Reorder columns"),
    QT_TRANSLATE_NOOP("UndoLabels", "Import {0} files"),
    QT_TRANSLATE_NOOP("UndoLabels", "Import {0} file"),
    QT_TRANSLATE_NOOP("UndoLabels", "Import '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Autocode '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Autocode speaker '{0}'"),
    QT_TRANSLATE_NOOP("UndoLabels", "Apply demo coding"),
)


def translate_label(label: str) -> str:
    from .pseudo_names import policy_label
    if (named := policy_label(label)) is not None:
        return named
    values: list[str] = []

    def hole(m: re.Match, quoted: bool) -> str:
        values.append(m.group(1) if quoted else m.group(0))
        return ("'{%d}'" if quoted else "{%d}") % (len(values) - 1)

    template = _QUOTED.sub(lambda m: hole(m, True), label)
    template = _NUMBER.sub(lambda m: hole(m, False) if not _inside_hole(template, m) else
                           m.group(0), template)
    translated = QCoreApplication.translate("UndoLabels", template)
    if translated == template and template == label:
        return label
    try:
        return translated.format(*values)
    except (IndexError, KeyError, ValueError):
        return label


def _inside_hole(template: str, m: re.Match) -> bool:
    """A number that is a placeholder we made ({0}) is left alone."""
    return m.start() > 0 and template[m.start() - 1] == "{"
