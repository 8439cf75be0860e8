"""Painting motion arrows: a soft-edged curved stroke with a rounded arrowhead."""

from __future__ import annotations

import math

from .marks import NO_PAINT, Group, Mark, Polygon, Polyline, Style
from .projection import Drawable, Projector, bounds_of
from .scene import Cue
from .shapes import Point
from .skeleton import Body
from .theme import Theme

STROKE = 2.6  # cm
HEAD = 6.0  # cm, arrowhead length


def _head(tip: Point, before: Point) -> list[Point]:
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    base = (tip[0] - ux * HEAD, tip[1] - uy * HEAD)
    half = HEAD * 0.62
    return [(tip[0] + ux * 1.5, tip[1] + uy * 1.5),
            (base[0] - uy * half, base[1] + ux * half),
            (base[0] + uy * half, base[1] - ux * half)]


def cue_drawable(proj: Projector, body: Body, cue: Cue, opacity: float, theme: Theme) -> Drawable:
    """The arrow, drawn over the figure with a halo in the background colour."""
    origin = body[cue.anchor]
    points = [proj.page(origin + offset) for offset in cue.path]
    heads = [_head(points[-1], points[-2])]
    if cue.both_ends:
        heads.append(_head(points[0], points[1]))
    # Stop the line short of each head so the point stays sharp.
    line = list(points)
    line[-1] = _toward(points[-1], points[-2], HEAD * 0.8)
    if cue.both_ends:
        line[0] = _toward(points[0], points[1], HEAD * 0.8)
    shaft = Polyline(tuple(line))
    tips = tuple(Mark(Polygon(tuple(h))) for h in heads)
    halo, ink = theme.background, theme.cue
    arrow = Group(
        (
            Mark(shaft, Style(fill=NO_PAINT, stroke=halo, stroke_width=STROKE + 2.4)),
            Group(tips, Style(fill=halo, stroke=halo, stroke_width=2.4)),
            Mark(shaft, Style(fill=NO_PAINT, stroke=ink, stroke_width=STROKE)),
            Group(tips, Style(fill=ink, stroke=ink, stroke_width=1.2)),
        ),
        Style(round_caps=True, round_joins=True, opacity=opacity),
    )
    corners = [p for h in heads for p in h] + points
    return Drawable(1e9, (arrow,), bounds_of(corners, STROKE))


def _toward(tip: Point, before: Point, back: float) -> Point:
    dx, dy = before[0] - tip[0], before[1] - tip[1]
    n = math.hypot(dx, dy) or 1.0
    return (tip[0] + dx / n * back, tip[1] + dy / n * back)
