"""Keeps `None` and `True` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12's bindings are built for Python 3.12's immortal objects (PEP 683): a method
that returns nothing hands back `None` without adding a reference to it, and a signal's
`emit` does the same with `True`. On Python 3.12 and later that costs nothing. On 3.11
every such call takes away a reference the interpreter never gave, and once the count of
one of them reaches zero Python stops with `Fatal Python error: none_dealloc` (or
`bool_dealloc`): after a few thousand calls, well inside one session.

`keep_constants_alive` makes them immortal in effect, as Python 3.12 makes them for every
program: it adds 2**60 to the reference count of `None`, `True`, `False`, `Ellipsis` and
`NotImplemented` (the constants a binding returns with the `Py_RETURN_*` macros). A
billion lost references a second would take 36 years to use that up, and the count stays
far from the top of its 64-bit range. It does so only where it is needed: Python before
3.12 with PySide6 6.12 or later; elsewhere it is one comparison (ctypes is not loaded).

Every package of StretchDesk that uses Qt calls it as it is imported, so any program that
drives Qt through StretchDesk (the app, the self-test, the tests, the benchmark's probes)
is covered before it makes its first call.
"""

from __future__ import annotations

import sys

_IMMORTAL = 1 << 60
_CONSTANTS = (None, True, False, Ellipsis, NotImplemented)
_kept = False


def needs_keeping(python: tuple[int, ...], pyside: tuple[int, ...]) -> bool:
    """Whether this Python and PySide6 release lose references to the constants."""
    return tuple(python[:2]) < (3, 12) and tuple(pyside[:2]) >= (6, 12)


def keep_constants_alive() -> bool:
    """Makes the constants immortal where PySide6 would free them; True if it did.

    Safe to call any number of times: the count is raised once per process.
    """
    global _kept
    if _kept or sys.version_info >= (3, 12):
        return _kept
    import PySide6

    python = (sys.version_info.major, sys.version_info.minor)
    if not needs_keeping(python, tuple(PySide6.__version_info__[:2])):
        return False
    import ctypes

    for constant in _CONSTANTS:
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(constant)).value += _IMMORTAL
    _kept = True
    return True
