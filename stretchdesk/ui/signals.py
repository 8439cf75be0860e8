"""Emitting Qt signals from Python without wearing out `True` (a PySide6 6.12.0 bug).

PySide6 6.12.0's SignalInstance.emit() returns True without taking a reference to it,
so every emit drops one reference to the `True` object; after a few hundred the
interpreter aborts ("bool_dealloc: deallocating True or False"). The same happens
when a signal is connected to another signal's `.emit` method. 6.11 is fine.

So: emit through `emit()` below, and connect signals to signals directly
(`button.clicked.connect(self.back)`, never `.connect(self.back.emit)`). Whether the
installed PySide has the bug is measured once at import, so a fixed release gets a
plain emit.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 4


class _Probe(QObject):
    ping = Signal()


def _incref(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _emit_drops_true() -> bool:
    """Whether emit() loses a reference to True here; puts back any it lost measuring."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)
    return lost >= _PROBES


EMIT_DROPS_TRUE = _emit_drops_true()


def emit(signal: SignalInstance, *args: object) -> None:
    """Emits `signal` with `args`, making up for the reference PySide 6.12.0 drops."""
    result = signal.emit(*args)
    if EMIT_DROPS_TRUE and result is True:
        _incref(result)
