"""Painting a figure Picture straight onto a QPainter, looking as Qt's SVG renderer draws it.

The marks come from stretchdesk.figure (Qt-free). Painting them directly skips writing
SVG text and having QSvgRenderer parse it again for every animation frame. What the SVG
renderer does is followed where it shows: inherited group settings, nonzero filling,
fill then edge, and a group with an opacity below 1 and more than one item drawn as one
layer, so its items do not show through each other.

Working out an edge's outline (stroking) and blending see-through colour into many thin
spans are what cost most, so both are avoided where the picture stays the same: a limb
filled and edged in one colour is filled once, widened by the edge (add_grown), the
faint edges of furniture are filled solid into a layer laid down see-through at once,
and a block of furniture standing still is painted once and laid down again from its
image (figure_layers.KeptPictures) while the view stays.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
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
)
from stretchdesk.figure.picture import Picture
from stretchdesk.figure.projection import Bounds
from stretchdesk.ui.figure_ink import SVG_DEFAULTS, Ink, colour, glow_brush, pen_for
from stretchdesk.ui.figure_layers import KeptPictures, Layer, lay
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

SMALL_BLOCK_PIXELS = 64 * 64  # a block this small is edged directly (see _fill_faintly_edged)


class _Frame:
    """One painting of a picture: the painter, and each limb's outline worked out once."""

    def __init__(self, painter: QPainter, kept: KeptPictures | None = None) -> None:
        self.painter = painter
        self.kept = kept
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
                  view: Bounds | None = None, kept: KeptPictures | None = None) -> None:
    """Paint the picture so that `view` (page units; the picture's own view if None)
    fills `target`; the painter's state is kept. With `kept`, furniture is painted
    once and laid down again from there while it and the view stay the same."""
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
    frame = _Frame(painter, kept)
    if kept is not None:
        kept.start_frame(painter)
    for item in picture.items:
        _paint(frame, item, SVG_DEFAULTS)
    if kept is not None:
        kept.finish_frame()
    painter.restore()


def _paint(frame: _Frame, element: Element, ink: Ink) -> None:
    painter = frame.painter
    ink = ink.under(element.style)
    opacity = 1.0 if element.style.opacity is None else element.style.opacity
    if (frame.kept is not None and isinstance(element, Group) and _is_faintly_edged(element, ink)
            and (opacity < 1.0 or not _is_small_block(frame, element, ink))):
        # Always from an image (kept or not), so a block looks the same either way; a
        # small one standing still is cheaper painted directly.
        _lay_kept(frame, frame.kept, element, ink, opacity)
        return
    if isinstance(element, Group) and opacity < 1.0 and len(element.items) > 1:
        layer = Layer(painter, _extent(frame, element.items, ink))
        if layer.painter is not None:
            _paint_items(_Frame(layer.painter), element, ink)
        lay(painter, layer.close(), opacity)
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


def _lay_kept(frame: _Frame, kept: KeptPictures, group: Group, ink: Ink, opacity: float) -> None:
    """A block of furniture from its kept picture, made now if there is none yet.

    Laid down at the group's opacity, which is how the SVG renderer fades a group too.
    """
    painter = frame.painter
    key = (group.items, ink.stroke, ink.stroke_width, ink.stroke_opacity, kept.place(painter))
    found, picture = kept.find(key)
    if not found:
        layer = Layer(painter, _extent(frame, group.items, ink))
        if layer.painter is not None:
            _fill_faintly_edged(_Frame(layer.painter), group.items, ink)
        picture = layer.close()
        if kept.steady:
            kept.keep(key, picture)
    lay(painter, picture, opacity)


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


def _is_small_block(frame: _Frame, group: Group, ink: Ink) -> bool:
    """A block of furniture too small for a kept image to pay (a piece of a strap)."""
    if not _is_faintly_edged(group, ink):
        return False
    pixels = frame.painter.transform().mapRect(_extent(frame, group.items, ink))
    return pixels.width() * pixels.height() < SMALL_BLOCK_PIXELS


def _fill_faintly_edged(frame: _Frame, items: tuple[Element, ...], ink: Ink) -> None:
    """Furniture: each face, then its see-through edge, as SVG paints them.

    A large block's edges are filled solid into a layer laid down see-through at once
    instead: filling long see-through spans one by one costs five times as much. The one
    difference: where two faces share an edge, the SVG renderer darkens the first face's
    side twice; that line is about a pixel wide.
    """
    painter = frame.painter
    faces: list[tuple[QPainterPath, QPainterPath, str]] = []
    area = QRectF()
    for item in items:
        assert isinstance(item, Mark) and isinstance(item.shape, Polygon)
        outline, edge = edged_polygon(item.shape, ink.stroke_width)
        fill = ink.under(item.style).fill
        faces.append((outline, edge, fill if isinstance(fill, str) else NO_PAINT))
        area = area.united(edge.controlPointRect())
    pixels = painter.transform().mapRect(area)
    if pixels.width() * pixels.height() < SMALL_BLOCK_PIXELS:
        edge_colour = colour(ink.stroke, ink.stroke_opacity)
        for outline, edge, fill in faces:
            if fill != NO_PAINT:
                painter.fillPath(outline, colour(fill))
            painter.fillPath(edge, edge_colour)
        return
    for outline, _, fill in faces:
        if fill != NO_PAINT:
            painter.fillPath(outline, colour(fill))
    layer = Layer(painter, area)
    if layer.painter is not None:
        # One by one: two faces' edges may turn opposite ways, and filled as one path
        # they would cancel where they overlap.
        for _, edge, _ in faces:
            layer.painter.fillPath(edge, colour(ink.stroke))
    lay(painter, layer.close(), ink.stroke_opacity)


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
        painter.setBrush(glow_brush(ink.fill.colour))
    else:
        painter.setBrush(colour(ink.fill))
    painter.setPen(pen_for(ink) if ink.edged else Qt.PenStyle.NoPen)
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


__all__ = ["paint_picture"]
