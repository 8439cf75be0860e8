"""Work queued behind a window's first paint runs once, after that paint, and never late."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.ui.first_paint import after_first_paint


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
    paints_before: list[int] = []
    after_first_paint(canvas, lambda: paints_before.append(canvas.paints), fallback_ms=60_000)
    qtbot.wait(20)
    assert paints_before == []  # not before the window shows
    canvas.show()
    qtbot.waitUntil(lambda: len(paints_before) == 1)
    assert paints_before[0] >= 1
    canvas.update()
    qtbot.waitUntil(lambda: canvas.paints > paints_before[0])
    qtbot.wait(20)
    assert len(paints_before) == 1


def test_a_window_that_is_never_painted_gets_the_work_after_the_fallback(qtbot: QtBot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    ran: list[bool] = []
    after_first_paint(hidden, lambda: ran.append(True), fallback_ms=30)
    qtbot.waitUntil(lambda: ran == [True])
    qtbot.wait(60)
    assert ran == [True]


def test_nothing_runs_for_a_window_that_is_gone(qtbot: QtBot) -> None:
    ran: list[bool] = []
    gone = QWidget()
    after_first_paint(gone, lambda: ran.append(True), fallback_ms=30)
    gone.deleteLater()
    qtbot.wait(100)
    assert ran == []
