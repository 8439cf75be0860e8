"""A screen reader hears each phase change and notice once, never the countdown's seconds."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.controller.app_controller import AppController
from stretchdesk.core.reader_words import phase_announcement
from stretchdesk.core.session_state import SessionState
from stretchdesk.ui.announcer import GAP_MS, Announcer
from tests.core.clock import FakeClock
from tests.helpers.timers import FakeTimers
from tests.ui.conftest import MakeController


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def controller(make_controller: MakeController, timers: FakeTimers) -> AppController:
    return make_controller(timers=timers)


@pytest.fixture
def heard(qtbot: QtBot, controller: AppController, timers: FakeTimers) -> list[str]:
    target = QWidget()
    qtbot.addWidget(target)
    announcer = Announcer(controller, target, timers=timers)
    said: list[str] = []
    announcer.announced.connect(said.append)
    return said


def tick_to_next_phase(controller: AppController, clock: FakeClock, timers: FakeTimers) -> None:
    """Lets the clock run to the end of the phase, waking the driver as its timer would."""
    index = controller.session.index if controller.session is not None else 0
    while controller.session is not None and controller.session.index == index:
        (tick,) = timers.running("session tick")
        clock.advance(tick.interval() / 1000)
        tick.fire()


def test_each_phase_is_announced_once_and_the_seconds_never(
    controller: AppController, clock: FakeClock, timers: FakeTimers, heard: list[str],
) -> None:
    controller.start_routine("desk-break", ask_cautions=False)
    phase = controller.session.phase
    name = controller.library.stretches[phase.stretch_id].name
    assert heard == [phase_announcement(phase, name)]
    assert heard[0].startswith("Starting position, ") and name in heard[0]
    # The seconds of the phase pass without a word.
    (tick,) = timers.running("session tick")
    clock.advance(tick.interval() / 1000)
    tick.fire()
    assert len(heard) == 1
    tick_to_next_phase(controller, clock, timers)
    timers.fire("announcement gap")  # 10 s passed: the gap has long closed
    assert len(heard) == 2 and heard[1].startswith("Hold")
    assert timers.running("announcement gap")[0].interval() == GAP_MS


def test_quick_skips_are_gathered_into_the_phase_landed_on(
    controller: AppController, timers: FakeTimers, heard: list[str],
) -> None:
    controller.start_routine("desk-break", ask_cautions=False)
    for _ in range(4):
        controller.skip()
    assert len(heard) == 1  # still the first phase: the others wait for the gap
    landed = controller.session.phase
    timers.fire("announcement gap")
    assert len(heard) == 2
    name = controller.library.stretches[landed.stretch_id].name
    assert name in heard[1] and heard[1].startswith(landed.kind.name.capitalize()[:4])
    # Nothing else is waiting: the gap goes by in silence.
    timers.fire("announcement gap")
    assert len(heard) == 2


def test_pause_resume_and_the_end_are_announced(
    controller: AppController, timers: FakeTimers, heard: list[str],
) -> None:
    controller.start_routine("desk-break", ask_cautions=False)
    timers.fire("announcement gap")
    controller.pause()
    assert heard[-1] == "Paused."
    timers.fire("announcement gap")
    controller.resume()
    assert heard[-1].startswith("Resumed. Starting position, ")
    assert "10 seconds left" in heard[-1]
    timers.fire("announcement gap")
    controller.stop()
    assert controller.state is SessionState.STOPPED
    assert heard[-1].startswith("Stopped early. 0 of 4 stretches in 0:")


def test_notices_and_muting_are_announced(
    controller: AppController, timers: FakeTimers, heard: list[str],
) -> None:
    controller.set_muted(True)
    assert heard == ["Sound muted."]
    controller.notice.emit("Your settings could not be saved.")
    controller.set_muted(False)
    assert len(heard) == 1
    timers.fire("announcement gap")
    assert heard[1] == "Your settings could not be saved. Sound on."
