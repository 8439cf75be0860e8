"""Painting a figure Picture straight onto a QPainter, looking as Qt's SVG renderer draws it.

The marks come from stretchdesk.figure (Qt-free). Painting them directly skips writing
SVG text and having QSvgRenderer parse it again for every animation frame. What the SVG
renderer does is followed where it shows: inherited group settings, nonzero filling,
fill then edge, and a group with an opacity below 1 and more than one item drawn as one
layer, so its items do not show through each other.

Working out an edge's outline (stroking) and blending see-through colour into many thin
spans are what cost most, so both are avoided where they can be: a limb filled and
edged in one colour is filled once, widened by the edge (add_grown); furniture is laid
down from images (figure_furniture).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

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
    Shape,
)
from stretchdesk.figure.picture import Picture
from stretchdesk.figure.projection import Bounds
from stretchdesk.ui.figure_frame import PaintFrame
from stretchdesk.ui.figure_furniture import fill_faintly_edged, is_faintly_edged, lay_kept
from stretchdesk.ui.figure_ink import SVG_DEFAULTS, Ink, colour, glow_brush, pen_for
from stretchdesk.ui.figure_layers import KeptPictures, Layer, lay
from stretchdesk.ui.figure_paths import rounded, true_circle


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
    frame = PaintFrame(painter, kept, keep_outlines=not picture.view_moving)
    if kept is not None:
        kept.start_frame(painter)
    for item in picture.items:
        _paint(frame, item, SVG_DEFAULTS)
    if kept is not None:
        kept.finish_frame()
    painter.restore()


def _paint(frame: PaintFrame, element: Element, ink: Ink) -> None:
    painter = frame.painter
    ink = ink.under(element.style)
    opacity = 1.0 if element.style.opacity is None else element.style.opacity
    if frame.kept is not None and isinstance(element, Group) and is_faintly_edged(element, ink):
        # Always from an image (kept or not), so a block looks the same either way.
        lay_kept(frame, frame.kept, element, ink, opacity)
        return
    if isinstance(element, Group) and opacity < 1.0 and len(element.items) > 1:
        layer = Layer(painter, frame.extent(element.items, ink))
        if layer.painter is not None:
            _paint_items(frame.aside(layer.painter), element, ink)
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


def _paint_items(frame: PaintFrame, group: Group, ink: Ink) -> None:
    """A group's items, `ink` being the settings in force inside it."""
    if frame.painter.opacity() >= 1.0 and _is_one_colour_edge(group, ink):
        _fill_widened(frame, group.items, ink)
    elif is_faintly_edged(group, ink):
        fill_faintly_edged(frame, group.items, ink)
    else:
        for item in group.items:
            _paint(frame, item, ink)


def _is_one_colour_edge(group: Group, ink: Ink) -> bool:
    """Whether the items are plain round shapes filled and edged in one solid colour."""
    return (ink.fill == ink.stroke and ink.round_joins and ink.stroke_opacity >= 1.0
            and ink.edged and all(isinstance(item, Mark) and item.style is PLAIN
                                  and isinstance(item.shape, Capsule | Circle)
                                  for item in group.items))


def _fill_widened(frame: PaintFrame, items: tuple[Element, ...], ink: Ink) -> None:
    frame.painter.fillPath(frame.grown(items, ink.stroke_width / 2), colour(ink.stroke))


def _draw(frame: PaintFrame, shape: Shape, ink: Ink) -> None:
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


def _is_solid_edged_circle(frame: PaintFrame, shape: Circle, ink: Ink) -> bool:
    """Whether this is a solid disc with a solid edge whose SVG outline is a true circle."""
    return (isinstance(ink.fill, str) and ink.fill != NO_PAINT and ink.edged
            and ink.stroke_opacity >= 1.0 and frame.painter.opacity() >= 1.0
            and true_circle(shape) is not None)


def _fill_ringed_circle(frame: PaintFrame, shape: Circle, ink: Ink) -> None:
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
