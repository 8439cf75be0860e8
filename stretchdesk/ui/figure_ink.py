"""The paint settings in force for a figure's mark, and the Qt colours, pens and brushes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGradient, QPen, QRadialGradient

from stretchdesk.figure.marks import NO_PAINT, PLAIN, Glow, Style

# The stops of the glow's radial fade, as body_art.glow_gradient writes them for SVG.
GLOW_STOPS = ((0.0, 0.8), (0.55, 0.42), (1.0, 0.0))
SVG_MITER_LIMIT = 4.0


class Ink:
    """The settings in force for a mark: its own, or else its groups', or else SVG's."""

    __slots__ = ("fill", "round_caps", "round_joins", "stroke", "stroke_opacity", "stroke_width")

    def __init__(self, fill: str | Glow = "#000000", stroke: str = NO_PAINT,
                 stroke_width: float = 1.0, stroke_opacity: float = 1.0,
                 round_caps: bool = False, round_joins: bool = False) -> None:
        self.fill = fill
        self.stroke = stroke
        self.stroke_width = stroke_width
        self.stroke_opacity = stroke_opacity
        self.round_caps = round_caps
        self.round_joins = round_joins

    def under(self, style: Style) -> Ink:
        """These settings with whatever `style` sets itself."""
        if style is PLAIN:
            return self
        return Ink(
            self.fill if style.fill is None else style.fill,
            self.stroke if style.stroke is None else style.stroke,
            self.stroke_width if style.stroke_width is None else style.stroke_width,
            self.stroke_opacity if style.stroke_opacity is None else style.stroke_opacity,
            self.round_caps or style.round_caps,
            self.round_joins or style.round_joins,
        )

    @property
    def edged(self) -> bool:
        return self.stroke != NO_PAINT and self.stroke_width > 0


SVG_DEFAULTS = Ink()
_colours: dict[tuple[str, float], QColor] = {}


def colour(name: str, alpha: float = 1.0) -> QColor:
    """The QColor for "#rrggbb" with `alpha` (kept: a picture uses a handful)."""
    known = _colours.get((name, alpha))
    if known is None:
        known = _colours[(name, alpha)] = QColor(name)
        known.setAlphaF(alpha)
    return known


def glow_brush(name: str) -> QBrush:
    """A radial fade fitted to the shape it fills (SVG's objectBoundingBox units)."""
    gradient = QRadialGradient(0.5, 0.5, 0.5)
    gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectBoundingMode)
    for at, alpha in GLOW_STOPS:
        gradient.setColorAt(at, colour(name, alpha))
    return QBrush(gradient)


def pen_for(ink: Ink) -> QPen:
    pen = QPen(colour(ink.stroke, ink.stroke_opacity), ink.stroke_width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if ink.round_caps else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin if ink.round_joins else Qt.PenJoinStyle.MiterJoin)
    pen.setMiterLimit(SVG_MITER_LIMIT)
    return pen


__all__ = ["SVG_DEFAULTS", "Ink", "colour", "glow_brush", "pen_for"]
