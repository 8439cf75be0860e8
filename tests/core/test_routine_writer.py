"""A routine written by the app reads back, through the loader, as the same routine."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Routine, RoutineItem, SideOrder
from stretchdesk.core.routine_writer import MAX_ID_CHARS, copy_name, routine_yaml, unique_id
from stretchdesk.core.schema import ID_PATTERN, parse_routine
from stretchdesk.core.yaml_source import parse_document


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(paths.data_dir())


def read_back(routine: Routine, library: Library) -> Routine:
    text = routine_yaml(routine)
    return replace(parse_routine(parse_document("x.yaml", text), set(library.stretches)),
                   source_file="", user=False)


def test_every_shipped_routine_reads_back_the_same(library: Library) -> None:
    for routine in library.routines.values():
        assert read_back(routine, library) == replace(routine, source_file="")


@pytest.mark.parametrize("name", [
    "yes", "no", "null", "~", "123", "1e3", "0x1F", "2024-01-01", "- dash", "key: value",
    "# not a comment", "!tag", "&anchor", "*alias", "'quoted'", '"double"', "[list]", "{map}",
    "%percent", "@at", "`tick", "tab\there", "Évening — back & hips ✓", "trailing:",
    "a\u0085b", "a\u2028b", "zero\u200bwidth", "emoji 🧘",
])
def test_names_yaml_would_change_are_written_so_they_keep(name: str, library: Library) -> None:
    routine = Routine("mine", name, f"Purpose: {name}",
                      (RoutineItem("cat-cow", 12.5, 3), RoutineItem("pelvic-tilt")),
                      user=False)
    assert read_back(routine, library) == routine


def test_only_the_overrides_an_item_has_are_written(library: Library) -> None:
    routine = Routine("mine", "Mine", "Testing.", (
        RoutineItem("single-knee-to-chest", 30, None, SideOrder.ONE_SIDE_FIRST),
        RoutineItem("cat-cow"),
    ), needs=("floor",))
    text = routine_yaml(routine)
    assert "hold_seconds: 30\n" in text  # whole seconds without ".0"
    assert "side_order: one-side-first" in text
    assert text.count("reps") == 0
    assert read_back(routine, library) == routine


@pytest.mark.parametrize(("name", "taken", "expected"), [
    ("Evening: back & hips!", set(), "evening-back-hips"),
    ("Évening back", set(), "evening-back"),
    ("Evening back", {"evening-back"}, "evening-back-2"),
    ("Evening back", {"evening-back", "evening-back-2"}, "evening-back-3"),
    ("!!!", set(), "routine"),
    ("ストレッチ", {"routine"}, "routine-2"),
    ("x" * 100, set(), "x" * MAX_ID_CHARS),
    ("x" * 100, {"x" * MAX_ID_CHARS}, "x" * (MAX_ID_CHARS - 2) + "-2"),
])
def test_ids_come_from_names_and_stay_unique(name: str, taken: set[str], expected: str) -> None:
    made = unique_id(name, taken)
    assert made == expected
    assert ID_PATTERN.match(made) and len(made) <= MAX_ID_CHARS


def test_a_copy_gets_a_name_no_routine_has() -> None:
    assert copy_name("Desk break", ["Desk break"]) == "Desk break (copy)"
    assert copy_name("Desk break", ["desk break (COPY)", "Desk break"]) == "Desk break (copy 2)"


def test_the_routine_file_schema_accepts_what_the_writer_writes(tmp_path: Path,
                                                                library: Library) -> None:
    routine = Routine("written", "Written", "By the writer.", (RoutineItem("cat-cow", 20, 2),))
    (tmp_path / "written.yaml").write_text(routine_yaml(routine), encoding="utf-8")
    loaded = load_library(paths.data_dir(), [tmp_path])
    assert loaded.problems == []
    assert replace(loaded.routines["written"], source_file="", user=False) == routine
