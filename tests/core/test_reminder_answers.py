"""What the person answers (snooze, skip today, pause), busy screens, and state kept."""

from __future__ import annotations

from datetime import UTC, time, timedelta

from stretchdesk.core.reminders.scheduler import (
    BUSY_RECHECK_SECONDS,
    Reminder,
    ReminderKind,
    ReminderScheduler,
)
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.core.reminders.state import SchedulerState, state_from_data, state_to_data
from tests.core.reminder_clocks import FakeClocks, paris, run

MORNING = RoutineReminder("morning-stiffness", time(7, 30), EVERY_DAY)
BOTH = ReminderSettings(routines=(MORNING,), desk_break=DeskBreak(enabled=True))


def times(shown: list) -> list[str]:  # type: ignore[type-arg]
    return [f"{wall:%a %H:%M} {r.routine_id}" for wall, r in shown]


def test_snooze_shows_the_same_reminder_ten_minutes_later() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = ReminderScheduler(ReminderSettings(routines=(MORNING,)), clocks.now())
    snoozes = [1, 1]  # snooze the first two showings

    def answer(reminder: Reminder) -> None:
        if snoozes:
            snoozes.pop()
            scheduler.snooze(reminder, clocks.now())

    shown = run(scheduler, clocks, paris(2026, 11, 2, 9, 0), on_shown=answer)
    assert times(shown) == ["Mon 07:30 morning-stiffness", "Mon 07:40 morning-stiffness",
                            "Mon 07:50 morning-stiffness"]
    assert all(r.planned == paris(2026, 11, 2, 7, 30) and not r.late for _, r in shown)


def test_snoozing_the_desk_break_asks_again_after_ten_more_minutes_of_use() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 9, 0))
    scheduler = ReminderScheduler(ReminderSettings(desk_break=DeskBreak(enabled=True)),
                                  clocks.now())
    answered: list[Reminder] = []

    def answer(reminder: Reminder) -> None:
        if not answered:
            answered.append(reminder)
            scheduler.snooze(reminder, clocks.now())

    shown = run(scheduler, clocks, paris(2026, 11, 2, 10, 30), on_shown=answer)
    assert [f"{wall:%H:%M}" for wall, _ in shown] == ["09:50", "10:00"]


def test_skip_today_drops_a_snooze_and_comes_back_tomorrow() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = ReminderScheduler(ReminderSettings(routines=(MORNING,)), clocks.now())

    def answer(reminder: Reminder) -> None:
        if reminder.planned and reminder.planned.day == 2:
            scheduler.snooze(reminder, clocks.now())
            scheduler.skip_today(reminder, clocks.now())

    shown = run(scheduler, clocks, paris(2026, 11, 3, 9, 0), on_shown=answer)
    assert times(shown) == ["Mon 07:30 morning-stiffness", "Tue 07:30 morning-stiffness"]


def test_skip_today_for_the_desk_break_waits_for_midnight_then_counts_afresh() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 22, 0))
    scheduler = ReminderScheduler(ReminderSettings(desk_break=DeskBreak(enabled=True)),
                                  clocks.now())
    shown = run(scheduler, clocks, paris(2026, 11, 2, 22, 55),
                on_shown=lambda r: scheduler.skip_today(r, clocks.now()))
    assert [f"{wall:%H:%M}" for wall, _ in shown] == ["22:50"]
    assert scheduler.next_check(clocks.now()) == 65 * 60  # one timer, to midnight
    shown = run(scheduler, clocks, paris(2026, 11, 3, 1, 0))
    assert [f"{wall:%H:%M}" for wall, _ in shown] == ["00:50"]


def test_pause_for_an_hour_lets_reminders_in_it_go_and_restarts_the_desk_count() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = ReminderScheduler(BOTH, clocks.now())
    scheduler.pause_for(clocks.now(), timedelta(hours=1))
    assert scheduler.paused_until == paris(2026, 11, 2, 8, 0).astimezone(UTC)
    assert scheduler.next_check(clocks.now()) == 3600
    shown = run(scheduler, clocks, paris(2026, 11, 2, 9, 0))
    assert times(shown) == ["Mon 08:50 desk-break"]  # not 07:30, not 07:50, not at 08:00


