"""The key poses show what the steps say: the geometry a reader relies on, measured.

The pictures were reviewed by eye; these checks keep the facts that make them readable
(knee at the chest, ankle on the knee, hand at the toes ...) from quietly breaking.
The working side is the left one in every unmirrored picture.
"""

from __future__ import annotations

import math

import pytest

from stretchdesk.figure import Body, key_pose, pose_body, pose_names, stretch_ids
from stretchdesk.figure.geometry import Vec3
from stretchdesk.figure.pose_kit import MAT_TOP

HEAD_RADIUS = 12.5


def body_of(stretch_id: str, pose: str) -> Body:
    return pose_body(key_pose(stretch_id, pose).pose)


def dist(a: Vec3, b: Vec3) -> float:
    return (a - b).length()


def chest(body: Body) -> Vec3:
    return body["waist"] + (body["neck_base"] - body["waist"]) * 0.4


def to_segment(p: Vec3, a: Vec3, b: Vec3) -> float:
    ab = b - a
    t = max(0.0, min(1.0, (p - a).dot(ab) / ab.dot(ab)))
    return dist(p, a + ab * t)


def bend(body: Body, a: str, b: str, c: str) -> float:
    """Degrees a hinge is bent at b (0 = straight)."""
    u, v = (body[b] - body[a]).unit(), (body[c] - body[b]).unit()
    return math.degrees(math.acos(max(-1.0, min(1.0, u.dot(v)))))


@pytest.mark.parametrize(
    ("stretch_id", "pose"), [(s, p) for s in stretch_ids() for p in pose_names(s)]
)
def test_nobody_sinks_into_the_floor(stretch_id: str, pose: str) -> None:
    body = body_of(stretch_id, pose)
    assert min(p.y for p in body.points.values()) > 0.0
    assert body["head"].y >= HEAD_RADIUS - 1.0


@pytest.mark.parametrize("stretch_id", ["single-knee-to-chest", "seated-knee-to-chest"])
def test_one_knee_is_hugged_to_the_chest_by_both_hands(stretch_id: str) -> None:
    start, hold = body_of(stretch_id, "start"), body_of(stretch_id, "hold")
    assert dist(hold["knee_l"], chest(hold)) < 38.0
    assert dist(start["knee_l"], chest(start)) > 55.0
    assert dist(hold["knee_r"], chest(hold)) > 55.0  # the other leg stays down
    for hand in ("hand_l", "hand_r"):
        assert to_segment(hold[hand], hold["knee_l"], hold["ankle_l"]) < 10.0


def test_single_knee_to_chest_keeps_the_other_leg_long_on_the_mat() -> None:
    hold = body_of("single-knee-to-chest", "hold")
    assert bend(hold, "hip_r", "knee_r", "ankle_r") < 8.0
    assert hold["ankle_r"].y < MAT_TOP + 8.0


@pytest.mark.parametrize(
    "stretch_id", ["double-knee-to-chest", "knees-to-chest-hug", "knee-to-chest-rocking"]
)
def test_both_knees_are_hugged_in(stretch_id: str) -> None:
    hold = body_of(stretch_id, "hold")
    for side in "lr":
        assert dist(hold[f"knee_{side}"], chest(hold)) < 38.0
        assert hold[f"ankle_{side}"].y > 20.0  # feet off the floor
        leg = (hold[f"hip_{side}"], hold[f"ankle_{side}"])
        assert min(dist(hold[f"hand_{side}"], hold[f"knee_{side}"]),
                   to_segment(hold[f"hand_{side}"], *leg)) < 17.0


@pytest.mark.parametrize(
    "stretch_id", ["double-knee-to-chest", "knees-to-chest-hug", "pelvic-tilt",
                   "piriformis-stretch", "supine-spinal-twist", "lying-crossover-knee-pull-down"]
)
def test_lying_starts_have_knees_up_and_feet_flat_on_the_mat(stretch_id: str) -> None:
    start = body_of(stretch_id, "start")
    for side in "lr":
        assert start[f"ankle_{side}"].y < MAT_TOP + 8.0
        assert start[f"knee_{side}"].y > 40.0
        assert abs(start[f"toe_{side}"].y - start[f"ankle_{side}"].y) < 1.0  # sole level


def test_rocking_rolls_to_one_side_then_the_other() -> None:
    start = body_of("knee-to-chest-rocking", "start")
    hold = body_of("knee-to-chest-rocking", "hold")
    # Seen along the body, the knees lean one way in one picture and the other way in the next.
    middle = start["pelvis"].z
    knees_start = (start["knee_l"].z + start["knee_r"].z) / 2 - middle
    knees_hold = (hold["knee_l"].z + hold["knee_r"].z) / 2 - middle
    assert knees_start * knees_hold < 0
    assert abs(knees_start) > 5.0 and abs(knees_hold) > 5.0


