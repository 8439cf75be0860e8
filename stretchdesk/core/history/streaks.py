"""Streaks: runs of days with a finished routine, which the person's rest days do not break."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

__all__ = ["best_streak", "current_streak"]

_DAY = timedelta(days=1)


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
    rest = set(rest_weekdays)
    best = run = 0
    previous: int | None = None
    # Day numbers rather than dates: ten years of days are counted each time the history
    # screen opens. Day number 1 (1 January of year 1) was a Monday.
    for number in sorted(day.toordinal() for day in active_days):
        gap = 0 if previous is None else number - previous - 1
        if previous is not None and (gap == 0 or (
                len(rest) >= 7 if gap >= 7 else
                all((previous + k - 1) % 7 in rest for k in range(1, gap + 1)))):
            run += 1
        else:
            run = 1
        best = max(best, run)
        previous = number
    return best
