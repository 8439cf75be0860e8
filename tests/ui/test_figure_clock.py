"""The figure's movement clock keeps its frames out of the way of the session's events:
a frame begun just before a phase's end held up its chime and its start by a frame's
work (the benchmark's phase-start errors of 20–35 ms at --speed 20)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.controller.driver import SessionDriver
from stretchdesk.core.library import load_library
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline
from stretchdesk.ui.figure_clock import AFTER_EVENT_MS, FRAME_SPAN_MS, MovementClock
from tests.core.clock import FakeClock
from tests.helpers.timers import FakeTimers
from tests.ui.conftest import MakeWindow, advance


@pytest.fixture
def movement(qtbot: QtBot) -> MovementClock:
    movement = MovementClock(1200)
    movement.start()
    return movement


def test_with_no_session_a_frame_wakes_when_asked(movement: MovementClock) -> None:
    assert movement._clear_of_events(40) == 40


def test_a_frame_that_would_run_into_an_event_waits_until_just_after_it(
        movement: MovementClock) -> None:
    movement.next_event_in = lambda: 0.010  # a phase ends in 10 ms
    assert movement._clear_of_events(0) == 10 + AFTER_EVENT_MS
    assert movement._clear_of_events(5) == 10 + AFTER_EVENT_MS
    movement.wake_at(0)
    wait = movement.next_wake_in()
    assert wait is not None and wait >= 10 + AFTER_EVENT_MS - 1


@pytest.mark.parametrize("event_s", [0.003, 0.020 + FRAME_SPAN_MS / 1000])
def test_a_frame_well_clear_of_the_event_is_not_moved(movement: MovementClock,
                                                      event_s: float) -> None:
    movement.next_event_in = lambda: event_s  # already past when it wakes, or long after
    assert movement._clear_of_events(20) == 20


def test_the_next_event_is_a_phase_end_or_a_timed_moment_in_real_seconds(
        qtbot: QtBot) -> None:
    """At --speed 4 the driver tells real seconds: a quarter of the session's."""
    library = load_library(paths.data_dir())
    timeline = build_timeline(library.routines["desk-break"], library, Settings())
    fake, timers = FakeClock(), FakeTimers()
    driver = SessionDriver(fake, 4.0, None, None, timers)
    assert driver.seconds_to_next_event() is None
    driver.load(timeline)
    driver.start()
    first = timeline[0]
    assert first.kind is PhaseKind.PREPARE
    soon = driver.seconds_to_next_event()
    assert soon is not None and 0 < soon <= first.seconds / 4.0
    fake.advance(soon / 2)
    assert driver.seconds_to_next_event() == pytest.approx(soon / 2)


def test_the_session_screen_gives_the_figure_the_drivers_next_event(
        make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    window.controller.start_routine("desk-break")
    advance(window, clock, 1.0)
    movement = window.session_view.figure.clock  # type: ignore[attr-defined]
    told = movement.next_event_in()
    assert told is not None
    assert told == pytest.approx(window.controller.driver.seconds_to_next_event())
