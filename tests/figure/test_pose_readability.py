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
from stretchdesk.figure.poses_upright import DESK_FRONT, DESK_HEIGHT
from stretchdesk.figure.strap_art import strap_ends

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
                   "piriformis-stretch", "supine-spinal-twist", "glute-bridge"]
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


def test_crossover_starts_with_both_legs_long_and_arms_in_a_t() -> None:
    """Seed 000: lie flat with the legs straight out before one knee bends across."""
    start = body_of("lying-crossover-knee-pull-down", "start")
    for side in "lr":
        assert bend(start, f"hip_{side}", f"knee_{side}", f"ankle_{side}") < 8.0
        assert start[f"knee_{side}"].y < MAT_TOP + 12.0
        assert abs(start[f"hand_{side}"].z - start[f"shoulder_{side}"].z) > 45.0


def test_crossover_knee_crosses_the_straight_leg_with_the_opposite_hand_on_it() -> None:
    hold = body_of("lying-crossover-knee-pull-down", "hold")
    # The body's right side is toward -z: the left knee ends up beyond the right hip,
    # its foot set down beyond the straight right knee.
    assert hold["knee_l"].z < hold["hip_r"].z
    assert hold["ankle_l"].z < hold["knee_r"].z - 8.0
    assert hold["ankle_l"].y < MAT_TOP + 9.0
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


def test_hamstring_crossover_folds_over_the_raised_leg_and_reaches_past_the_toes() -> None:
    """Seed 003: leg up on the desk, standing foot turned out, torso folded forward over the
    raised leg, the opposite hand past the raised toes; the near hand steadies on the desk."""
    start = body_of("standing-hamstring-crossover", "start")
    hold = body_of("standing-hamstring-crossover", "hold")
    for body in (start, hold):
        assert body["ankle_l"].y > DESK_HEIGHT  # heel up on the desk, about hip height
        assert bend(body, "hip_l", "knee_l", "ankle_l") < 15.0
        assert body["ankle_r"].y < 10.0
        # The standing foot points forward (-x) and out to the right (-z), about 45 degrees.
        foot = body["toe_r"] - body["ankle_r"]
        turn = math.degrees(math.atan2(-foot.z, -foot.x))
        assert 25.0 < turn < 65.0
    # Folded forward: the shoulders come out over the raised leg, low above it.
    assert hold["neck_base"].x < hold["pelvis"].x - 35.0
    assert hold["neck_base"].y < start["neck_base"].y - 30.0
    assert to_segment(hold["neck_base"], hold["hip_l"], hold["ankle_l"]) < 30.0
    # The right hand reaches past the left toes; it starts far from them.
    assert hold["hand_r"].x < hold["toe_l"].x - 3.0
    assert dist(hold["hand_r"], hold["toe_l"]) < 16.0
    assert dist(start["hand_r"], start["toe_l"]) > 60.0
    # The left hand rests on the desk top.
    assert hold["hand_l"].x < DESK_FRONT and abs(hold["hand_l"].y - DESK_HEIGHT) < 6.0


def test_cat_rounds_the_back_up_and_cow_lets_it_sink() -> None:
    cow, cat = body_of("cat-cow", "start"), body_of("cat-cow", "hold")

    def hump(body: Body) -> float:
        """How far the waist sits above (+) or below (-) the line from seat to shoulders."""
        p, w, n = body["pelvis"], body["waist"], body["neck_base"]
        along = (w.x - p.x) / (n.x - p.x)
        return w.y - (p.y + (n.y - p.y) * along)

    assert hump(cat) > 8.0
    assert hump(cow) < -6.0
    assert cat["head"].y < cow["head"].y - 25.0
    assert cow["head"].y > cow["neck_base"].y + 10.0  # cow: the head lifts
    assert cat["head"].y < cat["neck_base"].y - 10.0  # cat: it hangs between the arms
    for body in (cow, cat):
        assert bend(body, "shoulder_l", "elbow_l", "wrist_l") < 10.0  # arms straight
        for side in "lr":
            assert body[f"hand_{side}"].y < MAT_TOP + 6.0
            assert body[f"knee_{side}"].y < MAT_TOP + 7.0


def test_cat_cow_arrows_point_the_way_the_back_goes() -> None:
    (sink,), (rise,) = key_pose("cat-cow", "start").cues, key_pose("cat-cow", "hold").cues
    assert sink.path[-1].y < sink.path[0].y - 15.0  # cow: down toward the floor
    assert rise.path[-1].y > rise.path[0].y + 15.0  # cat: up toward the ceiling


def test_childs_pose_sits_back_on_the_heels_with_arms_forward() -> None:
    start, hold = body_of("childs-pose", "start"), body_of("childs-pose", "hold")
    heels = (hold["ankle_l"] + hold["ankle_r"]) * 0.5
    assert dist(hold["pelvis"], heels) < 30.0
    assert hold["head"].y < HEAD_RADIUS + 3.0  # forehead down on the mat
    for side in "lr":
        assert hold[f"hand_{side}"].x < hold["head"].x - 20.0
        assert hold[f"hand_{side}"].y < MAT_TOP + 6.0
    assert start["neck_base"].y > start["pelvis"].y + 40.0  # sitting tall first


