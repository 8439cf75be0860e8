"""The regular expressions compiled as PySide loads are kept (stretchdesk/pattern_code.py)."""

from __future__ import annotations

import ast
import re
import re._compiler as re_compiler
import subprocess
import sys
from pathlib import Path

import pytest

from stretchdesk import kept_code, pattern_code
from tests.conftest import REPO

# A fresh interpreter imports PySide6 with the cache, then sets every pattern re holds
# beside the same pattern compiled afresh (the cache's hook is gone by then).
FIRST_IMPORT = """
import re, sys
from pathlib import Path
from stretchdesk import pattern_code
with pattern_code.kept_while_importing(Path(sys.argv[1])) as kept:
    import PySide6.QtCore
held = list(re._cache.items())
re.purge()
different = [str(key[1])[:40] for key, pattern in held
             if (pattern, pattern.groupindex, pattern.groups, pattern.flags)
             != ((fresh := re.compile(key[1], key[2])), fresh.groupindex, fresh.groups,
                 fresh.flags)]
from PySide6.QtCore import QObject
try:
    QObject().setObjectName(5)
except TypeError as problem:
    message = str(problem)
print(repr((kept.compiled, kept.reused, len(held), different, message)))
"""


def first_import(cache: Path) -> tuple[int, int, int, list[str], str]:
    done = subprocess.run([sys.executable, "-c", FIRST_IMPORT, str(cache)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert isinstance(seen, tuple)
    return seen  # type: ignore[return-value]


def test_the_second_start_compiles_none_of_the_patterns_pyside_loads(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "patterns.cache"
    compiled, reused, held, different, message = first_import(cache)
    assert compiled >= 10 and reused == 0 and held >= compiled
    assert different == [] and "Supported signatures" in message
    written = cache.stat().st_mtime_ns
    again = first_import(cache)
    assert again[:2] == (0, compiled)
    # Each pattern made from its kept program is the one compiling it afresh gives, and
    # PySide's signature parser (the largest of them) still reads its signatures.
    assert again[3] == [] and again[4] == message
    assert cache.stat().st_mtime_ns == written  # nothing new: not written again


PATTERNS = [
    (r"(?P<side>left|right) (?P<count>\d+)(?:x)?", 0),
    (r"^\s*#.*coding[:=]\s*([-\w.]+)", re.MULTILINE),
    (r"  hold  (\w+)  # a verbose one", re.VERBOSE | re.IGNORECASE),
    (rb"\x00(?P<byte>.)", re.DOTALL),
    (r"[\u00e9e]tirement", re.ASCII),
]


def compile_all() -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_a_kept_program_makes_the_same_pattern(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.cache"
    with pattern_code.kept_while_importing(cache) as first:
        noted = compile_all()
    assert (first.compiled, first.reused, first.saved) == (len(PATTERNS), 0, True)
    with pattern_code.kept_while_importing(cache) as second:
        kept = compile_all()
    assert (second.compiled, second.reused) == (0, len(PATTERNS))
    fresh = compile_all()
    for ours, afresh in zip([*noted, *kept], fresh * 2, strict=True):
        assert ours == afresh  # CPython compares the pattern, flags and program
        assert (ours.groupindex, ours.groups, ours.flags) == (
            afresh.groupindex, afresh.groups, afresh.flags)
    match = kept[0].search("hold right 3x")
    assert match is not None and match.group("side", "count") == ("right", "3")
    assert re_compiler.compile is not pattern_code.last().compile  # type: ignore[union-attr]


def test_what_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.cache"
    pattern, flags = PATTERNS[0]
    assert kept_code.write(cache, pattern_code.MAGIC, {
        (pattern, flags): (pattern, flags, [999_999], 2, {}, (None, None, None))})
    with pattern_code.kept_while_importing(cache) as kept:
        compiled = compile_all()[0]
    assert (kept.compiled, kept.reused) == (len(PATTERNS), 0)
    assert compiled == re.compile(pattern, flags)


def test_debug_patterns_and_damaged_caches_go_the_usual_way(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "patterns.cache"
    with pattern_code.kept_while_importing(cache):
        compile_all()
    cache.write_bytes(cache.read_bytes()[:-9])  # cut short
    with pattern_code.kept_while_importing(cache) as kept:
        compile_all()
        re.compile("a+b", re.DEBUG)  # prints its program, as re does
    assert (kept.compiled, kept.reused) == (len(PATTERNS), 0)
    assert "MAX_REPEAT" in capsys.readouterr().out