def test_pause_until_tomorrow_and_resume() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = ReminderScheduler(BOTH, clocks.now())
    scheduler.pause_until_tomorrow(clocks.now())
    assert scheduler.next_check(clocks.now()) == 17 * 3600
    clocks.advance(3600)
    scheduler.resume(clocks.now())
    assert scheduler.paused_until is None
    assert times(run(scheduler, clocks, paris(2026, 11, 2, 9, 0))) == ["Mon 08:50 desk-break"]


def test_a_busy_screen_holds_a_reminder_back_and_shows_it_once_afterwards() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    second = RoutineReminder("after-sitting", time(7, 40), EVERY_DAY)
    scheduler = ReminderScheduler(ReminderSettings(routines=(MORNING, second)), clocks.now())
    busy_until = paris(2026, 11, 2, 7, 45).astimezone(UTC)
    asked: list[str] = []

    def busy() -> bool:
        asked.append(f"{clocks.wall:%H:%M}")
        return clocks.instant < busy_until

    waits: list[float] = []
    shown = run(scheduler, clocks, paris(2026, 11, 2, 12, 0), busy=busy, waits=waits)
    assert [(f"{wall:%H:%M}", r.routine_id, r.late) for wall, r in shown] == [
        ("07:45", "after-sitting", True)]  # postponed, once: not both, not twice
    assert asked[0] == "07:30" and asked[-1] == "07:45"  # asked only while one was due
    assert BUSY_RECHECK_SECONDS in waits and min(waits) >= 60  # looks once a minute


def test_a_held_back_desk_break_is_dropped_if_the_person_leaves() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 9, 0))
    scheduler = ReminderScheduler(ReminderSettings(desk_break=DeskBreak(enabled=True)),
                                  clocks.now())
    clocks.advance(50 * 60)
    assert scheduler.poll(clocks.now(), 0.0, busy=lambda: True) is None  # a film, say
    assert scheduler.next_check(clocks.now()) == BUSY_RECHECK_SECONDS
    clocks.advance(10 * 60)
    assert scheduler.poll(clocks.now(), 8 * 60.0, busy=lambda: False) is None  # away
    clocks.advance(60)
    assert scheduler.poll(clocks.now(), 0.0) is None  # back: a fresh count
    assert scheduler.used_seconds(clocks.now()) == 0


def test_state_keeps_a_pause_and_a_skip_across_a_restart() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = ReminderScheduler(BOTH, clocks.now())
    scheduler.pause_until_tomorrow(clocks.now())
    desk = Reminder(ReminderKind.DESK_BREAK, "desk-break", "desk-break")
    scheduler.skip_today(desk, clocks.now())
    data = state_to_data(scheduler.state())
    assert data["paused_until"] == "2026-11-02T23:00:00+00:00"
    assert data["skipped"] == {"desk-break": "2026-11-02"}
    restarted = ReminderScheduler(BOTH, clocks.now(), state=state_from_data(data))
    assert restarted.paused_until == scheduler.paused_until
    assert times(run(restarted, clocks, paris(2026, 11, 2, 23, 59))) == []


def test_a_remembered_occurrence_is_not_shown_again_after_a_restart() -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 0))
    scheduler = ReminderScheduler(ReminderSettings(routines=(MORNING,)), clocks.now())
    assert len(run(scheduler, clocks, paris(2026, 11, 2, 7, 35))) == 1
    state = state_from_data(state_to_data(scheduler.state()))
    clocks.advance(60)
    restarted = ReminderScheduler(ReminderSettings(routines=(MORNING,)), clocks.now(),
                                  state=state)
    assert restarted.poll(clocks.now()) is None


def test_a_damaged_state_is_forgotten_not_raised() -> None:
    assert state_from_data("nonsense") == SchedulerState()
    state = state_from_data({"paused_until": "soon", "skipped": {"x": "Tuesday", "y": 3},
                             "handled": {"z": "2026-11-02T07:30:00"}})  # no zone: dropped
    assert state == SchedulerState()
