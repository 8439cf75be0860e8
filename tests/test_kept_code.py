"""What the caches kept while PySide loads share (stretchdesk/kept_code.py)."""

from __future__ import annotations

import builtins
import re._compiler as re_compiler
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from stretchdesk import pattern_code, support_code


@pytest.mark.parametrize(("owner", "name", "keeping"), [
    (builtins, "compile", support_code.kept_while_importing),  # the built-in compile
    (re_compiler, "compile", pattern_code.kept_while_importing),  # re's own compile step
])
def test_the_usual_compile_is_back_even_when_the_import_fails(
        tmp_path: Path, owner: object, name: str,
        keeping: Callable[[Path], AbstractContextManager[object]]) -> None:
    usual = getattr(owner, name)
    with pytest.raises(ImportError), keeping(tmp_path / "cache"):
        assert getattr(owner, name) is not usual
        raise ImportError("no PySide here")
    assert getattr(owner, name) is usual
