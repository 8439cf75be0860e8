"""CountdownRing: what it shows, and that a step of the countdown repaints only what moved."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.ui.countdown_ring import STROKE, CountdownRing

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


def stroked_track(ring: CountdownRing) -> QImage:
    """What the ring's empty track looks like stroked as a wide circle on the white page."""
    image = QImage(ring.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    side = min(ring.width(), ring.height())
    pen_width = side * STROKE
    colour = ring.palette().windowText().color()
    colour.setAlphaF(0.12)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawEllipse(QRectF((ring.width() - side) / 2 + pen_width / 2,
                               (ring.height() - side) / 2 + pen_width / 2,
                               side - pen_width, side - pen_width))
    painter.end()
    return image


def test_the_track_looks_as_a_stroked_circle_does(ring: CountdownRing) -> None:
    ring.set_remaining(0.0, 30.0)  # no arc left: the whole track shows, "0" in the middle
    image, expected = shot(ring), stroked_track(ring)
    centre = QPointF(ring.width() / 2, ring.height() / 2)
    side = min(ring.width(), ring.height())
    worst, on_track = 0, 0
    for y in range(ring.height()):
        for x in range(ring.width()):
            if math.dist((x, y), (centre.x(), centre.y())) < side * 0.4:
                continue  # the digits
            a, b = image.pixelColor(x, y), expected.pixelColor(x, y)
            on_track += b != QColor("white")
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()),
                        abs(a.blue() - b.blue()))
    assert on_track > side * 2  # the track was drawn at all
    assert worst <= 2  # rounding, nothing more


def test_the_ring_keeps_no_picture_of_itself(ring: CountdownRing) -> None:
    # A picture of the track would keep the ring's whole area (~1 MiB on a full screen)
    # for as long as the session screen lives; the area its stroke covers is enough.
    ring.set_remaining(12.0, 30.0)
    ring.repaint()
    kept = [name for name, value in vars(ring).items() if isinstance(value, QPixmap | QImage)]
    assert kept == []
    assert ring.track_outline().elementCount() < 200
