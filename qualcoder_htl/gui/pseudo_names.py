"""Names the pseudonymisation review shows: identifier types, replacement policies and review
states, in the interface language. The service speaks in codes ("PERSON", "initials")."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Pseudonymisation"

# the order of the service's TYPES (services.pseudonymisation re-exports them)
TYPE_NAMES = {
    "PERSON": QT_TRANSLATE_NOOP("Pseudonymisation", "Person"),
    "SCHOOL": QT_TRANSLATE_NOOP("Pseudonymisation", "School"),
    "PLACE": QT_TRANSLATE_NOOP("Pseudonymisation", "Place"),
    "WORKPLACE": QT_TRANSLATE_NOOP("Pseudonymisation", "Workplace"),
    "ADDRESS": QT_TRANSLATE_NOOP("Pseudonymisation", "Address"),
    "PHONE": QT_TRANSLATE_NOOP("Pseudonymisation", "Phone number"),
    "EMAIL": QT_TRANSLATE_NOOP("Pseudonymisation", "E-mail"),
    "PERSONNUMMER": QT_TRANSLATE_NOOP("Pseudonymisation", "Personal identity number"),
    "DATE": QT_TRANSLATE_NOOP("Pseudonymisation", "Date"),
    "AGE": QT_TRANSLATE_NOOP("Pseudonymisation", "Age"),
    "ORGANISATION": QT_TRANSLATE_NOOP("Pseudonymisation", "Organisation"),
    "OTHER": QT_TRANSLATE_NOOP("Pseudonymisation", "Other"),
}
TYPES = tuple(TYPE_NAMES)

METHOD_NAMES = {
    "label": QT_TRANSLATE_NOOP("Pseudonymisation", "Label"),
    "code": QT_TRANSLATE_NOOP("Pseudonymisation", "Letter code"),
    "initials": QT_TRANSLATE_NOOP("Pseudonymisation", "Initials"),
    "pseudonym": QT_TRANSLATE_NOOP("Pseudonymisation", "Pseudonym"),
    "keep": QT_TRANSLATE_NOOP("Pseudonymisation", "Keep"),
}
METHODS = tuple(METHOD_NAMES)

STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("Pseudonymisation", "open"),
    "accepted": QT_TRANSLATE_NOOP("Pseudonymisation", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Pseudonymisation", "rejected"),
}
STATUS_MARKS = {"open": "○", "accepted": "✓", "rejected": "✗"}
STATUS_COLORS = {"open": "#b45309", "accepted": "#15803d", "rejected": "#6b7280"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def type_name(typ: str) -> str:
    return _tr(TYPE_NAMES[typ]) if typ in TYPE_NAMES else typ


def method_name(method: str) -> str:
    return _tr(METHOD_NAMES[method]) if method in METHOD_NAMES else method


def status_name(status: str) -> str:
    return _tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status

