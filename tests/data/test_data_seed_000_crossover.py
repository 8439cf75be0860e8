"""Seed 000, the lying cross-over knee pull-down: its facts, checked against the library.

The page describes lying on the back with the legs straight out, bending one knee and
crossing it over the other leg, and easing it toward the floor with the hand; its list
of steps adds arms out in a T, shoulders staying down, holds of 20-30 s and alternating
sides. It names the lower back, hips/glutes and hamstrings. A version with both knees
bent is an easier variant, named as one.
"""

from __future__ import annotations

from collections.abc import Callable

from stretchdesk.core.model import (
    Level,
    Library,
    ModificationKind,
    Position,
    Routine,
    Side,
    SideOrder,
)
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline

STRETCH = "lying-crossover-knee-pull-down"


def test_it_is_done_lying_on_the_back_one_side_at_a_time(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    assert stretch.position is Position.SUPINE
    assert stretch.unilateral
    assert stretch.source == "000"


def test_every_level_holds_between_20_and_30_seconds(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    for level in Level:
        span = stretch.hold_seconds[level]
        assert 20 <= span.low <= span.high <= 30, level
    assert stretch.hold_for(Level.BEGINNER) == 20
    assert stretch.hold_seconds[Level.ADVANCED].high == 30


def test_it_alternates_sides_with_a_switch_between_every_hold(
    library: Library, single_stretch_routine: Callable[[str], Routine]
) -> None:
    assert library.stretches[STRETCH].side_order is SideOrder.ALTERNATE
    timeline = build_timeline(single_stretch_routine(STRETCH), library, Settings())
    hold_sides = [p.side for p in timeline if p.kind is PhaseKind.HOLD]
    reps = library.stretches[STRETCH].reps_for(Level.INTERMEDIATE)
    assert hold_sides == [Side.LEFT, Side.RIGHT] * reps
    switches = [p for p in timeline if p.kind is PhaseKind.SWITCH]
    assert len(switches) == len(hold_sides) - 1


def test_the_steps_keep_the_shoulders_down_and_the_arms_in_a_t(library: Library) -> None:
    steps = library.stretches[STRETCH].steps
    assert any("shoulder" in s.lower() for s in steps.hold)
    assert any(" t" in s.lower() for s in steps.prepare)


def test_it_starts_with_the_legs_long_and_bends_only_the_crossing_knee(library: Library) -> None:
    steps = library.stretches[STRETCH].steps
    prepare = " ".join(steps.prepare).lower()
    assert "legs long" in prepare and "bend" not in prepare
    assert "bend" in steps.hold[0].lower() and "across" in steps.hold[0].lower()
    assert any("hand" in s.lower() and "knee" in s.lower() for s in steps.hold)


def test_the_bent_knee_version_is_an_easier_variant(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    easier = stretch.modifications_of(ModificationKind.EASIER)
    assert any("bent-knee" in m.when.lower() for m in easier)
    # No modification makes the starting legs bent "instead of straight" as if that were harder.
    for m in stretch.modifications:
        if "bent" in (m.when + m.do).lower():
            assert m.kind is ModificationKind.EASIER


def test_the_number_of_rounds_is_marked_as_the_projects_choice(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    assert set(stretch.project_choice) == {"reps"}


def test_it_works_the_hips_glutes_and_lower_back(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    muscles = " ".join(stretch.primary_muscles + stretch.secondary_muscles).lower()
    for muscle in ("glute", "hip", "erector spinae", "hamstrings"):
        assert muscle in muscles
