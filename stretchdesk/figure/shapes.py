"""Flat drawing primitives: the geometry and SVG path data of rounded limbs, blobs and polygons."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]


def fmt(v: float) -> str:
    """A coordinate with one decimal: small files, and the same text on every machine."""
    s = f"{v:.1f}"
    return "0.0" if s == "-0.0" else s


def pt(p: Point) -> str:
    return f"{fmt(p[0])},{fmt(p[1])}"


def circle_path(c: Point, r: float) -> str:
    """A full circle as path data (two half arcs)."""
    left, right = (c[0] - r, c[1]), (c[0] + r, c[1])
    return f"M{pt(left)}A{fmt(r)},{fmt(r)} 0 1,0 {pt(right)}A{fmt(r)},{fmt(r)} 0 1,0 {pt(left)}Z"


@dataclass(frozen=True, slots=True)
class CapsuleOutline:
    """Where a capsule's two tangent lines touch its circles, and which way its ends turn.

    The outline runs a1 -> b1, round the b end to b2, on to a2, and round the a end back
    to a1. `large_b` says whether the b end's arc is more than half a circle; both ends
    turn the same way, `sweep` (1: clockwise on the page, as SVG's sweep flag).
    """

    a1: Point
    b1: Point
    b2: Point
    a2: Point
    large_b: int
    sweep: int
    b_turn: float  # degrees the outline turns round the b end (the a end: 360 - b_turn)


def capsule_outline(a: Point, b: Point, ra: float, rb: float) -> CapsuleOutline | None:
    """The outline of a capsule, or None when one circle holds the other (a plain circle)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length <= abs(ra - rb) + 1e-6:
        return None
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    sin_phi = (ra - rb) / length
    cos_phi = math.sqrt(max(0.0, 1.0 - sin_phi * sin_phi))
    w1 = (nx * cos_phi + ux * sin_phi, ny * cos_phi + uy * sin_phi)
    w2 = (-nx * cos_phi + ux * sin_phi, -ny * cos_phi + uy * sin_phi)
    # Round the b end through its far side (+u) and the a end through its back (-u).
    return CapsuleOutline(
        a1=(a[0] + ra * w1[0], a[1] + ra * w1[1]),
        b1=(b[0] + rb * w1[0], b[1] + rb * w1[1]),
        b2=(b[0] + rb * w2[0], b[1] + rb * w2[1]),
        a2=(a[0] + ra * w2[0], a[1] + ra * w2[1]),
        large_b=0 if sin_phi > 0 else 1,
        sweep=1 if w1[0] * uy - w1[1] * ux > 0 else 0,
        b_turn=180.0 - 2.0 * math.degrees(math.asin(max(-1.0, min(1.0, sin_phi)))),
    )


def capsule_path(a: Point, b: Point, ra: float, rb: float) -> str:
    """A limb: two circles (radius ra at a, rb at b) joined by their outer tangents."""
    out = capsule_outline(a, b, ra, rb)
    if out is None:
        return circle_path(a if ra >= rb else b, max(ra, rb))
    return (
        f"M{pt(out.a1)}L{pt(out.b1)}"
        f"A{fmt(rb)},{fmt(rb)} 0 {out.large_b},{out.sweep} {pt(out.b2)}"
        f"L{pt(out.a2)}"
        f"A{fmt(ra)},{fmt(ra)} 0 {1 - out.large_b},{out.sweep} {pt(out.a1)}Z"
    )


def smooth_closed_curves(
    points: Sequence[Point], tension: float = 1.0
) -> list[tuple[Point, Point, Point]]:
    """The cubic Béziers (first control, second control, end) of a closed Catmull-Rom curve.

    The curve starts at points[0] and passes through every point in turn.
    """
    n = len(points)
    k = tension / 6.0
    curves: list[tuple[Point, Point, Point]] = []
    for i in range(n):
        p0, p1 = points[i - 1], points[i]
        p2, p3 = points[(i + 1) % n], points[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        curves.append((c1, c2, p2))
    return curves


def smooth_closed_path(points: Sequence[Point], tension: float = 1.0) -> str:
    """A closed curve through every point (Catmull-Rom turned into cubic Béziers)."""
    if len(points) < 3:
        return ""
    curves = "".join(
        f"C{pt(c1)} {pt(c2)} {pt(end)}" for c1, c2, end in smooth_closed_curves(points, tension)
    )
    return f"M{pt(points[0])}{curves}Z"


def polygon_path(points: Sequence[Point]) -> str:
    return "M" + "L".join(pt(p) for p in points) + "Z"
