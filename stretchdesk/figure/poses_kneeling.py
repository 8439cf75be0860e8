"""Key poses for the stretches on hands and knees, or kneeling (seen from the left side)."""

from __future__ import annotations

import math

from .geometry import Vec3
from .pose_kit import MAT_TOP, UP, with_neck, with_spine
from .reach import reach_foot, reach_hand
from .scene import Area, Camera, KeyPose, line_cue, mat
from .skeleton import PROPORTIONS, Angles, Pose, Root, Side, pose_body

L, R = Side.LEFT, Side.RIGHT
FRONT = Vec3(-1.0, 0.0, 0.0)  # the way the person faces: toward -x, left side toward +z
BACK = Vec3(1.0, 0.0, 0.0)
LEFT = Vec3(0.0, 0.0, 1.0)
SIDE_CAM = Camera(0.0, 12.0)
MAT = (mat(-120.0, 70.0),)
KNEE_Y = MAT_TOP + 5.5
ANKLE_Y = MAT_TOP + 4.0


def lateral(side: Side) -> Vec3:
    return LEFT if side is Side.LEFT else LEFT * -1.0


def kneeling_legs(pose: Pose, knee_x: float, spread: float = 10.0) -> Pose:
    """Knees on the mat at knee_x, shins lying back along it, tops of the feet down."""
    for side in Side:
        ankle = Vec3(knee_x + PROPORTIONS.shin - 0.5, ANKLE_Y, lateral(side).z * (spread - 2.0))
        pose = reach_foot(pose, side, ankle, FRONT + UP * -0.6 + lateral(side) * 0.05)
        pose = pose.with_angles(**{f"ankle_{side.value}": Angles(-80.0)})
    return pose


def hip_height_over(knee_x: float, pelvis_x: float) -> float:
    """Pelvis height that lets the thighs reach a knee on the mat at knee_x."""
    reach = PROPORTIONS.thigh
    return KNEE_Y + math.sqrt(max(reach**2 - (pelvis_x - knee_x) ** 2, 1.0))


def all_fours(lumbar: float, thorax: float, tilt: float, neck: float) -> Pose:
    knee_x = 0.0
    root = Root(Vec3(0.0, hip_height_over(knee_x, 0.0) - 0.5, 0.0), yaw=180.0,
                pitch=-90.0 + 14.0 + tilt)
    pose = with_spine(Pose(root), Angles(lumbar), Angles(thorax))
    pose = with_neck(pose, flex=neck)
    pose = kneeling_legs(pose, knee_x)
    body = pose_body(pose)
    for side in Side:
        shoulder = body[f"shoulder_{side.value}"]
        hand = Vec3(shoulder.x - 2.0, MAT_TOP + 3.0, shoulder.z + lateral(side).z * 1.0)
        pose = reach_hand(pose, side, hand, BACK + lateral(side) * 0.2)
    return pose


def cat_cow() -> dict[str, KeyPose]:
    # Spine segments are chained from the pelvis, so the pelvis tilt sets where the arch
    # starts and the flex values bend it: sagging for cow, humped for cat.
    cow = all_fours(lumbar=-15.0, thorax=-13.0, tilt=-18.0, neck=-30.0)
    cat = all_fours(lumbar=5.0, thorax=35.0, tilt=25.0, neck=30.0)
    sink = line_cue("waist", Vec3(0.0, 40.0, 0.0), Vec3(0.0, 20.0, 0.0))
    arch = line_cue("waist", Vec3(0.0, 20.0, 0.0), Vec3(0.0, 40.0, 0.0))
    return {
        "start": KeyPose(cow, SIDE_CAM, MAT, (Area.BACK,), (sink,)),
        "hold": KeyPose(cat, SIDE_CAM, MAT, (Area.BACK,), (arch,)),
    }


def childs_pose() -> dict[str, KeyPose]:
    knee_x = -20.0
    seat_x = knee_x + 38.0
    tall = Root(Vec3(seat_x, hip_height_over(knee_x, seat_x), 0.0), yaw=180.0, pitch=-4.0)
    start = kneeling_legs(Pose(tall), knee_x)
    body = pose_body(start)
    for side in Side:
        hip, knee = body[f"hip_{side.value}"], body[f"knee_{side.value}"]
        thigh = hip + (knee - hip) * 0.6
        start = reach_hand(start, side, thigh + UP * 7.0, BACK + lateral(side) * 0.6)

    folded = Root(Vec3(seat_x + 2.0, hip_height_over(knee_x, seat_x + 2.0) - 2.0, 0.0),
                  yaw=180.0, pitch=-66.0)
    hold = with_spine(Pose(folded), Angles(22.0), Angles(16.0))
    hold = with_neck(hold, flex=-8.0)
    hold = kneeling_legs(hold, knee_x)
    body = pose_body(hold)
    for side in Side:
        shoulder = body[f"shoulder_{side.value}"]
        reach = Vec3(shoulder.x - 56.0, MAT_TOP + 3.0, shoulder.z + lateral(side).z * 2.0)
        hold = reach_hand(hold, side, reach, UP + BACK * 0.3)
    return {
        "start": KeyPose(start, SIDE_CAM, MAT),
        "hold": KeyPose(hold, SIDE_CAM, MAT, (Area.LOWER_BACK, Area.BACK)),
    }


KNEELING = {
    "cat-cow": cat_cow,
    "childs-pose": childs_pose,
}
