"""Streaks: runs of days with a finished routine, which the person's rest days do not break."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

__all__ = ["best_streak", "current_streak"]

_DAY = timedelta(days=1)


def _bridged(earlier: date, later: date, rest_weekdays: Collection[int]) -> bool:
    """Whether every day strictly between the two is a rest day."""
    gap = (later - earlier).days - 1
    if gap >= 7:
        return len(set(rest_weekdays)) >= 7
    return all((earlier + _DAY * k).weekday() in rest_weekdays for k in range(1, gap + 1))


def current_streak(active_days: Collection[date], today: date,
                   rest_weekdays: Collection[int] = ()) -> int:
    """Days with a finished routine in the run that reaches today.

    Today without one yet does not end the run (the day is not over); a rest day
    (`rest_weekdays`, Monday = 0) without one is passed over, and one with a routine
    counts like any other day.
    """
    if not active_days:
        return 0
    earliest = min(active_days)
    day = today if today in active_days else today - _DAY
    count = 0
    while day >= earliest:
        if day in active_days:
            count += 1
        elif day.weekday() not in rest_weekdays:
            break
        day -= _DAY
    return count


def best_streak(active_days: Collection[date], rest_weekdays: Collection[int] = ()) -> int:
    """The longest run of days with a finished routine, counted as current_streak does."""
    best = run = 0
    previous: date | None = None
    for day in sorted(active_days):
        run = run + 1 if previous is not None and _bridged(previous, day, rest_weekdays) else 1
        best = max(best, run)
        previous = day
    return best
