"""Key poses for the stretches done sitting on a chair or standing (left = working side).

The person faces -x with their left side toward +z, so the default side camera sees the
working side nearest, as in the lying poses.
"""

from __future__ import annotations

import math

from .geometry import Vec3
from .pose_kit import DOWN, UP, with_neck, with_spine
from .reach import reach_foot, reach_hand
from .scene import Area, Camera, KeyPose, chair, desk, line_cue
from .skeleton import Angles, Pose, Root, Side, pose_body

L, R = Side.LEFT, Side.RIGHT
FRONT = Vec3(-1.0, 0.0, 0.0)  # the way the person faces
BACK = Vec3(1.0, 0.0, 0.0)
LEFT = Vec3(0.0, 0.0, 1.0)
RIGHT = Vec3(0.0, 0.0, -1.0)
SEAT = 46.0
CHAIR = (chair(Vec3(12.0, 0.0, 0.0), yaw=180.0, seat_height=SEAT),)


def lateral(side: Side) -> Vec3:
    return LEFT if side is Side.LEFT else RIGHT


def seated_root(lean: float = 0.0) -> Root:
    """Sitting near the front of the chair; lean tips the trunk forward from the hips."""
    return Root(Vec3(0.0, SEAT + 9.0, 0.0), yaw=180.0, pitch=-lean)


def feet_on_floor(pose: Pose, sides: tuple[Side, ...] = (L, R), forward: float = 44.0) -> Pose:
    """Shins upright, feet flat on the floor in front of the chair."""
    for side in sides:
        ankle = Vec3(-forward, 7.5, lateral(side).z * 12.0)
        pose = reach_foot(pose, side, ankle, FRONT + UP * 0.6 + lateral(side) * 0.1, foot_flat=True)
    return pose


def hands_on_thighs(pose: Pose) -> Pose:
    body = pose_body(pose)
    for side in Side:
        hip, knee = body[f"hip_{side.value}"], body[f"knee_{side.value}"]
        grip = hip + (knee - hip) * 0.7 + UP * 7.5 + lateral(side) * 2.0
        pose = reach_hand(pose, side, grip, BACK + lateral(side) * 0.8 + DOWN * 0.3)
    return pose


def sitting_tall() -> Pose:
    return hands_on_thighs(feet_on_floor(Pose(seated_root())))


SIDE_CAM = Camera(0.0, 8.0)


def seated_knee_to_chest() -> dict[str, KeyPose]:
    start = sitting_tall()
    pose = feet_on_floor(Pose(seated_root(lean=-4.0)), (R,))
    pose = pose.with_angles(hip_l=Angles(128.0, 8.0), knee_l=Angles(122.0), ankle_l=Angles(-20.0))
    body = pose_body(pose)
    knee, ankle = body["knee_l"], body["ankle_l"]
    grip = knee + (ankle - knee).unit() * 9.0 + FRONT * 3.0
    pose = reach_hand(pose, L, grip + LEFT * 6.0, LEFT + DOWN * 0.6 + BACK * 0.3)
    pose = reach_hand(pose, R, grip + RIGHT * 2.0, RIGHT + DOWN * 0.6 + BACK * 0.3)
    return {
        "start": KeyPose(start, SIDE_CAM, CHAIR),
        "hold": KeyPose(pose, SIDE_CAM, CHAIR, (Area.GLUTE_L, Area.LOWER_BACK)),
    }


def seated_figure_four() -> dict[str, KeyPose]:
    start = sitting_tall()
    pose = feet_on_floor(Pose(seated_root(lean=30.0)), (R,))
    body = pose_body(pose)
    rest = body["knee_r"] + UP * 8.0 + LEFT * 3.0 + BACK * 2.0
    pose = reach_foot(pose, L, rest, LEFT + FRONT * 0.5 + DOWN * 0.3)
    pose = pose.with_angles(ankle_l=Angles(-5.0))
    body = pose_body(pose)
    pose = reach_hand(pose, L, body["knee_l"] + UP * 6.0 + BACK * 2.0, LEFT + BACK * 0.5)
    pose = reach_hand(pose, R, body["ankle_l"] + UP * 5.0, RIGHT + BACK * 0.5)
    view = Camera(-42.0, 16.0)
    return {
        "start": KeyPose(start, view, CHAIR),
        "hold": KeyPose(pose, view, CHAIR, (Area.GLUTE_L,)),
    }


