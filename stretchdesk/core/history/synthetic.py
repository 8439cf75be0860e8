"""Made-up but lifelike history, for benchmarks and screenshots (never the person's own).

A person who stretches most mornings or evenings, sometimes at a desk break; who moves
from beginner to advanced over the first years; who now and then skips a hold, asks for
more time, stops early or is cut short; whose back feels a little better after each
routine and better over the months. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from stretchdesk.core.history.database import FILE_NAME, connect
from stretchdesk.core.history.records import Outcome, RecordedPhase, SessionHeader
from stretchdesk.core.history.schema import migrate
from stretchdesk.core.model import Level, Library
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, Timeline, build_timeline

__all__ = ["SyntheticSession", "make_history", "synthetic_sessions", "write_sessions"]

# (hour it starts, routines a person picks then)
_SLOTS = (
    (7, ("morning-stiffness", "gentle-beginner", "after-exercise")),
    (13, ("desk-break", "after-sitting")),
    (21, ("before-bed", "hips-and-hamstrings")),
)


@dataclass(frozen=True)
class SyntheticSession:
    """One made-up session: its header, its phases (with when each ended), its end."""

    header: SessionHeader
    phases: tuple[tuple[RecordedPhase, float], ...]
    outcome: Outcome | None
    ended_at: float | None
    back_before: int | None
    back_after: int | None


class _Person:
    def __init__(self, library: Library, zone: tzinfo, seed: int, days: int) -> None:
        self.library = library
        self.zone = zone
        self.rng = random.Random(seed)
        self.days = days
        self._timelines: dict[tuple[str, Level], Timeline] = {}

    def level(self, n: int) -> Level:
        if n < 90:
            return Level.BEGINNER
        return Level.INTERMEDIATE if n < 365 else Level.ADVANCED

    def timeline(self, routine_id: str, level: Level) -> Timeline:
        key = (routine_id, level)
        if key not in self._timelines:
            routine = self.library.routines[routine_id]
            self._timelines[key] = build_timeline(routine, self.library, Settings(level=level))
        return self._timelines[key]

    def back(self, n: int) -> int:
        trend = 6.0 - 2.5 * n / max(1, self.days)  # better over the months
        return max(0, min(10, round(trend + self.rng.gauss(0, 1.2))))

    def session(self, day: date, n: int, hour: int, routines: tuple[str, ...],
                last: bool) -> SyntheticSession:
        rng = self.rng
        routine_id = rng.choice([r for r in routines if r in self.library.routines])
        level = self.level(n)
        minute = rng.randrange(0, 90)
        start = datetime(day.year, day.month, day.day, hour, tzinfo=self.zone)
        started = (start + timedelta(minutes=minute)).timestamp()
        local = datetime.fromtimestamp(started, self.zone)
        offset = local.utcoffset()
        header = SessionHeader(routine_id, self.library.routines[routine_id].name,
                               level.value, started,
                               int(offset.total_seconds()) if offset else 0,
                               getattr(self.zone, "key", ""), local.date().isoformat())
        timeline = self.timeline(routine_id, level)
        roll = rng.random()
        outcome: Outcome | None = (Outcome.FINISHED if roll < 0.9 else Outcome.STOPPED
                                   if roll < 0.96 else Outcome.INTERRUPTED)
        if last and outcome is Outcome.INTERRUPTED:
            outcome = None  # cut short just now: still on offer
        cut = len(timeline) if outcome is Outcome.FINISHED else rng.randrange(3, len(timeline))
        phases, clock = [], started
        for index, planned in enumerate(timeline[:cut]):
            actual, skipped, extended = planned.seconds, False, 0.0
            if planned.kind is PhaseKind.HOLD and rng.random() < 0.03:
                skipped, actual = True, round(planned.seconds * rng.random(), 1)
            elif planned.kind is PhaseKind.HOLD and rng.random() < 0.05:
                extended = rng.choice((5.0, 10.0))
                actual += extended
            clock += actual
            phases.append((RecordedPhase(index, planned.stretch_id, planned.kind, planned.side,
                                         planned.rep, planned.seconds, actual, skipped,
                                         extended, planned.item), clock))
        before = self.back(n) if rng.random() < 0.75 else None
        after = None
        if outcome is Outcome.FINISHED and rng.random() < 0.85:
            felt = before if before is not None else self.back(n)
            after = max(0, felt - rng.choice((0, 1, 1, 1, 2, 2, 3)))
        return SyntheticSession(header, tuple(phases), outcome,
                                clock if outcome is not None else None, before, after)


def synthetic_sessions(library: Library, last_day: date, days: int, zone: tzinfo, *,
                       seed: int = 1, every_day: bool = False) -> Iterator[SyntheticSession]:
    """Sessions over the `days` days up to `last_day`; with `every_day`, exactly one a day."""
    person = _Person(library, zone, seed, days)
    rng = person.rng
    away: set[int] = set()
    if not every_day:  # a week or two away now and then
        for _ in range(max(1, days // 180)):
            first = rng.randrange(days)
            away.update(range(first, first + rng.randrange(4, 12)))
    for n in range(days):
        day = last_day - timedelta(days=days - 1 - n)
        chance = 0.8 if day.weekday() < 5 else 0.6
        if every_day:
            slots = [rng.choice(_SLOTS)]
        elif n in away or rng.random() > chance:
            continue
        else:
            slots = rng.sample(_SLOTS, 2 if rng.random() < 0.15 else 1)
        for hour, routines in sorted(slots):
            yield person.session(day, n, hour, routines, last=n == days - 1)


_SESSION = ("INSERT INTO session (routine_id, routine_name, level, started_at, utc_offset, "
            "time_zone, local_day, ended_at, outcome, back_before, back_after, active_seconds) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_PHASE = ("INSERT INTO phase (session_id, seq, phase_index, item, stretch_id, kind, side, "
          "repetition, planned_seconds, actual_seconds, skipped, extended_by, ended_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def write_sessions(connection: sqlite3.Connection,
                   sessions: Iterable[SyntheticSession]) -> tuple[int, int]:
    """Adds `sessions` in one transaction; returns how many sessions and phases."""
    count = phases = 0
    connection.execute("BEGIN IMMEDIATE")
    for made in sessions:
        h = made.header
        cursor = connection.execute(_SESSION, (
            h.routine_id, h.routine_name, h.level, h.started_at, h.utc_offset, h.time_zone,
            h.local_day, made.ended_at, made.outcome.value if made.outcome else None,
            made.back_before, made.back_after, sum(p.actual_seconds for p, _ in made.phases)))
        connection.executemany(_PHASE, [
            (cursor.lastrowid, seq, p.index, p.item, p.stretch_id, p.kind.value,
             p.side.value if p.side else None, p.repetition, p.planned_seconds,
             p.actual_seconds, int(p.skipped), p.extended_by, ended)
            for seq, (p, ended) in enumerate(made.phases)])
        count += 1
        phases += len(made.phases)
    connection.execute("COMMIT")
    return count, phases


def make_history(folder: Path, library: Library, last_day: date, days: int, zone: tzinfo,
                 *, seed: int = 1, every_day: bool = False) -> tuple[int, int]:
    """Writes a made-up history.sqlite3 into `folder` (which must not have one yet)."""
    path = folder / FILE_NAME
    if path.exists():
        raise FileExistsError(f"{path} exists: made-up history never goes over a real one")
    folder.mkdir(parents=True, exist_ok=True)
    connection = connect(path)
    try:
        migrate(connection)
        made = write_sessions(connection, synthetic_sessions(
            library, last_day, days, zone, seed=seed, every_day=every_day))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return made
