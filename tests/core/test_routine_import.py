"""Sharing routines: the export file, and importing it (or a plain routine file) with
`stretchdesk --import`; malformed and hostile files are refused and change nothing."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Routine, RoutineItem, SideOrder
from stretchdesk.core.routine_exchange import (
    FORMAT_KEY,
    FORMAT_VERSION,
    export_name,
    export_text,
    read_shared_routine,
)
from stretchdesk.core.routine_writer import routine_yaml
from stretchdesk.import_command import import_file
from tests.conftest import REPO
from tests.core.factory import write

SHARED = Routine("evening-back", "Evening back", "Loosen up before bed.", (
    RoutineItem("single-knee-to-chest", 25, 2, SideOrder.ONE_SIDE_FIRST),
    RoutineItem("cat-cow"),
), needs=("floor",))


@pytest.fixture(scope="module")
def shipped() -> Library:
    return load_library(paths.data_dir())


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's folders for this test only."""
    monkeypatch.setenv("STRETCHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STRETCHDESK_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


def run_import(file: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = import_file(str(file), out, err)
    return status, out.getvalue(), err.getvalue()


def folder_files(home: Path) -> dict[str, bytes]:
    folder = home / "data" / "routines"
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def test_an_export_holds_the_routine_under_a_format_version(tmp_path: Path,
                                                            shipped: Library) -> None:
    text = export_text(SHARED)
    assert f"{FORMAT_KEY}: {FORMAT_VERSION}\n" in text and "\nroutine:\n" in text
    assert export_name(SHARED) == "evening-back.stretchdesk.yaml"
    path = write(tmp_path / export_name(SHARED), text)
    shared = read_shared_routine(path, shipped.stretches)
    assert (shared.routine, shared.format_version) == (SHARED, FORMAT_VERSION)


def test_a_plain_routine_file_is_read_too(tmp_path: Path, shipped: Library) -> None:
    path = write(tmp_path / "plain.yaml", routine_yaml(SHARED))
    shared = read_shared_routine(path, shipped.stretches)
    assert (shared.routine, shared.format_version) == (SHARED, None)


def test_import_adds_the_routine_and_says_what_it_imported(home: Path) -> None:
    path = write(home / "evening-back.stretchdesk.yaml", export_text(SHARED))
    status, out, err = run_import(path)
    assert (status, err) == (0, "")
    assert out.startswith("Imported “Evening back” (id evening-back): 2 stretches "
                          "(Single knee to chest, Cat-cow); ")
    assert "beginner" in out and "intermediate" in out and "advanced" in out
    saved = home / "data" / "routines" / "evening-back.yaml"
    assert f"Saved in {saved}" in out
    mine = load_library(paths.data_dir(), [saved.parent]).routines["evening-back"]
    assert replace(mine, source_file="", user=False) == SHARED


def test_import_of_a_taken_id_comes_in_as_a_copy_and_replaces_nothing(home: Path) -> None:
    preset = load_library(paths.data_dir()).routines["desk-break"]
    path = write(home / "desk.yaml", Path(preset.source_file).read_text(encoding="utf-8"))
    status, out, _ = run_import(path)
    assert status == 0
    assert "Imported “Desk break (copy)” (id desk-break-copy) as a copy (the id " in out
    assert Path(preset.source_file).read_text(encoding="utf-8") == path.read_text("utf-8")
    status, out, _ = run_import(path)
    assert status == 0 and "(id desk-break-copy-2)" in out


def bomb(levels: int, width: int) -> str:
    """A flow list whose aliases expand to width**levels values ("billion laughs")."""
    parts = [f"&b0 [{', '.join(['x'] * width)}]"]
    parts += [f"&b{n} [{', '.join([f'*b{n - 1}'] * width)}]" for n in range(1, levels)]
    return "[" + ", ".join(parts) + "]"


ROUTINE = "id: shared\nname: Shared\npurpose: Testing.\nitems:\n  - stretch: cat-cow\n"
REFUSED: dict[str, tuple[bytes, str]] = {
    "newer format": (f"{FORMAT_KEY}: {FORMAT_VERSION + 1}\nroutine:\n  id: x\n".encode(),
                     "made by a newer StretchDesk"),
    "format not a number": (f"{FORMAT_KEY}: one\nroutine: {{}}\n".encode(),
                            f"{FORMAT_KEY}: is 'one'"),
    "no routine inside": (f"{FORMAT_KEY}: 1\n".encode(), "routine: is missing"),
    "unknown wrapper field": (f"{FORMAT_KEY}: 1\nroutine: {{}}\nextra: 1\n".encode(),
                              "extra: is not a known field"),
    "unknown stretch": (ROUTINE.replace("cat-cow", "cat-dog").encode(),
                        "no stretch has the id 'cat-dog'"),
    "hold out of range": ((ROUTINE + "    hold_seconds: 100000\n").encode(),
                          "items[0].hold_seconds: is 100000 seconds"),
    "no items": (b"id: shared\nname: Shared\npurpose: Testing.\nitems: []\n", "items:"),
    "a list, not a routine": (b"- a\n- b\n", "the file holds a list"),
    "empty": (b"# nothing here\n", "the file is empty"),
    "not YAML": (b"id: [unclosed\n", "not valid YAML"),
    "not UTF-8": (b"id: \xff\xfe\x00x\n", ""),
    "python tag": (b"id: !!python/object/apply:os.system ['touch /tmp/pwned']\n", "python"),
    "unknown tag": (ROUTINE.replace("Shared", "!secret Shared").encode(), "secret"),
    "recursive alias": (b"id: &a [*a]\n", ""),
    "alias bomb": (ROUTINE.replace("Testing.", bomb(5, 10)).encode(), ""),
    "huge": (ROUTINE.encode() + b"#" * 1_200_000 + b"\n", "larger than"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_bad_or_hostile_file_is_refused_with_the_reason_and_nothing_changes(
    home: Path, case: str,
) -> None:
    data, reason = REFUSED[case]
    path = home / "shared.stretchdesk.yaml"
    path.write_bytes(data)
    write(home / "data" / "routines" / "kept.yaml", routine_yaml(replace(SHARED, id="kept")))
    before = folder_files(home)
    status, out, err = run_import(path)
    assert (status, out) == (1, "")
    assert err.startswith(f"stretchdesk: {path} was not imported, and nothing was changed.\n")
    assert str(path) in err.splitlines()[1]  # the reason names the file (and line, field)
    assert reason in err
    assert folder_files(home) == before
    assert not Path("/tmp/pwned").exists()
    with pytest.raises(LibraryError):
        read_shared_routine(path, load_library(paths.data_dir()).stretches)


def test_the_command_exits_0_or_1(tmp_path: Path) -> None:
    env = {**os.environ, "STRETCHDESK_DATA_DIR": str(tmp_path / "data"),
           "STRETCHDESK_CONFIG_DIR": str(tmp_path / "config"), "PYTHONPATH": str(REPO)}
    good = write(tmp_path / "good.stretchdesk.yaml", export_text(SHARED))
    bad = write(tmp_path / "bad.yaml", ROUTINE.replace("cat-cow", "cat-dog"))
    command = [sys.executable, "-m", "stretchdesk", "--import"]
    done = subprocess.run([*command, str(good)], env=env, capture_output=True, text=True,
                          timeout=60, cwd=REPO)
    assert (done.returncode, done.stderr) == (0, "")
    assert "Imported “Evening back”" in done.stdout
    refused = subprocess.run([*command, str(bad)], env=env, capture_output=True, text=True,
                             timeout=60, cwd=REPO)
    assert (refused.returncode, refused.stdout) == (1, "")
    assert "no stretch has the id 'cat-dog'" in refused.stderr
    assert sorted(p.name for p in (tmp_path / "data" / "routines").iterdir()) == [
        "evening-back.yaml"]
