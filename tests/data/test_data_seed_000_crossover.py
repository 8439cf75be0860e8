"""Seed 000, the lying cross-over knee pull-down: its facts, checked against the library.

The page describes lying on the back with arms out in a T, taking a knee across the
body toward the floor while the shoulders stay down, holding 20-30 s, and alternating
sides. It names the lower back, hips/glutes and hamstrings.
"""

from __future__ import annotations

from collections.abc import Callable

from stretchdesk.core.model import Level, Library, Position, Routine, Side, SideOrder
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


def test_it_works_the_hips_glutes_and_lower_back(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    muscles = " ".join(stretch.primary_muscles + stretch.secondary_muscles).lower()
    for muscle in ("glute", "hip", "erector spinae", "hamstrings"):
        assert muscle in muscles
