"""The outlines of a figure's shapes as QPainterPaths, shaped as the shipped SVG shapes them.

The SVG text holds every coordinate to 0.1 cm, and the paths here are built from the same
rounded numbers, so the picture lands where it always did. For straight and curved
pieces that is a shift of a fraction of a pixel; for round ends it matters more: SVG
gives an arc by its end points and radius, and a half circle's centre moves a lot with
such rounding (up to about 1 cm for a head). So arcs are built by SVG's own rule for
finding the centre, and a head or limb end sits exactly where Qt's SVG renderer puts it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker

from stretchdesk.figure.marks import Capsule, Circle, Polygon, Polyline, Shape, SmoothOutline
from stretchdesk.figure.second_use import SecondUseCache
from stretchdesk.figure.shapes import Point, capsule_outline, smooth_closed_curves

Arc = tuple[float, float, float, float, float]  # centre x, y, radius, start and turn (radians)
KEPT_OUTLINES = 256  # furniture outlines kept between frames (a chair has about 24 faces)
WAITING_OUTLINES = 64  # one frame's faces waiting for the next (a chair, a desk, a mat: 42)


def rounded(p: Point) -> Point:
    """A point as the SVG text holds it (one decimal, as shapes.fmt writes it)."""
    return (round(p[0], 1), round(p[1], 1))


def svg_arc_centre(start: Point, end: Point, radius: float, large: int, sweep: int) -> Arc | None:
    """SVG's circular arc from `start` to `end`, found by the rule SVG renderers follow.

    Of the two circles of `radius` through both points, `large` and `sweep` pick one, and
    a radius too small to reach is grown until it just does. Angles grow clockwise on the
    page (y points down). None when there is no arc (a point to itself, or no radius).
    """
    x1, y1 = start
    x2, y2 = end
    hx, hy = (x1 - x2) / 2, (y1 - y2) / 2  # half the chord
    half_sq = hx * hx + hy * hy
    if half_sq == 0.0 or radius <= 0.0:
        return None
    r = max(radius, math.sqrt(half_sq))
    k = math.sqrt(max(0.0, (r * r - half_sq) / half_sq))
    if large == sweep:
        k = -k
    cx, cy = k * hy + (x1 + x2) / 2, -k * hx + (y1 + y2) / 2
    first = math.atan2(y1 - cy, x1 - cx)
    turn = math.atan2(y2 - cy, x2 - cx) - first
    if sweep and turn < 0:
        turn += 2 * math.pi
    elif not sweep and turn > 0:
        turn -= 2 * math.pi
    return (cx, cy, r, first, turn)


def add_arc(path: QPainterPath, arc: Arc, end: Point | None = None) -> None:
    """Add an arc as Bézier quarters at most, as Qt's SVG renderer draws arcs.

    (QPainterPath.arcTo is not used: at a half circle it can add pieces of no length, and
    an outline's corner there then sticks out as a spike.)
    """
    cx, cy, r, first, turn = arc
    pieces = max(1, math.ceil(abs(turn) / (math.pi / 2) - 1e-9))
    step = turn / pieces
    lever = 4.0 / 3.0 * math.tan(step / 4) * r
    cos0, sin0 = math.cos(first), math.sin(first)
    for i in range(1, pieces + 1):
        angle = first + step * i
        cos1, sin1 = math.cos(angle), math.sin(angle)
        ex, ey = end if end is not None and i == pieces else (cx + r * cos1, cy + r * sin1)
        path.cubicTo(cx + r * cos0 - lever * sin0, cy + r * sin0 + lever * cos0,
                     ex + lever * sin1, ey - lever * cos1, ex, ey)
        cos0, sin0 = cos1, sin1


def _svg_arc(path: QPainterPath, start: Point, radius: float, large: int, sweep: int,
             end: Point) -> None:
    arc = svg_arc_centre(start, end, radius, large, sweep)
    if arc is None:
        path.lineTo(*end)
    else:
        add_arc(path, arc, end)


def true_circle(shape: Circle) -> tuple[QPointF, float] | None:
    """Centre and radius if the SVG text's two half circles share their centre, else None.

    They do when the rounded ends are at least a diameter apart (a radius too short is
    grown to reach); a little closer, each half bulges from its own centre.
    """
    r = round(shape.radius, 1)
    left = rounded((shape.center[0] - shape.radius, shape.center[1]))
    right = rounded((shape.center[0] + shape.radius, shape.center[1]))
    half = (right[0] - left[0]) / 2
    return (QPointF(left[0] + half, left[1]), half) if half >= r else None


def _circle(path: QPainterPath, center: Point, radius: float) -> None:
    """shapes.circle_path: two half circles, from the left end to the right and back."""
    circle = true_circle(Circle(center, radius))
    if circle is not None:
        path.addEllipse(circle[0], circle[1], circle[1])
        return
    r = round(radius, 1)
    left = rounded((center[0] - radius, center[1]))
    right = rounded((center[0] + radius, center[1]))
    path.moveTo(*left)
    _svg_arc(path, left, r, 1, 0, right)
    _svg_arc(path, right, r, 1, 0, left)
    path.closeSubpath()


@dataclass(frozen=True, slots=True)
class RoundEnds:
    """A capsule as its SVG text draws it: the tangent points and both round ends' arcs."""

    a1: Point
    b1: Point
    b2: Point
    a2: Point
    b_end: Arc
    a_end: Arc


def round_ends(shape: Capsule) -> RoundEnds | None:
    """The capsule's outline pieces, or None when it is drawn as a plain circle."""
    out = capsule_outline(shape.a, shape.b, shape.ra, shape.rb)
    if out is None:
        return None
    a1, b1, b2, a2 = rounded(out.a1), rounded(out.b1), rounded(out.b2), rounded(out.a2)
    b_end = svg_arc_centre(b1, b2, round(shape.rb, 1), out.large_b, out.sweep)
    a_end = svg_arc_centre(a2, a1, round(shape.ra, 1), 1 - out.large_b, out.sweep)
    if b_end is None or a_end is None:
        return None
    return RoundEnds(a1, b1, b2, a2, b_end, a_end)


def _arc_to(path: QPainterPath, arc: Arc) -> None:
    """Add an arc with Qt's own arcTo (fine for areas that are only filled)."""
    cx, cy, r, first, turn = arc
    # Page angles grow clockwise (y points down); arcTo counts them the other way.
    path.arcTo(cx - r, cy - r, 2 * r, 2 * r, -math.degrees(first), -math.degrees(turn))


def add_round(path: QPainterPath, center: Point, radius: float) -> None:
    """Add a circle turning the way every capsule outline here turns.

    Shapes widened by their edge are filled together as one path by the nonzero rule: a
    circle turning the other way would cancel out where it overlaps a capsule.
    """
    path.moveTo(center[0] + radius, center[1])
    _arc_to(path, (center[0], center[1], radius, 0.0, -2 * math.pi))
    path.closeSubpath()


def _round_circle(path: QPainterPath, shape: Capsule) -> None:
    center, radius = (shape.a, shape.ra) if shape.ra >= shape.rb else (shape.b, shape.rb)
    _circle(path, center, radius)


def add_capsule(path: QPainterPath, shape: Capsule, ends: RoundEnds | None) -> None:
    """Add shapes.capsule_path's outline: along one tangent, round the b end, back, round a."""
    if ends is None:
        _round_circle(path, shape)
        return
    path.moveTo(*ends.a1)
    path.lineTo(*ends.b1)
    _arc_to(path, ends.b_end)
    path.lineTo(*ends.a2)
    _arc_to(path, ends.a_end)
    path.closeSubpath()


def add_grown(path: QPainterPath, shape: Capsule | Circle, grow: float,
              ends: RoundEnds | None = None) -> None:
    """Add the shape widened by `grow` all round: the shape with an edge of that width.

    A shape filled and edged in one colour (round corners) covers exactly this, and
    filling it once is far cheaper than filling and then stroking. The round ends keep
    the centres the SVG text gives them (see the module's docstring).
    """
    if isinstance(shape, Circle):
        add_round(path, shape.center, shape.radius + grow)
        return
    if ends is None:
        center, radius = (shape.a, shape.ra) if shape.ra >= shape.rb else (shape.b, shape.rb)
        add_round(path, center, radius + grow)
        return
    a, ra = (ends.a_end[0], ends.a_end[1]), ends.a_end[2] + grow
    b, rb = (ends.b_end[0], ends.b_end[1]), ends.b_end[2] + grow
    wide = capsule_outline(a, b, ra, rb)
    if wide is None:
        center, radius = (a, ra) if ra >= rb else (b, rb)
        add_round(path, center, radius)
        return
    turn = math.radians(wide.b_turn) * (1.0 if wide.sweep else -1.0)
    full = 2 * math.pi * (1.0 if wide.sweep else -1.0)
    path.moveTo(*wide.a1)
    path.lineTo(*wide.b1)
    _arc_to(path, (b[0], b[1], rb, math.atan2(wide.b1[1] - b[1], wide.b1[0] - b[0]), turn))
    path.lineTo(*wide.a2)
    _arc_to(path, (a[0], a[1], ra, math.atan2(wide.a2[1] - a[1], wide.a2[0] - a[0]),
                   full - turn))
    path.closeSubpath()


def shape_path(shape: Shape) -> QPainterPath:
    """The outline of a path-like shape, filled by the nonzero rule as SVG fills."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    if isinstance(shape, Capsule):
        add_capsule(path, shape, round_ends(shape))
    elif isinstance(shape, Circle):
        _circle(path, shape.center, shape.radius)
    elif isinstance(shape, SmoothOutline):
        if len(shape.points) >= 3:
            path.moveTo(*rounded(shape.points[0]))
            for c1, c2, end in smooth_closed_curves(shape.points, shape.tension):
                path.cubicTo(round(c1[0], 1), round(c1[1], 1), round(c2[0], 1),
                             round(c2[1], 1), round(end[0], 1), round(end[1], 1))
            path.closeSubpath()
    elif isinstance(shape, Polygon | Polyline):
        first, *rest = shape.points
        path.moveTo(*rounded(first))
        for x, y in rest:
            path.lineTo(round(x, 1), round(y, 1))
        if isinstance(shape, Polygon):
            path.closeSubpath()
    return path


_kept: SecondUseCache[tuple[Polygon, float], tuple[QPainterPath, QPainterPath]] = (
    SecondUseCache(KEPT_OUTLINES, WAITING_OUTLINES))


def edged_polygon(shape: Polygon, width: float,
                  keep: bool = True) -> tuple[QPainterPath, QPainterPath]:
    """A polygon's outline and its round-cornered edge `width` wide, as areas to fill.

    Furniture stands still while the body moves, so these are kept between frames and a
    frame fills them instead of stroking its edges again: once a second frame asks for
    them (figure/second_use.py), and never for a frame of a swing (`keep` False), whose
    faces no other frame has.
    """
    return _kept.get((shape, width), lambda: _edged_polygon(shape, width), keep)


def _edged_polygon(shape: Polygon, width: float) -> tuple[QPainterPath, QPainterPath]:
    outline = shape_path(shape)
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    stroker.setCapStyle(Qt.PenCapStyle.FlatCap)
    edge = stroker.createStroke(outline)
    edge.setFillRule(Qt.FillRule.WindingFill)
    return outline, edge


__all__ = [
    "RoundEnds",
    "add_arc",
    "add_capsule",
    "add_grown",
    "add_round",
    "edged_polygon",
    "round_ends",
    "rounded",
    "shape_path",
    "svg_arc_centre",
    "true_circle",
]
