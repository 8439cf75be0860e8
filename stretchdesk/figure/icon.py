"""The app icon: the body model in the cat stretch, as one light shape on a teal tile.

A single-colour silhouette (every part filled and edged in the same colour, so the
parts merge) still reads at 16 px, where outlines and shading would turn to mush.
"""

from __future__ import annotations

from .poses_kneeling import all_fours
from .render import scene_content
from .scene import Camera, Material, Scene
from .shapes import fmt
from .theme import Shade, Theme

SIZE = 512.0
TILE = "#2f8f8a"
TILE_EDGE = "#23706c"
FIGURE = "#fdf6ea"
MAT_STRIP = "#b7e0da"
ACCENT = "#ff8a5c"

_ICON_THEME = Theme(
    name="icon",
    background=TILE,
    outline=FIGURE,
    shirt=Shade(FIGURE, FIGURE),
    trousers=Shade(FIGURE, FIGURE),
    skin=Shade(FIGURE, FIGURE),
    hair=FIGURE,
    glow=ACCENT,
    cue=ACCENT,
    shadow=TILE,
    shadow_opacity=0.0,
    furniture={m: (MAT_STRIP, MAT_STRIP, MAT_STRIP) for m in Material},
    placeholder_text=FIGURE,
)


def icon_svg() -> str:
    """The icon as a square SVG document (512 x 512 user units)."""
    # The icon keeps its own cat, so redrawing the stretch pictures never changes it.
    cat = all_fours(lumbar=5.0, thorax=35.0, tilt=25.0, neck=30.0)
    figure, (x0, y0, x1, y1) = scene_content(Scene(cat, Camera(0.0, 0.0)), _ICON_THEME)
    room = SIZE * 0.84
    scale = room / max(x1 - x0, y1 - y0)
    # Centre the figure a little high, leaving the bottom for the mat strip.
    dx = (SIZE - (x1 - x0) * scale) / 2 - x0 * scale
    floor_y = SIZE * 0.79
    dy = floor_y - y1 * scale
    radius = SIZE * 0.18
    strip_h = SIZE * 0.05
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{int(SIZE)}" height="{int(SIZE)}" viewBox="0 0 {int(SIZE)} {int(SIZE)}">'
        f'<rect x="8" y="8" width="{fmt(SIZE - 16)}" height="{fmt(SIZE - 16)}" '
        f'rx="{fmt(radius)}" ry="{fmt(radius)}" fill="{TILE}" stroke="{TILE_EDGE}" '
        'stroke-width="10"/>'
        f'<rect x="{fmt(SIZE * 0.08)}" y="{fmt(floor_y - 2)}" width="{fmt(SIZE * 0.84)}" '
        f'height="{fmt(strip_h)}" rx="{fmt(strip_h / 2)}" ry="{fmt(strip_h / 2)}" '
        f'fill="{MAT_STRIP}"/>'
        f'<g transform="translate({fmt(dx)} {fmt(dy)}) scale({scale:.4f})">{figure}</g>'
        "</svg>\n"
    )


__all__ = ["icon_svg"]
