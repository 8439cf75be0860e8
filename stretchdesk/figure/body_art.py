"""Painting the posed body: a rounded torso, tapered limbs, a head with hair, and glows."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .geometry import Mat3, Vec3
from .marks import Capsule, Element, Ellipse, Glow, Group, Mark, Shape, SmoothOutline, Style
from .projection import Bounds, Drawable, Projector, bounds_of
from .scene import Area
from .shapes import Point
from .skeleton import Body
from .theme import Shade, Theme

OUTLINE = 1.1  # cm of dark edge around every part


@dataclass(frozen=True)
class Limb:
    """One tapered piece of a limb chain."""

    start: Vec3
    end: Vec3
    r_start: float
    r_end: float
    shade: Shade


@dataclass(frozen=True)
class TorsoRing:
    """A cross-section of the torso: an ellipse `half_width` across and `half_depth` deep."""

    center: Vec3
    frame: Mat3
    half_width: float
    half_depth: float


def chain(parts: Sequence[tuple[Shape, str]], outline: str) -> tuple[Element, ...]:
    """Outline every piece first, then fill them, so a chain shows no seams at its joints."""
    edge = Style(fill=outline, stroke=outline, stroke_width=2 * OUTLINE, round_joins=True)
    return (
        Group(tuple(Mark(shape) for shape, _ in parts), edge),
        Group(tuple(Mark(shape, Style(fill=colour)) for shape, colour in parts)),
    )


def chain_drawable(proj: Projector, limbs: Sequence[Limb], near: bool, theme: Theme) -> Drawable:
    parts: list[tuple[Shape, str]] = []
    pts: list[Point] = []
    for limb in limbs:
        a, b = proj.page(limb.start), proj.page(limb.end)
        parts.append((Capsule(a, b, limb.r_start, limb.r_end),
                      limb.shade.near if near else limb.shade.far))
        pts.extend(bounds_corners(a, limb.r_start) + bounds_corners(b, limb.r_end))
    depth = sum(proj.depth(limb.start) + proj.depth(limb.end) for limb in limbs) / (2 * len(limbs))
    return Drawable(depth, chain(parts, theme.outline), bounds_of(pts, OUTLINE))


def bounds_corners(c: Point, r: float) -> list[Point]:
    return [(c[0] - r, c[1] - r), (c[0] + r, c[1] + r)]


def leg_limbs(body: Body, s: str, theme: Theme) -> list[Limb]:
    foot = body.frames[f"foot_{s}"]
    heel = body[f"ankle_{s}"] + foot.apply(Vec3(-3.5, -1.5, 0.0))
    return [
        Limb(body[f"hip_{s}"], body[f"knee_{s}"], 7.4, 5.4, theme.trousers),
        Limb(body[f"knee_{s}"], body[f"ankle_{s}"], 5.4, 3.8, theme.trousers),
        Limb(heel, body[f"toe_{s}"], 3.6, 3.0, theme.skin),
    ]


def arm_limbs(body: Body, s: str, theme: Theme) -> list[Limb]:
    fore = body.frames[f"forearm_{s}"]
    fingertips = body[f"hand_{s}"] + fore.apply(Vec3(0.0, -2.5, 0.0))
    return [
        Limb(body[f"shoulder_{s}"], body[f"elbow_{s}"], 5.0, 4.1, theme.shirt),
        Limb(body[f"elbow_{s}"], body[f"wrist_{s}"], 4.1, 3.3, theme.shirt),
        Limb(body[f"wrist_{s}"], fingertips, 3.0, 3.9, theme.skin),
    ]


def torso_rings(body: Body) -> list[TorsoRing]:
    """Cross-sections from the seat up to the shoulders."""
    frames = body.frames
    pelvis_f, lumbar_f, thorax_f = frames["pelvis"], frames["lumbar"], frames["thorax"]
    pelvis, waist, neck = body["pelvis"], body["waist"], body["neck_base"]
    return [
        TorsoRing(pelvis + pelvis_f.apply(Vec3(-2.0, -6.0, 0.0)), pelvis_f, 16.5, 11.5),
        TorsoRing(pelvis + pelvis_f.apply(Vec3(0.0, 3.0, 0.0)), pelvis_f, 17.0, 12.0),
        TorsoRing(pelvis + pelvis_f.apply(Vec3(0.5, 10.0, 0.0)), pelvis_f, 16.0, 11.5),
        TorsoRing(waist, lumbar_f, 15.5, 11.5),
        TorsoRing(waist + thorax_f.apply(Vec3(1.0, 15.0, 0.0)), thorax_f, 17.5, 13.0),
        TorsoRing(neck + thorax_f.apply(Vec3(-1.0, -4.0, 0.0)), thorax_f, 20.0, 11.0),
    ]


def _ring_reach(proj: Projector, ring: TorsoRing, normal: Point) -> float:
    """How far the ring's outline reaches from its centre along a page direction."""
    n3 = proj.world_dir(normal)
    across = n3.dot(ring.frame.cz) * ring.half_width
    deep = n3.dot(ring.frame.cx) * ring.half_depth
    return max(math.hypot(across, deep), 0.6 * min(ring.half_width, ring.half_depth))


