"""Nothing is cut off at 800x600 or 1920x1080, and mat mode is readable from the floor."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow, advance
from tests.ui.screen_checks import clipped_text, settle

SIZES = [QSize(720, 540), QSize(800, 600), QSize(1920, 1080)]  # the smallest window too


Screen = Callable[[MainWindow, FakeClock], None]


def to_phase(kind: PhaseKind, pause: bool = False) -> Screen:
    def go(window: MainWindow, clock: FakeClock) -> None:
        window.controller.start_routine("morning-stiffness")
        session = window.controller.driver.session
        assert session is not None
        while session.phase.kind is not kind:
            window.controller.driver.skip()
        advance(window, clock, 1.0)
        window.session_view.show_caption("Switch to your right side and settle in")
        if pause:
            window.controller.toggle_pause()
    return go


def to_finish(window: MainWindow, clock: FakeClock) -> None:
    window.controller.start_routine("desk-break")
    window.controller.extend(5.0)
    session = window.controller.driver.session
    assert session is not None
    advance(window, clock, session.timeline.total_seconds + 10)


SCREENS: dict[str, Screen] = {
    "picker": lambda window, clock: window.picker.select("gentle-beginner"),
    "prepare": to_phase(PhaseKind.PREPARE),
    "hold": to_phase(PhaseKind.HOLD),
    "release": to_phase(PhaseKind.RELEASE),
    "switch": to_phase(PhaseKind.SWITCH),
    "rest": to_phase(PhaseKind.REST),
    "paused": to_phase(PhaseKind.HOLD, pause=True),
    "finish": to_finish,
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_text_is_cut_off(make_window: MakeWindow, clock: FakeClock, qtbot: QtBot,
                            screen: str, size: QSize) -> None:
    window = make_window(size.width(), size.height())
    SCREENS[screen](window, clock)
    settle(qtbot, window)
    assert window.size() == size  # the layout did not force the window bigger
    assert clipped_text(window) == []


def test_the_check_catches_a_cut_off_label(window: MainWindow, qtbot: QtBot) -> None:
    window.picker.details.name_label.setWordWrap(False)
    window.picker.details.name_label.setFixedWidth(60)
    settle(qtbot, window)
    assert clipped_text(window)


def test_mat_mode_reads_from_the_mat(make_window: MakeWindow, clock: FakeClock,
                                     qtbot: QtBot) -> None:
    """At 1920x1080 the seconds are over 20 % of the height and the phase word over 6 %."""
    # The offscreen test screen is smaller than 1920x1080, so a window of that size stands
    # in for the full screen; the type scales with the window either way.
    window = make_window(1920, 1080)
    to_phase(PhaseKind.HOLD)(window, clock)
    settle(qtbot, window)
    height = window.height()
    assert height == 1080
    ring = window.session_view.ring
    assert len(ring.seconds_text) == 2  # two digits, as in most holds
    digits = QFontMetricsF(ring.digit_font).tightBoundingRect(ring.seconds_text)
    assert digits.height() >= 0.20 * height
    phase = window.session_view.banner.phase_label
    assert QFontMetricsF(phase.font()).capHeight() >= 0.06 * height
    side = window.session_view.banner.side_label
    assert QFontMetricsF(side.font()).capHeight() >= 0.045 * height


def test_type_grows_with_the_window(make_window: MakeWindow, clock: FakeClock,
                                    qtbot: QtBot) -> None:
    small = make_window(800, 600)
    big = make_window(1920, 1080)
    for window in (small, big):
        to_phase(PhaseKind.HOLD)(window, clock)
    settle(qtbot, big)
    small_px = small.session_view.banner.phase_label.font().pixelSize()
    big_px = big.session_view.banner.phase_label.font().pixelSize()
    assert big_px > 2 * small_px
