"""Painting furniture blocks and the floor shadow under a raised body."""

from __future__ import annotations

import math

from .geometry import Vec3, rot_y
from .projection import Drawable, Projector, bounds_of
from .scene import Box
from .shapes import Point, polygon_path
from .skeleton import Body
from .theme import Theme

_FACES = (  # outward normal, then the four corners as signs of the half sizes
    (Vec3(0, 1, 0), ((-1, 1, -1), (1, 1, -1), (1, 1, 1), (-1, 1, 1))),
    (Vec3(0, -1, 0), ((-1, -1, -1), (-1, -1, 1), (1, -1, 1), (1, -1, -1))),
    (Vec3(1, 0, 0), ((1, -1, -1), (1, -1, 1), (1, 1, 1), (1, 1, -1))),
    (Vec3(-1, 0, 0), ((-1, -1, -1), (-1, 1, -1), (-1, 1, 1), (-1, -1, 1))),
    (Vec3(0, 0, 1), ((-1, -1, 1), (-1, 1, 1), (1, 1, 1), (1, -1, 1))),
    (Vec3(0, 0, -1), ((-1, -1, -1), (1, -1, -1), (1, 1, -1), (-1, 1, -1))),
)


def box_drawable(proj: Projector, box: Box, theme: Theme, opacity: float) -> Drawable | None:
    turn = rot_y(box.yaw)
    half = box.size * 0.5
    top, front, side = theme.furniture[box.material]
    faces: list[str] = []
    pts: list[Point] = []
    for normal, corners in _FACES:
        facing = proj.depth(turn.apply(normal))
        if facing <= 0.02:
            continue
        page = [
            proj.page(box.center + turn.apply(Vec3(sx * half.x, sy * half.y, sz * half.z)))
            for sx, sy, sz in corners
        ]
        pts.extend(page)
        colour = top if normal.y > 0 else (front if facing > 0.6 else side)
        faces.append(f'<path d="{polygon_path(page)}" fill="{colour}"/>')
    if not faces:
        return None
    svg = (
        f'<g opacity="{opacity:.2f}" stroke="{theme.outline}" stroke-opacity="0.55" '
        f'stroke-width="0.7" stroke-linejoin="round">{"".join(faces)}</g>'
    )
    return Drawable(proj.depth(box.center), svg, bounds_of(pts))


def shadow_drawable(
    proj: Projector, body: Body, theme: Theme, floor: float, strength: float
) -> Drawable:
    """A soft oval on the floor under the body, so it sits on something."""
    xs = [p.x for p in body.points.values()]
    zs = [p.z for p in body.points.values()]
    cx, cz = (min(xs) + max(xs)) / 2, (min(zs) + max(zs)) / 2
    rx, rz = (max(xs) - min(xs)) / 2 + 8, (max(zs) - min(zs)) / 2 + 8
    ring = [
        proj.page(Vec3(cx + rx * math.cos(a), floor, cz + rz * math.sin(a)))
        for a in (i * math.pi / 18 for i in range(36))
    ]
    svg = (
        f'<path d="{polygon_path(ring)}" fill="{theme.shadow}" '
        f'opacity="{theme.shadow_opacity * strength:.2f}"/>'
    )
    return Drawable(-1e9, svg, bounds_of(ring))
