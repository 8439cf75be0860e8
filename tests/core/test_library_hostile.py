"""A routine folder full of files made to hurt the loader: each is named, none hides the rest."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from stretchdesk.core import library
from stretchdesk.core.errors import UnexpectedFileError
from stretchdesk.core.library import LibraryError, load_library
from stretchdesk.core.limits import MAX_FOLDER_FILES, MAX_ROUTINE_ITEMS
from tests.core.factory import make_data, routine_text, write
from tests.core.hostile_files import ENCODINGS, GOOD, fill


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path, dict[Path, str]]:
    """A data folder, and a routine folder of hostile files beside good ones."""
    data = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    expected = fill(mine, tmp_path / "outside")
    write(mine / "good.yaml", GOOD)
    return data, mine, expected


def test_every_good_routine_loads_and_every_bad_file_is_named(
    hostile: tuple[Path, Path, dict[Path, str]],
) -> None:
    data, mine, expected = hostile
    tracemalloc.start()
    try:
        lib = load_library(data, extra_dirs=[mine])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    mine_loaded = {rid for rid, r in lib.routines.items() if r.user}
    assert mine_loaded == {"good", *ENCODINGS}
    assert lib.routines["utf-16-be"].name == "Café routine utf-16-be"
    problems = {p.file: p for p in lib.problems}
    assert set(problems) == {str(path) for path in expected}
    for path, words in expected.items():
        assert words in str(problems[str(path)]), (path.name, str(problems[str(path)]))
        assert not isinstance(problems[str(path)], UnexpectedFileError)
    assert not any("the-secret-words" in str(p) for p in lib.problems)
    assert peak < 50_000_000  # no file was read or expanded whole


def test_a_file_can_be_a_link_to_a_yaml_file_elsewhere(tmp_path: Path) -> None:
    data = make_data(tmp_path / "data")
    shared = write(tmp_path / "dotfiles" / "evening.yaml", routine_text("evening", "rocking"))
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "evening.yaml").symlink_to(shared)
    assert load_library(data, extra_dirs=[mine]).routines["evening"].user


def test_a_fault_of_ours_in_one_file_is_that_files_problem_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    write(mine / "a.yaml", routine_text("a", "both-knees"))
    broken = write(mine / "b.yaml", routine_text("b", "both-knees"))
    write(mine / "c.yaml", routine_text("c", "both-knees"))
    real = library.parse_routine

    def faulty(doc: library.Document, known: set[str] | None = None) -> library.Routine:
        if doc.file == str(broken):
            raise ZeroDivisionError("a bug in StretchDesk")
        return real(doc, known)

    monkeypatch.setattr(library, "parse_routine", faulty)
    lib = load_library(data, extra_dirs=[mine])
    assert {"a", "c"} <= set(lib.routines)
    [problem] = lib.problems
    assert isinstance(problem, UnexpectedFileError) and problem.file == str(broken)
    assert "fault in StretchDesk (ZeroDivisionError)" in problem.message


def test_a_folder_of_too_many_files_is_read_up_to_the_limit(tmp_path: Path) -> None:
    data = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    mine.mkdir()
    text = routine_text("r{n}", "both-knees")
    for n in range(MAX_FOLDER_FILES + 2):
        (mine / f"r{n:04d}.yaml").write_text(text.replace("r{n}", f"r{n}"))
    lib = load_library(data, extra_dirs=[mine])
    assert sum(r.user for r in lib.routines.values()) == MAX_FOLDER_FILES
    [problem] = lib.problems
    assert problem.file == str(mine)
    assert f"reads the first {MAX_FOLDER_FILES} by name" in problem.message


def test_a_shipped_routine_over_the_limits_is_refused_too(tmp_path: Path) -> None:
    data = make_data(tmp_path / "data")
    write(data / "routines" / "long.yaml",
          routine_text("long", *["both-knees"] * (MAX_ROUTINE_ITEMS + 1)))
    with pytest.raises(LibraryError, match="a routine has at most"):
        load_library(data)


def test_an_alias_in_a_good_file_still_loads_with_its_lines(tmp_path: Path) -> None:
    data = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    write(mine / "twice.yaml", (
        "id: twice\nname: Twice\npurpose: Both knees, twice.\n"
        "items:\n  - &knees {stretch: both-knees, hold_seconds: 20}\n  - *knees\n"
        "  - {stretch: both-knees, hold_seconds: 3}\n"))
    lib = load_library(data, extra_dirs=[mine])
    [problem] = lib.problems
    assert (problem.line, problem.field) == (7, "routines[twice].items[2].hold_seconds")
    write(mine / "twice.yaml", (
        "id: twice\nname: Twice\npurpose: Both knees, twice.\n"
        "items:\n  - &knees {stretch: both-knees, hold_seconds: 20}\n  - *knees\n"))
    assert [i.hold_seconds for i in load_library(data, [mine]).routines["twice"].items] == [20, 20]