def test_crossover_knee_crosses_the_straight_leg_with_the_opposite_hand_on_it() -> None:
    hold = body_of("lying-crossover-knee-pull-down", "hold")
    # The body's right side is toward -z: the left knee ends up beyond the right hip.
    assert hold["knee_l"].z < hold["hip_r"].z
    assert bend(hold, "hip_r", "knee_r", "ankle_r") < 8.0
    assert dist(hold["hand_r"], hold["knee_l"]) < 10.0
    assert hold["hand_l"].z - hold["shoulder_l"].z > 45.0  # the free arm out in a T
    assert hold["hand_l"].y < MAT_TOP + 6.0


def test_supine_twist_drops_both_knees_to_one_side_with_arms_in_a_t() -> None:
    start, hold = body_of("supine-spinal-twist", "start"), body_of("supine-spinal-twist", "hold")
    for side in "lr":
        assert hold[f"knee_{side}"].z > start[f"knee_{side}"].z + 25.0
        assert abs(hold[f"hand_{side}"].z - hold[f"shoulder_{side}"].z) > 45.0
    assert abs(hold["shoulder_l"].y - hold["shoulder_r"].y) < 4.0  # shoulders stay down


def test_piriformis_is_a_figure_four_with_the_lower_foot_lifted() -> None:
    hold = body_of("piriformis-stretch", "hold")
    assert dist(hold["ankle_l"], hold["knee_r"]) < 15.0
    assert hold["knee_l"].z > hold["hip_l"].z + 15.0  # crossed knee falls open
    assert hold["ankle_r"].y > 30.0
    thigh = (hold["hip_r"], hold["knee_r"])
    for hand in ("hand_l", "hand_r"):
        assert to_segment(hold[hand], *thigh) < 14.0


def test_seated_figure_four_rests_the_ankle_on_the_knee_and_leans_forward() -> None:
    start, hold = body_of("seated-figure-four", "start"), body_of("seated-figure-four", "hold")
    assert dist(hold["ankle_l"], hold["knee_r"]) < 15.0
    # The person faces -x: leaning forward moves the shoulders toward -x.
    assert hold["neck_base"].x < start["neck_base"].x - 15.0
    assert hold["ankle_r"].y < 10.0


def test_seated_twist_turns_the_chest_with_hands_on_knee_and_chair_back() -> None:
    start, hold = body_of("seated-spinal-twist", "start"), body_of("seated-spinal-twist", "hold")
    facing = hold.frames["thorax"].cx
    hips = hold.frames["pelvis"].cx
    turn = math.degrees(math.acos(facing.dot(hips)))
    assert turn > 30.0
    assert dist(hold["hand_r"], hold["knee_l"]) < 12.0
    assert hold["hand_l"].x > start["pelvis"].x + 15.0  # reaching back to the chair
    assert hold["ankle_l"].y < 10.0 and hold["ankle_r"].y < 10.0


def test_hamstring_crossover_hand_reaches_the_raised_toes() -> None:
    start = body_of("standing-hamstring-crossover", "start")
    hold = body_of("standing-hamstring-crossover", "hold")
    for body in (start, hold):
        assert body["ankle_l"].y > 76.0  # heel up on the desk, about hip height
        assert bend(body, "hip_l", "knee_l", "ankle_l") < 10.0
        assert body["ankle_r"].y < 10.0
    assert dist(hold["hand_r"], hold["toe_l"]) < 8.0  # opposite hand at the toes
    assert dist(start["hand_r"], start["toe_l"]) > 60.0
    assert hold["neck_base"].y < start["neck_base"].y - 25.0  # hinged forward


def test_cat_rounds_the_back_up_and_cow_lets_it_sink() -> None:
    cow, cat = body_of("cat-cow", "start"), body_of("cat-cow", "hold")

    def hump(body: Body) -> float:
        return body["waist"].y - (body["pelvis"].y + body["neck_base"].y) / 2

    assert hump(cat) > 3.0
    assert hump(cow) < -3.0
    assert cat["head"].y < cow["head"].y - 15.0
    for body in (cow, cat):
        for side in "lr":
            assert body[f"hand_{side}"].y < MAT_TOP + 6.0
            assert body[f"knee_{side}"].y < MAT_TOP + 7.0


def test_childs_pose_sits_back_on_the_heels_with_arms_forward() -> None:
    start, hold = body_of("childs-pose", "start"), body_of("childs-pose", "hold")
    heels = (hold["ankle_l"] + hold["ankle_r"]) * 0.5
    assert dist(hold["pelvis"], heels) < 30.0
    assert hold["head"].y < HEAD_RADIUS + 3.0  # forehead down on the mat
    for side in "lr":
        assert hold[f"hand_{side}"].x < hold["head"].x - 20.0
        assert hold[f"hand_{side}"].y < MAT_TOP + 6.0
    assert start["neck_base"].y > start["pelvis"].y + 40.0  # sitting tall first


def test_pelvic_tilt_arches_then_flattens_the_lower_back() -> None:
    start, hold = body_of("pelvic-tilt", "start"), body_of("pelvic-tilt", "hold")
    assert start["waist"].y > hold["waist"].y + 2.0
    assert hold["waist"].y - hold["pelvis"].y < 1.5
