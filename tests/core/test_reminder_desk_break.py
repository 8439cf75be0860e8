"""The desk-break reminder: minutes of use, idle resets, sleep, and how often it asks."""

from __future__ import annotations

from datetime import timedelta

from stretchdesk.core.reminders.scheduler import ReminderKind, ReminderScheduler
from stretchdesk.core.reminders.settings import DeskBreak, ReminderSettings
from stretchdesk.core.reminders.usage import AWAY_POLL_SECONDS
from tests.core.reminder_clocks import FakeClocks, Person, paris, run

DESK = ReminderSettings(desk_break=DeskBreak(enabled=True))  # 50 minutes, idle 5 minutes
START = paris(2026, 11, 2, 9, 0)


def desk_scheduler(clocks: FakeClocks, settings: ReminderSettings = DESK,
                   idle_signals: bool = False) -> ReminderScheduler:
    return ReminderScheduler(settings, clocks.now(), idle_signals=idle_signals)


def shown_times(shown: list) -> list[str]:  # type: ignore[type-arg]
    return [wall.strftime("%H:%M:%S") for wall, _ in shown]


def test_after_fifty_minutes_of_use_the_desk_break_is_suggested_and_counts_again() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks)
    shown = run(scheduler, clocks, paris(2026, 11, 2, 11, 0))
    assert shown_times(shown) == ["09:50:00", "10:40:00"]
    assert all(r.kind is ReminderKind.DESK_BREAK and r.routine_id == "desk-break"
               for _, r in shown)


def test_five_minutes_away_resets_the_count_from_the_return() -> None:
    clocks = FakeClocks(START)
    person = Person(away=[(clocks.mono + 30 * 60, clocks.mono + 36 * 60)])  # 09:30–09:36
    scheduler = desk_scheduler(clocks)
    shown = run(scheduler, clocks, paris(2026, 11, 2, 10, 40), idle=person.idle)
    assert shown_times(shown) == ["10:26:00"]  # 50 minutes after coming back at 09:36


def test_four_minutes_away_is_not_a_break() -> None:
    clocks = FakeClocks(START)
    person = Person(away=[(clocks.mono + 30 * 60, clocks.mono + 34 * 60)])
    scheduler = desk_scheduler(clocks)
    assert shown_times(run(scheduler, clocks, paris(2026, 11, 2, 10, 0),
                           idle=person.idle)) == ["09:50:00"]


def test_the_idle_limit_is_a_setting() -> None:
    clocks = FakeClocks(START)
    person = Person(away=[(clocks.mono + 30 * 60, clocks.mono + 34 * 60)])
    settings = ReminderSettings(desk_break=DeskBreak(enabled=True, idle_reset_minutes=3))
    scheduler = desk_scheduler(clocks, settings)
    assert shown_times(run(scheduler, clocks, paris(2026, 11, 2, 10, 30),
                           idle=person.idle)) == ["10:24:00"]


def test_without_idle_signals_no_break_goes_unseen_and_no_check_is_wasted() -> None:
    clocks = FakeClocks(START)
    # Away 09:12:30–09:17:40, between two looks five minutes apart.
    person = Person(away=[(clocks.mono + 750, clocks.mono + 1060)])
    scheduler = desk_scheduler(clocks)
    waits: list[float] = []
    shown = run(scheduler, clocks, paris(2026, 11, 2, 10, 30), idle=person.idle, waits=waits)
    # Seen away at 09:17:30 (idle reached 5 minutes), back at the next look a minute
    # later: the new stretch counts from 09:18:30.
    assert shown_times(shown) == ["10:08:30"]
    # While typing, one look every idle limit (5 min): about 18 in 90 minutes, plus the
    # look when idleness could reach the limit and the minute to see the return.
    assert len(waits) <= 21
    assert max(waits) == 300


def test_with_idle_signals_nothing_polls_while_the_person_is_away() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks, idle_signals=True)
    assert scheduler.next_check(clocks.now()) == 50 * 60  # no idle looks in between
    clocks.advance(10 * 60)
    assert scheduler.poll(clocks.now(), idle=6 * 60.0) is None  # the desktop said: away
    assert scheduler.next_check(clocks.now()) is None  # until it says: back
    clocks.advance(20 * 60)
    assert scheduler.poll(clocks.now(), idle=0.0) is None
    assert scheduler.next_check(clocks.now()) == 50 * 60


def test_without_idle_signals_the_return_is_looked_for_once_a_minute() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks)
    clocks.advance(10 * 60)
    scheduler.poll(clocks.now(), idle=6 * 60.0)
    assert scheduler.next_check(clocks.now()) == AWAY_POLL_SECONDS


def test_sleep_never_counts_as_use_and_a_long_sleep_is_a_break() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks)
    run(scheduler, clocks, paris(2026, 11, 2, 9, 40))
    clocks.sleep(2 * 60)  # a short suspend at 40 minutes of use: not a break
    assert shown_times(run(scheduler, clocks, paris(2026, 11, 2, 10, 0))) == ["09:52:00"]
    run(scheduler, clocks, paris(2026, 11, 2, 10, 30))  # 38 minutes of use since
    clocks.sleep(30 * 60)  # a long one: the count starts again on waking at 11:00
    assert shown_times(run(scheduler, clocks, paris(2026, 11, 2, 12, 0))) == ["11:50:00"]


def test_with_no_idle_reading_the_count_runs_on_the_clock() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks)
    waits: list[float] = []
    shown = run(scheduler, clocks, paris(2026, 11, 2, 10, 0), idle=lambda mono: None,
                waits=waits)
    assert shown_times(shown) == ["09:50:00"]
    assert waits[0] == 50 * 60  # nothing to look at in between


def test_a_routine_done_restarts_the_count() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks)
    clocks.advance(40 * 60)
    scheduler.poll(clocks.now())
    scheduler.note_break(clocks.now())
    assert scheduler.used_seconds(clocks.now()) == 0
    assert shown_times(run(scheduler, clocks, paris(2026, 11, 2, 10, 40))) == ["10:30:00"]


def test_changing_the_length_keeps_the_stretch_under_way() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks)
    clocks.advance(20 * 60)
    scheduler.poll(clocks.now(), idle=0.0)
    scheduler.apply(ReminderSettings(desk_break=DeskBreak(enabled=True, after_minutes=30)),
                    clocks.now())
    assert scheduler.next_check(clocks.now()) == 5 * 60  # the idle look comes first
    assert shown_times(run(scheduler, clocks, START + timedelta(minutes=59))) == ["09:30:00"]


def test_switching_the_desk_break_on_counts_from_then() -> None:
    clocks = FakeClocks(START)
    scheduler = desk_scheduler(clocks, ReminderSettings())
    clocks.advance(3 * 3600)
    assert scheduler.next_check(clocks.now()) is None
    scheduler.apply(DESK, clocks.now())
    assert shown_times(run(scheduler, clocks, paris(2026, 11, 2, 13, 0))) == ["12:50:00"]
