"""Progress and cancellation for long work, shared by the GUI (worker thread) and the CLI.

A long operation takes a ``Progress`` and calls ``progress.step(done, total, label)``;
that raises ``Cancelled`` once the user asked to cancel. The GUI subclasses nothing:
it passes a callback that emits a Qt signal; the CLI passes one that prints a line.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import Cancelled
from .messages import catalogue

# the step labels long work reports (rendered by the caller: progress labels are text)
catalogue({
    "progress.codebook": (
        "codebook",
        "kodbok"),
    "progress.reading": (
        "reading {name}",
        "läser {name}"),
    "progress.importing": (
        "importing {name}",
        "importerar {name}"),
    "progress.writing": (
        "writing {name}",
        "skriver {name}"),
    "progress.compacting": (
        "compacting",
        "komprimerar"),
    "progress.matrix": (
        "matrix",
        "matris"),
    "progress.title": (
        "title",
        "titel"),
    "progress.overview": (
        "overview",
        "översikt"),
})

ProgressCallback = Callable[[int, int, str], None]


class Progress:
    def __init__(self, callback: ProgressCallback | None = None):
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, label: str = "") -> None:
        """Report progress; raise ``Cancelled`` if cancellation was requested."""
        if self._callback is not None:
            self._callback(done, total, label)
        if self._cancel.is_set():
            raise Cancelled(label)



