"""Edits that start from what the user saw: no coder's change is silently overwritten.

A window shows a code called "Skola"; meanwhile another coder renames it "Skolan"; a second
later the first coder, still seeing "Skola", renames it "Skolgång". Writes are serialised, so
no row is lost, but the second rename would silently undo the first (a lost update). So an edit
action takes ``based_on``, the value(s) the user's window showed, and compares them inside the
write transaction with the row as it is now. If someone else changed it since, nothing is
written and ``StaleEditError`` says what changed and what it is now (and repeats what the user
typed, so nothing is lost). ``based_on=None`` (the CLI, scripts) writes without the check.

Memos are the exception: both texts are kept (``memos.merged_memo``), since text is easy to
merge and a memo is never meant to replace another coder's thoughts.
"""
from __future__ import annotations

from typing import Any

from ..core.errors import StaleEditError
from ..core.messages import Message, catalogue, msg
from ..store.writer import RowOp, changes_of

catalogue({
    "stale.code_name": (
        "The code has been renamed to “{current}” by someone else while you were editing; "
        "nothing was changed. Your name: “{yours}”.",
        "Koden har bytt namn till ”{current}” av någon annan medan du redigerade; inget "
        "ändrades. Ditt namn: ”{yours}”."),
    "stale.code_colour": (
        "The code's colour has been changed to {current} by someone else meanwhile; nothing "
        "was changed. Your colour: {yours}.",
        "Kodens färg har ändrats till {current} av någon annan under tiden; inget ändrades. "
        "Din färg: {yours}."),
    "stale.code_text": (
        "The code's {field} has been changed by someone else while you were editing; it now "
        "reads “{current}”. Nothing was changed. Your text: “{yours}”.",
        "Kodens {field} har ändrats av någon annan medan du redigerade; nu står det "
        "”{current}”. Inget ändrades. Din text: ”{yours}”."),
    "stale.field.definition": ("definition", "definition"),
    "stale.field.inclusion": ("inclusion criteria", "inklusionskriterier"),
    "stale.field.exclusion": ("exclusion criteria", "exklusionskriterier"),
    "stale.code_parent": (
        "The code has been moved under “{current}” by someone else meanwhile; nothing was "
        "changed.",
        "Koden har flyttats in under ”{current}” av någon annan under tiden; inget ändrades."),
    "stale.code_parent_top": (
        "The code has been moved to the top level by someone else meanwhile; nothing was "
        "changed.",
        "Koden har flyttats till översta nivån av någon annan under tiden; inget ändrades."),
    "stale.coding_span": (
        "The coding's extent has been changed by someone else meanwhile; nothing was changed. "
        "It is now shown as it is.",
        "Kodningens omfång har ändrats av någon annan under tiden; inget ändrades. Den visas "
        "nu som den är."),
    "stale.attribute_value": (
        "“{attribute}” of “{target}” has been changed to “{current}” by someone else while "
        "you were editing; nothing was changed. Your value: “{yours}”.",
        "”{attribute}” för ”{target}” har ändrats till ”{current}” av någon annan medan du "
        "redigerade; inget ändrades. Ditt värde: ”{yours}”."),
    "stale.attribute_cleared": (
        "“{attribute}” of “{target}” has been cleared by someone else while you were editing; "
        "nothing was changed. Your value: “{yours}”.",
        "”{attribute}” för ”{target}” har tömts av någon annan medan du redigerade; inget "
        "ändrades. Ditt värde: ”{yours}”."),
    "stale.case_name": (
        "The case has been renamed to “{current}” by someone else while you were editing; "
        "nothing was changed. Your name: “{yours}”.",
        "Fallet har bytt namn till ”{current}” av någon annan medan du redigerade; inget "
        "ändrades. Ditt namn: ”{yours}”."),
    "stale.source_name": (
        "The source has been renamed to “{current}” by someone else while you were editing; "
        "nothing was changed. Your name: “{yours}”.",
        "Källan har bytt namn till ”{current}” av någon annan medan du redigerade; inget "
        "ändrades. Ditt namn: ”{yours}”."),
})

UNSEEN: Any = object()  # ``based_on`` of an action whose seen value may itself be None
SHOWN = 200  # longest value quoted in a message (a long definition is cut)


def changed_since(current: Any, based_on: Any, new: Any) -> bool:
    """Whether someone else changed the value since the user saw ``based_on``: it is neither
    what they saw nor what they are writing (two coders making the same edit agree)."""
    return based_on is not None and based_on is not UNSEEN and current not in (based_on, new)


def refuse(key: str, table: str, row: dict, **values: Any) -> StaleEditError:
    """The error for a stale edit of ``row`` (as it is now, with its id) in ``table``:
    ``key``'s message with long values cut, and the changes a window refreshes from (as if
    the other coder's change had just been reported)."""
    changes = changes_of([RowOp(table, "update", row["id"], row, row)], "refresh")
    return StaleEditError(msg(key, **{k: _short(v) for k, v in values.items()}), changes)


def field_name(column: str) -> Message:
    return msg(f"stale.field.{column}")


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > SHOWN:
        return value[:SHOWN - 1].rstrip() + "…"
    return value
