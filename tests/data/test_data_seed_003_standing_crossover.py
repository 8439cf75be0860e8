"""Seed 003, the standing low back/hamstring crossover: its facts, checked against the library.

One leg rests on a stair or desk at about pelvis height, the other foot turns out about
45 degrees, the opposite arm reaches toward the raised toes for about 10 seconds, then
the other side. It stretches the hamstrings, quadratus lumborum, erector spinae and
multifidus. The page gives no number of rounds: that is the project's choice, and says so.
"""

from __future__ import annotations

from collections.abc import Callable

from stretchdesk.core.model import Level, Library, Position, Routine, Side, SideOrder
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline

STRETCH = "standing-hamstring-crossover"


def test_it_is_done_standing_with_the_leg_on_a_desk_or_step(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    assert stretch.position is Position.STANDING
    assert set(stretch.equipment) & {"desk", "step"}
    assert "mat" not in stretch.equipment
    assert stretch.source == "003"


def test_holds_about_ten_seconds_a_side(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    for level in Level:
        assert stretch.hold_seconds[level].low == stretch.hold_seconds[level].high == 10


def test_each_hold_is_followed_by_the_other_side(
    library: Library, single_stretch_routine: Callable[[str], Routine]
) -> None:
    stretch = library.stretches[STRETCH]
    assert stretch.unilateral
    assert stretch.side_order is SideOrder.ALTERNATE
    timeline = build_timeline(single_stretch_routine(STRETCH), library, Settings())
    sides = [p.side for p in timeline if p.kind is PhaseKind.HOLD]
    reps = stretch.reps_for(Level.INTERMEDIATE)
    assert sides == [Side.LEFT, Side.RIGHT] * reps


def test_the_number_of_rounds_is_marked_as_the_projects_choice(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    assert set(stretch.project_choice) == {"reps"}


def test_the_standing_foot_turns_out_about_45_degrees(library: Library) -> None:
    assert any("45 degrees" in s for s in library.stretches[STRETCH].steps.prepare)


def test_it_stretches_the_hamstrings_and_the_low_back(library: Library) -> None:
    stretch = library.stretches[STRETCH]
    muscles = {m.lower() for m in stretch.primary_muscles + stretch.secondary_muscles}
    assert {"hamstrings", "quadratus lumborum", "erector spinae", "multifidus"} <= muscles
