"""Made-up sessions for the history tests, at chosen local times in real time zones."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from stretchdesk.core.history import HistoryStore, Outcome, RecordedPhase, SessionRecording
from stretchdesk.core.model import Side
from stretchdesk.core.timeline import PhaseKind

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
T0 = datetime(2026, 1, 5, 8, 0, tzinfo=PARIS).timestamp()


def local(zone: tzinfo, year: int, month: int, day: int, hour: int = 8, minute: int = 0,
          second: int = 0, fold: int = 0) -> float:
    """Seconds since the epoch of a wall-clock time in `zone` (`fold` 1: the repeated hour)."""
    return datetime(year, month, day, hour, minute, second, tzinfo=zone, fold=fold).timestamp()


def phase(index: int, kind: PhaseKind = PhaseKind.HOLD, stretch: str = "cat-cow",
          seconds: float = 60.0, side: Side | None = None, rep: int = 1,
          skipped: bool = False, extended: float = 0.0) -> RecordedPhase:
    """A phase that ran `seconds` (planned `seconds - extended`)."""
    return RecordedPhase(index, stretch, kind, side, rep, seconds - extended, seconds,
                         skipped, extended)


def record(store: HistoryStore, start: float, zone: tzinfo = PARIS, *, minutes: int = 10,
           outcome: Outcome | None = Outcome.FINISHED, routine: str = "after-sitting",
           name: str = "After long sitting", stretch: str = "cat-cow",
           phases: Sequence[RecordedPhase] | None = None, before: int | None = None,
           after: int | None = None) -> SessionRecording:
    """Records a whole session starting at `start`: by default `minutes` holds of 60 s."""
    recording = store.start_session(routine, name, "beginner", start, zone)
    if before is not None:
        recording.set_back_before(before)
    now = start
    for item in phases if phases is not None else [phase(i, stretch=stretch)
                                                    for i in range(minutes)]:
        now += item.actual_seconds
        recording.record_phase(item, now)
    if outcome is not None:
        recording.end(outcome, now)
    if after is not None:
        recording.set_back_after(after)
    return recording


def rows(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    """Reads the file with a connection of its own, as another program would."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()
