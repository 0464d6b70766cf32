"""Detect and neutralise a Qt binding that loses references to None and True.

PySide6 6.12.0 on Python 3.11 releases a reference to ``None`` each time Qt calls a Python
method that returns None (every paint event, every ``data()`` of a model) and one to ``True``
on every ``Signal.emit()`` from Python. Before Python 3.12 these objects are not immortal, so
after a while of ordinary use their count reaches zero and the interpreter aborts
("none_dealloc"). ``pyproject.toml`` keeps that combination from being installed; for
environments made another way, ``RefcountGuard`` keeps the counts of these singletons topped
up. Extra references to None/True/False are harmless: they are never freed anyway.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QTimer

SINGLETONS = (None, True, False)
CUSHION = 200_000  # references held from the start: no burst between two top-ups is bigger


class _Probe(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 1

    def data(self, index, role=0):
        return None


def _incref(obj, times: int) -> None:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(times):
        incref(obj)


def leaks_references(calls: int = 32) -> bool:
    if sys.version_info >= (3, 12):  # None and True are immortal: harmless
        return False
    probe = _Probe()
    index = probe.index(0)
    before = sys.getrefcount(None)
    for _ in range(calls):
        index.data()  # C++ calls the Python data(), which returns None
    lost = before - sys.getrefcount(None)
    _incref(None, max(0, lost))  # give back what the probe took
    return lost >= calls // 2


class RefcountGuard(QObject):
    """Holds a cushion of references to None/True/False and, every ``interval`` ms, gives back
    what the binding took since the last look."""

    def __init__(self, interval: int = 250, parent: QObject | None = None):
        super().__init__(parent)
        self._cushion = [obj for obj in SINGLETONS for _ in range(CUSHION)]
        self._baseline = {id(obj): sys.getrefcount(obj) for obj in SINGLETONS}
        self.restored = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.top_up)
        self._timer.start(interval)

    def top_up(self) -> None:
        for obj in SINGLETONS:
            lost = self._baseline[id(obj)] - sys.getrefcount(obj)
            if lost > 0:
                _incref(obj, lost)
                self.restored += lost


_guard: RefcountGuard | None = None


def protect() -> bool:
    """Install the guard once if the binding needs it; True when it does."""
    global _guard
    if _guard is not None:
        return True
    if not leaks_references():
        return False
    _guard = RefcountGuard(parent=QCoreApplication.instance())
    print(f"note: PySide6 {PYSIDE_VERSION} on Python {sys.version.split()[0]} loses "
          f"references to None/True; qualcoder-htl compensates. Prefer PySide6 < 6.12 or "
          f"Python 3.12+.", file=sys.stderr)
    return True
