"""Where a newcomer starts: Beginner level and the gentlest routine, decided from the data."""

from __future__ import annotations

from dataclasses import replace

from stretchdesk import paths
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Routine, RoutineItem
from stretchdesk.core.newcomer import gentleness, gentlest_routine


def shipped() -> Library:
    return load_library(paths.data_dir())


def routine(ident: str, *stretches: str, needs: tuple[str, ...] = (),
            user: bool = False) -> Routine:
    return Routine(ident, ident.title(), "Testing.", tuple(RoutineItem(s) for s in stretches),
                   needs=needs, user=user)


def with_routines(library: Library, *routines: Routine) -> Library:
    return replace(library, routines={r.id: r for r in routines})


def test_no_getting_down_to_the_floor_beats_a_shorter_routine_on_it() -> None:
    library = shipped()
    floor = routine("floor", "pelvic-tilt", needs=("floor",))
    standing = routine("standing", "standing-side-bend", "standing-back-extension",
                       needs=("desk",))
    chosen = with_routines(library, floor, standing)
    assert gentleness(floor, chosen)[2] < gentleness(standing, chosen)[2]  # floor is shorter
    assert gentlest_routine(chosen) == "standing"


def test_fewer_changes_of_position_then_the_shorter_one() -> None:
    library = shipped()
    mixed = routine("mixed", "seated-knee-to-chest", "standing-side-bend", needs=("chair",))
    long_one = routine("long", "standing-side-bend", "standing-back-extension",
                       "standing-hamstring-crossover", needs=("desk",))
    short_one = routine("short", "standing-side-bend", needs=())
    assert gentlest_routine(with_routines(library, mixed, long_one)) == "long"
    assert gentlest_routine(with_routines(library, mixed, long_one, short_one)) == "short"


def test_a_routine_in_bed_has_no_floor_to_get_down_to() -> None:
    library = shipped()
    in_bed = routine("in-bed", "pelvic-tilt", needs=("bed",))
    on_floor = routine("on-floor", "pelvic-tilt", needs=("floor",))
    assert gentleness(in_bed, library)[0] == 0
    assert gentleness(on_floor, library)[0] == 2  # down, and back up
    assert gentlest_routine(with_routines(library, on_floor, in_bed)) == "in-bed"


def test_the_person_s_own_routines_are_never_picked_for_a_newcomer() -> None:
    library = shipped()
    mine = routine("mine", "standing-side-bend", user=True)
    floor = routine("floor", "pelvic-tilt", "childs-pose", needs=("floor",))
    assert gentlest_routine(with_routines(library, mine, floor)) == "floor"
    assert gentlest_routine(with_routines(library, mine)) is None


def test_the_shipped_data_marks_the_newcomers_routine_and_it_is_chosen() -> None:
    library = shipped()
    marked = [r.id for r in library.routines.values() if r.for_newcomers]
    assert marked == ["gentle-beginner"]
    assert gentlest_routine(library) == "gentle-beginner"
    # Every stretch in it is done at its easiest: none is left out at Beginner level.
    chosen = library.routines["gentle-beginner"]
    assert all(library.stretches[i.stretch_id].from_level.value == "beginner"
               for i in chosen.items)


def test_a_mark_beats_the_reckoning_and_the_reckoning_is_the_fallback() -> None:
    library = shipped()
    standing = routine("standing", "standing-side-bend", needs=("desk",))
    marked = replace(routine("floor", "pelvic-tilt", needs=("floor",)), for_newcomers=True)
    assert gentlest_routine(with_routines(library, standing, marked)) == "floor"
    unmarked = replace(marked, for_newcomers=False)
    assert gentlest_routine(with_routines(library, standing, unmarked)) == "standing"
