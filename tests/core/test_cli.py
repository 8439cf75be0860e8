"""`stretchdesk --list` and `--check`: the window-free commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.app import main
from stretchdesk.core.library import load_library
from stretchdesk.core.settings import Level, Settings
from stretchdesk.core.timeline import build_timeline
from stretchdesk.core.words import format_duration
from tests.core.factory import TWO_SIDED, routine_text, write


def test_list_prints_every_routine_with_its_duration(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list", "--level", "beginner"]) == 0
    out = capsys.readouterr().out
    lib = load_library(paths.data_dir())
    for routine in lib.routines.values():
        total = build_timeline(routine, lib, Settings(level=Level.BEGINNER)).total_seconds
        line = next(ln for ln in out.splitlines() if ln.split()[:1] == [routine.id])
        assert routine.name in line
        assert format_duration(total) in line


def test_list_shows_user_routines_and_their_problems(capsys: pytest.CaptureFixture[str]) -> None:
    mine = paths.user_routines_dir()
    write(mine / "my-stretch.yaml", routine_text("my-stretch", "cat-cow"))
    bad = write(mine / "broken.yaml", routine_text("broken", "no-such-stretch"))
    try:
        assert main(["--list"]) == 0
        captured = capsys.readouterr()
        assert "my-stretch" in captured.out and "(yours)" in captured.out
        assert str(bad) in captured.err and "no-such-stretch" in captured.err
    finally:
        for f in mine.iterdir():
            f.unlink()


def test_check_accepts_the_shipped_files(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in paths.data_dir().glob("*/*.yaml"))
    assert main(["--check", *files]) == 0
    assert capsys.readouterr().out.count(": ok") == len(files)


def test_check_reports_file_line_field_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "stretches" / "both-knees.yaml", TWO_SIDED)
    mine = write(tmp_path / "mine.yaml", routine_text("mine", "both-knees", "cat-cow"))
    bad = write(tmp_path / "bad.yaml",
                routine_text("bad", "{stretch: cat-cow, hold_seconds: 900}"))
    assert main(["--check", str(good), str(mine), str(bad)]) == 1
    captured = capsys.readouterr()
    assert f"{good}: ok" in captured.out and f"{mine}: ok" in captured.out
    assert f"{bad}:5: routines[bad].items[0].hold_seconds:" in captured.err
    assert "1 of 3 files have problems" in captured.err


def test_check_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", str(tmp_path / "nope.yaml")]) == 1
    assert "cannot read the file" in capsys.readouterr().err


def test_list_needs_no_display_and_no_qt() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    code = ("import sys, stretchdesk.app as a; r = a.main(['--list']); "
            "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(r)")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "morning-stiffness" in result.stdout


def test_list_follows_the_saved_level(capsys: pytest.CaptureFixture[str]) -> None:
    from stretchdesk.core.settings_store import SettingsStore

    store = SettingsStore(paths.config_dir(), lambda: 0.0)
    store.save(Settings(level=Level.ADVANCED))
    try:
        assert main(["--list"]) == 0
        assert "at advanced level" in capsys.readouterr().out
        assert main(["--list", "--level", "beginner"]) == 0
        assert "at beginner level" in capsys.readouterr().out
    finally:
        store.path.unlink()
