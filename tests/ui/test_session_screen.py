"""The guided session as a person sees it: phase, side, seconds, steps, progress, summary."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk.core.library import Library
from stretchdesk.core.session import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline
from stretchdesk.core.words import format_duration
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.phase_style import Shape
from tests.core.clock import FakeClock
from tests.ui.conftest import advance


def skip_to(window: MainWindow, kind: PhaseKind) -> None:
    session = window.controller.driver.session
    assert session is not None
    while session.phase.kind is not kind:
        window.controller.driver.skip()


def test_starting_shows_the_first_starting_position(
    window: MainWindow, library: Library
) -> None:
    window.controller.start_routine("gentle-beginner")
    view = window.session_view
    first = library.stretches["pelvic-tilt"]
    assert window.page is view
    assert view.banner.phase_word == "Starting position"
    assert view.banner.icon.shape is Shape.TRIANGLE
    assert view.stretch_label.text().startswith(first.name)
    assert view.ring.seconds_text == "10"
    assert view.steps.highlighted_steps == first.steps.prepare
    assert view.progress_label.text().startswith("Stretch 1 of 4")


def test_each_phase_highlights_its_own_steps(window: MainWindow, library: Library) -> None:
    window.controller.start_routine("gentle-beginner")
    view = window.session_view
    tilt = library.stretches["pelvic-tilt"]
    skip_to(window, PhaseKind.HOLD)
    assert view.banner.phase_word == "Hold"
    assert view.steps.highlighted_steps == tilt.steps.hold
    skip_to(window, PhaseKind.RELEASE)
    assert view.banner.phase_word == "Release"
    assert view.steps.highlighted_steps == tilt.steps.release


def test_rest_shows_what_comes_next(window: MainWindow, library: Library) -> None:
    window.controller.start_routine("gentle-beginner")
    skip_to(window, PhaseKind.REST)
    view = window.session_view
    following = library.stretches["single-knee-to-chest"]
    assert view.banner.phase_word == "Rest"
    assert view.stretch_label.text() == f"Next up: {following.name}"
    assert view.steps.highlighted_steps == following.steps.prepare
    assert [s.heading for s in view.steps.sections] == ["▶ Next: Get into position"]


def test_one_sided_stretch_names_the_side_and_switches(window: MainWindow) -> None:
    window.controller.start_routine("gentle-beginner")
    view = window.session_view
    skip_to(window, PhaseKind.REST)
    window.controller.driver.skip()  # the single knee to chest: left side first
    assert (view.banner.phase_word, view.banner.side_text) == ("Starting position", "Left side")
    skip_to(window, PhaseKind.SWITCH)
    assert (view.banner.phase_word, view.banner.side_text) == ("Switch sides", "Right side")
    assert view.banner.icon.shape is Shape.ARROWS
    window.controller.driver.skip()
    assert (view.banner.phase_word, view.banner.side_text) == ("Hold", "Right side")


def test_a_two_sided_stretch_shows_no_side(window: MainWindow) -> None:
    window.controller.start_routine("gentle-beginner")
    assert window.session_view.banner.side_text == ""
    assert not window.session_view.banner.side_label.isVisibleTo(window)


def test_seconds_and_time_left_count_down(window: MainWindow, clock: FakeClock,
                                          library: Library) -> None:
    window.controller.start_routine("gentle-beginner")
    view = window.session_view
    total = build_timeline(library.routines["gentle-beginner"], library, Settings()).total_seconds
    assert view.progress_label.text().endswith(f"{format_duration(total)} left")
    advance(window, clock, 3.5)
    assert view.ring.seconds_text == "7"
    assert view.ring.fraction == pytest.approx(0.65, abs=0.02)
    assert view.progress_label.text().endswith(f"{format_duration(total - 3.5)} left")


def test_pausing_freezes_the_ring_and_the_seconds(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.controller.start_routine("gentle-beginner")
    view = window.session_view
    advance(window, clock, 4.2)
    window.controller.toggle_pause()
    shown = (view.ring.seconds_text, view.ring.fraction)
    paints = view.ring.paints
    assert view.banner.phase_word == "Paused"
    assert view.ring.paused
    advance(window, clock, 30.0)
    qtbot.wait(1)  # let any pending repaint happen
    assert (view.ring.seconds_text, view.ring.fraction) == shown
    assert view.ring.paints <= paints + 1  # nothing counts down, nothing repaints
    window.controller.toggle_pause()
    assert view.banner.phase_word == "Starting position"
    advance(window, clock, 1.0)
    assert view.ring.seconds_text == str(int(shown[0]) - 1)


def test_finishing_shows_the_summary(window: MainWindow, clock: FakeClock,
                                     library: Library) -> None:
    window.controller.start_routine("desk-break")
    total = build_timeline(library.routines["desk-break"], library, Settings()).total_seconds
    ended: list[bool] = []
    window.controller.session_ended.connect(lambda summary: ended.append(summary.completed))
    advance(window, clock, total + 1)
    finish = window.finish_view
    assert window.page is finish
    assert finish.title == "Routine complete"
    assert finish.value_text("stretches") == "4 of 4"
    assert finish.value_text("time") == format_duration(total)
    assert finish.value_text("extended") == "none"
    assert finish.value_text("skipped") == "none"
    assert ended == [True]
    assert not window.controller.driver.timer_active


def test_summary_counts_changed_and_skipped_holds(window: MainWindow, clock: FakeClock) -> None:
    window.controller.start_routine("desk-break")
    skip_to(window, PhaseKind.HOLD)
    window.controller.extend(5.0)
    window.controller.extend(5.0)
    window.controller.skip()
    skip_to(window, PhaseKind.HOLD)
    window.controller.skip()  # the second hold is skipped outright
    session = window.controller.driver.session
    assert session is not None
    while window.controller.driver.state is SessionState.RUNNING:
        advance(window, clock, max(session.remaining, 0.5))
    finish = window.finish_view
    assert finish.value_text("extended") == "1 longer (+10 s)"
    assert finish.value_text("skipped") == "2"


def test_captions_show_spoken_lines(window: MainWindow) -> None:
    window.controller.start_routine("gentle-beginner")
    window.session_view.show_caption("Starting position: pelvic tilt")
    assert window.session_view.caption_label.text() == "Starting position: pelvic tilt"


def test_k_on_the_summary_keeps_a_changed_hold(window: MainWindow, clock: FakeClock,
                                               qtbot: QtBot, library: Library) -> None:
    from PySide6.QtCore import Qt

    saved: list[Settings] = []
    window.controller.settings_changed.connect(saved.append)
    window.controller.start_routine("desk-break")
    skip_to(window, PhaseKind.HOLD)
    session = window.controller.driver.session
    assert session is not None
    stretch_id, hold = session.phase.stretch_id, session.phase.seconds
    window.controller.extend(5.0)
    window.controller.extend(5.0)
    while window.controller.driver.state is SessionState.RUNNING:
        advance(window, clock, max(session.remaining, 0.5))
    finish = window.finish_view
    name = library.stretches[stretch_id].name
    assert finish.remember_button.isVisible()
    assert f"{name} {hold + 10:g} s" in finish.remember_label.text()
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert window.controller.settings.hold_overrides[stretch_id] == hold + 10
    assert saved and saved[-1].hold_overrides[stretch_id] == hold + 10
    assert "Kept for next time" in finish.remember_label.text()
    assert not finish.remember_button.isEnabled()
    window.controller.start_routine("desk-break")
    timeline = window.controller.driver.session.timeline
    assert next(p.seconds for p in timeline if p.stretch_id == stretch_id and
            p.kind is PhaseKind.HOLD) == hold + 10


def test_no_offer_to_remember_when_no_hold_changed(window: MainWindow, clock: FakeClock,
                                                   library: Library) -> None:
    window.controller.start_routine("desk-break")
    total = build_timeline(library.routines["desk-break"], library, Settings()).total_seconds
    advance(window, clock, total + 1)
    assert not window.finish_view.remember_button.isVisible()
