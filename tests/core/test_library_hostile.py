"""A routine folder full of files made to hurt the loader: each is named, none hides the rest."""

from __future__ import annotations

import codecs
import os
import tracemalloc
from pathlib import Path

import pytest

from stretchdesk.core import library
from stretchdesk.core.errors import UnexpectedFileError
from stretchdesk.core.library import LibraryError, load_library
from stretchdesk.core.limits import (
    MAX_FOLDER_FILES,
    MAX_NAME_CHARS,
    MAX_ROUTINE_ITEMS,
    MAX_VALUES,
)
from tests.core.factory import make_data, routine_text, write

GOOD = routine_text("good", "both-knees", "side-reach")


def alias_bomb(levels: int, width: int = 10) -> str:
    """A routine whose `purpose` expands to width**levels values through aliases."""
    lines = ["id: bomb", "name: Bomb", "items: [{stretch: both-knees}]",
             f"a0: &a0 [{', '.join(['x'] * width)}]"]
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]")
    lines.append(f"purpose: *a{levels - 1}")
    return "\n".join(lines) + "\n"


# What each file holds, and words its problem must contain.
HOSTILE_TEXTS: dict[str, tuple[str | bytes, str]] = {
    "bool-tag": ("id: x\nname: !!bool maybe\n", "'maybe' is marked as yes/no (!!bool)"),
    "timestamp-tag": ("id: x\nname: !!timestamp x\n", "'x' is not a real date"),
    "int-tag": ("id: x\nname: !!int x\n", "'x' is marked as a whole number (!!int)"),
    "float-tag": ("id: x\nname: !!float x\n", "'x' is marked as a number (!!float)"),
    "no-such-date": ("id: x\npurpose: 2001-13-45\n", "'2001-13-45' is not a real date"),
    "python-tag": ("id: x\nname: !!python/object/apply:os.system [ls]\n",
                   "contains the tag !!python/object/apply:os.system"),
    "309-digits": (GOOD.replace("both-knees", "{stretch: both-knees, hold_seconds: "
                                + "9" * 309 + "}", 1), "this number is 309 characters long"),
    "4301-digits": ("id: x\nname: " + "7" * 4301 + "\n", "this number is 4301 characters long"),
    "hex-digits": ("id: x\nname: 0x" + "f" * 40 + "\n", "this number is 42 characters long"),
    "sexagesimal": ("id: x\nname: " + ":".join(["1"] * 2000) + "\n", "characters long"),
    "alias-bomb": (alias_bomb(7), f"expand to more than {MAX_VALUES:,} values"),
    "billion-laughs": (alias_bomb(9, 9), f"expand to more than {MAX_VALUES:,} values"),
    "recursive-alias": ("id: x\nitems: &i [*i]\n", "a value refers to itself"),
    "deep": ("id: x\nname: " + "[" * 40 + "]" * 40 + "\n", "nested more than 32 levels"),
    "latin-1": ("id: x\nname: Caf\xe9\n".encode("latin-1"), "byte 0xE9 (byte 15)"),
    "nul-bytes": (b"id: x\x00\nname: y\n", "U+0000 is not allowed"),
    "utf-16-odd": (codecs.BOM_UTF16_LE + b"i\x00d\x00:", "not valid UTF-16"),
    "too-many-items": (routine_text("long", *["both-knees"] * (MAX_ROUTINE_ITEMS + 1)),
                       f"lists {MAX_ROUTINE_ITEMS + 1} stretches; a routine has at most"),
    "too-long-to-hold": (routine_text("marathon", *[
        "{stretch: side-reach, reps: 20, hold_seconds: 300}"] * 2),
        "would be held for up to 6 h 40 min in all; a routine holds for at most 2 hours"),
    "long-name": (GOOD.replace("name: Routine good", "name: " + "N" * (MAX_NAME_CHARS + 1)),
                  f"is {MAX_NAME_CHARS + 1} characters long; keep it to {MAX_NAME_CHARS}"),
    "empty": ("", "the file is empty"),
}

# Encodings YAML allows (byte order mark, codec): a routine in each must load.
ENCODINGS = {
    "utf-8-bom": (codecs.BOM_UTF8, "utf-8"),
    "utf-16-le-bom": (codecs.BOM_UTF16_LE, "utf-16-le"),
    "utf-16-be-bom": (codecs.BOM_UTF16_BE, "utf-16-be"),
    "utf-16-le": (b"", "utf-16-le"),
    "utf-16-be": (b"", "utf-16-be"),
    "utf-32-le-bom": (codecs.BOM_UTF32_LE, "utf-32-le"),
    "utf-32-be": (b"", "utf-32-be"),
}


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path, dict[Path, str]]:
    """A data folder, and a routine folder of hostile files beside good ones."""
    data = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    mine.mkdir()
    expected: dict[Path, str] = {}
    for name, (content, words) in HOSTILE_TEXTS.items():
        path = mine / f"{name}.yaml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        expected[path] = words
    for name, (mark, codec) in ENCODINGS.items():
        text = routine_text(name, "both-knees").replace("Routine", "Café routine")
        (mine / f"{name}.yaml").write_bytes(mark + text.encode(codec))
    write(mine / "good.yaml", GOOD)
    secret = tmp_path / "private.txt"
    secret.write_text("id: the-secret-words\n")
    big = tmp_path / "big.yaml"
    with big.open("wb") as f:
        f.truncate(1_200_000_000)  # sparse
    os.mkfifo(mine / "pipe.yaml")
    (mine / "folder.yaml").mkdir()
    links = {
        "to-dev-zero": (Path("/dev/zero"), "is a device, not a file StretchDesk can read"),
        "to-private": (secret, f"is a link to {secret}, which is not a .yaml file"),
        "to-big": (big, "is 1.2 GB, larger than the 100 kB StretchDesk reads"),
        "to-nothing": (tmp_path / "gone.yaml", "which does not exist"),
    }
    for name, (target, words) in links.items():
        (mine / f"{name}.yaml").symlink_to(target)
        expected[mine / f"{name}.yaml"] = words
    expected[mine / "pipe.yaml"] = "is a named pipe, not a file StretchDesk can read"
    expected[mine / "folder.yaml"] = "is a folder, not a file StretchDesk can read"
    (mine / ".hidden.yaml").write_text("id: [broken\n")  # an editor's file: not ours
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
