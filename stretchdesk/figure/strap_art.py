"""Painting a strap held in both hands and looped round one foot, as two straight bands.

The strap is worked out from the posed body each frame (hands and sole), so it moves
with the hands during a pose change instead of fading from one place to another. Each
length is one long block, its faces coloured like furniture and edged the same way.
"""

from __future__ import annotations

from .geometry import Vec3
from .marks import Group, Mark, Polygon, Style
from .pose_kit import outward
from .projection import Drawable, Projector, bounds_of
from .scene import Camera, Material, Strap
from .shapes import Point
from .skeleton import Body, Side
from .theme import Theme

WIDTH = 4.0  # cm across the band, along the body's left-right
THICK = 2.6  # drawn a little thicker than a real strap, so it reads at a glance
SOLE = Vec3(7.0, -4.5, 0.0)  # where the strap bears on the sole, in the foot's frame
SPREAD = 2.0  # cm each length keeps to its own side of the foot
EDGE_OPACITY = 0.55  # the furniture's faint edge (props_art.box_drawable)
EDGE_WIDTH = 0.7
_ACROSS = Vec3(0.0, 0.0, 1.0)


def strap_ends(body: Body, strap: Strap) -> list[tuple[Vec3, Vec3]]:
    """Each length of the strap: from a hand to its side of the sole."""
    foot = strap.foot.value
    sole = body[f"ankle_{foot}"] + body.frames[f"foot_{foot}"].apply(SOLE)
    return [(body[f"hand_{hand.value}"], sole + outward(hand) * SPREAD) for hand in Side]


def _band_faces(proj: Projector, start: Vec3, end: Vec3) -> list[tuple[tuple[Point, ...], int]]:
    """The faces of a long block from `start` to `end` turned toward the viewer.

    Each face comes with the colour slot furniture uses: 0 facing up, 1 facing the
    viewer, 2 turned away to the side.
    """
    run = end - start
    length = run.length()
    if length < 1e-6:
        return []
    along = run * (1.0 / length)
    across = _ACROSS - along * along.dot(_ACROSS)
    if across.length() < 1e-6:
        across = Vec3(0.0, 1.0, 0.0)
    across = across.unit()
    through = along.cross(across)
    middle = (start + end) * 0.5
    # Like the blocks it replaced, the band reaches half its thickness past each end.
    half = (along * (length / 2 + THICK / 2), across * (WIDTH / 2), through * (THICK / 2))
    faces: list[tuple[tuple[Point, ...], int]] = []
    for axis in range(3):
        for sign in (1.0, -1.0):
            normal = half[axis] * (sign / half[axis].length())
            facing = proj.depth(normal)
            if facing <= 0.02:
                continue
            u, v = half[(axis + 1) % 3], half[(axis + 2) % 3]
            centre = middle + half[axis] * sign
            corners = (centre - u - v, centre + u - v, centre + u + v, centre - u + v)
            slot = 0 if normal.y > 0.5 else (1 if facing > 0.6 else 2)
            faces.append((tuple(proj.page(c) for c in corners), slot))
    return faces


def strap_drawables(camera: Camera, body: Body, strap: Strap, theme: Theme,
                    opacity: float) -> list[Drawable]:
    """The strap's two lengths, each a drawable placed by its depth among the furniture."""
    proj = Projector(camera)
    colours = theme.furniture[Material.WOOD]
    edges = Style(stroke=theme.outline, stroke_opacity=EDGE_OPACITY, stroke_width=EDGE_WIDTH,
                  round_joins=True, opacity=opacity)
    drawn: list[Drawable] = []
    for start, end in strap_ends(body, strap):
        faces = _band_faces(proj, start, end)
        if not faces:
            continue
        marks = tuple(Mark(Polygon(page), Style(fill=colours[slot])) for page, slot in faces)
        points = [p for page, _ in faces for p in page]
        drawn.append(Drawable(proj.depth((start + end) * 0.5), (Group(marks, edges),),
                              bounds_of(points), moves=True))
    return drawn


__all__ = ["strap_drawables", "strap_ends"]
