"""Turning a scene into one SVG document in the house illustration style."""

from __future__ import annotations

from .body_art import OUTLINE, glow_gradient
from .picture import PAGE_HEIGHT, PAGE_WIDTH, fit_aspect, scene_picture
from .projection import Bounds
from .scene import KeyPose, Scene
from .shapes import fmt
from .svg_markup import elements_svg
from .theme import LIGHT, Theme


def scene_svg(scene: Scene, theme: Theme = LIGHT, background: bool = False) -> str:
    """The whole picture as an SVG document (page 4:3, viewBox fitted around the scene)."""
    content, area = scene_content(scene, theme)
    return document(fit_aspect(area), content, theme, background)


def scene_content(scene: Scene, theme: Theme) -> tuple[str, Bounds]:
    """The picture's markup, painted back to front, and the page area it covers."""
    picture = scene_picture(scene, theme)
    return elements_svg(picture.items), picture.area


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
