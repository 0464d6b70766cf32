"""Long work off the GUI thread (Anki's ``CollectionOp`` / ``QueryOp`` idea, in one class).

``Job(fn)`` runs ``fn(progress)`` on the global thread pool. ``progress`` is the same
``core.jobs.Progress`` the CLI uses; its callback only emits a signal, so every Qt call stays
on the GUI thread (signals from the worker are queued to the ``Job``, which lives there).
``job.cancel()`` asks the work to stop at its next step.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import Cancelled
from ..core.jobs import Progress

_running: set[Job] = set()  # keeps jobs alive until they report back


class Job(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, formatted details
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.progress = Progress(self._report)
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False

    def _report(self, done: int, total: int, label: str) -> None:
        self.progressed.emit(done, total, label)  # worker thread → queued

    def start(self, pool: QThreadPool | None = None) -> Job:
        _running.add(self)
        self.done.connect(lambda: _running.discard(self))
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    # called on the worker thread; each emit is delivered on the GUI thread
    def _execute(self) -> None:
        try:
            result = self._fn(self.progress)
        except Cancelled:
            self._finish("cancelled")
        except BaseException as e:  # noqa: BLE001 - reported to the GUI, never lost
            self.error = e
            self._finish("failed", e, "".join(traceback.format_exception(e)))
        else:
            self.result = result
            self._finish("succeeded", result)

    def _finish(self, kind: str, *args) -> None:
        self.finished = True
        getattr(self, kind).emit(*args)
        self.done.emit()


class _Runner(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._execute()


def wait_for_jobs(msecs: int = 10_000) -> bool:
    """Cancel running jobs and wait for them (at shutdown)."""
    for job in list(_running):
        job.cancel()
    return QThreadPool.globalInstance().waitForDone(msecs)
