"""Painting furniture blocks and the floor shadow under a raised body."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .geometry import Vec3, rot_y
from .marks import Group, Mark, Polygon, Style
from .projection import Bounds, Drawable, Projector, bounds_of
from .scene import Box, Camera
from .second_use import SecondUseCache
from .shapes import Point
from .skeleton import Body
from .theme import Theme

BLOCK_VIEWS_KEPT = 512  # blocks remembered with their viewpoint (a chair is 8, a desk 5)
# Blocks of one frame waiting to be seen again by the next (a chair and a desk fading out
# while a mat fades in are 14): a block seen once, mid-swing, is never kept.
BLOCK_VIEWS_WAITING = 48
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


_views: SecondUseCache[tuple[Box, Camera], BlockView | None] = SecondUseCache(
    BLOCK_VIEWS_KEPT, BLOCK_VIEWS_WAITING)


def block_view(box: Box, camera: Camera, keep: bool = True) -> BlockView | None:
    """The block seen from `camera` (None if no face is turned toward it); kept for reuse
    once a second frame asks for it, unless `keep` is False (a viewpoint on the move)."""
    return _views.get((box, camera), lambda: _block_view(box, camera), keep)


def _block_view(box: Box, camera: Camera) -> BlockView | None:
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


_drawn_blocks: SecondUseCache[tuple[Box, Camera, str, float], Drawable | None] = (
    SecondUseCache(BLOCK_VIEWS_KEPT, BLOCK_VIEWS_WAITING))


def box_drawable(camera: Camera, box: Box, theme: Theme, opacity: float,
                 keep: bool = True) -> Drawable | None:
    """A block of furniture, its faces coloured by which way they look, edges drawn thin.

    Kept for reuse like the block's view: furniture stands still while the body moves,
    so every frame of a movement draws the same blocks. What a frame of a swing shows
    (`keep` False) or of a fade (its opacity is the frame's own) is not kept.
    """
    return _drawn_blocks.get((box, camera, theme.name, opacity),
                             lambda: _box_drawable(camera, box, theme, opacity, keep), keep)


def _box_drawable(camera: Camera, box: Box, theme: Theme, opacity: float,
                  keep: bool) -> Drawable | None:
    view = block_view(box, camera, keep)
    if view is None:
        return None
    colours = theme.furniture[box.material]
    faces = tuple(Mark(Polygon(page), Style(fill=colours[slot])) for page, slot in view.faces)
    edges = Style(stroke=theme.outline, stroke_opacity=0.55, stroke_width=0.7,
                  round_joins=True, opacity=opacity)
    return Drawable(view.depth, (Group(faces, edges),), view.bounds)


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
