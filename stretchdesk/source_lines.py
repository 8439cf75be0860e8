"""Makes PySide6's look at every imported module cheap, and keeps it from holding sources.

For each module imported after it, PySide6 decides whether the module uses PySide (for
its optional `__feature__` switches, which StretchDesk does not use) by searching the
module's source text for the word "PySide6". It reads that text through inspect, which
tokenizes the file and keeps every line of every module in linecache for good: 3.4 MiB
of a session's memory with PySide6 6.11, and about a quarter of a millisecond per
module, some 20 ms of the first window. forget_module_sources() has it search the file's
bytes instead: the same answer, without tokenizing and without keeping anything.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

# PySide6's own module that makes the check (inside shiboken's support code).
FEATURE_MODULE = "shibokensupport.feature"
MARK = b"PySide6"  # what PySide6 looks for in a module's source


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether `module`'s source file names PySide6; `fallback` (PySide6's own check)
    answers for a module whose source is not a plain .py file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return MARK in source.read()
    except OSError:
        return False  # (PySide6's check: a module without its source does not use it)


def forget_module_sources() -> bool:
    """Puts the cheap check in place of PySide6's own; False if PySide6 has none.

    Call it once PySide6 has been imported. Safe to call again; a PySide6 without the
    check is left as it is.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None:
        return False
    if getattr(check, "reads_bytes", False):
        return True

    def cheap_check(module: ModuleType) -> bool:
        try:
            return uses_pyside(module, check)
        finally:
            source = getattr(module, "__file__", None)
            if isinstance(source, str):
                linecache.cache.pop(source, None)  # (if the fallback read it)

    cheap_check.reads_bytes = True  # type: ignore[attr-defined]
    cheap_check.__wrapped__ = check  # type: ignore[attr-defined]  # (PySide6's own)
    feature._mod_uses_pyside = cheap_check  # type: ignore[attr-defined]
    linecache.clearcache()  # what was read before this call
    return True