def test_sphinx_props_the_chest_on_the_forearms_with_the_hips_down() -> None:
    start, hold = body_of("sphinx", "start"), body_of("sphinx", "hold")
    assert start["neck_base"].y < MAT_TOP + 20.0  # lying flat first
    assert hold["neck_base"].y > start["neck_base"].y + 18.0
    for side in "lr":
        elbow, shoulder = hold[f"elbow_{side}"], hold[f"shoulder_{side}"]
        assert abs(elbow.x - shoulder.x) < 8.0 and elbow.y < MAT_TOP + 9.0  # under the shoulder
        assert hold[f"hand_{side}"].x < elbow.x - 20.0  # forearm flat, pointing ahead
        assert hold[f"knee_{side}"].y < MAT_TOP + 10.0
    assert hold["pelvis"].y < MAT_TOP + 12.0


def test_glute_bridge_lifts_the_hips_into_one_slope() -> None:
    start, hold = body_of("glute-bridge", "start"), body_of("glute-bridge", "hold")
    assert hold["pelvis"].y > start["pelvis"].y + 15.0
    assert hold["neck_base"].y < MAT_TOP + 14.0  # shoulders stay down
    for side in "lr":
        assert hold[f"ankle_{side}"].y < MAT_TOP + 8.0
    # Knee, hip and shoulder nearly in a line.
    assert to_segment(hold["pelvis"], hold["knee_l"], hold["neck_base"]) < 10.0


def test_bird_dog_reaches_the_opposite_arm_and_leg_level() -> None:
    start, hold = body_of("bird-dog", "start"), body_of("bird-dog", "hold")
    assert abs(hold["ankle_l"].y - hold["hip_l"].y) < 10.0
    assert hold["ankle_l"].x > hold["hip_l"].x + 70.0  # straight back
    assert abs(hold["hand_r"].y - hold["shoulder_r"].y) < 10.0
    assert hold["hand_r"].x < hold["shoulder_r"].x - 50.0  # straight ahead
    assert hold["knee_r"].y < MAT_TOP + 7.0 and hold["hand_l"].y < MAT_TOP + 6.0
    for side in "lr":
        assert start[f"hand_{side}"].y < MAT_TOP + 6.0 and start[f"knee_{side}"].y < MAT_TOP + 7.0


def test_hip_flexor_stretch_kneels_on_one_knee_and_shifts_the_hips_forward() -> None:
    start = body_of("kneeling-hip-flexor-stretch", "start")
    hold = body_of("kneeling-hip-flexor-stretch", "hold")
    for body in (start, hold):
        assert body["knee_l"].y < MAT_TOP + 7.0  # kneeling on the left knee
        assert body["ankle_r"].y < 10.0  # right foot flat in front
        assert body["ankle_r"].x < body["pelvis"].x - 25.0
        assert abs(body["knee_r"].x - body["ankle_r"].x) < 12.0  # knee above the ankle
    assert hold["pelvis"].x < start["pelvis"].x - 12.0  # hips forward
    assert hold["pelvis"].x < hold["knee_l"].x - 15.0  # past the kneeling knee
    assert abs(hold["neck_base"].x - hold["pelvis"].x) < 12.0  # chest tall, not leaning back
    assert hold["hand_l"].y > hold["head"].y  # kneeling-side arm up


def test_lying_hamstring_stretch_raises_the_straight_leg_on_a_strap() -> None:
    start = key_pose("lying-hamstring-stretch", "start")
    hold = key_pose("lying-hamstring-stretch", "hold")
    body = pose_body(hold.pose)
    assert bend(body, "hip_l", "knee_l", "ankle_l") < 10.0
    assert body["ankle_l"].y > body["hip_l"].y + 70.0  # up toward the ceiling
    for key in (start, hold):
        posed = pose_body(key.pose)
        (strap,) = key.straps
        ends = [end for length in strap_ends(posed, strap) for end in length]
        for point in ("hand_l", "hand_r", "ankle_l"):
            assert min(dist(posed[point], e) for e in ends) < 12.0, point


def test_standing_back_bend_leans_the_chest_back() -> None:
    start = body_of("standing-back-extension", "start")
    hold = body_of("standing-back-extension", "hold")
    # The person faces -x: leaning back moves the shoulders toward +x, behind the hips.
    assert hold["neck_base"].x > hold["pelvis"].x + 12.0
    assert abs(start["neck_base"].x - start["pelvis"].x) < 5.0
    for body in (start, hold):
        for side in "lr":
            assert body[f"hand_{side}"].x > body["pelvis"].x  # hands on the back of the hips


def test_standing_side_bend_reaches_over_to_the_right() -> None:
    start = body_of("standing-side-bend", "start")
    hold = body_of("standing-side-bend", "hold")
    # The body's right is toward -z: the trunk leans that way, the left arm above the head.
    assert hold["neck_base"].z < hold["pelvis"].z - 15.0
    assert abs(start["neck_base"].z - start["pelvis"].z) < 2.0
    assert hold["hand_l"].y > hold["head"].y
    assert hold["hand_r"].y < hold["hip_r"].y  # the lower hand slides down the thigh


def test_pelvic_tilt_arches_then_flattens_the_lower_back() -> None:
    start, hold = body_of("pelvic-tilt", "start"), body_of("pelvic-tilt", "hold")
    assert start["waist"].y > hold["waist"].y + 2.0
    assert hold["waist"].y - hold["pelvis"].y < 1.5
