"""Painting furniture blocks and the floor shadow under a raised body."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .geometry import Vec3, rot_y
from .marks import Group, Mark, Polygon, Style
from .projection import Bounds, Drawable, Projector, bounds_of
from .scene import Box, Camera
from .shapes import Point
from .skeleton import Body
from .theme import Theme

BLOCK_VIEWS_KEPT = 512  # blocks remembered with their viewpoint (a chair is 8, a desk 5)
_FACES = (  # outward normal, then the four corners as signs of the half sizes
    (Vec3(0, 1, 0), ((-1, 1, -1), (1, 1, -1), (1, 1, 1), (-1, 1, 1))),
    (Vec3(0, -1, 0), ((-1, -1, -1), (-1, -1, 1), (1, -1, 1), (1, -1, -1))),
    (Vec3(1, 0, 0), ((1, -1, -1), (1, -1, 1), (1, 1, 1), (1, 1, -1))),
    (Vec3(-1, 0, 0), ((-1, -1, -1), (-1, 1, -1), (-1, 1, 1), (-1, -1, 1))),
    (Vec3(0, 0, 1), ((-1, -1, 1), (-1, 1, 1), (1, 1, 1), (1, -1, 1))),
    (Vec3(0, 0, -1), ((-1, -1, -1), (1, -1, -1), (1, 1, -1), (-1, 1, -1))),
)


@dataclass(frozen=True)
class BlockView:
    """A block as one viewpoint sees it: its visible faces on the page, and how near it is.

    Each face is its outline and the colour it takes: 0 top, 1 front, 2 side.
    """

    faces: tuple[tuple[tuple[Point, ...], int], ...]
    depth: float
    bounds: Bounds


@lru_cache(maxsize=BLOCK_VIEWS_KEPT)
def block_view(box: Box, camera: Camera) -> BlockView | None:
    """The block seen from `camera` (None if no face is turned toward it); kept for reuse."""
    proj = Projector(camera)
    turn = rot_y(box.yaw)
    half = box.size * 0.5
    faces: list[tuple[tuple[Point, ...], int]] = []
    pts: list[Point] = []
    for normal, corners in _FACES:
        facing = proj.depth(turn.apply(normal))
        if facing <= 0.02:
            continue
        page = tuple(
            proj.page(box.center + turn.apply(Vec3(sx * half.x, sy * half.y, sz * half.z)))
            for sx, sy, sz in corners
        )
        pts.extend(page)
        faces.append((page, 0 if normal.y > 0 else (1 if facing > 0.6 else 2)))
    if not faces:
        return None
    return BlockView(tuple(faces), proj.depth(box.center), bounds_of(pts))


_drawn_blocks: dict[tuple[Box, Camera, str, float], Drawable | None] = {}


def box_drawable(camera: Camera, box: Box, theme: Theme, opacity: float) -> Drawable | None:
    """A block of furniture, its faces coloured by which way they look, edges drawn thin.

    Kept for reuse like the block's view: furniture stands still while the body moves,
    so every frame of a movement draws the same blocks.
    """
    key = (box, camera, theme.name, opacity)
    if key in _drawn_blocks:
        return _drawn_blocks[key]
    view = block_view(box, camera)
    drawn = None
    if view is not None:
        colours = theme.furniture[box.material]
        faces = tuple(Mark(Polygon(page), Style(fill=colours[slot])) for page, slot in view.faces)
        edges = Style(stroke=theme.outline, stroke_opacity=0.55, stroke_width=0.7,
                      round_joins=True, opacity=opacity)
        drawn = Drawable(view.depth, (Group(faces, edges),), view.bounds)
    if len(_drawn_blocks) >= BLOCK_VIEWS_KEPT:
        _drawn_blocks.pop(next(iter(_drawn_blocks)))  # the oldest goes
    _drawn_blocks[key] = drawn
    return drawn


def shadow_drawable(
    proj: Projector, body: Body, theme: Theme, floor: float, strength: float
) -> Drawable:
    """A soft oval on the floor under the body, so it sits on something."""
    xs = [p.x for p in body.points.values()]
    zs = [p.z for p in body.points.values()]
    cx, cz = (min(xs) + max(xs)) / 2, (min(zs) + max(zs)) / 2
    rx, rz = (max(xs) - min(xs)) / 2 + 8, (max(zs) - min(zs)) / 2 + 8
    ring = tuple(
        proj.page(Vec3(cx + rx * math.cos(a), floor, cz + rz * math.sin(a)))
        for a in (i * math.pi / 18 for i in range(36))
    )
    oval = Mark(Polygon(ring), Style(fill=theme.shadow, opacity=theme.shadow_opacity * strength))
    return Drawable(-1e9, (oval,), bounds_of(ring))
