"""Keeps the methods `dataclasses` writes for each class compiled between starts.

For every dataclass, Python writes the source of its methods (__init__, __repr__,
__eq__, __hash__, and for a frozen one __setattr__ and __delattr__) and compiles it with
`exec`: about 1 ms a class with Python 3.11, and the first window defines some thirty
(the model, the settings, the reminders...). remember(file) gives the dataclasses module
an `exec` of its own that looks each source text up in a cache of compiled code kept in
`file`, and compiles only a text it has not seen; save() writes what was new. Once the
busy part of a run is over, let_go() saves and keeps none of it in memory: a class
defined after that reads the file again.

The code kept for a text is exactly what compiling that text gives, run the same way, so
every class behaves as before. The cache is never a source of truth: a damaged, foreign
or older Python's file is ignored and rewritten (kept_code.py has its format), and a text
not in it is compiled as usual. Like the compiled bytecode Python keeps beside the
modules, it lives where only the person can write.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
from pathlib import Path
from types import CodeType
from typing import Any

from stretchdesk import kept_code

MAGIC = b"stretchdesk-dataclass-code\n"
MAX_ENTRIES = 2_000  # texts kept: the ones used by this run, then older ones up to this


class DataclassCode:
    """Compiled code for the source texts `dataclasses` runs, read from and kept in `file`."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._kept: dict[str, CodeType] | None = self._load()  # None: on disk only
        self._used: dict[str, CodeType] = {}
        self._holding = True  # keeps the code in memory after a save (until let_go)
        self.compiled = 0  # texts compiled in this run (none, when every class was seen)
        self._unsaved = False  # compiled since the last save

    def exec(self, source: Any, globals: dict[str, Any] | None = None,
             locals: dict[str, Any] | None = None) -> None:
        """What `exec(source, globals, locals)` does, with a text's code kept for later."""
        if not isinstance(source, str):
            builtins.exec(source, globals, locals)
            return
        code = self._used.get(source) or self._kept_code().get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            self.compiled += 1
            self._unsaved = True
        self._used[source] = code
        builtins.exec(code, globals, locals)

    def save(self) -> bool:
        """Writes the cache if this run compiled anything; False if it could not."""
        if not self._unsaved:
            return True
        entries = dict(self._used)
        for source, code in self._kept_code().items():
            if len(entries) >= MAX_ENTRIES:
                break
            entries.setdefault(source, code)
        if not kept_code.write(self.file, MAGIC, entries):
            return False
        self._unsaved = False
        self._kept, self._used = (entries, self._used) if self._holding else (None, {})
        return True

    def let_go(self) -> bool:
        """Saves, then keeps no text or code in memory; False if it could not save.

        The texts and their code stay in memory otherwise for the whole run: ~0.3 MiB for
        the classes of a first session, and on a later start also the code of every other
        class the file keeps (the editor's, the history screen's). Those are defined after
        this, if at all, and not in a hurry: the first of them reads the file again.
        """
        self._holding = False
        if not self.save():
            return False
        self._kept, self._used = None, {}
        return True

    @property
    def in_memory(self) -> int:
        """How many texts are kept in memory (tests)."""
        return len(self._used) + len(self._kept or {})

    def _kept_code(self) -> dict[str, CodeType]:
        if self._kept is None:
            self._kept = self._load()
        return self._kept

    def _load(self) -> dict[str, CodeType]:
        return kept_code.read(self.file, MAGIC)


_active: DataclassCode | None = None


def remember(file: Path) -> DataclassCode:
    """Has every dataclass defined from now on take its methods' code from `file`'s cache.

    The exec it gives shadows the built-in one in the dataclasses module only. Asked again
    for the same file, it keeps the cache it has.
    """
    global _active
    if _active is not None and _active.file == file and "exec" in vars(dataclasses):
        return _active
    _active = DataclassCode(file)
    dataclasses.exec = _active.exec  # type: ignore[attr-defined]
    return _active


def forget() -> None:
    """Gives the dataclasses module the built-in exec back (tests)."""
    global _active
    _active = None
    with contextlib.suppress(AttributeError):
        del dataclasses.exec  # type: ignore[attr-defined]


def save() -> bool:
    """Writes what this run compiled into the cache (nothing to do without remember())."""
    return _active.save() if _active is not None else True


def let_go() -> bool:
    """Saves what this run compiled and keeps none of the code in memory (see above)."""
    return _active.let_go() if _active is not None else True


def active() -> DataclassCode | None:
    """The cache in use, if remember() was called."""
    return _active
