"""CountdownRing: what it shows, and that a step of the countdown repaints only what moved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QImage, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.ui.countdown_ring import CountdownRing

SHADE_STEPS = 24  # of 255: an edge's anti-aliasing moving by a step nobody can see


class PaintedAreas(QObject):
    """Collects the areas the ring is asked to repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.areas: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.areas.append(event.rect())
        return False


@pytest.fixture
def ring(qtbot: QtBot) -> Iterator[CountdownRing]:
    window = QWidget()  # a white page behind the ring, as the session screen has
    window.setPalette(QPalette(QColor("white")))
    window.setAutoFillBackground(True)
    qtbot.addWidget(window)
    widget = CountdownRing(window)
    widget.set_base(600.0)
    widget.setGeometry(0, 0, 380, 380)
    widget.set_colour(QColor("#1d5fc9"))
    window.resize(380, 380)
    window.show()
    qtbot.waitExposed(window)
    widget.set_remaining(20.0, 30.0)
    yield widget
    window.close()


def shot(widget: QWidget) -> QImage:
    """The ring as the window shows it, the page behind included."""
    window = widget.window()
    image = window.grab(widget.geometry()).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def changed_pixels(a: QImage, b: QImage) -> QRect:
    """The bounding box of the pixels that differ clearly between two images.

    Qt cuts an arc into curves by its length, so along the ring's last quarter the
    edge's anti-aliasing may move by up to 15 of 255 when the arc shortens, where no
    repaint follows it: nothing a person sees.
    """
    box = QRect()
    for y in range(a.height()):
        for x in range(a.width()):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()),
                   abs(ca.blue() - cb.blue())) > SHADE_STEPS:
                box = box.united(QRect(x, y, 1, 1))
    return box


def repainted_after(qtbot: QtBot, ring: CountdownRing, remaining: float) -> QRect:
    """Steps the ring to `remaining` of 30 s; the area it repainted."""
    watcher = PaintedAreas()
    ring.installEventFilter(watcher)
    qtbot.wait(5)  # anything pending before the step
    watcher.areas.clear()
    ring.set_remaining(remaining, 30.0)
    qtbot.waitUntil(lambda: bool(watcher.areas), timeout=1000)
    ring.removeEventFilter(watcher)
    area = QRect()
    for part in watcher.areas:
        area = area.united(part)
    return area


def test_a_tenth_of_a_second_repaints_only_the_end_of_the_ring(qtbot: QtBot,
                                                               ring: CountdownRing) -> None:
    ring.set_remaining(19.6, 30.0)
    before = shot(ring)
    area = repainted_after(qtbot, ring, 19.5)  # same second: only the ring's end moves
    after = shot(ring)
    moved = changed_pixels(before, after)
    assert not moved.isEmpty()
    assert area.contains(moved)
    assert area.width() * area.height() < 0.05 * ring.width() * ring.height()


def test_a_new_second_repaints_the_digits_too(qtbot: QtBot, ring: CountdownRing) -> None:
    ring.set_remaining(19.05, 30.0)
    before = shot(ring)
    area = repainted_after(qtbot, ring, 18.95)
    assert ring.seconds_text == "19"
    after = shot(ring)
    assert area.contains(changed_pixels(before, after))
    assert area.width() * area.height() < 0.5 * ring.width() * ring.height()


def test_a_new_phase_repaints_the_whole_ring(qtbot: QtBot, ring: CountdownRing) -> None:
    ring.set_remaining(0.4, 30.0)
    area = repainted_after(qtbot, ring, 30.0)
    assert area.contains(ring.rect())


def test_the_empty_part_of_the_ring_shows_its_faint_track(ring: CountdownRing) -> None:
    ring.set_remaining(15.0, 30.0)  # the right half drawn, the left half empty
    image = shot(ring)
    y = ring.height() // 2
    width = ring.width()
    track = image.pixelColor(round(width * 0.5 - ring.height() * 0.47), y)  # on the ring, left
    arc = image.pixelColor(round(width * 0.5 + ring.height() * 0.47), y)  # on the ring, right
    background = image.pixelColor(2, 2)
    assert background == QColor("white")
    assert track != background  # the track is there...
    assert track.lightness() > 200  # ...and faint
    assert arc.blue() > arc.red() + 60  # the part still to go, in the phase's colour
