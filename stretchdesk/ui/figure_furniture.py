"""Painting furniture: solid faces sharing one faint, see-through, round-cornered edge.

Blending see-through colour into long thin spans one by one is what costs most, so a
large block's edges are filled solid into a layer laid down see-through at once, and
a block standing still is painted once and laid down again from its image
(figure_layers.KeptPictures) while it and the view stay.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from stretchdesk.figure.marks import NO_PAINT, Element, Group, Mark, Polygon
from stretchdesk.ui.figure_frame import PaintFrame
from stretchdesk.ui.figure_ink import Ink, colour
from stretchdesk.ui.figure_layers import KeptPictures, Layer, lay
from stretchdesk.ui.figure_paths import edged_polygon

SMALL_BLOCK_PIXELS = 64 * 64  # a block this small is edged directly (see fill_faintly_edged)


def is_faintly_edged(group: Group, ink: Ink) -> bool:
    """Whether the items are solid polygons sharing one see-through, round-cornered edge."""
    return (ink.edged and ink.stroke_opacity < 1.0 and ink.round_joins
            and all(isinstance(item, Mark) and isinstance(item.shape, Polygon)
                    and item.style.stroke is None and item.style.opacity is None
                    and isinstance(ink.under(item.style).fill, str)
                    for item in group.items))


def lay_kept(frame: PaintFrame, kept: KeptPictures, group: Group, ink: Ink,
             opacity: float) -> None:
    """A block of furniture from its kept picture, made now if there is none yet.

    Laid down at the group's opacity, which is how the SVG renderer fades a group too.
    """
    painter = frame.painter
    key = (group.items, ink.stroke, ink.stroke_width, ink.stroke_opacity, kept.place(painter))
    found, picture = kept.find(key)
    if not found:
        layer = Layer(painter, frame.extent(group.items, ink))
        if layer.painter is not None:
            fill_faintly_edged(frame.aside(layer.painter), group.items, ink)
        picture = layer.close()
        if kept.steady:
            kept.keep(key, picture)
    lay(painter, picture, opacity)


def fill_faintly_edged(frame: PaintFrame, items: tuple[Element, ...], ink: Ink) -> None:
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
        outline, edge = edged_polygon(item.shape, ink.stroke_width, frame.keep_outlines)
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


__all__ = ["SMALL_BLOCK_PIXELS", "fill_faintly_edged", "is_faintly_edged", "lay_kept"]
