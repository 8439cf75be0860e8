"""Painting a figure Picture straight onto a QPainter, looking as Qt's SVG renderer draws it.

The marks come from stretchdesk.figure (Qt-free). Painting them directly skips writing
SVG text and having QSvgRenderer parse it again for every animation frame. What the SVG
renderer does is followed where it shows: inherited group settings, nonzero filling,
fill then edge, and a group with an opacity below 1 and more than one item drawn as one
layer, so its items do not show through each other.

Working out an edge's outline (stroking) and blending see-through colour into many thin
spans are what cost most, so both are avoided where the picture stays the same: a limb
filled and edged in one colour is filled once, widened by the edge (add_grown), and the
faint edges of furniture are filled solid into a layer laid down see-through at once.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGradient,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
    QTransform,
)

from stretchdesk.figure.marks import (
    NO_PAINT,
    PLAIN,
    Capsule,
    Circle,
    Dot,
    Element,
    Ellipse,
    Glow,
    Group,
    Mark,
    Polygon,
    Shape,
    Style,
)
from stretchdesk.figure.picture import Picture
from stretchdesk.figure.projection import Bounds
from stretchdesk.ui.figure_paths import (
    RoundEnds,
    add_capsule,
    add_grown,
    edged_polygon,
    round_ends,
    rounded,
    shape_path,
    true_circle,
)

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


class _Frame:
    """One painting of a picture: the painter, and each limb's outline worked out once."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        self._ends: dict[int, RoundEnds | None] = {}

    def ends(self, shape: Capsule) -> RoundEnds | None:
        # The same limb is met twice (its edge, then its colour); the picture keeps every
        # shape alive while it is painted, so its id is a safe key.
        key = id(shape)
        if key not in self._ends:
            self._ends[key] = round_ends(shape)
        return self._ends[key]

    def path(self, shape: Shape) -> QPainterPath:
        if isinstance(shape, Capsule):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            add_capsule(path, shape, self.ends(shape))
            return path
        return shape_path(shape)


def paint_picture(painter: QPainter, picture: Picture, target: QRectF,
                  view: Bounds | None = None) -> None:
    """Paint the picture so that `view` (page units; the picture's own view if None)
    fills `target`; the painter's state is kept."""
    if view is None:  # as the SVG document's viewBox gives it (to 0.1 cm)
        vx0, vy0, vx1, vy1 = picture.view
        x0, y0 = round(vx0, 1), round(vy0, 1)
        width, height = round(vx1 - vx0, 1), round(vy1 - vy0, 1)
    else:
        x0, y0, width, height = view[0], view[1], view[2] - view[0], view[3] - view[1]
    painter.save()
    painter.translate(target.x(), target.y())
    painter.scale(target.width() / width, target.height() / height)
    painter.translate(-x0, -y0)
    frame = _Frame(painter)
    for item in picture.items:
        _paint(frame, item, SVG_DEFAULTS)
    painter.restore()


def _paint(frame: _Frame, element: Element, ink: Ink) -> None:
    painter = frame.painter
    ink = ink.under(element.style)
    opacity = 1.0 if element.style.opacity is None else element.style.opacity
    if isinstance(element, Group) and opacity < 1.0 and len(element.items) > 1:
        with _Layer(painter, _extent(frame, element.items, ink), opacity) as layer:
            if layer is not None:
                _paint_items(_Frame(layer), element, ink)
        return
    if opacity < 1.0:
        painter.save()
        painter.setOpacity(painter.opacity() * opacity)
    if isinstance(element, Mark):
        _draw(frame, element.shape, ink)
    else:
        _paint_items(frame, element, ink)
    if opacity < 1.0:
        painter.restore()


def _paint_items(frame: _Frame, group: Group, ink: Ink) -> None:
    """A group's items, `ink` being the settings in force inside it."""
    if frame.painter.opacity() >= 1.0 and _is_one_colour_edge(group, ink):
        _fill_widened(frame, group.items, ink)
    elif _is_faintly_edged(group, ink):
        _fill_faintly_edged(frame, group.items, ink)
    else:
        for item in group.items:
            _paint(frame, item, ink)


