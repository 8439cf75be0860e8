"""Seed 002, the four-step knees-to-chest: its facts, checked against the library.

Lying on the back with knees bent, one knee comes up, then the other joins it, and both
are hugged in. Hold 30-45 s, 3-4 sets. Knee pain: hold behind the thigh. Do not do it
with an acute disc herniation without medical advice.
"""

from __future__ import annotations

from collections.abc import Callable

from stretchdesk.core.model import Level, Library, Position, Routine
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline

STRETCH = "knees-to-chest-hug"


def test_it_is_its_own_two_sided_stretch_on_the_back(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    assert stretch.position is Position.SUPINE
    assert not stretch.unilateral
    assert stretch.source == "002"


def test_holds_stay_between_30_and_45_seconds(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    for level in Level:
        span = stretch.hold_seconds[level]
        assert 30 <= span.low <= span.high <= 45, level
    assert stretch.hold_for(Level.BEGINNER) == 30
    assert stretch.hold_for(Level.ADVANCED) == 45


def test_three_to_four_sets(
    library: Library, single_stretch_routine: Callable[[str], Routine]
) -> None:
    stretch = library.stretches[STRETCH]
    assert all(3 <= stretch.reps[level].low <= stretch.reps[level].high <= 4 for level in Level)
    assert stretch.reps_for(Level.ADVANCED) == 4
    for level in Level:
        timeline = build_timeline(single_stretch_routine(STRETCH), library, Settings(level=level))
        holds = [p for p in timeline if p.kind is PhaseKind.HOLD]
        assert 3 <= len(holds) <= 4
        assert all(p.side is None for p in holds)


def test_one_knee_comes_up_before_both_are_hugged(library: Library) -> None:
    hold = [s.lower() for s in library.stretches[STRETCH].steps.hold]
    first_one = next(i for i, s in enumerate(hold) if "right" in s)
    then_both = next(i for i, s in enumerate(hold) if "both knees" in s)
    assert first_one < then_both


def test_warns_about_an_acute_disc_herniation(library: Library) -> None:
    assert "disc-trouble" in library.stretches[STRETCH].caution_ids


def test_knee_pain_means_holding_behind_the_thigh(library: Library) -> None:
    mods = library.stretches[STRETCH].modifications
    assert any("knee" in m.when.lower() and "behind the thigh" in m.do.lower() for m in mods)
