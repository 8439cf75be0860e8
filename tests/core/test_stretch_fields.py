"""The optional stretch fields issue 14 adds: kinds of modification, the first level a
stretch belongs to, reasons for the project's own choices, and lying face down."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.library import LibraryError, load_library
from stretchdesk.core.model import Level, Library, ModificationKind, Position
from tests.core.factory import TWO_SIDED, make_data, routine_text, write

EXTRA = """\
from_level: intermediate
project_choice:
  reps: No page gives a count, so two is the project's own choice.
modifications:
  - kind: easier
    when: It is too much
    do: Do less.
  - kind: harder
    when: It is easy
    do: Do more.
  - when: Knees hurt
    do: Pad them.
"""


def load_with(tmp_path: Path, text: str) -> Library:
    root = make_data(tmp_path)
    write(root / "stretches" / "both-knees.yaml", text)
    return load_library(root)


def test_optional_fields_are_read(tmp_path: Path) -> None:
    lib = load_with(tmp_path, TWO_SIDED + EXTRA)
    stretch = lib.stretches["both-knees"]
    assert stretch.from_level is Level.INTERMEDIATE
    assert stretch.project_choice == {
        "reps": "No page gives a count, so two is the project's own choice."}
    kinds = [m.kind for m in stretch.modifications]
    assert kinds == [ModificationKind.EASIER, ModificationKind.HARDER, ModificationKind.ADAPT]
    assert [m.do for m in stretch.modifications_of(ModificationKind.HARDER)] == ["Do more."]


def test_defaults_when_the_fields_are_absent(tmp_path: Path) -> None:
    stretch = load_with(tmp_path, TWO_SIDED).stretches["both-knees"]
    assert stretch.from_level is Level.BEGINNER
    assert stretch.project_choice == {}


@pytest.mark.parametrize(("old", "new", "field"), [
    ("from_level: intermediate", "from_level: expert", "stretches[both-knees].from_level"),
    ("  reps: No page", "  colour: No page", "stretches[both-knees].project_choice.colour"),
    ("  - kind: easier", "  - kind: sideways", "stretches[both-knees].modifications[0].kind"),
])
def test_bad_values_name_the_field(tmp_path: Path, old: str, new: str, field: str) -> None:
    with pytest.raises(LibraryError) as info:
        load_with(tmp_path, TWO_SIDED + EXTRA.replace(old, new))
    assert info.value.field == field
    assert info.value.line > 0


def test_prone_is_a_floor_position_and_bed_a_routine_need(tmp_path: Path) -> None:
    text = TWO_SIDED.replace("position: supine", "position: prone")
    root = make_data(tmp_path)
    write(root / "stretches" / "both-knees.yaml", text)
    write(root / "routines" / "bed.yaml",
          routine_text("bed", "both-knees").replace("items:", "needs: [bed]\nitems:"))
    lib = load_library(root)
    assert lib.stretches["both-knees"].position is Position.PRONE
    assert Position.PRONE.needs_floor and Position.PRONE.lying
    assert not Position.KNEELING.lying
    assert lib.routines["bed"].needs == ("bed",)
