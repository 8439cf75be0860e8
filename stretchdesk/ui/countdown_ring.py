"""CountdownRing: the seconds left in the phase, inside a ring that empties as they pass."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchdesk.ui.type_scale import MIN_PIXELS, Role, pixel_size

STROKE = 0.055  # ring thickness as a fraction of its diameter
DIGITS_FILL = 0.78  # the digits may take this much of the inside width
RING_SIZE = 0.64  # the ring's diameter as a fraction of the window's base length
# Beyond this many degrees of change the whole ring is repainted (a new phase refills it).
WHOLE_RING_DEGREES = 45.0


class CountdownRing(QWidget):
    """Paints whole seconds left and a ring for the part of the phase still to go.

    It repaints only when the whole second or the ring's step changes; the driver
    decides how often that is (at most 10 times a second). Only what changed is
    repainted: the short piece of the ring between its old and new end, and the digits
    when the second changes. The faint track the ring runs on is stroked once per size
    (stroking a wide circle is the costly part) and the area it covers is filled at each
    paint: a picture of it would keep the ring's whole area in memory (~1 MiB).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        # As wide as its size hint (big enough for the digits); the picture takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._seconds = 0
        self._fraction = 1.0
        self._colour = QColor("#1d5fc9")
        self._paused = False
        self._base = 600.0
        self._text_scale = 1.0
        self._digit_font = QFont(self.font())
        self.paints = 0  # how often the ring has been painted: repaints cost CPU
        self._track: QPainterPath | None = None
        self._track_key: tuple[object, ...] = ()

    # -- state ---------------------------------------------------------------------------

    @property
    def seconds_text(self) -> str:
        """The number shown in the middle."""
        return str(self._seconds)

    @property
    def fraction(self) -> float:
        """How much of the ring is still drawn (1 at the start of a phase, 0 at its end)."""
        return self._fraction

    @property
    def paused(self) -> bool:
        """Whether the ring shows the paused state."""
        return self._paused

    @property
    def digit_font(self) -> QFont:
        """The font the seconds are painted in at the current size."""
        return self._digit_font

    def set_remaining(self, remaining: float, length: float) -> None:
        """Shows `remaining` of `length` seconds; repaints only if what is shown changes."""
        seconds = max(0, math.ceil(remaining - 1e-9))
        fraction = min(1.0, max(0.0, remaining / length)) if length > 0 else 0.0
        if seconds == self._seconds and abs(fraction - self._fraction) <= 1e-6:
            return
        if len(str(seconds)) != len(str(self._seconds)):
            self._seconds, self._fraction = seconds, fraction
            self._fit_digits()
            self.update()
            return
        changed = QRectF()
        if seconds != self._seconds:
            changed = self._digits_rect(str(self._seconds)).united(self._digits_rect(str(seconds)))
        if abs(fraction - self._fraction) > 1e-6:
            changed = changed.united(self._arc_change(self._fraction, fraction))
        self._seconds, self._fraction = seconds, fraction
        self.update(changed.toAlignedRect())

    def set_colour(self, colour: QColor) -> None:
        """Draws the ring in `colour` (the phase's colour)."""
        if colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def set_paused(self, paused: bool) -> None:
        """Shows the paused state: dimmed digits and the word "Paused"."""
        if paused != self._paused:
            self._paused = paused
            self.update()

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the ring for a window whose base length is `base`.

        A text scale over 100 % makes the ring a little smaller (by its square root):
        the digits stay by far the largest thing on screen, and the words the person
        asked to be larger get the room.
        """
        self._base, self._text_scale = base, text_scale
        self._fit_digits()
        self.updateGeometry()
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        side = round(self._base * RING_SIZE / math.sqrt(max(1.0, self._text_scale)))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = round(self._base * 0.3)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return False

    def _ring_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        pen = side * STROKE
        return QRectF((self.width() - side) / 2 + pen / 2, (self.height() - side) / 2 + pen / 2,
                      side - pen, side - pen)

    def _digits_rect(self, text: str) -> QRectF:
        """Where `text` is painted in the middle of the ring, with a pixel to spare."""
        box = QFontMetricsF(self._digit_font).boundingRect(
            self._ring_rect(), int(Qt.AlignmentFlag.AlignCenter), text)
        return box.adjusted(-2, -2, 2, 2)

    def _paused_rect(self) -> QRectF:
        """Where the word "Paused" goes, under the digits."""
        ring = self._ring_rect()
        return QRectF(ring.x(), ring.center().y() + ring.height() * 0.24, ring.width(),
                      ring.height() * 0.14)

    def _arc_point(self, fraction: float) -> QPointF:
        """Where the ring's moving end is when `fraction` of it is left."""
        ring = self._ring_rect()
        angle = math.radians(90.0 - 360.0 * fraction)  # clockwise from 12 o'clock
        return QPointF(ring.center().x() + ring.width() / 2 * math.cos(angle),
                       ring.center().y() - ring.height() / 2 * math.sin(angle))

    def _arc_change(self, before: float, after: float) -> QRectF:
        """The area the ring's end sweeps going from `before` to `after` (its cap included)."""
        if abs(after - before) * 360.0 > WHOLE_RING_DEGREES or min(before, after) <= 0.0:
            return QRectF(self.rect())  # a new phase, or the arc appears or goes
        points = [self._arc_point(before + (after - before) * i / 4) for i in range(5)]
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        pad = min(self.width(), self.height()) * STROKE / 2 + 2
        return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                      max(ys) - min(ys) + 2 * pad)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_digits()
        super().resizeEvent(event)

    def _fit_digits(self) -> None:
        """The largest digit size up to the role's size that fits inside the ring."""
        side = min(self.width(), self.height())
        inner = side * (1 - 2 * STROKE)
        font = QFont(self.font())
        font.setBold(True)
        pixels = pixel_size(Role.SECONDS, self._base)
        text = str(self._seconds)
        while pixels > MIN_PIXELS:
            font.setPixelSize(pixels)
            box = QFontMetricsF(font).tightBoundingRect(text)
            if box.width() <= inner * DIGITS_FILL and box.height() <= inner * 0.5:
                break
            pixels = max(MIN_PIXELS, int(pixels * 0.94))
        font.setPixelSize(pixels)
        self._digit_font = font

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        ring = self._ring_rect()
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        track = QColor(text_colour)
        track.setAlphaF(0.12)
        painter.fillPath(self.track_outline(), track)
        arc = QColor(self._colour)
        if self._paused:
            arc.setAlphaF(0.45)
        painter.setPen(QPen(arc, side * STROKE, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock; the ring starts at
        # 12 o'clock and empties clockwise, so the part still to go is drawn clockwise.
        span = round(-360 * 16 * self._fraction)
        if span:
            painter.drawArc(ring, 90 * 16, span)
        words = self._digits_rect(self.seconds_text)
        if self._paused:
            words = words.united(self._paused_rect())
        if not event.rect().intersects(words.toAlignedRect()):
            painter.end()  # only a piece of the ring changed
            return
        digits = QColor(text_colour)
        if self._paused:
            digits.setAlphaF(0.55)
        painter.setPen(digits)
        painter.setFont(self._digit_font)
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self.seconds_text)
        if self._paused:
            small = QFont(self.font())
            small.setBold(True)
            small.setPixelSize(max(MIN_PIXELS, round(side * 0.075)))
            painter.setFont(small)
            painter.setPen(text_colour)
            painter.drawText(self._paused_rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Paused"))
        painter.end()

    def track_outline(self) -> QPainterPath:
        """The area the faint full circle the ring runs on covers, worked out for this size."""
        key = (self.width(), self.height())
        if self._track is None or key != self._track_key:
            circle = QPainterPath()
            circle.addEllipse(self._ring_rect())
            stroker = QPainterPathStroker()
            stroker.setWidth(min(self.width(), self.height()) * STROKE)
            stroker.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._track, self._track_key = stroker.createStroke(circle), key
        return self._track
