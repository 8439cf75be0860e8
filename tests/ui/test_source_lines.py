"""PySide6's per-module check reads bytes: no tokenizing, no source lines left behind."""

from __future__ import annotations

import linecache
import sys
import tokenize
from pathlib import Path

import PySide6  # noqa: F401  (its import check must be in place)
import pytest

from stretchdesk import source_lines


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> object:
    """PySide6's feature module, with its check put back after the test."""
    module = sys.modules[source_lines.FEATURE_MODULE]
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)
    return module


def import_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                text: str) -> object:
    (tmp_path / f"{name}.py").write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    # An import statement (PySide6 hooks `__import__`, which importlib.import_module skips).
    try:
        return __import__(name)
    finally:
        sys.modules.pop(name, None)


def test_a_module_imported_after_pyside6_is_checked_without_tokenizing_or_keeping_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, feature: object
) -> None:
    assert source_lines.forget_module_sources()
    assert source_lines.forget_module_sources()  # a second call changes nothing
    opened: list[object] = []
    real_open = tokenize.open
    monkeypatch.setattr(tokenize, "open", lambda f: opened.append(f) or real_open(f))
    imported = import_file(tmp_path, monkeypatch, "uses_qt_here",
                           "from PySide6 import QtCore\nVALUE = 1\n")
    assert imported.VALUE == 1  # type: ignore[attr-defined]
    module_file = str(tmp_path / "uses_qt_here.py")
    assert opened == []  # inspect would have tokenized the file
    assert module_file not in linecache.cache
    assert linecache.getline(module_file, 2) == "VALUE = 1\n"  # tracebacks still read it
    table = feature.pyside_feature_dict  # type: ignore[attr-defined]
    assert table["uses_qt_here"] == 0  # uses PySide: "no feature", as PySide6 decides
    import_file(tmp_path, monkeypatch, "plain_here", "VALUE = 2\n")
    assert table["plain_here"] == -1  # does not: "ignore this module"


def test_the_cheap_check_answers_as_pyside6s_own_for_every_module_loaded(
    feature: object
) -> None:
    own = feature._mod_uses_pyside  # type: ignore[attr-defined]
    own = getattr(own, "__wrapped__", own)
    modules = [m for name, m in sorted(sys.modules.items())
               if name.startswith(("stretchdesk", "PySide6", "json", "enum", "pathlib"))]
    assert len(modules) > 20
    for module in modules:
        assert source_lines.uses_pyside(module, own) == own(module), module.__name__
    linecache.clearcache()
