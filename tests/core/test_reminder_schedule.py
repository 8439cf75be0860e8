"""Routine reminders at set times: weekdays, week boundaries, DST, sleep and clock changes."""

from __future__ import annotations

from datetime import UTC, time, timedelta

import pytest

from stretchdesk.core.reminders.calendar import Moment, occurrence_on
from stretchdesk.core.reminders.scheduler import LATE_LIMIT, ReminderKind, ReminderScheduler
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    WEEKDAYS,
    ReminderSettings,
    RoutineReminder,
    Weekday,
)
from tests.core.reminder_clocks import NEW_YORK, PARIS, FakeClocks, paris, run

MORNING = RoutineReminder("morning-stiffness", time(7, 30), WEEKDAYS)


def scheduler_at(clocks: FakeClocks, *reminders: RoutineReminder) -> ReminderScheduler:
    return ReminderScheduler(ReminderSettings(routines=reminders), clocks.now())


def test_a_weekday_reminder_comes_at_its_time_monday_to_friday_only() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 0, 0))  # a Monday
    scheduler = scheduler_at(clocks, MORNING)
    shown = run(scheduler, clocks, paris(2026, 11, 9, 0, 0))
    assert [wall.isoformat() for wall, _ in shown] == [
        f"2026-11-0{day}T07:30:00+01:00" for day in range(2, 7)
    ]
    assert all(r.routine_id == "morning-stiffness" and r.kind is ReminderKind.ROUTINE
               and not r.late for _, r in shown)
    assert [r.planned for _, r in shown] == [wall for wall, _ in shown]


def test_the_wait_after_friday_spans_the_weekend_in_one_timer() -> None:
    clocks = FakeClocks(paris(2026, 11, 6, 7, 30))  # Friday, as the reminder falls
    scheduler = scheduler_at(clocks, MORNING)
    clocks.advance(1)
    assert scheduler.poll(clocks.now()) is None  # it fell before the scheduler knew it
    assert scheduler.next_check(clocks.now()) == 3 * 24 * 3600 - 1  # Monday 07:30


def test_a_sunday_and_monday_reminder_crosses_the_week_and_year_boundary() -> None:
    clocks = FakeClocks(paris(2026, 12, 26, 12, 0))  # Saturday
    reminder = RoutineReminder("before-bed", time(22, 0),
                               frozenset({Weekday.SUNDAY, Weekday.MONDAY}))
    scheduler = scheduler_at(clocks, reminder)
    shown = run(scheduler, clocks, paris(2027, 1, 5, 0, 0))
    assert [wall.strftime("%a %Y-%m-%d %H:%M") for wall, _ in shown] == [
        "Sun 2026-12-27 22:00", "Mon 2026-12-28 22:00",
        "Sun 2027-01-03 22:00", "Mon 2027-01-04 22:00",
    ]


def test_spring_forward_keeps_the_local_time_and_the_day_is_23_hours() -> None:
    clocks = FakeClocks(paris(2026, 3, 28, 7, 30))  # Saturday before the change
    daily = RoutineReminder("morning-stiffness", time(7, 30), EVERY_DAY)
    scheduler = scheduler_at(clocks, daily)
    assert scheduler.next_check(clocks.now()) == 23 * 3600  # Sunday 07:30 CEST
    shown = run(scheduler, clocks, paris(2026, 3, 30, 0, 0))
    assert [wall.isoformat() for wall, _ in shown] == ["2026-03-29T07:30:00+02:00"]


def test_a_time_skipped_by_spring_forward_comes_once_after_the_gap() -> None:
    clocks = FakeClocks(paris(2026, 3, 28, 12, 0))
    night = RoutineReminder("before-bed", time(2, 30), EVERY_DAY)
    scheduler = scheduler_at(clocks, night)
    shown = run(scheduler, clocks, paris(2026, 3, 30, 12, 0))
    assert [wall.isoformat() for wall, _ in shown] == [
        "2026-03-29T03:30:00+02:00",  # 02:30 does not exist that night
        "2026-03-30T02:30:00+02:00",
    ]


def test_fall_back_shows_a_twice_happening_time_once_and_the_day_is_25_hours() -> None:
    clocks = FakeClocks(paris(2026, 10, 24, 12, 0))
    night = RoutineReminder("before-bed", time(2, 30), EVERY_DAY)
    morning = RoutineReminder("morning-stiffness", time(7, 30), EVERY_DAY)
    scheduler = scheduler_at(clocks, night, morning)
    shown = run(scheduler, clocks, paris(2026, 10, 26, 0, 0))
    assert [(wall.isoformat(), r.routine_id) for wall, r in shown] == [
        ("2026-10-25T02:30:00+02:00", "before-bed"),  # the first 02:30, not the second
        ("2026-10-25T07:30:00+01:00", "morning-stiffness"),
    ]
    first, second = (occurrence_on(d, time(7, 30), PARIS) for d in (
        paris(2026, 10, 24).date(), paris(2026, 10, 25).date()))
    assert second - first == timedelta(hours=25)


