"""What happened to each phase of a session: planned and actual length, skipped, extended.

Records are keyed by the phase itself (routine item, stretch, kind, side, repetition),
never by its index: applying new settings mid-session rebuilds the timeline and
renumbers the phases, and a change the person made must stay with the phase they made
it on. History stores these records; the finish screen's summary is counted from them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from stretchdesk.core.model import Side
from stretchdesk.core.timeline import Phase, PhaseKind


@dataclass(frozen=True, slots=True)
class PhaseKey:
    """Which phase of a routine this is, whatever its place in the timeline."""

    item: int  # index of the routine item (a stretch may come twice in a routine)
    stretch_id: str
    kind: PhaseKind
    side: Side | None
    rep: int

    @classmethod
    def of(cls, phase: Phase) -> PhaseKey:
        """The key of `phase`."""
        return cls(phase.item, phase.stretch_id, phase.kind, phase.side, phase.rep)


@dataclass(frozen=True, slots=True)
class PhaseRecord:
    """One phase as it went: what was planned, and what the person did with it.

    `planned_seconds` is the phase's length from the timeline when it began;
    `extended_by` the net seconds added (negative: taken) with + / − over the whole
    session; `actual_seconds` the time spent in its last run (pauses left out).
    A phase ends `completed` (its time ran out), `skipped`, or neither (the session was
    stopped during it, or the person went back from it).
    """

    key: PhaseKey
    planned_seconds: float
    actual_seconds: float = 0.0
    extended_by: float = 0.0
    skipped: bool = False
    completed: bool = False


class PhaseLog:
    """The records of one session, kept up to date by the Session as phases come and go.

    It may start from `earlier` records: a session cut short that this one carries on.
    """

    def __init__(self, earlier: Iterable[PhaseRecord] = ()) -> None:
        self._records: dict[PhaseKey, PhaseRecord] = {r.key: r for r in earlier}

    @property
    def records(self) -> tuple[PhaseRecord, ...]:
        """Every phase that began, in the order each first began."""
        return tuple(self._records.values())

    def get(self, phase: Phase) -> PhaseRecord | None:
        """The record of `phase`, if it has begun."""
        return self._records.get(PhaseKey.of(phase))

    def began(self, phase: Phase) -> None:
        """`phase` (re)started: its last run starts from nothing; extensions are kept."""
        key = PhaseKey.of(phase)
        earlier = self._records.get(key)
        extended = earlier.extended_by if earlier is not None else 0.0
        self._records[key] = PhaseRecord(key, phase.seconds, extended_by=extended)

    def extended(self, phase: Phase, seconds: float) -> None:
        """`seconds` were added to (or, negative, taken from) the running `phase`."""
        self._update(phase, lambda r: replace(r, extended_by=r.extended_by + seconds))

    def ended(self, phase: Phase, spent: float, *, skipped: bool = False,
              completed: bool = False) -> None:
        """`phase`'s run is over after `spent` seconds, skipped, completed or cut off."""
        self._update(phase, lambda r: replace(r, actual_seconds=max(0.0, spent),
                                              skipped=skipped, completed=completed))

    def _update(self, phase: Phase, change: Callable[[PhaseRecord], PhaseRecord]) -> None:
        key = PhaseKey.of(phase)
        record = self._records.get(key)
        if record is None:  # a phase that never began (cannot happen through Session)
            record = PhaseRecord(key, phase.seconds)
        self._records[key] = change(record)

