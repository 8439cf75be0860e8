"""PySide6's per-module check no longer leaves each module's source lines in linecache."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import PySide6  # noqa: F401  (its import check must be in place)
import pytest

from stretchdesk import source_lines


def test_a_module_imported_after_pyside6_leaves_no_source_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules[source_lines.FEATURE_MODULE]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back after
    seen: list[str] = []
    check = feature._mod_uses_pyside

    def watched(module: object) -> bool:
        seen.append(getattr(module, "__name__", ""))
        return bool(check(module))

    monkeypatch.setattr(feature, "_mod_uses_pyside", watched)
    assert source_lines.forget_module_sources()
    assert source_lines.forget_module_sources()  # a second call changes nothing
    module_file = tmp_path / "uses_qt_here.py"
    module_file.write_text("from PySide6 import QtCore\nVALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    # An import statement (PySide6 hooks `__import__`, which importlib.import_module skips).
    imported = __import__("uses_qt_here")
    assert imported.VALUE == 1
    assert "uses_qt_here" in seen  # PySide6 still looked at it ...
    assert str(module_file) not in linecache.cache  # ... and what it read is gone
    assert linecache.getline(str(module_file), 2) == "VALUE = 1\n"  # tracebacks still read it
    sys.modules.pop("uses_qt_here", None)
