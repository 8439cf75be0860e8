"""The SQL that reads the history: totals per day, routine and stretch, scores, open sessions.

Everything is added up inside SQLite, so the statistics of ten years (about 3,650
sessions and 200,000 phases) come back as a few thousand rows.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

from stretchdesk.core.history.records import OpenSession, RecordedPhase, SessionHeader
from stretchdesk.core.model import Side
from stretchdesk.core.timeline import PhaseKind

__all__ = [
    "BackScore",
    "DayTotal",
    "HistoryTotals",
    "RoutineTotal",
    "history_totals",
    "latest_open_session",
    "mark_interrupted",
]


class DayTotal(NamedTuple):
    """One day with sessions: seconds spent (every outcome) and sessions finished.

    A named tuple, not a dataclass: ten years make 3,650 of them each time the history
    screen opens, and a tuple is made several times faster.
    """

    day: date
    seconds: float
    finished: int


@dataclass(frozen=True)
class RoutineTotal:
    """Time spent on one routine (its latest name) and how many sessions."""

    routine_id: str
    routine_name: str
    seconds: float
    sessions: int


@dataclass(frozen=True)
class BackScore:
    """How the back felt before and after one session (either may be missing)."""

    day: date
    started_at: float
    before: int | None
    after: int | None


def _empty_map() -> Mapping[str, float]:
    return MappingProxyType({})


@dataclass(frozen=True)
class HistoryTotals:
    """What the statistics are made from, as read from the file.

    `days` covers the whole history in order; `routines` and `stretch_holds` (seconds
    held per stretch id) count from the day `since` on; `back_scores` from `scores_since`.
    """

    days: tuple[DayTotal, ...] = ()
    routines: tuple[RoutineTotal, ...] = ()
    stretch_holds: Mapping[str, float] = field(default_factory=_empty_map)
    back_scores: tuple[BackScore, ...] = ()

    @classmethod
    def empty(cls) -> HistoryTotals:
        """No history at all."""
        return cls()


_DAYS = """SELECT local_day, sum(active_seconds), sum(outcome IS 'finished')
           FROM session GROUP BY local_day ORDER BY local_day"""
# With one max() aggregate, SQLite takes the bare column routine_name from the row with
# the latest start: a renamed routine shows its current name.
_ROUTINES = """SELECT routine_id, routine_name, max(started_at), sum(active_seconds), count(*)
               FROM session WHERE local_day >= ? GROUP BY routine_id"""
# CROSS JOIN keeps SQLite to this order: the few sessions of the 4 weeks by day, then their
# phases by (session_id, seq), instead of a scan of every phase ever recorded.
_HOLDS = """SELECT phase.stretch_id, sum(phase.actual_seconds)
            FROM session CROSS JOIN phase ON phase.session_id = session.id
            WHERE session.local_day >= ? AND phase.kind = 'hold'
            GROUP BY phase.stretch_id"""
_SCORES = """SELECT local_day, started_at, back_before, back_after FROM session
             WHERE local_day >= ? AND (back_before IS NOT NULL OR back_after IS NOT NULL)
             ORDER BY started_at"""


def history_totals(connection: sqlite3.Connection, since: date,
                   scores_since: date | None = None) -> HistoryTotals:
    """Reads the totals in one read transaction, so they agree with each other."""
    first = since.isoformat()
    connection.execute("BEGIN")
    try:
        days = tuple(DayTotal(date.fromisoformat(day), float(seconds), int(finished))
                     for day, seconds, finished in connection.execute(_DAYS))
        routines = tuple(
            RoutineTotal(routine_id, name, float(seconds), int(count))
            for routine_id, name, _, seconds, count in connection.execute(_ROUTINES, (first,)))
        holds = {stretch: float(seconds)
                 for stretch, seconds in connection.execute(_HOLDS, (first,))}
        scores_from = (scores_since or since).isoformat()
        scores = tuple(BackScore(date.fromisoformat(day), started, before, after)
                       for day, started, before, after
                       in connection.execute(_SCORES, (scores_from,)))
    except BaseException:
        _roll_back(connection)
        raise
    connection.execute("COMMIT")
    return HistoryTotals(days, routines, MappingProxyType(holds), scores)


_OPEN = """SELECT id, routine_id, routine_name, level, started_at, utc_offset, time_zone,
                  local_day, active_seconds, back_before
           FROM session WHERE outcome IS NULL ORDER BY started_at DESC"""
_LAST_PHASE = """SELECT seq, phase_index, stretch_id, kind, side, repetition, planned_seconds,
                        actual_seconds, skipped, extended_by, item
                 FROM phase WHERE session_id = ? ORDER BY seq DESC LIMIT 1"""


def latest_open_session(connection: sqlite3.Connection,
                        excluded: Collection[int] = ()) -> OpenSession | None:
    """The latest session with no outcome, other than the `excluded` ids."""
    for row in connection.execute(_OPEN):
        if row[0] in excluded:
            continue
        session_id, *header, active, before = row
        last = connection.execute(_LAST_PHASE, (session_id,)).fetchone()
        phase = None
        if last is not None:
            _, index, stretch, kind, side, rep, planned, actual, skipped, extended, item = last
            phase = RecordedPhase(index, stretch, PhaseKind(kind),
                                  Side(side) if side else None, rep, planned, actual,
                                  bool(skipped), extended, item)
        return OpenSession(session_id, SessionHeader(*header), phase,
                           0 if last is None else last[0] + 1, float(active), before)
    return None


_INTERRUPT = """UPDATE session SET outcome = 'interrupted',
                    ended_at = coalesce((SELECT max(ended_at) FROM phase
                                         WHERE phase.session_id = session.id), started_at)
                WHERE outcome IS NULL AND (started_at < ? OR id = ?)"""


def mark_interrupted(connection: sqlite3.Connection, started_at: float, include_it: bool,
                     session_id: int, excluded: Collection[int] = ()) -> bool:
    """Ends every open session started before `started_at` (and `session_id` itself when
    `include_it`) as interrupted, at its last phase's end; `excluded` ids are left open."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        keep = tuple(excluded) + (() if include_it else (session_id,))
        marks = ",".join("?" * len(keep))
        connection.execute(
            _INTERRUPT + (f" AND id NOT IN ({marks})" if keep else ""),
            (started_at, session_id if include_it else -1, *keep))
        connection.execute("COMMIT")
    except BaseException:
        _roll_back(connection)
        raise
    return True


def _roll_back(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
