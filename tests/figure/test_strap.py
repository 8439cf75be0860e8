"""The strap of the lying hamstring stretch: one band per length that moves with the hands."""

from __future__ import annotations

from stretchdesk.figure import LIGHT, Transition, key_pose, pose_body
from stretchdesk.figure.marks import Element, Group, Mark, Polygon
from stretchdesk.figure.picture import scene_picture
from stretchdesk.figure.scene import Material
from stretchdesk.figure.strap_art import strap_ends

STRETCH = "lying-hamstring-stretch"


def strap_groups(items: tuple[Element, ...]) -> list[Group]:
    """The picture's groups of faces in the strap's colours (nothing else here is wood)."""
    wood = set(LIGHT.furniture[Material.WOOD])
    return [item for item in items if isinstance(item, Group) and all(
        isinstance(m, Mark) and isinstance(m.shape, Polygon) and m.style.fill in wood
        for m in item.items)]


def test_the_strap_stays_solid_and_follows_the_hands_during_a_pose_change() -> None:
    start, hold = key_pose(STRETCH, "start"), key_pose(STRETCH, "hold")
    for progress in (0.0, 0.3, 0.5, 0.8, 1.0):
        scene = Transition(start, hold).scene_at(progress)
        assert [opacity for _, opacity in scene.straps] == [1.0]
        body = pose_body(scene.pose)
        (strap, _), = scene.straps
        for hand, (begin, _end) in zip(("hand_l", "hand_r"), strap_ends(body, strap), strict=True):
            assert begin == body[hand]


def test_each_length_of_the_strap_is_one_shape_not_a_row_of_blocks() -> None:
    start, hold = key_pose(STRETCH, "start"), key_pose(STRETCH, "hold")
    for scene, straps in ((start.scene(), 1), (hold.scene(), 1),
                          (Transition(start, hold).scene_at(0.5), 1),
                          # Swinging round to the other side, one strap fades into the other.
                          (Transition(hold, start.mirrored()).scene_at(0.5), 2)):
        groups = strap_groups(scene_picture(scene, LIGHT).items)
        assert 1 <= len(groups) <= 2 * straps  # a length seen end-on may hide behind
        assert all(len(g.items) <= 3 for g in groups)  # a block shows at most three faces


def test_the_other_side_loops_the_strap_round_the_other_foot() -> None:
    hold = key_pose(STRETCH, "hold")
    mirrored = hold.mirrored()
    body = pose_body(mirrored.pose)
    (strap,) = mirrored.straps
    for _, sole in strap_ends(body, strap):
        assert (sole - body["ankle_r"]).length() < 12.0