def _is_one_colour_edge(group: Group, ink: Ink) -> bool:
    """Whether the items are plain round shapes filled and edged in one solid colour."""
    return (ink.fill == ink.stroke and ink.round_joins and ink.stroke_opacity >= 1.0
            and ink.edged and all(isinstance(item, Mark) and item.style is PLAIN
                                  and isinstance(item.shape, Capsule | Circle)
                                  for item in group.items))


def _fill_widened(frame: _Frame, items: tuple[Element, ...], ink: Ink) -> None:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for item in items:
        assert isinstance(item, Mark)
        shape = item.shape
        if isinstance(shape, Capsule):
            add_grown(path, shape, ink.stroke_width / 2, frame.ends(shape))
        elif isinstance(shape, Circle):
            add_grown(path, shape, ink.stroke_width / 2)
    frame.painter.fillPath(path, colour(ink.stroke))


def _is_faintly_edged(group: Group, ink: Ink) -> bool:
    """Whether the items are solid polygons sharing one see-through, round-cornered edge."""
    return (ink.edged and ink.stroke_opacity < 1.0 and ink.round_joins
            and all(isinstance(item, Mark) and isinstance(item.shape, Polygon)
                    and item.style.stroke is None and item.style.opacity is None
                    and isinstance(ink.under(item.style).fill, str)
                    for item in group.items))


def _fill_faintly_edged(frame: _Frame, items: tuple[Element, ...], ink: Ink) -> None:
    """Furniture: its faces, then all their edges solid in a layer laid down see-through.

    One difference from drawing each edge see-through on its own: where two faces share
    an edge, the SVG renderer darkens the first face's side twice. That line is about a
    pixel wide; filling thin see-through spans one by one costs five times as much.
    """
    painter = frame.painter
    edges: list[QPainterPath] = []
    area = QRectF()
    for item in items:
        assert isinstance(item, Mark) and isinstance(item.shape, Polygon)
        outline, edge = edged_polygon(item.shape, ink.stroke_width)
        fill = ink.under(item.style).fill
        if isinstance(fill, str) and fill != NO_PAINT:
            painter.fillPath(outline, colour(fill))
        edges.append(edge)
        area = area.united(edge.controlPointRect())
    with _Layer(painter, area, ink.stroke_opacity) as layer:
        if layer is not None:
            # One by one: two faces' edges may turn opposite ways, and filled as one path
            # they would cancel where they overlap.
            for edge in edges:
                layer.fillPath(edge, colour(ink.stroke))


class _Layer:
    """A transparent image over part of the page, painted, then laid down at an opacity.

    It is placed by the painter's own (world) coordinates and the device's pixel ratio:
    for a widget inside a window, the device transform also holds the widget's place in
    the window, which drawing does not go through.
    """

    def __init__(self, painter: QPainter, area: QRectF, opacity: float) -> None:
        self._painter = painter
        self._opacity = opacity
        device = painter.device()
        self._ratio = device.devicePixelRatioF() if device is not None else 1.0
        to_pixels = painter.transform() * QTransform.fromScale(self._ratio, self._ratio)
        box = to_pixels.mapRect(area).toAlignedRect().adjusted(-1, -1, 1, 1)
        if painter.hasClipping():
            box = box.intersected(to_pixels.mapRect(painter.clipBoundingRect()).toAlignedRect())
        self._box: QRect = box
        self._image: QImage | None = None
        self._inner: QPainter | None = None
        if not box.isEmpty():
            self._image = QImage(box.size(), QImage.Format.Format_ARGB32_Premultiplied)
            self._image.fill(0)
            self._inner = QPainter(self._image)
            self._inner.setRenderHints(painter.renderHints())
            self._inner.setTransform(to_pixels * QTransform.fromTranslate(-box.x(), -box.y()))

    def __enter__(self) -> QPainter | None:
        return self._inner

    def __exit__(self, *_: object) -> None:
        if self._inner is None or self._image is None:
            return
        self._inner.end()
        self._image.setDevicePixelRatio(self._ratio)
        painter = self._painter
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setOpacity(painter.opacity() * self._opacity)
        at = QPointF(self._box.x() / self._ratio, self._box.y() / self._ratio)
        painter.drawImage(at, self._image)
        painter.restore()


