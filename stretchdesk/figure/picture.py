"""Composing one frame: every part of a scene as marks, back to front, on a fitted page.

A `Picture` is what both the SVG writer (render.py) and the on-screen painter
(stretchdesk.ui.figure_painter) draw. Furniture depends only on the block and the
viewpoint, so how it looks is worked out once per viewpoint (props_art.block_view) and
reused by every frame; only the body is posed and drawn afresh each frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .body_art import arm_limbs, chain_drawable, glow_mark, leg_limbs, torso_drawable
from .cue_art import cue_drawable
from .head_art import head_drawable
from .marks import Element, Ellipse, Mark
from .projection import Bounds, Drawable, Projector, union
from .props_art import box_drawable, shadow_drawable
from .scene import Area, Scene
from .skeleton import Body, pose_body
from .strap_art import strap_drawables
from .theme import Theme

PAGE_WIDTH, PAGE_HEIGHT = 480, 360
MARGIN = 10.0
NEAR_MARGIN = 0.5  # cm: closer than this, neither side counts as nearer


@dataclass(frozen=True)
class Picture:
    """One frame as marks painted back to front, and the page area they cover.

    `moving` is the page area of what moves with the body (the body and its glows, the
    arrows, the shadow, straps): between two frames of one movement seen from one
    viewpoint with the same furniture, nothing outside it changes (None: not known).
    `view_moving`: a frame of a swing (Scene.view_moving), whose outlines no other frame
    will have, so a painter keeps none of them.
    """

    items: tuple[Element, ...]
    area: Bounds
    moving: Bounds | None = None
    view_moving: bool = False

    @property
    def view(self) -> Bounds:
        """The part of the page shown: the area grown to the page's 4:3 shape."""
        return fit_aspect(self.area)


def _nearer(proj: Projector, body: Body, names: tuple[str, ...]) -> dict[str, bool]:
    """Per side, whether that limb is the near one (ties: both count as near)."""
    depth = {s: sum(proj.depth(body[f"{n}_{s}"]) for n in names) for s in ("l", "r")}
    gap = (depth["l"] - depth["r"]) / len(names)
    return {"l": gap > -NEAR_MARGIN, "r": gap < NEAR_MARGIN}


def _host(area: Area) -> str:
    """The part a glow is painted onto, so nearer limbs still cover it."""
    if area.on_leg:
        return "leg_" + str(area.value)[-1]
    return "torso"


def body_drawables(proj: Projector, body: Body, scene: Scene, theme: Theme) -> list[Drawable]:
    """The posed body's parts (torso, head, each arm and leg), glows painted onto them."""
    legs_near = _nearer(proj, body, ("hip", "knee", "ankle"))
    arms_near = _nearer(proj, body, ("shoulder", "elbow", "wrist"))
    parts: dict[str, Drawable] = {
        "torso": torso_drawable(proj, body, theme),
        "head": head_drawable(proj, body, theme),
    }
    for s in ("l", "r"):
        parts[f"leg_{s}"] = chain_drawable(proj, leg_limbs(body, s, theme), legs_near[s], theme)
        parts[f"arm_{s}"] = chain_drawable(proj, arm_limbs(body, s, theme), arms_near[s], theme)
    for area, opacity in scene.areas:
        host = parts[_host(area)]
        glow = glow_mark(proj, body, area, opacity, theme)
        parts[_host(area)] = Drawable(host.depth, (*host.items, glow), host.bounds)
    return [*parts.values()]


def scene_picture(scene: Scene, theme: Theme) -> Picture:
    """The frame's marks, painted back to front, and the page area they cover."""
    proj = Projector(scene.camera)
    body = pose_body(scene.pose)
    floor_items: list[Drawable] = []
    furniture: list[Drawable] = []
    floor_top = 0.0
    for prop, opacity in scene.props:
        for box in prop.boxes:
            item = box_drawable(scene.camera, box, theme, opacity, keep=not scene.view_moving)
            if item is None:
                continue
            if box.center.y + box.size.y / 2 < 3.0:
                floor_items.append(item)
                floor_top = max(floor_top, box.center.y + box.size.y / 2)
            else:
                furniture.append(item)
    for strap, opacity in scene.straps:
        if opacity > 0.0:
            furniture += strap_drawables(scene.camera, body, strap, theme, opacity)
    # A body lying on the floor casts no visible shadow; one raised off it needs one.
    # It fades in with the height of the pelvis, so getting up never makes it pop.
    strength = min(1.0, max(0.0, (body["pelvis"].y - 22.0) / 18.0))
    shadow = [shadow_drawable(proj, body, theme, floor_top + 0.1, strength)] if strength else []
    people = sorted(body_drawables(proj, body, scene, theme), key=lambda d: d.depth)
    people += [cue_drawable(proj, body, cue, opacity, theme) for cue, opacity in scene.cues
               if opacity > 0.0]
    furniture.sort(key=lambda d: d.depth)
    ordered = [*floor_items, *shadow, *furniture, *people]
    area: Bounds | None = None
    for drawn in [*floor_items, *furniture, *people]:
        area = union(area, drawn.bounds)
    assert area is not None  # the body is always drawn
    moving: Bounds | None = None
    for drawn in [*shadow, *people, *(d for d in furniture if d.moves)]:
        moving = union(moving, _reach(drawn))
    return Picture(tuple(e for d in ordered for e in d.items), area, moving, scene.view_moving)


def _reach(drawn: Drawable) -> Bounds:
    """The drawable's bounds grown to hold its glows (an ellipse may reach past its host)."""
    reach = drawn.bounds
    for item in drawn.items:
        if isinstance(item, Mark) and isinstance(item.shape, Ellipse):
            reach = union(reach, ellipse_bounds(item.shape))
    return reach


def ellipse_bounds(shape: Ellipse) -> Bounds:
    """The page area a turned ellipse covers."""
    turn = math.radians(shape.angle)
    cos, sin = math.cos(turn), math.sin(turn)
    half_x = math.hypot(shape.rx * cos, shape.ry * sin)
    half_y = math.hypot(shape.rx * sin, shape.ry * cos)
    x, y = shape.center
    return (x - half_x, y - half_y, x + half_x, y + half_y)


def fit_aspect(box: Bounds, margin: float = MARGIN) -> Bounds:
    """Grow the bounds to the page's 4:3 shape, centred, with a margin all round."""
    x0, y0, x1, y1 = box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin
    w, h = x1 - x0, y1 - y0
    want = PAGE_WIDTH / PAGE_HEIGHT
    if w / h > want:
        grow = w / want - h
        y0, y1 = y0 - grow / 2, y1 + grow / 2
    else:
        grow = h * want - w
        x0, x1 = x0 - grow / 2, x1 + grow / 2
    return (x0, y0, x1, y1)


__all__ = ["PAGE_HEIGHT", "PAGE_WIDTH", "Picture", "body_drawables", "ellipse_bounds",
           "fit_aspect", "scene_picture"]