def _outline_points(proj: Projector, rings: Sequence[TorsoRing]) -> tuple[list[Point], list[Point]]:
    centers = [proj.page(r.center) for r in rings]
    left: list[Point] = []
    right: list[Point] = []
    fallback = proj.page_dir(rings[0].frame.cy)
    for i, ring in enumerate(rings):
        prev_c, next_c = centers[max(i - 1, 0)], centers[min(i + 1, len(rings) - 1)]
        tx, ty = next_c[0] - prev_c[0], next_c[1] - prev_c[1]
        if math.hypot(tx, ty) < 3.0:
            tx, ty = fallback
        if math.hypot(tx, ty) < 1e-3:
            tx, ty = 0.0, -1.0
        norm = math.hypot(tx, ty)
        nx, ny = -ty / norm, tx / norm
        reach = _ring_reach(proj, ring, (nx, ny))
        c = centers[i]
        left.append((c[0] + nx * reach, c[1] + ny * reach))
        right.append((c[0] - nx * reach, c[1] - ny * reach))
    return left, right


def _cap(center: Point, away: Point, toward: Point, reach: float) -> Point:
    dx, dy = away[0] - toward[0], away[1] - toward[1]
    n = math.hypot(dx, dy) or 1.0
    return (center[0] + dx / n * reach, center[1] + dy / n * reach)


def torso_drawable(proj: Projector, body: Body, theme: Theme) -> Drawable:
    rings = torso_rings(body)
    left, right = _outline_points(proj, rings)
    centers = [proj.page(r.center) for r in rings]
    bottom = _cap(centers[0], centers[0], centers[1], 0.8 * _half(left[0], right[0]))
    top = _cap(centers[-1], centers[-1], centers[-2], 0.55 * _half(left[-1], right[-1]))
    outline = [bottom, *left, top, *reversed(right)]
    # Trousers cover the seat up to a waistband just above the hip joints.
    band = 2  # the ring at the waistband
    seat = (bottom, *left[:band + 1], *reversed(right[:band + 1]))
    items = (
        Mark(SmoothOutline(tuple(outline)), _edged(theme.shirt.near, theme)),
        Mark(SmoothOutline(seat, 0.7), _edged(theme.trousers.near, theme)),
    )
    depth = sum(proj.depth(r.center) for r in rings) / len(rings)
    return Drawable(depth, items, bounds_of(outline, OUTLINE))


def _edged(fill: str, theme: Theme) -> Style:
    return Style(fill=fill, stroke=theme.outline, stroke_width=OUTLINE * 2, round_joins=True)


def _half(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1]) / 2


def glow_mark(proj: Projector, body: Body, area: Area, opacity: float, theme: Theme) -> Mark:
    """A soft warm halo over the targeted part of the body."""
    center, axis, half_len, radius = area_geometry(body, area)
    c = proj.page(center)
    a = proj.page_dir(axis * half_len)
    rx = max(math.hypot(*a), radius)
    angle = math.degrees(math.atan2(a[1], a[0]))
    return Mark(Ellipse(c, rx + 4, radius + 4, angle), Style(fill=Glow(theme.glow),
                                                             opacity=opacity))


def area_geometry(body: Body, area: Area) -> tuple[Vec3, Vec3, float, float]:
    """Centre, long axis, half length and half width (cm) of a target area."""
    pelvis_f = body.frames["pelvis"]
    back = pelvis_f.cx * -1.0
    if area is Area.LOWER_BACK:
        spine = (body["waist"] - body["pelvis"]).unit()
        center = body["pelvis"] + spine * 12.0 + back * 7.0
        return center, spine, 15.0, 13.0
    if area is Area.BACK:
        spine = (body["neck_base"] - body["pelvis"]).unit()
        center = body["waist"] + body.frames["lumbar"].cx * -8.0
        return center, spine, 34.0, 13.0
    side = area.value[-1]
    if area in (Area.GLUTE_L, Area.GLUTE_R):
        center = body[f"hip_{side}"] + back * 8.0 + pelvis_f.cy * -2.0
        return center, pelvis_f.cy, 11.0, 11.0
    if area in (Area.HAMSTRING_L, Area.HAMSTRING_R):
        thigh = body.frames[f"thigh_{side}"]
        hip, knee = body[f"hip_{side}"], body[f"knee_{side}"]
        center = (hip + knee) * 0.5 + thigh.cx * -4.0
        return center, (knee - hip).unit(), 22.0, 8.0
    if area in (Area.HIP_FRONT_L, Area.HIP_FRONT_R):
        thigh = body.frames[f"thigh_{side}"]
        hip, knee = body[f"hip_{side}"], body[f"knee_{side}"]
        center = hip + (knee - hip) * 0.22 + thigh.cx * 5.0
        return center, (knee - hip).unit(), 13.0, 8.0
    lateral = pelvis_f.cz * (1.0 if side == "r" else -1.0)
    center = body["waist"] + lateral * 12.0
    return center, (body["neck_base"] - body["pelvis"]).unit(), 16.0, 10.0


def glow_gradient(theme: Theme) -> str:
    return (
        '<radialGradient id="glow">'
        f'<stop offset="0" stop-color="{theme.glow}" stop-opacity="0.8"/>'
        f'<stop offset="0.55" stop-color="{theme.glow}" stop-opacity="0.42"/>'
        f'<stop offset="1" stop-color="{theme.glow}" stop-opacity="0"/>'
        "</radialGradient>"
    )


__all__ = [
    "Bounds",
    "arm_limbs",
    "chain",
    "chain_drawable",
    "glow_gradient",
    "glow_mark",
    "leg_limbs",
    "torso_drawable",
]