def _extent(frame: _Frame, items: tuple[Element, ...], ink: Ink) -> QRectF:
    """The page area the items may touch, their edges included."""
    area = QRectF()
    for item in items:
        inner = ink.under(item.style)
        if isinstance(item, Group):
            area = area.united(_extent(frame, item.items, inner))
            continue
        shape = item.shape
        if isinstance(shape, Ellipse | Dot):
            reach = max(shape.rx, shape.ry) if isinstance(shape, Ellipse) else shape.radius
            box = QRectF(shape.center[0] - reach, shape.center[1] - reach, 2 * reach, 2 * reach)
        else:
            box = frame.path(shape).controlPointRect()
        pad = inner.stroke_width if inner.edged else 0.0
        area = area.united(box.adjusted(-pad, -pad, pad, pad))
    return area


def _draw(frame: _Frame, shape: Shape, ink: Ink) -> None:
    """Fill, then edge, one shape with the settings in force."""
    painter = frame.painter
    if ink.fill == NO_PAINT:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    elif isinstance(ink.fill, Glow):
        painter.setBrush(_glow_brush(ink.fill.colour))
    else:
        painter.setBrush(colour(ink.fill))
    painter.setPen(_pen(ink) if ink.edged else Qt.PenStyle.NoPen)
    if isinstance(shape, Circle) and _is_solid_edged_circle(frame, shape, ink):
        _fill_ringed_circle(frame, shape, ink)
        return
    if isinstance(shape, Ellipse):
        rx, ry = round(shape.rx, 1), round(shape.ry, 1)
        painter.save()
        painter.translate(*rounded(shape.center))
        painter.rotate(round(shape.angle, 1))
        painter.drawEllipse(QRectF(-rx, -ry, 2 * rx, 2 * ry))
        painter.restore()
    elif isinstance(shape, Dot):
        radius = round(shape.radius, 1)
        painter.drawEllipse(QPointF(*rounded(shape.center)), radius, radius)
    else:
        painter.drawPath(frame.path(shape))


def _is_solid_edged_circle(frame: _Frame, shape: Circle, ink: Ink) -> bool:
    """Whether this is a solid disc with a solid edge whose SVG outline is a true circle."""
    return (isinstance(ink.fill, str) and ink.fill != NO_PAINT and ink.edged
            and ink.stroke_opacity >= 1.0 and frame.painter.opacity() >= 1.0
            and true_circle(shape) is not None)


def _fill_ringed_circle(frame: _Frame, shape: Circle, ink: Ink) -> None:
    """A disc and its edge as two fills: the edge's colour out to the edge's outer side,
    then the fill's colour inside its inner side (an edge straddles the outline)."""
    circle = true_circle(shape)
    assert circle is not None and isinstance(ink.fill, str)
    center, radius = circle
    half = ink.stroke_width / 2
    painter = frame.painter
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(ink.stroke))
    painter.drawEllipse(center, radius + half, radius + half)
    if radius > half:
        painter.setBrush(colour(ink.fill))
        painter.drawEllipse(center, radius - half, radius - half)


def _glow_brush(name: str) -> QBrush:
    """A radial fade fitted to the shape it fills (SVG's objectBoundingBox units)."""
    gradient = QRadialGradient(0.5, 0.5, 0.5)
    gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectBoundingMode)
    for at, alpha in GLOW_STOPS:
        gradient.setColorAt(at, colour(name, alpha))
    return QBrush(gradient)


def _pen(ink: Ink) -> QPen:
    pen = QPen(colour(ink.stroke, ink.stroke_opacity), ink.stroke_width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if ink.round_caps else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin if ink.round_joins else Qt.PenJoinStyle.MiterJoin)
    pen.setMiterLimit(SVG_MITER_LIMIT)
    return pen


__all__ = ["colour", "paint_picture"]
