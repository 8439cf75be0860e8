"""PySide's support modules are compiled once and kept (stretchdesk/support_code.py)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from stretchdesk import app, support_code
from tests.conftest import REPO, app_env

# A fresh interpreter imports PySide6 (kept or not), then uses what the support modules
# do at run time: the message of a call with the wrong arguments, and a Qt enum.
FIRST_IMPORT = """
import builtins, sys
from pathlib import Path
from stretchdesk import support_code
if sys.argv[1] == "plain":
    import PySide6.QtCore
    counts = (0, 0)
else:
    with support_code.kept_while_importing(Path(sys.argv[1])) as kept:
        import PySide6.QtCore
    counts = (kept.compiled, kept.reused)
from PySide6.QtCore import QObject, QTimer
messages = []
for wrong in (lambda: QObject().setObjectName(5), lambda: QTimer.singleShot("soon")):
    try:
        wrong()
    except TypeError as problem:
        messages.append(str(problem))
print(repr({
    "counts": counts,
    "messages": messages,
    "enum": repr(PySide6.QtCore.QEvent.Type.Paint),
    "builtin_compile": type(builtins.compile).__name__ == "builtin_function_or_method",
}))
"""


def first_import(cache: Path | str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", FIRST_IMPORT, str(cache)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert isinstance(seen, dict)
    return seen


def test_the_second_start_compiles_none_of_pysides_support_modules(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / app.SUPPORT_CODE
    plain = first_import("plain")
    first = first_import(cache)
    compiled, reused = first["counts"]  # type: ignore[misc]
    assert compiled >= 10 and reused == 0  # signature_bootstrap and shibokensupport's
    assert cache.is_file()
    written = cache.stat().st_mtime_ns
    second = first_import(cache)
    assert second["counts"] == (0, compiled)
    assert cache.stat().st_mtime_ns == written  # nothing new: not written again
    for seen in (first, second):
        assert seen["builtin_compile"]
        # What the support modules do at run time is what they do compiled afresh.
        assert seen["messages"] == plain["messages"] and seen["enum"] == plain["enum"]
    assert "Supported signatures" in str(plain["messages"])


def support_text(number: int) -> bytes:
    return f"answer = {number}\n".encode()


def run(code: object) -> object:
    namespace: dict[str, object] = {}
    exec(code, namespace)
    return namespace["answer"]


def test_only_support_texts_are_kept_and_other_compiles_pass_through(tmp_path: Path) -> None:
    cache = tmp_path / "support.cache"
    with support_code.kept_while_importing(cache) as kept:
        assert run(compile(support_text(1), "shibokensupport/a.py", "exec")) == 1
        assert run(compile("answer = 2", "<string>", "exec")) == 2
        assert run(compile(support_text(3), "mine.py", "exec")) == 3
        expression = compile(b"4", "shibokensupport/b.py", "eval")
        assert eval(expression) == 4
    assert (kept.compiled, kept.reused, kept.saved) == (1, 0, True)
    with support_code.kept_while_importing(cache) as again:
        code = compile(support_text(1), "shibokensupport/a.py", "exec")
        changed = compile(support_text(5), "shibokensupport/a.py", "exec")
    assert (again.compiled, again.reused) == (1, 1)  # the changed text is compiled
    assert run(code) == 1 and run(changed) == 5
    assert support_code.last() is again


@pytest.mark.parametrize("damage", [
    lambda data: data[:-5],  # cut short
    lambda data: data[:-1] + bytes([data[-1] ^ 0xFF]),  # a flipped byte: the CRC differs
    lambda data: data.replace(b"stretchdesk-pyside", b"stretchdesk-dataclass"),  # not ours
    lambda data: data.replace(sys.version.encode(), b"2.7.18"),  # another Python's
])
def test_a_damaged_or_foreign_cache_is_compiled_afresh_and_rewritten(
        tmp_path: Path, damage: object) -> None:
    cache = tmp_path / "support.cache"
    with support_code.kept_while_importing(cache):
        compile(support_text(6), "shibokensupport/c.py", "exec")
    cache.write_bytes(damage(cache.read_bytes()))  # type: ignore[operator]
    with support_code.kept_while_importing(cache) as again:
        assert run(compile(support_text(6), "shibokensupport/c.py", "exec")) == 6
    assert (again.compiled, again.reused) == (1, 0)
    with support_code.kept_while_importing(cache) as third:
        compile(support_text(6), "shibokensupport/c.py", "exec")
    assert (third.compiled, third.reused) == (0, 1)


def test_an_unwritable_cache_only_costs_the_compile(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    with support_code.kept_while_importing(blocked / "support.cache") as kept:
        assert run(compile(support_text(7), "shibokensupport/d.py", "exec")) == 7
    assert kept.compiled == 1 and kept.saved is False


# The command as it starts the window, up to the point where the window would be made.
COMMAND = """
import sys, types
from stretchdesk import app, pattern_code, support_code
window = types.ModuleType("stretchdesk.ui.launch")
window.launch = lambda options: 0
sys.modules["stretchdesk.ui.launch"] = window
assert app.main([]) == 0
print(repr([(str(kept.file), kept.compiled, kept.reused)
            for kept in (support_code.last(), pattern_code.last())]))
"""


def test_the_command_keeps_them_in_the_cache_folder(tmp_path: Path) -> None:
    """The support modules, and the regular expressions (pattern_code.py) alike."""
    def start() -> list[tuple[str, int, int]]:
        done = subprocess.run([sys.executable, "-c", COMMAND], env=app_env(tmp_path),
                              cwd=REPO, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
        assert isinstance(seen, list)
        return seen

    first = start()
    assert [Path(file).name for file, _, _ in first] == [app.SUPPORT_CODE, app.PATTERN_CODE]
    for file, compiled, reused in first:
        assert Path(file).parent == tmp_path / "cache" and Path(file).is_file()
        assert compiled >= 10 and reused == 0
    assert start() == [(file, 0, compiled) for file, compiled, _ in first]
