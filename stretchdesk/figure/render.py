"""Turning a scene into one SVG document in the house illustration style."""

from __future__ import annotations

from .body_art import (
    OUTLINE,
    arm_limbs,
    chain_drawable,
    glow_gradient,
    glow_svg,
    leg_limbs,
    torso_drawable,
)
from .cue_art import cue_drawable
from .head_art import head_drawable
from .projection import Bounds, Drawable, Projector, union
from .props_art import box_drawable, shadow_drawable
from .scene import Area, KeyPose, Scene
from .shapes import fmt
from .skeleton import Body, pose_body
from .theme import LIGHT, Theme

PAGE_WIDTH, PAGE_HEIGHT = 480, 360
MARGIN = 10.0
NEAR_MARGIN = 0.5  # cm: closer than this, neither side counts as nearer

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


def body_drawables(proj: Projector, scene: Scene, theme: Theme) -> list[Drawable]:
    body = pose_body(scene.pose)
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
        glow = glow_svg(proj, body, area, opacity)
        parts[_host(area)] = Drawable(host.depth, host.svg + glow, host.bounds)
    return [*parts.values()]


def scene_svg(scene: Scene, theme: Theme = LIGHT, background: bool = False) -> str:
    """The whole picture as an SVG document (page 4:3, viewBox fitted around the scene)."""
    content, area = scene_content(scene, theme)
    return document(fit_aspect(area), content, theme, background)


def scene_content(scene: Scene, theme: Theme) -> tuple[str, Bounds]:
    """The picture's markup, painted back to front, and the page area it covers."""
    proj = Projector(scene.camera)
    body = pose_body(scene.pose)
    floor_items: list[Drawable] = []
    furniture: list[Drawable] = []
    floor_top = 0.0
    for prop, opacity in scene.props:
        for box in prop.boxes:
            item = box_drawable(proj, box, theme, opacity)
            if item is None:
                continue
            if box.center.y + box.size.y / 2 < 3.0:
                floor_items.append(item)
                floor_top = max(floor_top, box.center.y + box.size.y / 2)
            else:
                furniture.append(item)
    # A body lying on the floor casts no visible shadow; one raised off it needs one.
    # It fades in with the height of the pelvis, so getting up never makes it pop.
    strength = min(1.0, max(0.0, (body["pelvis"].y - 22.0) / 18.0))
    shadow = [shadow_drawable(proj, body, theme, floor_top + 0.1, strength)] if strength else []
    people = sorted(body_drawables(proj, scene, theme), key=lambda d: d.depth)
    people += [cue_drawable(proj, body, cue, opacity, theme) for cue, opacity in scene.cues
               if opacity > 0.0]
    furniture.sort(key=lambda d: d.depth)
    ordered = [*floor_items, *shadow, *furniture, *people]
    area: Bounds | None = None
    for item in [*floor_items, *furniture, *people]:
        area = union(area, item.bounds)
    assert area is not None  # the body is always drawn
    return "".join(d.svg for d in ordered), area


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


def document(view: Bounds, content: str, theme: Theme, background: bool) -> str:
    x0, y0, x1, y1 = view
    w, h = x1 - x0, y1 - y0
    vb = f"{fmt(x0)} {fmt(y0)} {fmt(w)} {fmt(h)}"
    bg = (
        f'<rect x="{fmt(x0)}" y="{fmt(y0)}" width="{fmt(w)}" height="{fmt(h)}" '
        f'fill="{theme.background}"/>'
        if background
        else ""
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{PAGE_WIDTH}" height="{PAGE_HEIGHT}" viewBox="{vb}">'
        f"<defs>{glow_gradient(theme)}</defs>{bg}{content}</svg>\n"
    )


def key_pose_svg(key: KeyPose, theme: Theme = LIGHT, mirrored: bool = False) -> str:
    """The SVG for one key pose, optionally for the other side."""
    chosen = key.mirrored() if mirrored else key
    return scene_svg(chosen.scene(), theme)


__all__ = ["OUTLINE", "fit_aspect", "key_pose_svg", "scene_content", "scene_svg"]
