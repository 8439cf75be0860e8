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
    # Spine segments are chained from the pelvis, so the pelvis tilt sets where the curve
    # starts and the flex values bend it. Cow: tailbone up, belly and back sink toward the
    # floor, head lifts to look ahead. Cat: tailbone tucked, back rounds up toward the
    # ceiling, head hangs between the arms.
    cow = all_fours(lumbar=-14.0, thorax=-38.0, tilt=-28.0, neck=-35.0)
    cat = all_fours(lumbar=-20.0, thorax=62.0, tilt=28.0, neck=50.0)
    sink = line_cue("waist", Vec3(0.0, 44.0, 0.0), Vec3(0.0, 22.0, 0.0))
    rise = line_cue("waist", Vec3(0.0, 24.0, 0.0), Vec3(0.0, 46.0, 0.0))
    return {
        "start": KeyPose(cow, SIDE_CAM, MAT, (Area.BACK,), (sink,)),
        "hold": KeyPose(cat, SIDE_CAM, MAT, (Area.BACK,), (rise,)),
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


def bird_dog() -> dict[str, KeyPose]:
    start = all_fours(lumbar=0.0, thorax=2.0, tilt=0.0, neck=8.0)
    # The left leg reaches straight back at hip height and the right arm forward at
    # shoulder height; the right knee and left hand stay down, the back stays flat.
    body = pose_body(start)
    hip, shoulder = body["hip_l"], body["shoulder_r"]
    hold = reach_foot(start, L, hip + BACK * 83.0 + UP * 2.0, UP)
    hold = hold.with_angles(ankle_l=Angles(-10.0))
    hold = reach_hand(hold, R, shoulder + FRONT * 59.0 + UP * 4.0, UP)
    view = Camera(-14.0, 22.0)
    return {
        "start": KeyPose(start, view, MAT),
        "hold": KeyPose(hold, view, MAT, (Area.LOWER_BACK, Area.GLUTE_L)),
    }


def half_kneeling(shift: float, lean: float) -> Pose:
    """Kneeling on the left knee, right foot flat in front with the knee above the ankle.

    shift moves the hips forward of the back knee; lean tips the pelvis back (a tuck).
    """
    knee_x = 10.0
    pelvis_x = knee_x - shift
    height = hip_height_over(knee_x, pelvis_x) - 1.0
    pose = Pose(Root(Vec3(pelvis_x, height, 0.0), yaw=180.0, pitch=lean))
    pose = with_spine(pose, Angles(lean * 0.7), Angles(lean * 0.3))  # chest stays tall
    back_ankle = Vec3(knee_x + PROPORTIONS.shin - 1.0, ANKLE_Y, 8.0)
    pose = reach_foot(pose, L, back_ankle, FRONT + UP * -0.6)
    pose = pose.with_angles(ankle_l=Angles(-80.0))
    front_ankle = Vec3(pelvis_x - 44.0, 7.5, -10.0)
    return reach_foot(pose, R, front_ankle, FRONT + UP * 0.8, foot_flat=True)


def kneeling_hip_flexor_stretch() -> dict[str, KeyPose]:
    start = half_kneeling(shift=4.0, lean=0.0)
    body = pose_body(start)
    rest = body["knee_r"] + UP * 6.0 + BACK * 8.0
    for side in Side:
        start = reach_hand(start, side, rest + lateral(side) * 5.0, BACK + lateral(side) * 0.6)
    hold = half_kneeling(shift=22.0, lean=12.0)
    body = pose_body(hold)
    hold = reach_hand(hold, R, body["knee_r"] + UP * 6.0 + BACK * 8.0 + LEFT * -3.0,
                      BACK + LEFT * -0.6)
    hold = reach_hand(hold, L, body["shoulder_l"] + UP * 56.0 + BACK * 4.0, BACK + LEFT * 0.3)
    view = Camera(-8.0, 10.0)
    return {
        "start": KeyPose(start, view, MAT),
        "hold": KeyPose(hold, view, MAT, (Area.HIP_FRONT_L,)),
    }


KNEELING = {
    "bird-dog": bird_dog,
    "cat-cow": cat_cow,
    "childs-pose": childs_pose,
    "kneeling-hip-flexor-stretch": kneeling_hip_flexor_stretch,
}
