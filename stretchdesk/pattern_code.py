"""Keeps the regular expressions PySide compiles as it loads, compiled between starts.

The first `import PySide6` compiles some twenty regular expressions: a few of its own
(the signature parser's, and two in its stub generator's class body) and the standard
library's it imports (logging, textwrap, string...). Python's `re` compiles each in pure
Python, about 35 ms of the first window on this machine, and keeps none of it between
runs. While that import runs inside kept_while_importing(file), the step that turns a
pattern into the regular-expression engine's program (`re._compiler.compile`) looks the
pattern and its flags up in the cache kept in `file`: a program seen before is handed to
the engine as it is (`_sre.compile`, with exactly the arguments `re` gave it then), and a
new pattern is compiled as usual, its arguments noted for next time. So each pattern
object is the one compiling it afresh gives: same program, flags and groups (the tests
compare them). Anything the engine refuses, or a pattern with the DEBUG flag, goes the
usual way; a damaged, foreign or older Python's cache reads as empty (kept_code.py).
"""

from __future__ import annotations

import _sre  # re's own engine: compile(pattern, flags, code, groups, groupindex, indexgroup)
import contextlib
import re
import re._compiler as re_compiler
from pathlib import Path
from typing import Any

from stretchdesk import kept_code

MAGIC = b"stretchdesk-pattern-code\n"
Key = tuple[str | bytes, int]  # a pattern and the flags it was asked for with
Program = tuple[Any, ...]  # the arguments re gave the engine for that pattern


def _is_entry(key: object, program: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], (str, bytes))
            and isinstance(key[1], int) and isinstance(program, tuple) and len(program) == 6
            and program[0] == key[0] and isinstance(program[2], list))


class _Noting:
    """re's engine as re._compiler sees it, noting the arguments of each compile."""

    def __init__(self) -> None:
        self.programs: list[Program] = []

    def compile(self, pattern: Any, flags: int, code: list[int], groups: int,
                groupindex: dict[Any, int], indexgroup: tuple[Any, ...]) -> Any:
        compiled = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
        # Plain values (the flags can be a RegexFlag), as marshal writes them.
        self.programs.append((pattern, int(flags), [int(op) for op in code], int(groups),
                              dict(groupindex), tuple(indexgroup)))
        return compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


class KeptPatterns(kept_code.KeptWhileLoading):
    """The engine's programs for the patterns compiled while importing, kept in `file`."""

    def __init__(self, file: Path) -> None:
        super().__init__(file, MAGIC, _is_entry)
        self._compile = re_compiler.compile

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """What re._compiler.compile does, with each pattern's program kept."""
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return self._compile(pattern, flags)
        key = (pattern, flags)
        program: Program | None = self.kept(key)
        if program is not None:
            try:
                compiled = _sre.compile(*program)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                pass  # not a program this Python's engine takes: compile it afresh
            else:
                self.used(key, program, compiled=False)
                return compiled
        noting = _Noting()
        re_compiler._sre = noting
        try:
            compiled = self._compile(pattern, flags)
        finally:
            re_compiler._sre = _sre
        if noting.programs:
            self.used(key, noting.programs[-1], compiled=True)
        return compiled


_last: KeptPatterns | None = None


def kept_while_importing(file: Path) -> contextlib.AbstractContextManager[KeptPatterns]:
    """Around the first `import PySide6`: the programs of the patterns compiled meanwhile
    come from `file`. re compiles as usual again when this ends, whatever happened."""
    global _last
    cache = _last = KeptPatterns(file)
    return kept_code.standing_in(re_compiler, "compile", cache, cache.compile)


def last() -> KeptPatterns | None:
    """The cache of the last kept_while_importing (tests)."""
    return _last
