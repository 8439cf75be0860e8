"""The figure painted straight from the body model looks as its SVG did through QSvgRenderer.

Every pose of every stretch, its mirror image, and frames in between (a pose change, a
swing round to the other side, arrows fading), in the light and the dark colours.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from stretchdesk.figure import DARK, LIGHT, Scene, Transition, key_pose, stretch_ids
from stretchdesk.figure.marks import Dot, Element, Group
from stretchdesk.figure.picture import Picture, scene_picture
from tests.ui.figure_pixels import (
    MAX_BLOCK_DIFFERENCE,
    MAX_FAINT_BLOCKS,
    compare,
    difference,
    drawn_by_painter,
    drawn_by_svg,
)


def frames_of(stretch_id: str) -> dict[str, Scene]:
    start, hold = key_pose(stretch_id, "start"), key_pose(stretch_id, "hold")
    into_hold = Transition(start, hold)
    other_side = Transition(start, hold.mirrored())
    back = Transition(hold, start)
    return {
        "start": start.scene(),
        "hold": hold.scene(),
        "start, other side": start.mirrored().scene(),
        "hold, other side": hold.mirrored().scene(),
        **{f"into the hold {p:.0%}": into_hold.scene_at(p) for p in (0.25, 0.5, 0.75)},
        **{f"to the other side {p:.0%}": other_side.scene_at(p) for p in (0.3, 0.6)},
        # Arrows and changed furniture fade as groups: about half way out here.
        "back to the start 35%": back.scene_at(0.35),
    }


@pytest.mark.parametrize("stretch_id", stretch_ids())
def test_every_pose_and_in_between_frame_looks_as_its_svg(qapp: object, stretch_id: str) -> None:
    for name, scene in frames_of(stretch_id).items():
        for theme in (LIGHT, DARK):
            found = compare(scene, theme)
            assert found.within_tolerance, f"{stretch_id}, {name}, {theme.name}: {found}"


def without_eyes(items: tuple[Element, ...]) -> tuple[Element, ...]:
    kept: list[Element] = []
    for item in items:
        if isinstance(item, Group):
            kept.append(Group(without_eyes(item.items), item.style))
        elif not isinstance(item.shape, Dot):
            kept.append(item)
    return tuple(kept)


def eyes_in(items: tuple[Element, ...]) -> int:
    return sum(eyes_in(i.items) if isinstance(i, Group) else isinstance(i.shape, Dot)
               for i in items)


def test_the_comparison_notices_a_small_missing_part(qapp: object) -> None:
    """An eye is the smallest part drawn (a few pixels across); leaving one out must fail."""
    scenes = [key_pose(s, p).scene() for s in stretch_ids() for p in ("hold", "start")]
    scene = next(s for s in scenes if eyes_in(scene_picture(s, LIGHT).items))
    picture = scene_picture(scene, LIGHT)
    blind = Picture(without_eyes(picture.items), picture.area)
    assert eyes_in(blind.items) == 0
    found = difference(drawn_by_svg(scene, LIGHT), drawn_by_painter(blind, LIGHT))
    assert found.worst_block > MAX_BLOCK_DIFFERENCE
    assert not found.within_tolerance


def without_furniture_edges(items: tuple[Element, ...]) -> tuple[Element, ...]:
    kept: list[Element] = []
    for item in items:
        if isinstance(item, Group):
            style = item.style
            if style.stroke_opacity is not None:  # furniture: see-through edges
                style = replace(style, stroke=None, stroke_width=None, stroke_opacity=None)
            kept.append(Group(without_furniture_edges(item.items), style))
        else:
            kept.append(item)
    return tuple(kept)


def test_the_comparison_notices_a_faint_line_missing(qapp: object) -> None:
    """Furniture edges are thin and see-through; leaving them out must fail too."""
    scene = key_pose("single-knee-to-chest", "start").scene()
    picture = scene_picture(scene, LIGHT)
    bare = Picture(without_furniture_edges(picture.items), picture.area)
    assert bare != picture
    found = difference(drawn_by_svg(scene, LIGHT), drawn_by_painter(bare, LIGHT))
    assert found.faint_blocks > MAX_FAINT_BLOCKS
    assert not found.within_tolerance
