"""Shared cautions: defined once, named by id, merged and grouped before a routine."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.cautions import (
    caution_count,
    caution_groups,
    position_notes,
    routine_cautions,
)
from stretchdesk.core.library import LibraryError, load_library
from tests.core.factory import ONE_SIDED, TWO_SIDED, make_data, routine_text, write

BOOK = """\
groups:
  ask-first:
    heading: Ask first if…
    sentence: Ask first if {}.
  stop-if:
    heading: Stop if…
    sentence: Stop if {}.
  take-care:
    heading: Take care
    sentence: "{}"
cautions:
  discs:
    group: ask-first
    text: you have a bulging disc
  sharp:
    group: stop-if
    text: it hurts
  on-back:
    group: take-care
    positions: [supine]
    text: Lying on the back is not for everyone.
"""


def with_cautions(text: str, cautions: str) -> str:
    return text + f"cautions: {cautions}\n"


def data_with_book(root: Path, both: str = "[discs, sharp]",
                   side: str = "[sharp, Mind the knee.]", book: str = BOOK) -> Path:
    make_data(root)
    write(root / "cautions.yaml", book)
    write(root / "stretches" / "both-knees.yaml", with_cautions(TWO_SIDED, both))
    write(root / "stretches" / "side-reach.yaml",
          with_cautions(ONE_SIDED.format(order="alternate"), side))
    return root


def test_ids_become_sentences_and_position_cautions_are_added(tmp_path: Path) -> None:
    lib = load_library(data_with_book(tmp_path))
    both = lib.stretches["both-knees"]
    assert both.caution_ids == ("discs", "sharp", "on-back")
    assert both.cautions == ("Ask first if you have a bulging disc.", "Stop if it hurts.",
                             "Lying on the back is not for everyone.")
    side = lib.stretches["side-reach"]
    assert side.caution_ids == ("sharp", "on-back")
    assert side.cautions[1] == "Mind the knee."  # a stretch's own sentence stays its own


def test_a_routine_lists_each_caution_once_grouped_by_kind(tmp_path: Path) -> None:
    lib = load_library(data_with_book(tmp_path))
    routine = lib.routines["mixed"]  # side-reach, then both-knees
    assert caution_groups(routine, lib) == [
        ("Ask first if…", ["you have a bulging disc"]),
        ("Stop if…", ["it hurts"]),
        ("Take care", ["Lying on the back is not for everyone.", "Mind the knee."]),
    ]
    assert caution_count(routine, lib) == 4
    assert len(routine_cautions(routine, lib)) == 4


def test_without_a_book_own_sentences_are_grouped_under_take_care(tmp_path: Path) -> None:
    root = make_data(tmp_path)
    write(root / "stretches" / "both-knees.yaml", with_cautions(TWO_SIDED, "[Go slowly.]"))
    lib = load_library(root)
    assert caution_groups(lib.routines["mixed"], lib) == [("Take care", ["Go slowly."])]


def test_an_unknown_caution_id_names_file_line_and_field(tmp_path: Path) -> None:
    root = data_with_book(tmp_path, both="[discs, dizzy]")
    with pytest.raises(LibraryError) as info:
        load_library(root)
    err = info.value
    assert err.file.endswith("both-knees.yaml")
    assert err.field == "stretches[both-knees].cautions[1]"
    assert err.line == TWO_SIDED.count("\n") + 1  # the cautions line, after the rest
    assert "'dizzy'" in err.message and "discs" in err.message


def test_a_caution_listed_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="listed twice"):
        load_library(data_with_book(tmp_path, both="[sharp, sharp]"))


@pytest.mark.parametrize(("old", "new", "field"), [
    ("    group: stop-if\n", "    group: later\n", "caution-book.cautions.sharp.group"),
    ("    sentence: Stop if {}.\n", "    sentence: Stop.\n",
     "caution-book.groups.stop-if.sentence"),
    ("    positions: [supine]\n", "    positions: [upside-down]\n",
     "caution-book.cautions.on-back.positions[0]"),
    ("    text: it hurts\n", "    text: it hurts\n    colour: red\n",
     "caution-book.cautions.sharp.colour"),
])
def test_a_bad_caution_book_names_the_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    root = data_with_book(tmp_path, book=BOOK.replace(old, new))
    with pytest.raises(LibraryError) as info:
        load_library(root)
    assert info.value.field == field
    assert info.value.file.endswith("cautions.yaml") and info.value.line > 0


def test_routine_files_are_unaffected_by_the_book(tmp_path: Path) -> None:
    root = data_with_book(tmp_path)
    write(root / "routines" / "other.yaml", routine_text("other", "both-knees"))
    assert set(load_library(root).routines) == {"mixed", "other"}


def test_position_notes_come_only_with_a_routine_that_uses_the_position(
    tmp_path: Path
) -> None:
    root = data_with_book(tmp_path)
    write(root / "stretches" / "stand-tall.yaml", TWO_SIDED.replace(
        "id: both-knees", "id: stand-tall").replace("position: supine", "position: standing"))
    write(root / "routines" / "standing.yaml", routine_text("standing", "stand-tall"))
    lib = load_library(root)
    on_back = "Lying on the back is not for everyone."
    assert position_notes([lib.routines["mixed"]], lib) == [on_back]
    assert position_notes([lib.routines["standing"]], lib) == []
    assert position_notes(lib.routines.values(), lib) == [on_back]  # each once
