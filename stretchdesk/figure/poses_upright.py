"""Key poses for the stretches done sitting on a chair or standing (left = working side).

The person faces -x with their left side toward +z, so the default side camera sees the
working side nearest, as in the lying poses.
"""

from __future__ import annotations

from .geometry import Vec3
from .pose_kit import DOWN, UP, with_neck, with_spine
from .reach import reach_foot, reach_hand
from .scene import Area, Camera, KeyPose, chair, desk
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


def heel_on_desk(lean: float, pelvis_x: float, lumbar: float, thorax: float) -> Pose:
    root = Root(Vec3(pelvis_x, 92.0, -3.0), yaw=180.0, pitch=-lean)
    pose = with_spine(Pose(root), Angles(lumbar), Angles(thorax))
    pose = pose.with_angles(hip_r=Angles(0.0, 4.0, 38.0))
    body = pose_body(pose)
    standing = Vec3(body["hip_r"].x + 2.0, 7.5, body["hip_r"].z - 4.0)
    pose = reach_foot(pose, R, standing, FRONT + lateral(R) * 0.7, foot_flat=True)
    heel = Vec3(DESK_FRONT - 16.0, DESK_HEIGHT + 5.0, 6.0)
    pose = reach_foot(pose, L, heel, UP)
    return pose.with_angles(ankle_l=Angles(10.0))


def standing_hamstring_crossover() -> dict[str, KeyPose]:
    start = heel_on_desk(0.0, 0.0, 0.0, 0.0)
    start = reach_hand(start, L, pose_body(start)["hip_l"] + LEFT * 9 + DOWN * 20, LEFT + BACK)
    start = reach_hand(start, R, pose_body(start)["hip_r"] + RIGHT * 9 + DOWN * 20, RIGHT + BACK)
    pose = heel_on_desk(38.0, 10.0, 16.0, 14.0)
    pose = with_neck(pose, flex=-10.0)
    body = pose_body(pose)
    toes = body["toe_l"] + UP * 3.0
    pose = reach_hand(pose, R, toes, UP + RIGHT * 0.4)
    pose = reach_hand(pose, L, body["hip_l"] + LEFT * 10.0 + DOWN * 18.0 + BACK * 4.0, LEFT + BACK)
    view = Camera(-30.0, 12.0)
    return {
        "start": KeyPose(start, view, DESK),
        "hold": KeyPose(pose, view, DESK, (Area.HAMSTRING_L, Area.SIDE_R)),
    }


UPRIGHT = {
    "seated-knee-to-chest": seated_knee_to_chest,
    "seated-figure-four": seated_figure_four,
    "seated-spinal-twist": seated_spinal_twist,
    "standing-hamstring-crossover": standing_hamstring_crossover,
}
