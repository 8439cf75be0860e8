"""The numbers of the history screen: minutes per day, streaks, the week, the last 4 weeks.

Days are the person's local days: a session belongs to the day it began on in their time
zone at that moment (kept with it), and "today" is the day of `now` in `zone`. Minutes
count every phase that ran, whatever the outcome; streaks count days with a finished
routine (see streaks.py). The 4-week totals cover today and the 27 days before it; the
minutes per body area count hold time only, and a stretch working two areas counts for
both.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from types import MappingProxyType
from typing import Protocol

from stretchdesk.core.history.body_areas import OTHER
from stretchdesk.core.history.queries import BackScore, HistoryTotals
from stretchdesk.core.history.streaks import best_streak, current_streak
from stretchdesk.core.phrasebook import t

__all__ = [
    "SCORE_DAYS",
    "WINDOW_DAYS",
    "HistoryStatistics",
    "Share",
    "Streaks",
    "WeekProgress",
    "history_statistics",
    "local_today",
    "read_statistics",
]

WINDOW_DAYS = 28  # "the last 4 weeks"
SCORE_DAYS = 91  # the back score chart: the last 13 weeks


@dataclass(frozen=True)
class Streaks:
    """Days in the current run (0 when broken) and in the longest run ever."""

    current: int
    best: int


@dataclass(frozen=True)
class WeekProgress:
    """This week's minutes against the weekly goal; the week begins on `first_day`."""

    first_day: date
    minutes: float
    goal_minutes: float

    @property
    def fraction(self) -> float:
        """How much of the goal is done, 0 to 1."""
        return min(1.0, self.minutes / self.goal_minutes) if self.goal_minutes > 0 else 0.0

    @property
    def reached(self) -> bool:
        """Whether the goal is met."""
        return self.goal_minutes > 0 and self.minutes >= self.goal_minutes


@dataclass(frozen=True)
class Share:
    """Minutes spent on one routine or body area (`key` is its id, `label` its name)."""

    key: str
    label: str
    minutes: float


def _no_minutes() -> Mapping[date, float]:
    return MappingProxyType({})


@dataclass(frozen=True)
class HistoryStatistics:
    """Everything the history screen shows, computed for one moment."""

    today: date
    day_minutes: Mapping[date, float] = field(default_factory=_no_minutes)
    finished_days: frozenset[date] = frozenset()
    streaks: Streaks = Streaks(0, 0)
    week: WeekProgress | None = None
    routines: tuple[Share, ...] = ()  # the last 4 weeks, most first
    body_areas: tuple[Share, ...] = ()  # the last 4 weeks, most first
    back_scores: tuple[BackScore, ...] = ()  # the last 13 weeks, oldest first
    rest_weekdays: frozenset[int] = frozenset()
    first_weekday: int = 0  # Monday

    def minutes_on(self, day: date) -> float:
        """Minutes spent on `day` (0 when none)."""
        return self.day_minutes.get(day, 0.0)

    @property
    def window_start(self) -> date:
        """The first day of the 4-week totals."""
        return self.today - timedelta(days=WINDOW_DAYS - 1)

    @property
    def first_day(self) -> date | None:
        """The first day with a session, if any."""
        return min(self.day_minutes) if self.day_minutes else None


def local_today(now: float, zone: tzinfo) -> date:
    """The person's date at `now` (seconds since the epoch) in `zone`."""
    return datetime.fromtimestamp(now, zone).date()


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding `day` (weeks begin on `first_weekday`)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def history_statistics(totals: HistoryTotals, today: date, *,
                       rest_weekdays: Collection[int] = (), weekly_goal_minutes: float = 0.0,
                       areas: Mapping[str, tuple[str, ...]] | None = None,
                       first_weekday: int = 0) -> HistoryStatistics:
    """The statistics of `totals` on `today`.

    `areas` gives each stretch id's body areas (body_areas.areas_by_stretch); a stretch
    it does not know counts as "Other".
    """
    minutes = {t.day: t.seconds / 60 for t in totals.days}
    finished = frozenset(t.day for t in totals.days if t.finished)
    rest = frozenset(rest_weekdays)
    monday = week_start(today, first_weekday)
    week_minutes = sum(m for day, m in minutes.items() if monday <= day <= today)
    routines = sorted((Share(r.routine_id, r.routine_name, r.seconds / 60)
                       for r in totals.routines), key=lambda s: (-s.minutes, s.label))
    area_minutes: dict[str, float] = {}
    for stretch_id, seconds in totals.stretch_holds.items():
        for area in (areas or {}).get(stretch_id, (OTHER,)):
            area_minutes[area] = area_minutes.get(area, 0.0) + seconds / 60
    body = sorted((Share(area, t(area), m) for area, m in area_minutes.items()),
                  key=lambda s: (-s.minutes, s.label))
    return HistoryStatistics(
        today=today,
        day_minutes=MappingProxyType(minutes),
        finished_days=finished,
        streaks=Streaks(current_streak(finished, today, rest), best_streak(finished, rest)),
        week=WeekProgress(monday, week_minutes, weekly_goal_minutes),
        routines=tuple(routines),
        body_areas=tuple(body),
        back_scores=totals.back_scores,
        rest_weekdays=rest,
        first_weekday=first_weekday,
    )


class TotalsSource(Protocol):
    """Anything that reads HistoryTotals (a HistoryStore)."""

    def totals(self, since: date, scores_since: date | None = None) -> HistoryTotals: ...


def read_statistics(source: TotalsSource, now: float, zone: tzinfo, *,
                    rest_weekdays: Collection[int] = (), weekly_goal_minutes: float = 0.0,
                    areas: Mapping[str, tuple[str, ...]] | None = None,
                    first_weekday: int = 0) -> HistoryStatistics:
    """Reads the totals the statistics at `now` in `zone` need, and computes them."""
    today = local_today(now, zone)
    totals = source.totals(today - timedelta(days=WINDOW_DAYS - 1),
                           today - timedelta(days=SCORE_DAYS - 1))
    return history_statistics(totals, today, rest_weekdays=rest_weekdays,
                              weekly_goal_minutes=weekly_goal_minutes, areas=areas,
                              first_weekday=first_weekday)
