"""Turns a routine into a timeline: the ordered phases of a session with their lengths."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import overload

from stretchdesk.core.model import Level, Library, Routine, RoutineItem, Side, SideOrder, Stretch
from stretchdesk.core.settings import HoldMode, RepsMode, Settings

__all__ = [
    "Phase", "PhaseKind", "Side", "Timeline", "build_timeline", "resolve_hold", "resolve_reps",
    "resolve_side_order", "session_items",
]


class PhaseKind(Enum):
    """What the person is doing during a phase."""

    PREPARE = "prepare"  # getting into the starting position
    HOLD = "hold"
    RELEASE = "release"
    SWITCH = "switch"  # changing sides
    REST = "rest"  # between two stretches, showing what is next


@dataclass(frozen=True)
class Phase:
    """One timed step of a session.

    `side` is None for a two-sided stretch (and for REST). For PREPARE and SWITCH it is
    the side about to be worked; REST carries the *next* stretch. `item` is the index
    of the routine item the phase belongs to; `breath_seconds` is set on the HOLD of a
    dynamic stretch, whose movement is paced by the breath.
    """

    kind: PhaseKind
    stretch_id: str
    side: Side | None
    rep: int
    reps: int
    seconds: float
    item: int = 0
    breath_seconds: float | None = None


class Timeline(Sequence[Phase]):
    """The phases of one session in order, with their total length."""

    def __init__(self, phases: Sequence[Phase], routine_id: str = "") -> None:
        self._phases = tuple(phases)
        self.routine_id = routine_id
        self.total_seconds = math.fsum(p.seconds for p in self._phases)

    @overload
    def __getitem__(self, index: int) -> Phase: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Phase]: ...
    def __getitem__(self, index: int | slice) -> Phase | Sequence[Phase]:
        return self._phases[index]

    def __len__(self) -> int:
        return len(self._phases)

    def __iter__(self) -> Iterator[Phase]:
        return iter(self._phases)

    def __repr__(self) -> str:
        return f"Timeline({len(self)} phases, {self.total_seconds:g} s)"

    @property
    def item_count(self) -> int:
        """How many routine items (stretches) the timeline walks through."""
        return len({p.item for p in self._phases})

    def stretch_number(self, item: int) -> int:
        """Where routine item `item` comes in this session (1-based), counting only the
        items the session includes (a level may leave some out)."""
        return sum(1 for i in {p.item for p in self._phases} if i <= item)

    def remaining_after(self, index: int) -> float:
        """Planned seconds of every phase after `index`."""
        return math.fsum(p.seconds for p in self._phases[index + 1 :])


def resolve_hold(item: RoutineItem, stretch: Stretch, settings: Settings) -> float:
    """The hold length for one routine item: the single place this is decided.

    In order: the routine item's own hold; the person's per-stretch override; the
    stretch's recommendation for their level (unless they chose one fixed length);
    the global default.
    """
    if item.hold_seconds is not None:
        return item.hold_seconds
    if stretch.id in settings.hold_overrides:
        return settings.hold_overrides[stretch.id]
    if settings.hold_mode is HoldMode.LEVEL and settings.level in stretch.hold_seconds:
        return stretch.hold_for(settings.level)
    return settings.hold_seconds


def resolve_reps(item: RoutineItem, stretch: Stretch, settings: Settings) -> int:
    """Repetitions (per side) for one routine item: item, then settings, then level."""
    if item.reps is not None:
        return item.reps
    if settings.reps_mode is RepsMode.FIXED:
        return settings.reps
    return stretch.reps_for(settings.level)


def resolve_side_order(item: RoutineItem, stretch: Stretch, settings: Settings) -> SideOrder:
    """How a one-sided item spreads its repetitions: item, then settings, then the stretch."""
    if item.side_order is not None:
        return item.side_order
    return settings.side_order.resolve(stretch.side_order)


def _hold_order(
    item: RoutineItem, stretch: Stretch, reps: int, settings: Settings
) -> list[tuple[Side | None, int]]:
    """The (side, rep) of every hold of a stretch, in the order they are done."""
    if not stretch.unilateral:
        return [(None, rep) for rep in range(1, reps + 1)]
    first, second = stretch.first_side, stretch.first_side.other
    if resolve_side_order(item, stretch, settings) is SideOrder.ALTERNATE:
        return [(side, rep) for rep in range(1, reps + 1) for side in (first, second)]
    return [(side, rep) for side in (first, second) for rep in range(1, reps + 1)]


def session_items(
    routine: Routine, library: Library, level: Level
) -> list[tuple[int, RoutineItem]]:
    """The routine's items (with their index) that a session at `level` includes.

    A stretch meant for a later level (its `from_level`, e.g. double knee-to-chest from
    intermediate, rocking from advanced) is left out below that level, unless leaving
    every such stretch out would leave nothing to do.
    """
    items = list(enumerate(routine.items))
    kept = [(i, item) for i, item in items
            if library.stretches[item.stretch_id].from_level.rank <= level.rank]
    return kept or items


def build_timeline(routine: Routine, library: Library, settings: Settings) -> Timeline:
    """The phases of `routine` for a person with `settings`.

    Each stretch: PREPARE once, then HOLD + RELEASE per hold, with SWITCH between holds
    on different sides; REST between stretches; the routine ends on the last RELEASE.
    A phase the person set to 0 seconds (say, no rest) is left out; holds never are.
    Stretches meant for a later level than the person's are left out (session_items);
    each phase's `item` is still the index of its routine item.
    """
    phases: list[Phase] = []
    for position, (index, item) in enumerate(session_items(routine, library, settings.level)):
        stretch = library.stretches[item.stretch_id]
        if position > 0:
            reps = resolve_reps(item, stretch, settings)
            phases.append(
                Phase(PhaseKind.REST, stretch.id, None, 1, reps, settings.rest_seconds, index)
            )
        phases.extend(_stretch_phases(index, item, stretch, settings))
    return Timeline([p for p in phases if p.seconds > 0], routine.id)


def _stretch_phases(
    index: int, item: RoutineItem, stretch: Stretch, settings: Settings
) -> list[Phase]:
    hold = resolve_hold(item, stretch, settings)
    reps = resolve_reps(item, stretch, settings)
    holds = _hold_order(item, stretch, reps, settings)
    breath = stretch.breath_seconds if stretch.dynamic else None
    sid = stretch.id
    phases = [Phase(PhaseKind.PREPARE, sid, holds[0][0], 1, reps, settings.prepare_seconds, index)]
    for n, (side, rep) in enumerate(holds):
        if n > 0 and side is not holds[n - 1][0]:
            phases.append(Phase(PhaseKind.SWITCH, sid, side, rep, reps, settings.switch_seconds,
                                index))
        phases.append(Phase(PhaseKind.HOLD, sid, side, rep, reps, hold, index, breath))
        phases.append(Phase(PhaseKind.RELEASE, sid, side, rep, reps, settings.release_seconds,
                            index))
    return phases


def timeline_seconds(routine: Routine, library: Library, settings: Settings) -> float:
    """`build_timeline(routine, library, settings).total_seconds`, without making the phases.

    The routine list shows every routine's length before the first window appears; a
    person's long routine (a thousand phases) would otherwise build all of its phases just
    to add up their seconds. The same seconds are summed the same exact way (math.fsum),
    so the two always agree to the last bit.
    """
    seconds: list[float] = []
    for position, (_, item) in enumerate(session_items(routine, library, settings.level)):
        stretch = library.stretches[item.stretch_id]
        if position > 0:
            seconds.append(settings.rest_seconds)
        holds = resolve_reps(item, stretch, settings) * (2 if stretch.unilateral else 1)
        seconds.append(settings.prepare_seconds)
        seconds += [resolve_hold(item, stretch, settings), settings.release_seconds] * holds
        if stretch.unilateral:  # a SWITCH wherever the side changes (_hold_order)
            alternate = resolve_side_order(item, stretch, settings) is SideOrder.ALTERNATE
            seconds += [settings.switch_seconds] * (holds - 1 if alternate else 1)
    return math.fsum(s for s in seconds if s > 0)
