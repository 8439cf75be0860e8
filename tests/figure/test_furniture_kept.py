"""Furniture over a long session: what a still view shows is kept, what a swing shows is not.

Issue 22: a 1,000-phase session must not grow. Every movement that swings the view round
(to the other side, to the next stretch) draws each block from viewpoints no other frame
has; those views used to be kept until the caches were full (about 1.7 MB).
"""

from __future__ import annotations

import gc
import tracemalloc

from stretchdesk.figure import LIGHT, KeyPose, Transition, key_pose
from stretchdesk.figure.marks import Element, Group, Mark, Polygon
from stretchdesk.figure.picture import scene_picture

CHAIR_STRETCH = "seated-spinal-twist"  # eight blocks of chair, seen from the front-left


def furniture(items: tuple[Element, ...]) -> list[Group]:
    """The picture's blocks: groups of faces in the furniture's colours."""
    colours = {colour for shades in LIGHT.furniture.values() for colour in shades}
    return [item for item in items if isinstance(item, Group) and item.items and all(
        isinstance(m, Mark) and isinstance(m.shape, Polygon) and m.style.fill in colours
        for m in item.items)]


def swings(count: int, offset: float) -> None:
    """`count` frames of swings between the two sides, some cut short and started again
    from where they were, as a session running fast does (a phase every quarter second)."""
    left = key_pose(CHAIR_STRETCH, "hold")
    right = left.mirrored()
    start, end = left, right
    for n in range(count):
        movement = Transition(start, end)
        progress = (n % 40 + offset) / 41  # no frame like another
        scene = movement.scene_at(progress)
        scene_picture(scene, LIGHT)
        if n % 3 == 0:  # cut short: the next movement starts from this very frame
            start = KeyPose(scene.pose, scene.camera, end.props, end.areas, straps=end.straps)
            end = left if end == right else right
            scene_picture(Transition(start, end).scene_at(0.0), LIGHT)


def test_swinging_round_again_and_again_keeps_no_more_than_a_few_times() -> None:
    swings(30, 0.25)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        swings(150, 0.5)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 64 * 1024  # the views used to pile up to about 1.7 MB


def test_a_still_view_draws_the_same_kept_blocks_after_any_number_of_swings() -> None:
    still = key_pose(CHAIR_STRETCH, "start").scene()
    scene_picture(still, LIGHT)
    blocks = furniture(scene_picture(still, LIGHT).items)
    assert len(blocks) >= 4
    swings(150, 0.75)
    again = furniture(scene_picture(still, LIGHT).items)
    assert len(again) == len(blocks)
    assert all(a is b for a, b in zip(again, blocks, strict=True))
