"""Seed 001, the knee-to-chest page: its facts, checked against the library.

Single knee to chest (one side, then the other), double knee to chest, a rocking
variation for 20-30 s, and a seated version on a chair for people who cannot lie down.
Levels: beginner 15 s holds, intermediate 30 s, advanced 45-60 s; 2-4 repetitions.
It names the muscles worked, the knee-discomfort modification, and lists five
complementary stretches.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stretchdesk.core.model import Level, Library, Motion, Position, Routine, Span
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline

LYING = ("single-knee-to-chest", "double-knee-to-chest")


@pytest.mark.parametrize("stretch_id", LYING)
def test_holds_are_15_then_30_then_45_to_60_seconds(library: Library, stretch_id: str) -> None:
    stretch = library.stretches[stretch_id]
    assert stretch.hold_seconds[Level.BEGINNER] == Span(15, 15)
    assert stretch.hold_seconds[Level.INTERMEDIATE] == Span(30, 30)
    assert stretch.hold_seconds[Level.ADVANCED] == Span(45, 60)
    assert stretch.hold_for(Level.ADVANCED) == 45


@pytest.mark.parametrize("stretch_id", LYING)
def test_two_to_four_repetitions(library: Library, stretch_id: str) -> None:
    stretch = library.stretches[stretch_id]
    assert stretch.reps_for(Level.BEGINNER) == 2
    assert stretch.reps_for(Level.ADVANCED) == 4
    assert all(2 <= stretch.reps[level].low <= 4 for level in Level)


def test_single_is_one_side_at_a_time_and_double_is_both(library: Library) -> None:
    assert library.stretches["single-knee-to-chest"].unilateral
    assert not library.stretches["double-knee-to-chest"].unilateral
    for stretch_id in (*LYING, "knee-to-chest-rocking"):
        assert library.stretches[stretch_id].position is Position.SUPINE


def test_single_knee_to_chest_repeats_on_each_side(
    library: Library, single_stretch_routine: Callable[[str], Routine]
) -> None:
    timeline = build_timeline(
        single_stretch_routine("single-knee-to-chest"), library, Settings(level=Level.BEGINNER)
    )
    holds = [p for p in timeline if p.kind is PhaseKind.HOLD]
    assert len(holds) == 4  # 2 repetitions on each side
    assert {p.seconds for p in holds} == {15}


def test_rocking_is_a_breath_paced_movement_of_20_to_30_seconds(
    library: Library, single_stretch_routine: Callable[[str], Routine]
) -> None:
    rocking = library.stretches["knee-to-chest-rocking"]
    assert rocking.motion is Motion.DYNAMIC
    assert rocking.breath_seconds is not None and rocking.breath_seconds > 0
    assert not rocking.unilateral
    for level in Level:
        assert 20 <= rocking.hold_seconds[level].low <= rocking.hold_seconds[level].high <= 30
    timeline = build_timeline(single_stretch_routine(rocking.id), library, Settings())
    assert all(p.breath_seconds == rocking.breath_seconds
               for p in timeline if p.kind is PhaseKind.HOLD)


def test_seated_version_needs_only_a_chair(library: Library) -> None:
    seated = library.stretches["seated-knee-to-chest"]
    assert seated.position is Position.SEATED
    assert seated.equipment == ("chair",)
    assert seated.unilateral
    assert seated.source == "001"


def test_names_the_muscles_the_page_lists(library: Library) -> None:
    stretch = library.stretches["single-knee-to-chest"]
    primary = " ".join(stretch.primary_muscles).lower()
    secondary = " ".join(stretch.secondary_muscles).lower()
    for muscle in ("erector spinae", "gluteus maximus", "piriformis", "paraspinal"):
        assert muscle in primary
    for muscle in ("gluteus medius", "hamstrings", "multifidus", "quadratus lumborum"):
        assert muscle in secondary


def test_knee_discomfort_means_holding_behind_the_thigh(library: Library) -> None:
    for stretch_id in LYING:
        mods = library.stretches[stretch_id].modifications
        knee = [m for m in mods if "knee" in m.when.lower()]
        assert knee and "behind the thigh" in knee[0].do.lower()


@pytest.mark.parametrize(
    "stretch_id", ["cat-cow", "childs-pose", "pelvic-tilt", "piriformis-stretch",
                   "supine-spinal-twist"],
)
def test_the_complementary_stretches_are_in_the_library(library: Library, stretch_id: str) -> None:
    assert library.stretches[stretch_id].source == "common"


@pytest.mark.parametrize("routine_id", ["morning-stiffness", "after-sitting", "before-bed"])
def test_the_moments_it_suggests_have_a_routine_with_knee_to_chest(
    library: Library, routine_id: str
) -> None:
    items = {item.stretch_id for item in library.routines[routine_id].items}
    assert items & {*LYING, "knee-to-chest-rocking", "knees-to-chest-hug"}
