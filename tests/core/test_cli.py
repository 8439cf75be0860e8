"""`stretchdesk --list` and `--check`: the window-free commands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stretchdesk import cli, paths
from stretchdesk.app import main
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Routine
from stretchdesk.core.settings import Level, Settings
from stretchdesk.core.timeline import build_timeline
from stretchdesk.core.words import format_duration
from stretchdesk.core.yaml_source import Document
from tests.core.factory import TWO_SIDED, routine_text, write
from tests.core.hostile_files import fill


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
    assert "1 of 3 files has problems." in captured.err


def test_check_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", str(tmp_path / "nope.yaml")]) == 1
    assert "nope.yaml: the file does not exist" in capsys.readouterr().err


def test_check_tells_each_kind_by_its_keys_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stretch = write(tmp_path / "mine" / "knees.yaml", TWO_SIDED)
    routine = write(tmp_path / "mine" / "evening.yaml",
                    routine_text("evening", "both-knees") + "sides: one\n")
    settings = write(tmp_path / "mine" / "prefs.yaml", "version: 2\nlevel: beginner\n")
    assert main(["--check", str(stretch), str(routine), str(settings)]) == 1
    captured = capsys.readouterr()
    assert f"{stretch}: ok, a stretch file (it has 'sides')" in captured.out
    assert f"{settings}: ok, a settings file (it has 'version')" in captured.out
    # A routine with a stray `sides:` is still a routine, and the message says why.
    assert f"{routine}:6: routines[evening].sides: is not a known field" in captured.err
    assert "(checked as a routine file: it has 'items')" in captured.err


def test_check_reads_a_settings_file_as_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write(tmp_path / "settings.yaml", "version: 2\nvolume: loud\nlevel: beginner\n")
    assert main(["--check", str(settings)]) == 1
    err = capsys.readouterr().err
    assert f"{settings}: Volume should be a number, not 'loud'" in err
    assert "(checked as a settings file: it is named settings.yaml)" in err
    assert "routines[" not in err and "id is missing" not in err
    assert settings.read_text() == "version: 2\nvolume: loud\nlevel: beginner\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]


def test_check_says_when_it_cannot_tell_the_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = write(tmp_path / "odd.yaml", "colour: teal\n")
    assert main(["--check", str(odd)]) == 1
    assert "--check reads stretch, routine and settings files" in capsys.readouterr().err


def test_check_a_folder_checks_its_yaml_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "mine" / "a.yaml", routine_text("a", "cat-cow"))
    write(tmp_path / "mine" / "b.yaml", routine_text("b", "cat-cow"))
    write(tmp_path / "mine" / "notes.txt", "not YAML")
    assert main(["--check", str(tmp_path / "mine")]) == 0
    assert capsys.readouterr().out.count(": ok, a routine file") == 2


def test_check_a_python_tag_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "r.yaml", "id: r\nname: !!python/object/apply:os.system [ls]\n")
    assert main(["--check", str(bad)]) == 1
    assert (f"{bad}:2: the file contains the tag !!python/object/apply:os.system, a Python "
            "command; StretchDesk never runs tags like this") in capsys.readouterr().err


def test_a_fault_while_checking_one_file_exits_2_and_the_others_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write(tmp_path / "a.yaml", routine_text("a", "cat-cow"))
    broken = write(tmp_path / "b.yaml", routine_text("b", "cat-cow"))
    bad = write(tmp_path / "c.yaml", routine_text("c", "no-such-stretch"))
    last = write(tmp_path / "d.yaml", routine_text("d", "cat-cow"))
    real = cli.parse_routine

    def faulty(doc: Document, known: set[str] | None = None) -> Routine:
        if doc.file == str(broken):
            raise ZeroDivisionError("a bug")
        return real(doc, known)

    monkeypatch.setattr(cli, "parse_routine", faulty)
    assert main(["--check", str(first), str(broken), str(bad), str(last)]) == 2
    captured = capsys.readouterr()
    assert f"{first}: ok" in captured.out and f"{last}: ok" in captured.out
    assert (f"{broken}: StretchDesk could not read this file because of a fault in "
            "StretchDesk (ZeroDivisionError)") in captured.err
    assert f"{bad}:5: routines[c].items[0].stretch" in captured.err
    assert "2 of 4 files have problems." in captured.err


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


def test_list_survives_a_folder_of_hostile_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = paths.user_routines_dir()
    expected = fill(mine, tmp_path / "outside")
    write(mine / "mine.yaml", routine_text("mine", "cat-cow"))
    try:
        assert main(["--list"]) == 0
        captured = capsys.readouterr()
        assert "mine" in captured.out and "morning-stiffness" in captured.out
        for path in expected:
            assert f"skipped: {path}" in captured.err
        assert "Traceback" not in captured.err
    finally:
        shutil.rmtree(mine)
