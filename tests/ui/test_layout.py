"""Nothing is cut off at 800x600 or 1920x1080, and mat mode is readable from the floor."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.countdown_ring import STROKE
from stretchdesk.ui.main_window import MainWindow
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow, advance

SIZES = [QSize(720, 540), QSize(800, 600), QSize(1920, 1080)]  # the smallest window too


def clipped_text(window: MainWindow) -> list[str]:
    """Every visible piece of text that does not get the room it needs."""
    problems: list[str] = []
    inside = QRect(0, 0, window.width(), window.height())
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        name = f"{label.objectName() or 'label'} {label.text()[:40]!r}"
        if label.wordWrap():
            need = QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
        else:
            need = label.minimumSizeHint()
        if need.width() > label.width() or need.height() > label.height():
            problems.append(f"{name}: needs {need.toTuple()}, has {label.size().toTuple()}")
        box = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        if not inside.contains(box):
            problems.append(f"{name}: outside the window at {box.getRect()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.sizeHint().width() > button.width():
            problems.append(f"button {button.text()!r}: needs {button.sizeHint().width()} px, "
                            f"has {button.width()}")
    view = window.session_view
    if view.isVisibleTo(window):
        if not view.steps.fits:
            problems.append("the step list does not fit")
        ring = view.ring
        inner = min(ring.width(), ring.height()) * (1 - 2 * STROKE)
        digits = QFontMetricsF(ring.digit_font).tightBoundingRect(ring.seconds_text)
        if digits.width() > inner or digits.height() > inner:
            problems.append(f"the seconds {ring.seconds_text} do not fit in the ring")
    return problems


def settle(qtbot: QtBot, window: QWidget) -> None:
    QApplication.processEvents()
    qtbot.wait(1)
    QApplication.processEvents()


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
