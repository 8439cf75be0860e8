"""The guide to a stretch: what it works in plain words, tips, mistakes, versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import load_library
from stretchdesk.core.settings import Level
from stretchdesk.core.stretch_guide import load_muscle_areas, routine_overview, stretch_guide
from tests.core.factory import TWO_SIDED, make_data, write

GUIDED = TWO_SIDED.replace(
    "muscles: {primary: [Lower back]}",
    "muscles: {primary: [erector spinae, multifidus, gluteus maximus], secondary: [piriformis]}",
) + """\
from_level: advanced
tips: [Breathe out as you hug., Keep the head down.]
mistakes: [Lifting the head.]
modifications:
  - {kind: easier, when: Too much, do: One knee only.}
  - {kind: harder, when: Easy, do: Rock gently.}
  - {when: Knee pain, do: Hold the thighs.}
"""
AREAS = "erector spinae: lower back\nmultifidus: lower back\ngluteus maximus: buttocks\n"


def test_the_guide_sorts_what_the_stretch_file_knows(tmp_path: Path) -> None:
    root = make_data(tmp_path)
    write(root / "stretches" / "both-knees.yaml", GUIDED)
    write(root / "muscles.yaml", AREAS)
    guide = stretch_guide(load_library(root).stretches["both-knees"], load_muscle_areas(root))
    assert guide.works == ("lower back", "buttocks")  # each area once, in order
    assert guide.key_tip == "Breathe out as you hug."
    assert [m.do for m in guide.easier] == ["One knee only."]
    assert [m.do for m in guide.harder] == ["Rock gently."]
    assert [m.do for m in guide.adaptations] == ["Hold the thighs."]
    assert guide.secondary_muscles == ("piriformis",)


def test_an_unknown_muscle_is_named_as_it_is(tmp_path: Path) -> None:
    root = make_data(tmp_path)
    lib = load_library(root)
    assert stretch_guide(lib.stretches["both-knees"], {}).works == ("Lower back",)
    assert load_muscle_areas(root) == {}


def test_the_overview_follows_the_session_at_each_level(tmp_path: Path) -> None:
    root = make_data(tmp_path)
    write(root / "stretches" / "both-knees.yaml", GUIDED)
    lib = load_library(root)
    routine = lib.routines["mixed"]  # side-reach, both-knees (advanced only)
    assert [g.stretch_id for g in routine_overview(routine, lib, Level.BEGINNER, {})] == [
        "side-reach"]
    assert [g.stretch_id for g in routine_overview(routine, lib, Level.ADVANCED, {})] == [
        "side-reach", "both-knees"]


def test_a_bad_muscles_file_names_the_line(tmp_path: Path) -> None:
    write(tmp_path / "muscles.yaml", AREAS + "hamstrings: [back, thigh]\n")
    with pytest.raises(LibraryError) as info:
        load_muscle_areas(tmp_path)
    assert (info.value.field, info.value.line) == ("muscles.hamstrings", 4)
