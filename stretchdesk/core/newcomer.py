"""Where a person new to StretchDesk starts: the Beginner level and the gentlest routine.

The routine is the one the shipped data marks `for_newcomers: true` ("Gentle lower-back
relief": its stretches are the easiest the seed pages give, all at their beginner
versions). Without such a mark it is decided from the data: the shipped routine with
the fewest moves between standing or sitting and the floor (a sore back minds getting
down and up), then the fewest changes of position, then the shortest at Beginner level,
then the fewest cautions. Fewest floor moves alone is not "gentle": it would pick a
standing back bend and a one-legged forward fold over lying knee hugs.
"""

from __future__ import annotations

from itertools import pairwise

from stretchdesk.core.cautions import routine_cautions
from stretchdesk.core.model import Level, Library, Position, Routine
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import build_timeline

__all__ = ["NEWCOMER", "gentleness", "gentlest_routine"]

# The settings of a first run (and of "Restore defaults"): Settings() but at Beginner.
NEWCOMER = Settings(level=Level.BEGINNER)


def gentleness(routine: Routine, library: Library) -> tuple[int, int, float, int]:
    """How hard `routine` is on a newcomer, to compare routines: smaller is gentler.

    (moves down to the floor and back up, changes of position, seconds at Beginner level,
    cautions). The person starts upright, at the computer, and ends up there again; a
    routine done lying in bed has no floor to get down to.
    """
    timeline = build_timeline(routine, library, NEWCOMER)
    positions: list[Position] = []
    for phase in timeline:
        position = library.stretches[phase.stretch_id].position
        if not positions or positions[-1] is not position:
            positions.append(position)
    down = [False, *(p.needs_floor and routine.needs_floor for p in positions), False]
    floor_moves = sum(a != b for a, b in pairwise(down))
    changes = sum(a is not b for a, b in pairwise(positions))
    return (floor_moves, changes, timeline.total_seconds,
            len(routine_cautions(routine, library)))


def gentlest_routine(library: Library) -> str | None:
    """The id of the gentlest shipped routine (None when there is none)."""
    shipped = [r for r in library.routines.values() if not r.user]
    if not shipped:
        return None
    marked = sorted(r.id for r in shipped if r.for_newcomers)
    if marked:
        return marked[0]
    return min(shipped, key=lambda r: (gentleness(r, library), r.name.lower())).id
