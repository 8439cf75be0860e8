"""Statistics on local days: midnight, DST changes, time zones, rest days, 4-week totals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from stretchdesk import paths
from stretchdesk.core.history import HistoryStatistics, HistoryStore, Outcome, read_statistics
from stretchdesk.core.history.body_areas import OTHER, areas_by_stretch
from stretchdesk.core.library import load_library
from stretchdesk.core.timeline import PhaseKind
from tests.core.history.sessions import NEW_YORK, PARIS, local, phase, record

SAT, SUN = 5, 6


def stats(store: HistoryStore, now: float, zone: ZoneInfo = PARIS,
          **options: Any) -> HistoryStatistics:
    return read_statistics(store, now, zone, **options)


def daily(store: HistoryStore, first: date, days: int, zone: ZoneInfo = PARIS,
          hour: int = 8, skip: tuple[int, ...] = (), **options: Any) -> None:
    """A finished routine at `hour` local time every day from `first`, but weekdays `skip`."""
    for n in range(days):
        day = first + timedelta(days=n)
        if day.weekday() not in skip:
            record(store, local(zone, day.year, day.month, day.day, hour), zone, **options)


def test_minutes_fall_on_the_local_day_a_session_began_either_side_of_midnight(
        store: HistoryStore) -> None:
    record(store, local(PARIS, 2026, 3, 27, 23, 59, 59), minutes=10)  # runs past midnight
    record(store, local(PARIS, 2026, 3, 28, 0, 0, 0), minutes=5)
    result = stats(store, local(PARIS, 2026, 3, 28, 12))
    assert dict(result.day_minutes) == {date(2026, 3, 27): 10.0, date(2026, 3, 28): 5.0}
    assert result.minutes_on(date(2026, 3, 26)) == 0.0


@pytest.mark.parametrize(("zone", "change"), [
    (PARIS, date(2026, 3, 29)),  # 02:00 -> 03:00: a 23-hour day
    (PARIS, date(2026, 10, 25)),  # 03:00 -> 02:00: a 25-hour day
    (NEW_YORK, date(2026, 3, 8)),
    (NEW_YORK, date(2026, 11, 1)),
])
def test_a_daily_routine_across_a_clock_change_is_one_unbroken_run_of_days(
        store: HistoryStore, zone: ZoneInfo, change: date) -> None:
    first = change - timedelta(days=3)
    for hour in (0, 23):  # just after and just before midnight, the riskiest moments
        daily(store, first, 7, zone, hour=hour, minutes=1)
    for moment in (0, 12, 23):
        last = first + timedelta(days=6)
        result = stats(store, local(zone, last.year, last.month, last.day, moment, 30), zone)
        assert sorted(result.day_minutes) == [first + timedelta(days=n) for n in range(7)]
        assert set(result.day_minutes.values()) == {2.0}
        assert (result.streaks.current, result.streaks.best) == (7, 7)


def test_the_repeated_hour_when_clocks_go_back_belongs_to_that_one_day(
        store: HistoryStore) -> None:
    record(store, local(PARIS, 2026, 10, 25, 2, 30, fold=0), minutes=3)  # summer time
    record(store, local(PARIS, 2026, 10, 25, 2, 30, fold=1), minutes=4)  # an hour later
    result = stats(store, local(PARIS, 2026, 10, 25, 9))
    assert dict(result.day_minutes) == {date(2026, 10, 25): 7.0}


def test_today_without_a_routine_yet_keeps_the_streak_until_the_day_is_over(
        store: HistoryStore) -> None:
    daily(store, date(2026, 3, 2), 3)  # Monday to Wednesday
    assert stats(store, local(PARIS, 2026, 3, 5, 0, 0, 0)).streaks.current == 3
    assert stats(store, local(PARIS, 2026, 3, 5, 23, 59, 59)).streaks.current == 3
    broken = stats(store, local(PARIS, 2026, 3, 6, 0, 0, 0))
    assert (broken.streaks.current, broken.streaks.best) == (0, 3)


def test_today_is_the_day_in_the_persons_zone_now(store: HistoryStore) -> None:
    daily(store, date(2026, 3, 25), 2, NEW_YORK, hour=19)  # 25 and 26 March in New York
    instant = local(NEW_YORK, 2026, 3, 27, 23, 30)  # already the 28th in Paris
    in_new_york = stats(store, instant, NEW_YORK)
    in_paris = stats(store, instant, PARIS)
    assert (in_new_york.today, in_new_york.streaks.current) == (date(2026, 3, 27), 2)
    assert (in_paris.today, in_paris.streaks.current) == (date(2026, 3, 28), 0)


def test_a_session_keeps_its_day_when_the_person_travels(store: HistoryStore) -> None:
    record(store, local(PARIS, 2026, 3, 26, 8), PARIS, minutes=10)
    # The same evening in New York: already the 27th in Paris, still the 26th there.
    record(store, local(NEW_YORK, 2026, 3, 26, 20), NEW_YORK, minutes=5)
    result = stats(store, local(NEW_YORK, 2026, 3, 26, 21), NEW_YORK)
    assert dict(result.day_minutes) == {date(2026, 3, 26): 15.0}
    assert result.streaks.current == 1


def test_chosen_rest_days_do_not_break_a_streak(store: HistoryStore) -> None:
    daily(store, date(2026, 3, 2), 19, skip=(SAT, SUN))  # three weeks of weekdays
    monday = local(PARIS, 2026, 3, 23, 7)
    rested = stats(store, monday, rest_weekdays={SAT, SUN})
    assert (rested.streaks.current, rested.streaks.best) == (15, 15)
    plain = stats(store, monday)
    assert (plain.streaks.current, plain.streaks.best) == (0, 5)


def test_a_routine_on_a_rest_day_counts_and_a_missed_weekday_still_breaks(
        store: HistoryStore) -> None:
    daily(store, date(2026, 3, 2), 7)  # Monday to Sunday, rest days included
    daily(store, date(2026, 3, 10), 3)  # Tuesday 10th to Thursday: Monday 9th missed
    result = stats(store, local(PARIS, 2026, 3, 12, 20), rest_weekdays={SAT, SUN})
    assert (result.streaks.current, result.streaks.best) == (3, 7)


def test_every_day_a_rest_day_never_breaks_the_run(store: HistoryStore) -> None:
    daily(store, date(2026, 1, 5), 1)
    daily(store, date(2026, 3, 2), 1)
    result = stats(store, local(PARIS, 2026, 4, 1, 9), rest_weekdays=set(range(7)))
    assert (result.streaks.current, result.streaks.best) == (2, 2)


def test_stopped_and_unfinished_sessions_count_minutes_but_not_streak_days(
        store: HistoryStore) -> None:
    record(store, local(PARIS, 2026, 3, 2, 8), minutes=4, outcome=Outcome.STOPPED)
    record(store, local(PARIS, 2026, 3, 3, 8), minutes=6, outcome=None)
    record(store, local(PARIS, 2026, 3, 4, 8), minutes=2)
    result = stats(store, local(PARIS, 2026, 3, 4, 9))
    assert [result.minutes_on(date(2026, 3, d)) for d in (2, 3, 4)] == [4.0, 6.0, 2.0]
    assert result.finished_days == {date(2026, 3, 4)}
    assert (result.streaks.current, result.streaks.best) == (1, 1)


@pytest.mark.parametrize(("first_weekday", "week_start", "minutes"), [
    (0, date(2026, 3, 9), 30.0),  # weeks begin on Monday: Mon 9 to Wed 11
    (6, date(2026, 3, 8), 40.0),  # on Sunday: Sun 8 to Wed 11
])
def test_this_weeks_minutes_against_the_weekly_goal(
        store: HistoryStore, first_weekday: int, week_start: date, minutes: float) -> None:
    daily(store, date(2026, 3, 6), 6, minutes=10)  # Friday 6th to Wednesday 11th
    result = stats(store, local(PARIS, 2026, 3, 11, 20), weekly_goal_minutes=60,
                   first_weekday=first_weekday)
    assert result.week is not None
    assert (result.week.first_day, result.week.minutes) == (week_start, minutes)
    assert result.week.fraction == pytest.approx(minutes / 60) and not result.week.reached
    done = stats(store, local(PARIS, 2026, 3, 11, 20), weekly_goal_minutes=20)
    assert done.week is not None and done.week.fraction == 1.0 and done.week.reached


def test_minutes_per_routine_cover_the_last_four_weeks_under_the_latest_name(
        store: HistoryStore) -> None:
    record(store, local(PARIS, 2026, 2, 1, 8), minutes=50)  # 28 days before: left out
    record(store, local(PARIS, 2026, 2, 2, 8), minutes=7, name="After sitting (old name)")
    record(store, local(PARIS, 2026, 3, 1, 8), minutes=8)
    record(store, local(PARIS, 2026, 3, 1, 9), minutes=20, routine="before-bed",
           name="Before bed")
    result = stats(store, local(PARIS, 2026, 3, 1, 23))
    assert [(s.key, s.label, s.minutes) for s in result.routines] == [
        ("before-bed", "Before bed", 20.0), ("after-sitting", "After long sitting", 15.0)]
    assert result.window_start == date(2026, 2, 2)


def test_minutes_per_body_area_count_holds_in_every_area_the_stretch_works(
        store: HistoryStore) -> None:
    areas = areas_by_stretch(load_library(paths.data_dir()).stretches)
    record(store, local(PARIS, 2026, 3, 2, 8), phases=[
        phase(0, PhaseKind.PREPARE, "single-knee-to-chest", 10.0),
        phase(1, PhaseKind.HOLD, "single-knee-to-chest", 120.0),  # lower back and hips
        phase(2, PhaseKind.HOLD, "standing-hamstring-crossover", 60.0),
        phase(3, PhaseKind.HOLD, "a-deleted-stretch", 30.0)])
    result = stats(store, local(PARIS, 2026, 3, 2, 9), areas=areas)
    assert {s.label: s.minutes for s in result.body_areas} == {
        "Lower back": 3.0, "Hips and buttocks": 2.0, "Back of the thighs": 1.0, OTHER: 0.5}
    assert result.body_areas[0].label == "Lower back"


def test_back_scores_come_in_time_order_with_missing_answers_left_empty(
        store: HistoryStore) -> None:
    record(store, local(PARIS, 2025, 11, 1, 8), before=9, after=8)  # over 13 weeks ago
    record(store, local(PARIS, 2026, 3, 2, 8), before=7, after=4)
    record(store, local(PARIS, 2026, 3, 3, 8))  # not asked: not in the series
    record(store, local(PARIS, 2026, 3, 4, 8), before=6)  # stopped before the end question
    result = stats(store, local(PARIS, 2026, 3, 4, 9))
    assert [(s.day, s.before, s.after) for s in result.back_scores] == [
        (date(2026, 3, 2), 7, 4), (date(2026, 3, 4), 6, None)]


def test_no_history_gives_empty_statistics(store: HistoryStore) -> None:
    result = stats(store, local(PARIS, 2026, 3, 4, 9), weekly_goal_minutes=60)
    assert result.day_minutes == {} and result.first_day is None
    assert (result.streaks.current, result.streaks.best) == (0, 0)
    assert result.week is not None and result.week.minutes == 0


def test_every_shipped_stretch_works_a_known_body_area() -> None:
    areas = areas_by_stretch(load_library(paths.data_dir()).stretches)
    assert areas and all(OTHER not in found for found in areas.values()), areas
