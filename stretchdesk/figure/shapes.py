"""Flat drawing primitives: SVG path data for rounded limbs, blobs and polygons."""

from __future__ import annotations

import math
from collections.abc import Sequence

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


def capsule_path(a: Point, b: Point, ra: float, rb: float) -> str:
    """A limb: two circles (radius ra at a, rb at b) joined by their outer tangents."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length <= abs(ra - rb) + 1e-6:
        return circle_path(a if ra >= rb else b, max(ra, rb))
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    sin_phi = (ra - rb) / length
    cos_phi = math.sqrt(max(0.0, 1.0 - sin_phi * sin_phi))
    w1 = (nx * cos_phi + ux * sin_phi, ny * cos_phi + uy * sin_phi)
    w2 = (-nx * cos_phi + ux * sin_phi, -ny * cos_phi + uy * sin_phi)
    a1 = (a[0] + ra * w1[0], a[1] + ra * w1[1])
    b1 = (b[0] + rb * w1[0], b[1] + rb * w1[1])
    b2 = (b[0] + rb * w2[0], b[1] + rb * w2[1])
    a2 = (a[0] + ra * w2[0], a[1] + ra * w2[1])
    # Round the b end through its far side (+u) and the a end through its back (-u).
    sweep_b = 1 if w1[0] * uy - w1[1] * ux > 0 else 0
    large_b = 0 if sin_phi > 0 else 1
    return (
        f"M{pt(a1)}L{pt(b1)}"
        f"A{fmt(rb)},{fmt(rb)} 0 {large_b},{sweep_b} {pt(b2)}"
        f"L{pt(a2)}"
        f"A{fmt(ra)},{fmt(ra)} 0 {1 - large_b},{sweep_b} {pt(a1)}Z"
    )


def smooth_closed_path(points: Sequence[Point], tension: float = 1.0) -> str:
    """A closed curve through every point (Catmull-Rom turned into cubic Béziers)."""
    n = len(points)
    if n < 3:
        return ""
    parts = [f"M{pt(points[0])}"]
    k = tension / 6.0
    for i in range(n):
        p0, p1 = points[i - 1], points[i]
        p2, p3 = points[(i + 1) % n], points[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        parts.append(f"C{pt(c1)} {pt(c2)} {pt(p2)}")
    parts.append("Z")
    return "".join(parts)


def polygon_path(points: Sequence[Point]) -> str:
    return "M" + "L".join(pt(p) for p in points) + "Z"
