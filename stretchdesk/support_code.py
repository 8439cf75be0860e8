"""Keeps PySide's own support modules compiled between starts.

The first `import PySide6` sets up shiboken's signature support: `signature_bootstrap`
and a dozen `shibokensupport` modules that ship inside libshiboken as source text. They
are handed to the built-in `compile` on every start, and Python never writes a .pyc for
them: about 45 ms of the first window on this machine, more than the app's own
modules cost to load. While `import PySide6` runs inside kept_while_importing(file),
`compile` looks each of those texts up in the cache kept in `file` and compiles only a
text it has not seen (a new PySide, a new Python); the cache is rewritten when anything
was compiled.

The code kept for a text is exactly what compiling that text gives here: a key is the
file name and the whole source, and the compile flags are the same on every start. Any
other call of `compile` in that moment goes to the built-in one unchanged. A damaged,
foreign or older Python's cache is ignored and rewritten (kept_code.py has its format).
"""

from __future__ import annotations

import builtins
import contextlib
from pathlib import Path
from typing import Any

from stretchdesk import kept_code

MAGIC = b"stretchdesk-pyside-support-code\n"
SUPPORT_TEXTS = ("signature_bootstrap.py", "shibokensupport/")  # the names shiboken gives


class SupportCode(kept_code.KeptWhileLoading):
    """Compiled code for PySide's support modules, read from and kept in `file`."""

    def __init__(self, file: Path) -> None:
        super().__init__(file, MAGIC)
        self._builtin = builtins.compile

    def compile(self, source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        """What the built-in `compile` does, with the support modules' code kept."""
        if (args or kwargs or mode != "exec" or not isinstance(source, bytes)
                or not isinstance(filename, str) or not filename.startswith(SUPPORT_TEXTS)):
            return self._builtin(source, filename, mode, *args, **kwargs)
        key = filename.encode("utf-8", "surrogatepass") + b"\0" + source
        code = self.kept(key)
        compiled = code is None
        if compiled:
            code = self._builtin(source, filename, mode)
        self.used(key, code, compiled)
        return code


_last: SupportCode | None = None


def kept_while_importing(file: Path) -> contextlib.AbstractContextManager[SupportCode]:
    """Around the first `import PySide6`: its support modules' code comes from `file`.

    The built-in `compile` is back when this ends, whatever happened inside.
    """
    global _last
    cache = _last = SupportCode(file)
    return kept_code.standing_in(builtins, "compile", cache, cache.compile)


def last() -> SupportCode | None:
    """The cache of the last kept_while_importing (tests, the benchmark's notes)."""
    return _last
