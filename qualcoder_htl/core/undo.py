"""A plain undo/redo stack. Entries carry callables that perform the inverse and the replay.

The store records what each transaction did; the service wraps that record in an entry.
The GUI only shows ``undo_label`` / ``redo_label`` (a label is a ``Message``, rendered in the
interface language) and calls ``undo()`` / ``redo()``.

An entry whose rows were changed since (``UndoConflictError``: another window or program wrote
to them) can never be undone or redone: it leaves the stack, the error goes to the user, and
the entries before it stay (each checks its own rows when its turn comes).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .changes import Changes
from .errors import NothingToUndo, UndoConflictError
from .messages import Message, msg


@dataclass
class UndoEntry:
    label: Message | str  # a Message renders in the interface language
    undo: Callable[[], Changes]
    redo: Callable[[], Changes]


class UndoStack:
    def __init__(self, limit: int = 1000):
        self._done: list[UndoEntry] = []
        self._undone: list[UndoEntry] = []
        self._limit = limit
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` whenever the stack changes (the GUI updates its menu labels)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self) -> None:
        for listener in self._listeners:
            listener()

    def push(self, entry: UndoEntry) -> None:
        self._done.append(entry)
        if len(self._done) > self._limit:
            del self._done[0]
        self._undone.clear()
        self._notify()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str | None:
        return str(self._done[-1].label) if self._done else None

    @property
    def redo_label(self) -> str | None:
        return str(self._undone[-1].label) if self._undone else None

    def undo(self) -> Changes:
        if not self._done:
            raise NothingToUndo(msg("error.nothing_to_undo"))
        entry = self._done[-1]
        try:
            changes = entry.undo()  # if this raises, the entry stays where it was...
        except UndoConflictError:
            self._done.pop()  # ...unless it can never succeed
            self._notify()
            raise
        self._done.pop()
        self._undone.append(entry)
        self._notify()
        changes.label = entry.label
        return changes

    def redo(self) -> Changes:
        if not self._undone:
            raise NothingToUndo(msg("error.nothing_to_redo"))
        entry = self._undone[-1]
        try:
            changes = entry.redo()
        except UndoConflictError:
            self._undone.pop()
            self._notify()
            raise
        self._undone.pop()
        self._done.append(entry)
        self._notify()
        changes.label = entry.label
        return changes

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._notify()

    def __len__(self) -> int:
        return len(self._done)
