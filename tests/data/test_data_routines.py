"""The preset routines: each builds at every level, lasts a realistic time, and asks
only for what it says it needs."""

from __future__ import annotations

import pytest

from stretchdesk.core.model import Level, Library, Position
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline

# The routines issue 3 asks for, by the moment a person would pick them.
EXPECTED_ROUTINES = {
    "morning-stiffness", "after-sitting", "before-bed", "gentle-beginner",
    "hips-and-hamstrings", "desk-break",
}
# What a stretch's equipment asks of the room the routine is done in.
EQUIPMENT_NEEDS = {"mat": "floor", "chair": "chair", "desk": "desk", "step": "desk"}


def test_the_expected_routines_are_shipped(library: Library) -> None:
    assert set(library.routines) >= EXPECTED_ROUTINES


@pytest.mark.parametrize("level", list(Level), ids=lambda lv: lv.value)
def test_every_routine_builds_at_every_level(library: Library, level: Level) -> None:
    settings = Settings(level=level)
    for routine in library.routines.values():
        timeline = build_timeline(routine, library, settings)
        holds = [p for p in timeline if p.kind is PhaseKind.HOLD]
        expected_holds = 0
        for item in routine.items:
            stretch = library.stretches[item.stretch_id]
            reps = item.reps if item.reps is not None else stretch.reps_for(level)
            expected_holds += 2 * reps if stretch.unilateral else reps
        assert len(holds) == expected_holds, routine.id
        assert timeline[-1].kind is PhaseKind.RELEASE, routine.id
        assert timeline.item_count == len(routine.items), routine.id


def test_longer_levels_never_make_a_routine_shorter(library: Library) -> None:
    for routine in library.routines.values():
        totals = [build_timeline(routine, library, Settings(level=lv)).total_seconds
                  for lv in (Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED)]
        assert totals == sorted(totals), routine.id


def test_every_routine_lasts_3_to_20_minutes_at_the_default_level(library: Library) -> None:
    for routine in library.routines.values():
        minutes = build_timeline(routine, library, Settings()).total_seconds / 60
        assert 3 <= minutes <= 20, f"{routine.id} lasts {minutes:.1f} min"


def test_a_routine_without_the_floor_has_no_floor_stretch(library: Library) -> None:
    no_floor = [r for r in library.routines.values() if not r.needs_floor]
    assert "desk-break" in {r.id for r in no_floor}
    for routine in no_floor:
        for item in routine.items:
            position = library.stretches[item.stretch_id].position
            assert position not in (Position.SUPINE, Position.KNEELING, Position.QUADRUPED), (
                f"{routine.id} needs no floor but has {item.stretch_id} ({position.value})"
            )


def test_the_desk_break_uses_only_standing_and_seated_stretches(library: Library) -> None:
    routine = library.routines["desk-break"]
    assert set(routine.needs) == {"chair", "desk"}
    positions = {library.stretches[i.stretch_id].position for i in routine.items}
    assert positions == {Position.SEATED, Position.STANDING}


def test_needs_tags_list_everything_the_stretches_use(library: Library) -> None:
    for routine in library.routines.values():
        used = set()
        for item in routine.items:
            stretch = library.stretches[item.stretch_id]
            used |= {EQUIPMENT_NEEDS[e] for e in stretch.equipment if e in EQUIPMENT_NEEDS}
            if stretch.position.needs_floor:
                used.add("floor")
        assert used == set(routine.needs), routine.id


def test_no_routine_repeats_a_stretch(library: Library) -> None:
    for routine in library.routines.values():
        ids = [item.stretch_id for item in routine.items]
        assert len(ids) == len(set(ids)), routine.id