def seated_spinal_twist() -> dict[str, KeyPose]:
    start = sitting_tall()
    pose = feet_on_floor(Pose(seated_root()))
    pose = with_spine(pose, Angles(0.0, 0.0, 16.0), Angles(0.0, 0.0, 30.0))
    pose = with_neck(pose, turn=22.0)
    body = pose_body(pose)
    outside_knee = body["knee_l"] + LEFT * 7.0 + UP * 3.0 + BACK * 6.0
    pose = reach_hand(pose, R, outside_knee, RIGHT + DOWN * 0.5)
    backrest = Vec3(28.0, SEAT + 30.0, 14.0)
    pose = reach_hand(pose, L, backrest, LEFT + DOWN * 0.8)
    view = Camera(-70.0, 24.0)
    return {
        "start": KeyPose(start, view, CHAIR),
        "hold": KeyPose(pose, view, CHAIR, (Area.SIDE_L, Area.LOWER_BACK)),
    }


DESK_FRONT = -68.0
DESK_HEIGHT = 76.0
DESK = (desk(DESK_FRONT - 60.0, height=DESK_HEIGHT),)


def heel_on_desk(lean: float, lumbar: float, thorax: float, turn: float = 0.0) -> Pose:
    """Left heel up on the desk, leg long; the right foot flat below the hip, turned out.

    lean tips the pelvis forward over the raised leg; lumbar and thorax round the back
    further; turn rotates the chest toward the raised leg (the reaching arm crosses over).
    """
    root = Root(Vec3(0.0, 92.0, 0.0), yaw=180.0, pitch=-lean)
    pose = with_spine(Pose(root), Angles(lumbar, 0.0, turn * 0.4), Angles(thorax, 0.0, turn))
    body = pose_body(pose)
    hip = body["hip_r"]
    standing = Vec3(hip.x + 1.0, 7.5, hip.z - 3.0)
    # The knee, and so the foot, points forward and out: the foot turned about 45 degrees.
    pose = reach_foot(pose, R, standing, FRONT + lateral(R) * 1.0, foot_flat=True)
    # The leg lies nearly straight from the hip to the heel ("straight but soft").
    hip_l = body["hip_l"]
    rise = hip_l.y - (DESK_HEIGHT + 5.0)
    along = math.sqrt(84.6**2 - rise**2 - 1.0)
    heel = Vec3(hip_l.x - along, DESK_HEIGHT + 5.0, hip_l.z + 1.0)
    pose = reach_foot(pose, L, heel, UP)
    return pose.with_angles(ankle_l=Angles(12.0))


def hand_on_desk(pose: Pose) -> Pose:
    """The left hand rests flat on the desk outside the raised leg, for balance."""
    body = pose_body(pose)
    spot = Vec3(DESK_FRONT - 6.0, DESK_HEIGHT + 3.5, body["hip_l"].z + 24.0)
    return reach_hand(pose, L, spot, LEFT + BACK * 0.6 + UP * 0.3)


def standing_hamstring_crossover() -> dict[str, KeyPose]:
    start = heel_on_desk(4.0, 0.0, 0.0)
    body = pose_body(start)
    on_thigh = body["hip_l"] + (body["knee_l"] - body["hip_l"]) * 0.3 + UP * 6.0 + LEFT * 3.0
    start = reach_hand(start, L, on_thigh, LEFT + BACK * 0.8)
    start = reach_hand(start, R, body["hip_r"] + RIGHT * 8.0 + DOWN * 22.0 + FRONT * 2.0,
                       RIGHT + BACK)
    start = with_neck(start, flex=5.0)
    pose = heel_on_desk(44.0, 18.0, 16.0, turn=18.0)
    pose = with_neck(pose, flex=-18.0, turn=8.0)
    pose = hand_on_desk(pose)
    body = pose_body(pose)
    past_toes = body["toe_l"] + FRONT * 8.0 + DOWN * 4.0 + RIGHT * 2.0
    pose = reach_hand(pose, R, past_toes, UP + RIGHT * 0.5)
    # From the left, a little behind and above: the fold over the leg, the far hand past
    # the toes, the near hand on the desk beside the leg and the turned-out standing foot.
    view = Camera(8.0, 36.0)
    return {
        "start": KeyPose(start, view, DESK),
        "hold": KeyPose(pose, view, DESK, (Area.HAMSTRING_L, Area.SIDE_R)),
    }


