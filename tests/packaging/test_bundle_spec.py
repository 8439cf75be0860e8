"""What the bundle's spec (packaging/stretchdesk.spec) takes along, read without building it.

The spec is run with stand-ins for PyInstaller's classes, so these checks take a moment
where `make dist-test` takes minutes: the interface's translations go where
ui/translation.py looks for them, and of Qt's own only the base strings of the languages
the app speaks.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tests.packaging.helpers import REPO

SPEC = REPO / "packaging" / "stretchdesk.spec"
QT_TRANSLATIONS = "PySide6/Qt/translations"


class FakeAnalysis:
    """Records what the spec asks PyInstaller to collect; `found` stands for what its
    hooks would add (TOC entries: destination, source, kind)."""

    found: ClassVar[list[tuple[str, str, str]]] = []

    def __init__(self, scripts: list[str], **options: Any) -> None:
        self.options = options
        self.binaries: list[tuple[str, str, str]] = []
        self.datas = [*options["datas"], *self.found]
        self.pure: list[object] = []
        self.scripts = scripts


def run_spec(monkeypatch: pytest.MonkeyPatch, found: list[tuple[str, str, str]]) -> FakeAnalysis:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: [name]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(FakeAnalysis, "found", found)
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent), "Analysis": FakeAnalysis,
        "PYZ": lambda *args, **kwargs: None, "EXE": lambda *args, **kwargs: None,
        "COLLECT": lambda *args, **kwargs: None,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    analysis = namespace["analysis"]
    assert isinstance(analysis, FakeAnalysis)
    return analysis


def languages() -> set[str]:
    return {ts.stem.rsplit("_", 1)[1] for ts in (REPO / "translations").glob("*_*.ts")}


def test_the_app_translations_go_beside_the_package_code(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = run_spec(monkeypatch, [])
    assert (str(REPO / "stretchdesk" / "translations"), "stretchdesk/translations") in (
        analysis.datas)


def test_only_qts_base_strings_of_the_apps_languages_come_along(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "fr" in languages()
    offered = [(f"{QT_TRANSLATIONS}/{name}", f"/qt/{name}", "DATA") for name in (
        "qtbase_fr.qm", "qtbase_de.qm", "qt_fr.qm", "qtmultimedia_fr.qm", "qtbase_ja.qm")]
    analysis = run_spec(monkeypatch, offered)
    kept = {Path(entry[0]).name for entry in analysis.datas if QT_TRANSLATIONS in entry[0]}
    assert kept == {f"qtbase_{code}.qm" for code in languages()} & {
        Path(entry[0]).name for entry in offered}
