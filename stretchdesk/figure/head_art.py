"""Painting the head: neck, hair, face direction (nose in profile, eyes when turned to us)."""

from __future__ import annotations

import math

from .body_art import OUTLINE, chain
from .geometry import Vec3
from .marks import Capsule, Circle, Dot, Element, Mark, Style
from .projection import Drawable, Projector, bounds_of
from .shapes import Point
from .skeleton import Body
from .theme import Theme

HEAD_RADIUS = 12.5


def _shift(p: Point, d: Point, k: float) -> Point:
    return (p[0] + d[0] * k, p[1] + d[1] * k)


def _disc(c: Point, r: float, fill: str, theme: Theme) -> Mark:
    return Mark(Circle(c, r), Style(fill=fill, stroke=theme.outline, stroke_width=OUTLINE * 2))


def head_drawable(proj: Projector, body: Body, theme: Theme) -> Drawable:
    """The head, readable from any side: which way the face points is always visible."""
    frame = body.frames["head"]
    head = body["head"]
    r = HEAD_RADIUS
    c = proj.page(head)
    neck_from = proj.page(body["neck_base"] + body.frames["thorax"].apply(Vec3(0.0, -2.0, 0.0)))
    parts: list[Element] = [*chain([(Capsule(neck_from, c, 5.4, 5.0), theme.skin.near)],
                                   theme.outline)]

    face3 = frame.cx
    hair3 = (face3 * -0.9 + frame.cy * 0.75).unit()
    hair2 = proj.page_dir(hair3)
    face2 = proj.page_dir(face3)
    skin = theme.skin.near
    if proj.depth(hair3) > 0.45:
        # Seen from behind: mostly hair, with a little skin showing at the face side.
        parts.append(_disc(c, r, skin, theme))
        parts.append(_disc(_shift(c, hair2, r * 0.12), r * 0.93, theme.hair, theme))
    else:
        parts.append(_disc(_shift(c, hair2, r * 0.2), r * 1.0, theme.hair, theme))
        if math.hypot(*face2) > 0.5:
            nose = _shift(c, face2, r * 0.97)
            parts.extend(chain([(Circle(nose, 2.4), skin)], theme.outline))
        parts.append(_disc(_shift(c, face2, r * 0.1), r * 0.94, skin, theme))
        parts.extend(_eyes(proj, body, theme))
    return Drawable(proj.depth(head), tuple(parts), bounds_of([c], r + OUTLINE + 4))


def _eyes(proj: Projector, body: Body, theme: Theme) -> list[Mark]:
    frame = body.frames["head"]
    head = body["head"]
    eyes: list[Mark] = []
    for across in (-0.4, 0.4):
        spot = frame.apply(Vec3(0.82, 0.16, across)).unit()
        if proj.depth(spot) < 0.25:
            continue
        at = proj.page(head + spot * (HEAD_RADIUS * 0.94))
        eyes.append(Mark(Dot(at, 1.5), Style(fill=theme.outline)))
    return eyes
