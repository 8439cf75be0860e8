"""SessionDriver on a fake clock: signals in order, repaints only on change, no idle timer."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk.controller.driver import SessionDriver
from stretchdesk.core.library import Library
from stretchdesk.core.session import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline
from tests.core.clock import FakeClock


@pytest.fixture
def driver(qtbot: QtBot, clock: FakeClock) -> SessionDriver:
    return SessionDriver(clock=clock)


def load(driver: SessionDriver, library: Library, routine: str = "desk-break") -> None:
    driver.load(build_timeline(library.routines[routine], library, Settings()))


def test_no_timer_runs_until_a_session_starts(driver: SessionDriver, library: Library) -> None:
    assert not driver.timer_active
    load(driver, library)
    assert not driver.timer_active
    driver.start()
    assert driver.timer_active


def test_phases_arrive_as_signals_in_timeline_order(
    driver: SessionDriver, library: Library, clock: FakeClock
) -> None:
    load(driver, library)
    assert driver.session is not None
    timeline = driver.session.timeline
    started: list[tuple[int, PhaseKind]] = []
    driver.phase_started.connect(lambda i, p: started.append((i, p.kind)))
    finished: list[bool] = []
    driver.finished.connect(lambda: finished.append(True))
    driver.start()
    for _ in range(int(timeline.total_seconds) + 2):
        clock.advance(1.0)
        driver.tick()
    assert started == [(i, p.kind) for i, p in enumerate(timeline)]
    assert finished == [True]
    assert driver.state is SessionState.FINISHED
    assert not driver.timer_active  # nothing left to count: the timer is off


def test_countdown_halfway_and_breath_signals(
    driver: SessionDriver, library: Library, clock: FakeClock
) -> None:
    load(driver, library, "gentle-beginner")  # pelvic tilt, first, is paced by the breath
    counts: list[int] = []
    halfways: list[int] = []
    breaths: list[bool] = []
    driver.countdown.connect(counts.append)
    driver.halfway.connect(halfways.append)
    driver.breath.connect(lambda _i, inhale: breaths.append(inhale))
    driver.start()
    clock.advance(10.0)  # the first starting position: 10 s, so 3-2-1 before its end
    driver.tick()
    assert counts == [3, 2, 1]
    clock.advance(23.0)  # past the middle of the first hold (45 s, a breath every 3 s)
    driver.tick()
    assert halfways == [1]
    assert len(breaths) == 7  # 3, 6, ... 21 s into the hold
    assert breaths[:2] == [False, True]  # out first, then in


def test_pause_stops_the_timer_and_freezes_remaining(
    driver: SessionDriver, library: Library, clock: FakeClock
) -> None:
    load(driver, library)
    driver.start()
    clock.advance(4.0)
    driver.tick()
    driver.pause()
    assert not driver.timer_active
    assert driver.session is not None
    frozen = driver.session.remaining
    clock.advance(60.0)
    driver.tick()
    assert driver.session.remaining == pytest.approx(frozen)
    driver.resume()
    assert driver.timer_active
    clock.advance(1.0)
    driver.tick()
    assert driver.session.remaining == pytest.approx(frozen - 1.0)


def test_remaining_is_sent_only_when_what_is_shown_changes(
    driver: SessionDriver, library: Library, clock: FakeClock
) -> None:
    load(driver, library)
    sent: list[float] = []
    driver.remaining_changed.connect(lambda remaining, _length: sent.append(remaining))
    driver.start()
    sent.clear()
    for _ in range(3):
        driver.tick()  # no time passed: nothing to repaint
    assert sent == []
    for _ in range(500):  # 5 s in 10 ms steps, much faster than anything is shown
        clock.advance(0.01)
        driver.tick()
    # The starting position lasts 10 s: its ring has 100 steps of 0.1 s at most.
    assert 5 <= len(sent) <= 5 / 0.1 + 1
    assert len(sent) <= 51  # never more than 10 repaints a second


def test_next_wake_comes_just_after_the_next_whole_second(
    driver: SessionDriver, library: Library, clock: FakeClock
) -> None:
    load(driver, library)
    driver.start()
    clock.advance(0.95)
    driver.tick()
    # 9.05 s left: the shown number changes in 0.05 s, so the timer must not wait longer.
    assert driver.next_wake_ms is not None
    assert driver.next_wake_ms <= 0.05 * 1000 + 3


def test_speed_runs_phases_faster(qtbot: QtBot, library: Library, clock: FakeClock) -> None:
    driver = SessionDriver(clock=clock, speed=10.0)
    load(driver, library)
    driver.start()
    clock.advance(0.5)
    driver.tick()
    assert driver.session is not None
    assert driver.session.remaining == pytest.approx(10.0 - 5.0)


def test_speed_must_be_positive(qtbot: QtBot, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="speed"):
        SessionDriver(clock=clock, speed=0)


def test_commands_without_a_session_do_nothing(driver: SessionDriver) -> None:
    for command in (driver.pause, driver.resume, driver.toggle, driver.skip, driver.back,
                    driver.stop):
        command()
    driver.extend(5.0)
    assert driver.state is SessionState.IDLE
    assert not driver.timer_active


def test_stop_sends_stopped_and_turns_the_timer_off(
    driver: SessionDriver, library: Library, clock: FakeClock
) -> None:
    load(driver, library)
    states: list[SessionState] = []
    driver.state_changed.connect(states.append)
    driver.start()
    clock.advance(2.0)
    driver.stop()
    assert states == [SessionState.RUNNING, SessionState.STOPPED]
    assert not driver.timer_active


def test_the_timer_wakes_just_before_an_event_and_the_driver_waits_out_the_rest(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    """Qt's timers count whole milliseconds: waking at or after an event to be safe made
    every phase start ~3 ms late (a 2 ms margin and the rounding up)."""
    waits: list[float] = []

    def settle(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds)

    driver = SessionDriver(clock=clock, settle=settle)
    load(driver, library)
    batches: list[object] = []
    driver.events.connect(batches.append)
    driver.start()
    batches.clear()
    ahead = driver.seconds_to_next_event()
    assert ahead is not None
    clock.advance(ahead - 0.0107)
    driver.tick()
    assert batches == [] and waits == []  # not yet: 10.7 ms to go
    assert driver.next_wake_ms == 10  # the last whole millisecond before it, not 13
    clock.advance(0.0092)
    driver.tick()  # the timer woke 1.5 ms ahead of the event
    assert waits == [pytest.approx(0.0015)]
    assert len(batches) == 1  # the event went out in this tick, on the dot
    assert driver.seconds_to_next_event() is not None


def test_a_ring_step_is_still_woken_for_just_after_it(
    driver: SessionDriver, library: Library, clock: FakeClock
) -> None:
    load(driver, library)
    driver.start()
    clock.advance(0.0507)  # the ring's next step (0.1 s) comes before any event
    driver.tick()
    assert driver.next_wake_ms == 52  # 49.3 ms, plus the 2 ms margin, rounded up
