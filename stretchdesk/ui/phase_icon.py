"""PhaseIcon: the shape that marks a phase beside its word (a square for Hold, ...)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.phase_style import Shape

# Each shape in words, for a screen reader (the word beside it says the phase).
SHAPE_WORDS: dict[Shape, str] = {
    Shape.TRIANGLE: QT_TRANSLATE_NOOP("PhaseIcon", "a triangle pointing up"),
    Shape.SQUARE: QT_TRANSLATE_NOOP("PhaseIcon", "a square"),
    Shape.CHEVRON_DOWN: QT_TRANSLATE_NOOP("PhaseIcon", "two arrowheads pointing down"),
    Shape.ARROWS: QT_TRANSLATE_NOOP("PhaseIcon", "arrows pointing left and right"),
    Shape.CIRCLE: QT_TRANSLATE_NOOP("PhaseIcon", "a circle"),
    Shape.PAUSE: QT_TRANSLATE_NOOP("PhaseIcon", "two upright bars"),
    Shape.CHECK: QT_TRANSLATE_NOOP("PhaseIcon", "a tick"),
}


class PhaseIcon(QWidget):
    """Draws one Shape in a square of `side` pixels, in a single colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shape = Shape.TRIANGLE
        self._colour = QColor("white")
        self._side = 48
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Phase symbol"))
        self.setAccessibleDescription(self.tr(SHAPE_WORDS[self._shape]))

    @property
    def shape(self) -> Shape:
        """The shape shown."""
        return self._shape

    def set_shape(self, shape: Shape) -> None:
        """Shows `shape` (repaints only when it changes)."""
        if shape is not self._shape:
            self._shape = shape
            self.setAccessibleDescription(self.tr(SHAPE_WORDS[shape]))
            self.update()

    def set_colour(self, colour: QColor) -> None:
        """Draws in `colour`."""
        if colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def set_side(self, pixels: int) -> None:
        """Makes the icon a square of `pixels`."""
        if pixels != self._side:
            self._side = pixels
            self.updateGeometry()
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        box = box.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        paint_shape(painter, self._shape, box, self._colour)
        painter.end()


def paint_shape(painter: QPainter, shape: Shape, box: QRectF, colour: QColor) -> None:
    """Paints `shape` filling `box` with `colour` (the painter's state is restored)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    if shape is Shape.TRIANGLE:
        painter.drawPolygon(QPolygonF([QPointF(x + w / 2, y), QPointF(x + w, y + h),
                                       QPointF(x, y + h)]))
    elif shape is Shape.SQUARE:
        inset = w * 0.08
        painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), w * 0.08, w * 0.08)
    elif shape is Shape.CHEVRON_DOWN:
        pen = QPen(colour, w * 0.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for top in (y + h * 0.15, y + h * 0.5):
            painter.drawPolyline(QPolygonF([QPointF(x + w * 0.12, top),
                                            QPointF(x + w / 2, top + h * 0.32),
                                            QPointF(x + w * 0.88, top)]))
    elif shape is Shape.ARROWS:
        path = QPainterPath()
        for row, pointing_right in ((0.08, True), (0.56, False)):
            top, mid, bot = y + h * row, y + h * (row + 0.18), y + h * (row + 0.36)
            tip, back, neck = (x + w, x, x + w * 0.6) if pointing_right else (x, x + w,
                                                                              x + w * 0.4)
            path.addPolygon(QPolygonF([
                QPointF(back, mid - h * 0.07), QPointF(neck, mid - h * 0.07), QPointF(neck, top),
                QPointF(tip, mid), QPointF(neck, bot), QPointF(neck, mid + h * 0.07),
                QPointF(back, mid + h * 0.07),
            ]))
        painter.drawPath(path)
    elif shape is Shape.CIRCLE:
        painter.drawEllipse(box.adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1))
    elif shape is Shape.CHECK:
        pen = QPen(colour, w * 0.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(x + w * 0.1, y + h * 0.55),
                                        QPointF(x + w * 0.4, y + h * 0.85),
                                        QPointF(x + w * 0.92, y + h * 0.18)]))
    elif shape is Shape.PAUSE:
        bar = w * 0.3
        painter.drawRoundedRect(QRectF(x + w * 0.12, y, bar, h), bar * 0.2, bar * 0.2)
        painter.drawRoundedRect(QRectF(x + w * 0.88 - bar, y, bar, h), bar * 0.2, bar * 0.2)
    painter.restore()
