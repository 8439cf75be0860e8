"""The body model: limbs keep their length in every pose and frame; mirroring swaps sides."""

from __future__ import annotations

import itertools
import math

import pytest

from stretchdesk.figure import (
    Angles,
    Camera,
    Joint,
    Pose,
    Root,
    Transition,
    blend_poses,
    ease_in_out,
    key_pose,
    mirror_pose,
    pose_body,
    pose_names,
    segment_lengths,
    stretch_ids,
)
from stretchdesk.figure.geometry import Vec3
from stretchdesk.figure.projection import Projector

ALL_POSES = [(sid, pose) for sid in stretch_ids() for pose in pose_names(sid)]
LENGTHS = segment_lengths()


def assert_lengths_kept(pose: Pose, where: str) -> None:
    body = pose_body(pose)
    for (a, b), length in LENGTHS.items():
        measured = (body[a] - body[b]).length()
        assert measured == pytest.approx(length, abs=1e-6), f"{where}: {a}-{b} is {measured:.3f}"


@pytest.mark.parametrize(("stretch_id", "pose"), ALL_POSES)
def test_every_key_pose_keeps_every_limb_length(stretch_id: str, pose: str) -> None:
    key = key_pose(stretch_id, pose)
    assert_lengths_kept(key.pose, f"{stretch_id}/{pose}")
    assert_lengths_kept(key.mirrored().pose, f"{stretch_id}/{pose} mirrored")


def transitions() -> list[tuple[str, Transition]]:
    """Every change the session can make: start<->hold, switching sides, and next stretch."""
    found: list[tuple[str, Transition]] = []
    for sid in stretch_ids():
        start, hold = key_pose(sid, "start"), key_pose(sid, "hold")
        found.append((f"{sid} start->hold", Transition(start, hold)))
        found.append((f"{sid} hold->start", Transition(hold, start)))
        found.append((f"{sid} switch side", Transition(start, start.mirrored())))
    ids = stretch_ids()
    for a, b in itertools.pairwise([*ids, ids[0]]):
        found.append((f"{a}->{b}", Transition(key_pose(a, "hold"), key_pose(b, "start"))))
    return found


@pytest.mark.parametrize(("name", "transition"), transitions(), ids=lambda v: str(v)[:60])
def test_every_animation_frame_keeps_every_limb_length(name: str, transition: Transition) -> None:
    for step in range(0, 31):
        scene = transition.scene_at(step / 30)
        assert_lengths_kept(scene.pose, f"{name} at {step}/30")


def test_an_animation_starts_and_ends_exactly_on_its_key_poses() -> None:
    start, hold = key_pose("cat-cow", "start"), key_pose("cat-cow", "hold")
    move = Transition(start, hold)
    first, last = pose_body(move.scene_at(0.0).pose), pose_body(move.scene_at(1.0).pose)
    for name, point in pose_body(start.pose).points.items():
        assert (first[name] - point).length() < 1e-9
    for name, point in pose_body(hold.pose).points.items():
        assert (last[name] - point).length() < 1e-9
    middle = pose_body(move.scene_at(0.5).pose)
    assert (middle["head"] - first["head"]).length() > 5.0
    assert (middle["head"] - last["head"]).length() > 5.0


def test_easing_starts_and_ends_gently_and_never_goes_back() -> None:
    values = [ease_in_out(i / 100) for i in range(101)]
    assert values[0] == 0.0 and values[-1] == 1.0
    assert all(b >= a for a, b in itertools.pairwise(values))
    assert values[1] < 0.01 and values[99] > 0.99  # slow at both ends
    assert values[50] == pytest.approx(0.5)


def reflect(v: Vec3) -> Vec3:
    return Vec3(v.x, v.y, -v.z)


@pytest.mark.parametrize(("stretch_id", "pose"), ALL_POSES)
def test_mirroring_swaps_left_and_right(stretch_id: str, pose: str) -> None:
    original = key_pose(stretch_id, pose).pose
    body, mirrored = pose_body(original), pose_body(mirror_pose(original))
    for name, point in body.points.items():
        if name.endswith(("_l", "_r")):
            other = name[:-1] + ("r" if name.endswith("_l") else "l")
        else:
            other = name
        assert (mirrored[other] - reflect(point)).length() < 1e-6, f"{name} -> {other}"


def test_a_one_sided_pose_really_changes_sides_when_mirrored() -> None:
    hold = key_pose("single-knee-to-chest", "hold").pose
    body, mirrored = pose_body(hold), pose_body(mirror_pose(hold))
    # Left knee up at the chest, right leg long on the mat; the mirror is the reverse.
    assert body["knee_l"].y > body["knee_r"].y + 20
    assert mirrored["knee_r"].y > mirrored["knee_l"].y + 20


def test_mirroring_twice_gives_back_the_same_pose() -> None:
    pose = Pose(Root(Vec3(3.0, 50.0, 7.0), yaw=30.0, pitch=20.0, roll=-10.0, spin=15.0),
                {Joint.HIP_L: Angles(40.0, 10.0, 5.0), Joint.THORAX: Angles(10.0, 8.0, 20.0)})
    again = pose_body(mirror_pose(mirror_pose(pose)))
    for name, point in pose_body(pose).points.items():
        assert (again[name] - point).length() < 1e-9


@pytest.mark.parametrize(("stretch_id", "pose"), ALL_POSES)
def test_the_other_side_is_drawn_as_the_left_right_flip(stretch_id: str, pose: str) -> None:
    key = key_pose(stretch_id, pose)
    other = key.mirrored()
    seen, seen_mirrored = Projector(key.camera), Projector(other.camera)
    body, body_mirrored = pose_body(key.pose), pose_body(other.pose)
    for name, point in body.points.items():
        twin = name[:-1] + {"l": "r", "r": "l"}[name[-1]] if name[-2:] in ("_l", "_r") else name
        x, y = seen.page(point)
        mx, my = seen_mirrored.page(body_mirrored[twin])
        assert (mx, my) == pytest.approx((-x, y), abs=1e-6)
        # The same limb stays the near one, so the flipped picture has the same depth order.
        assert seen_mirrored.depth(body_mirrored[twin]) == pytest.approx(seen.depth(point))


def test_blending_keeps_the_body_whole_even_between_far_apart_poses() -> None:
    lying = key_pose("single-knee-to-chest", "hold").pose
    standing = key_pose("standing-hamstring-crossover", "hold").pose
    for step in range(11):
        assert_lengths_kept(blend_poses(lying, standing, step / 10), f"blend {step}/10")


def test_a_side_switch_swings_the_viewpoint_up_over_the_body() -> None:
    start = key_pose("single-knee-to-chest", "start")
    switch = Transition(start, start.mirrored())
    heights = [switch.camera_at(i / 10).elevation for i in range(11)]
    assert heights[0] == pytest.approx(start.camera.elevation)
    assert heights[-1] == pytest.approx(start.camera.elevation)
    assert max(heights) > start.camera.elevation + 20
    end = switch.camera_at(1.0)
    assert (end.azimuth - start.mirrored().camera.azimuth) % 360 == pytest.approx(0.0, abs=1e-9)


def test_camera_axes_are_square_and_right_handed() -> None:
    for az, el in [(0, 0), (-40, 30), (90, 90), (200, 15)]:
        cam = Camera(az, el)
        r, u, t = cam.right(), cam.up(), cam.toward_viewer()
        assert r.dot(u) == pytest.approx(0.0, abs=1e-9)
        assert r.dot(t) == pytest.approx(0.0, abs=1e-9)
        assert r.cross(u).dot(t) == pytest.approx(1.0)
        assert math.isclose(u.length(), 1.0)
