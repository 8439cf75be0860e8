"""Work queued behind a window's first paint runs once, after that paint, and never late."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.ui.first_paint import after_first_paint
from tests.helpers.timers import FakeTimers


class Canvas(QWidget):
    """A widget that counts its paints."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_the_work_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    canvas = Canvas()
    qtbot.addWidget(canvas)
    timers = FakeTimers()
    paints_before: list[int] = []
    after_first_paint(canvas, lambda: paints_before.append(canvas.paints), timers=timers)
    assert timers.running() and not timers.running("after first paint")
    canvas.show()
    qtbot.waitUntil(lambda: canvas.paints >= 1)
    assert paints_before == []  # queued behind the paint, not run inside it
    timers.fire("after first paint")
    assert paints_before == [canvas.paints]
    assert timers.running() == []  # the fallback is off: nothing will run it again
    canvas.update()
    qtbot.waitUntil(lambda: canvas.paints > paints_before[0])
    assert timers.running() == []
    assert len(paints_before) == 1


def test_a_window_that_is_never_painted_gets_the_work_after_the_fallback(qtbot: QtBot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    timers = FakeTimers()
    ran: list[bool] = []
    after_first_paint(hidden, lambda: ran.append(True), fallback_ms=30, timers=timers)
    assert ran == []
    fallback = timers.fire("first paint fallback")
    assert fallback.interval() == 30
    assert ran == [True]
    assert timers.running() == []


def test_nothing_runs_for_a_window_that_is_gone(qtbot: QtBot) -> None:
    ran: list[bool] = []
    timers = FakeTimers()
    gone = QWidget()
    after_first_paint(gone, lambda: ran.append(True), timers=timers)
    assert timers.running("first paint fallback")
    gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert timers.running() == []  # its timers went with it
    assert ran == []