def test_a_reminder_missed_during_sleep_is_shown_once_on_waking_marked_late() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = scheduler_at(clocks, MORNING)
    clocks.sleep(3600)  # suspended from 07:00 to 08:00; the timer could not fire
    reminder = scheduler.poll(clocks.now())
    assert reminder is not None and reminder.late
    assert reminder.planned == paris(2026, 11, 2, 7, 30)
    assert scheduler.poll(clocks.now()) is None
    assert run(scheduler, clocks, paris(2026, 11, 3, 7, 0)) == []


def test_days_of_sleep_give_at_most_one_reminder_never_a_burst() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    reminders = [RoutineReminder(f"routine-{h}", time(h, 0), EVERY_DAY) for h in range(6, 10)]
    scheduler = scheduler_at(clocks, *reminders)
    clocks.sleep(3 * 24 * 3600 + 2 * 3600 + 60)  # wakes on Thursday at 09:01
    shown = run(scheduler, clocks, paris(2026, 11, 5, 12, 0))
    assert [(wall.strftime("%a %H:%M"), r.routine_id, r.late) for wall, r in shown] == [
        ("Thu 09:01", "routine-9", False),  # the latest due; the others are let go
    ]


def test_a_reminder_more_than_the_late_limit_behind_is_let_go() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = scheduler_at(clocks, MORNING)
    clocks.sleep(30 * 60 + LATE_LIMIT.total_seconds() + 60)  # 09:31, just past the limit
    assert scheduler.poll(clocks.now()) is None
    assert scheduler.next_check(clocks.now()) == pytest.approx(22 * 3600 - 60)


def test_a_clock_set_forward_by_days_shows_at_most_one() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = scheduler_at(clocks, MORNING, RoutineReminder("x", time(7, 45), EVERY_DAY))
    clocks.set_wall(paris(2026, 11, 6, 7, 50))
    shown = run(scheduler, clocks, paris(2026, 11, 6, 12, 0))
    assert [(wall.strftime("%a %H:%M"), r.routine_id) for wall, r in shown] == [
        ("Fri 07:50", "x")]


def test_a_clock_set_back_a_little_does_not_show_a_reminder_again() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = scheduler_at(clocks, MORNING)
    assert len(run(scheduler, clocks, paris(2026, 11, 2, 7, 40))) == 1
    clocks.set_wall(paris(2026, 11, 2, 7, 10))
    shown = run(scheduler, clocks, paris(2026, 11, 3, 8, 0))
    assert [wall.strftime("%a %H:%M") for wall, _ in shown] == ["Tue 07:30"]


def test_a_clock_set_back_by_days_does_not_silence_the_reminders_until_it_catches_up() -> None:
    clocks = FakeClocks(paris(2026, 11, 5, 7, 0))
    scheduler = scheduler_at(clocks, MORNING)
    assert len(run(scheduler, clocks, paris(2026, 11, 5, 8, 0))) == 1
    clocks.set_wall(paris(2026, 11, 2, 6, 0))  # back to Monday
    shown = run(scheduler, clocks, paris(2026, 11, 3, 8, 0))
    assert [wall.strftime("%a %d %H:%M") for wall, _ in shown] == ["Mon 02 07:30", "Tue 03 07:30"]


def test_after_a_time_zone_change_reminders_follow_the_new_local_time() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = scheduler_at(clocks, MORNING)
    assert len(run(scheduler, clocks, paris(2026, 11, 2, 9, 0))) == 1
    clocks.move_to(NEW_YORK)  # 03:00 in New York, the same Monday
    now = clocks.now()
    assert now.wall.hour == 3
    assert scheduler.next_check(now) == 4.5 * 3600
    shown = run(scheduler, clocks, clocks.wall + timedelta(hours=6))
    assert [wall.isoformat() for wall, _ in shown] == ["2026-11-02T07:30:00-05:00"]


def test_a_reminder_added_after_its_time_today_waits_for_its_next_day() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 8, 0))
    scheduler = scheduler_at(clocks)
    scheduler.apply(ReminderSettings(routines=(MORNING,)), clocks.now())
    assert scheduler.poll(clocks.now()) is None
    assert scheduler.next_check(clocks.now()) == 23.5 * 3600


def test_a_switched_off_reminder_and_no_reminders_arm_nothing() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 8, 0))
    off = RoutineReminder("morning-stiffness", time(9, 0), EVERY_DAY, enabled=False)
    scheduler = scheduler_at(clocks, off)
    assert scheduler.next_check(clocks.now()) is None
    assert run(scheduler, clocks, paris(2026, 11, 4, 0, 0)) == []


def test_a_moment_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        Moment(paris(2026, 11, 2).replace(tzinfo=None), 0.0)
    assert Moment(paris(2026, 11, 2, 1), 0.0).utc == paris(2026, 11, 2, 1).astimezone(UTC)
