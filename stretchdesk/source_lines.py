"""Keeps PySide6 from holding on to the source text of every module the app imports.

For each module imported after it, PySide6 decides whether the module uses PySide (for
its optional `__feature__` switches, which StretchDesk does not use) by searching the
module's source text for the word "PySide6". It reads that text through inspect, which
keeps every line of every module in linecache for good: 3.4 MiB of a session's memory
with PySide6 6.11. forget_module_sources() lets PySide6 decide as before and then drops
what it read; a traceback reads the lines again when it needs them.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

# PySide6's own module that makes the check (inside shiboken's support code).
FEATURE_MODULE = "shibokensupport.feature"


def forget_module_sources() -> bool:
    """Makes PySide6's per-module check forget the source it read; False if none was found.

    Call it once PySide6 has been imported. Safe to call again; a PySide6 without the
    check is left as it is.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None:
        return False
    if getattr(check, "forgets_sources", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        try:
            return check(module)
        finally:
            source = getattr(module, "__file__", None)
            if isinstance(source, str):
                linecache.cache.pop(source, None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what was read before this call
    return True