def standing(lean_back: float = 0.0, side_bend: float = 0.0) -> Pose:
    """Standing tall, feet hip-width apart; lean_back arches the trunk back from the waist,
    side_bend leans it toward the right (the left side lengthens)."""
    root = Root(Vec3(-lean_back * 0.12, 92.0, 0.0), yaw=180.0, pitch=lean_back * 0.15)
    pose = with_spine(Pose(root), Angles(-lean_back * 0.55, -side_bend * 0.55),
                      Angles(-lean_back * 0.3, -side_bend * 0.45))
    body = pose_body(pose)
    for side in Side:
        hip = body[f"hip_{side.value}"]
        ankle = Vec3(hip.x + 2.0, 7.5, lateral(side).z * 11.0)
        pose = reach_foot(pose, side, ankle, FRONT + UP * 0.2, foot_flat=True)
    return pose


def hands_on_lower_back(pose: Pose) -> Pose:
    body = pose_body(pose)
    for side in Side:
        behind = body["pelvis"] + body.frames["pelvis"].apply(Vec3(-13.0, 6.0, 0.0))
        target = behind + lateral(side) * 9.0
        pose = reach_hand(pose, side, target, BACK + lateral(side) * 0.8)
    return pose


def standing_back_extension() -> dict[str, KeyPose]:
    start = with_neck(hands_on_lower_back(standing()), flex=4.0)
    hold = with_neck(hands_on_lower_back(standing(lean_back=36.0)), flex=16.0)
    # Over the head, pointing back: the way the chest goes.
    lean = line_cue("head", Vec3(-8.0, 20.0, 0.0), Vec3(16.0, 14.0, 0.0))
    view = Camera(-18.0, 10.0)
    return {
        "start": KeyPose(start, view),
        "hold": KeyPose(hold, view, (), (Area.LOWER_BACK,), (lean,)),
    }


def standing_side_bend() -> dict[str, KeyPose]:
    start = standing()
    body = pose_body(start)
    for side in Side:
        on_thigh = body[f"hip_{side.value}"] + DOWN * 20.0 + lateral(side) * 7.0
        start = reach_hand(start, side, on_thigh, lateral(side) + BACK * 0.3)
    hold = standing(side_bend=30.0)
    body = pose_body(hold)
    # The right hand slides down the right thigh; the left arm reaches up and over.
    hold = reach_hand(hold, R, body["knee_r"] + UP * 14.0 + RIGHT * 8.0, RIGHT + BACK * 0.3)
    thorax = body.frames["thorax"]
    over = body["neck_base"] + thorax.apply(Vec3(0.0, 48.0, 0.0)) + RIGHT * 12.0
    hold = reach_hand(hold, L, over, LEFT + UP * 0.3)
    hold = with_neck(hold, tilt=-8.0)
    front = Camera(-90.0, 8.0)
    return {
        "start": KeyPose(start, front),
        "hold": KeyPose(hold, front, (), (Area.SIDE_L,)),
    }


UPRIGHT = {
    "standing-back-extension": standing_back_extension,
    "standing-side-bend": standing_side_bend,
    "seated-knee-to-chest": seated_knee_to_chest,
    "seated-figure-four": seated_figure_four,
    "seated-spinal-twist": seated_spinal_twist,
    "standing-hamstring-crossover": standing_hamstring_crossover,
}
