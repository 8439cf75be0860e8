"""The preset routines: each builds at every level, lasts a realistic time there, covers
every stretch, and asks only for what it says it needs."""

from __future__ import annotations

import pytest

from stretchdesk.core.model import Level, Library, Position
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline, session_items

# The routines issues 3 and 14 ask for, by the moment a person would pick them.
EXPECTED_ROUTINES = {
    "morning-stiffness", "after-sitting", "before-bed", "gentle-beginner",
    "hips-and-hamstrings", "desk-break", "quick-reset", "standing-only", "morning-in-bed",
    "knee-to-chest-progression",
}
# What a stretch's equipment asks of the room the routine is done in.
EQUIPMENT_NEEDS = {"mat": "floor", "chair": "chair", "desk": "desk", "step": "desk"}
LEVELS = (Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED)


def minutes(library: Library, routine_id: str, level: Level) -> float:
    routine = library.routines[routine_id]
    return build_timeline(routine, library, Settings(level=level)).total_seconds / 60


def test_the_expected_routines_are_shipped(library: Library) -> None:
    assert set(library.routines) >= EXPECTED_ROUTINES
    assert len(library.routines) >= 10


def test_every_stretch_is_in_some_routine(library: Library) -> None:
    used = {item.stretch_id for r in library.routines.values() for item in r.items}
    assert used == set(library.stretches)


@pytest.mark.parametrize("level", LEVELS, ids=lambda lv: lv.value)
def test_every_routine_builds_at_every_level(library: Library, level: Level) -> None:
    settings = Settings(level=level)
    for routine in library.routines.values():
        timeline = build_timeline(routine, library, settings)
        holds = [p for p in timeline if p.kind is PhaseKind.HOLD]
        included = session_items(routine, library, level)
        expected_holds = 0
        for _, item in included:
            stretch = library.stretches[item.stretch_id]
            reps = item.reps if item.reps is not None else stretch.reps_for(level)
            expected_holds += 2 * reps if stretch.unilateral else reps
        assert len(holds) == expected_holds, routine.id
        assert timeline[-1].kind is PhaseKind.RELEASE, routine.id
        assert timeline.item_count == len(included), routine.id


@pytest.mark.parametrize("level", LEVELS, ids=lambda lv: lv.value)
def test_every_routine_lasts_3_to_20_minutes_at_every_level(
    library: Library, level: Level
) -> None:
    for routine_id in library.routines:
        length = minutes(library, routine_id, level)
        assert 3 <= length <= 20, f"{routine_id} lasts {length:.1f} min at {level.value}"


def test_longer_levels_never_make_a_routine_shorter(library: Library) -> None:
    for routine_id in library.routines:
        totals = [minutes(library, routine_id, lv) for lv in LEVELS]
        assert totals == sorted(totals), routine_id


def test_the_quick_routine_takes_about_five_minutes(library: Library) -> None:
    assert 4.5 <= minutes(library, "quick-reset", Level.INTERMEDIATE) <= 5.5
    for level in LEVELS:
        assert 3.5 <= minutes(library, "quick-reset", level) <= 6.5


def test_a_routine_without_the_floor_has_no_floor_stretch(library: Library) -> None:
    no_floor = [r for r in library.routines.values() if not r.needs_floor and "bed" not in r.needs]
    assert {"desk-break", "standing-only"} <= {r.id for r in no_floor}
    for routine in no_floor:
        for item in routine.items:
            position = library.stretches[item.stretch_id].position
            assert not position.needs_floor, (
                f"{routine.id} needs no floor but has {item.stretch_id} ({position.value})"
            )


def test_the_desk_break_uses_only_standing_and_seated_stretches(library: Library) -> None:
    routine = library.routines["desk-break"]
    assert set(routine.needs) == {"chair", "desk"}
    positions = {library.stretches[i.stretch_id].position for i in routine.items}
    assert positions == {Position.SEATED, Position.STANDING}


def test_the_standing_routine_needs_no_floor_and_no_chair(library: Library) -> None:
    routine = library.routines["standing-only"]
    assert "floor" not in routine.needs and "chair" not in routine.needs
    positions = {library.stretches[i.stretch_id].position for i in routine.items}
    assert positions == {Position.STANDING}
    assert len(routine.items) >= 3


def test_the_bed_routine_is_done_lying_down(library: Library) -> None:
    routine = library.routines["morning-in-bed"]
    assert routine.needs == ("bed",)
    for item in routine.items:
        stretch = library.stretches[item.stretch_id]
        assert stretch.position.lying and "chair" not in stretch.equipment, stretch.id


def test_needs_tags_list_everything_the_stretches_use(library: Library) -> None:
    for routine in library.routines.values():
        in_bed = "bed" in routine.needs
        used = {"bed"} if in_bed else set()
        for item in routine.items:
            stretch = library.stretches[item.stretch_id]
            needs = {EQUIPMENT_NEEDS[e] for e in stretch.equipment if e in EQUIPMENT_NEEDS}
            if stretch.position.needs_floor:
                needs.add("floor")
            if in_bed:  # lying in bed takes the place of the mat on the floor
                needs.discard("floor")
            used |= needs
        assert used == set(routine.needs), routine.id


def test_no_routine_repeats_a_stretch(library: Library) -> None:
    for routine in library.routines.values():
        ids = [item.stretch_id for item in routine.items]
        assert len(ids) == len(set(ids)), routine.id
