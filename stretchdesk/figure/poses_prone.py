"""Key poses for the stretches done lying face down (the sphinx).

The body lies along x with the head toward -x and the left side toward +z, so the default
side camera sees the left side, as in the other pictures.
"""

from __future__ import annotations

import math

from .geometry import Vec3
from .pose_kit import MAT_TOP, with_neck, with_spine
from .reach import reach_foot, reach_hand
from .scene import Area, Camera, KeyPose, mat
from .skeleton import PROPORTIONS, Angles, Pose, Root, Side, pose_body

L, R = Side.LEFT, Side.RIGHT
HEADWARD = Vec3(-1.0, 0.0, 0.0)
FEETWARD = Vec3(1.0, 0.0, 0.0)
UP = Vec3(0.0, 1.0, 0.0)
DOWN = Vec3(0.0, -1.0, 0.0)
LEFT = Vec3(0.0, 0.0, 1.0)
MAT = (mat(-110.0, 100.0),)


def lateral(side: Side) -> Vec3:
    return LEFT if side is Side.LEFT else LEFT * -1.0


def prone_root(pelvis_height: float = 10.5) -> Root:
    """Face down, head toward -x: a standing body facing -x, tipped forward onto the mat."""
    return Root(Vec3(0.0, MAT_TOP + pelvis_height, 0.0), yaw=180.0, pitch=-90.0)


def legs_long(pose: Pose) -> Pose:
    """Both legs lying straight back along the mat, tops of the feet down."""
    body = pose_body(pose)
    for side in Side:
        hip = body[f"hip_{side.value}"]
        # Nearly full length, so the knee stays off the mat rather than sinking into it.
        reach = PROPORTIONS.thigh + PROPORTIONS.shin - 0.05
        drop = hip.y - (MAT_TOP + 5.5)
        across = lateral(side).z * 11.0 - hip.z
        along = math.sqrt(max(reach**2 - drop**2 - across**2, 1.0))
        ankle = Vec3(hip.x + along, MAT_TOP + 5.5, lateral(side).z * 11.0)
        pose = reach_foot(pose, side, ankle, DOWN)
        pose = pose.with_angles(**{f"ankle_{side.value}": Angles(-70.0)})
    return pose


def sphinx() -> dict[str, KeyPose]:
    # Start: flat on the front, forehead resting on the folded forearms.
    start = with_spine(Pose(prone_root()), Angles(0.0), Angles(-4.0))
    start = with_neck(start, flex=-22.0)  # the forehead lifted onto the hands
    start = legs_long(start)
    body = pose_body(start)
    for side in Side:
        under_head = body["head"] + DOWN * 9.0 + lateral(side) * 7.0 + FEETWARD * 2.0
        start = reach_hand(start, side, Vec3(under_head.x, MAT_TOP + 3.0, under_head.z),
                           lateral(side) + UP * 0.25 + FEETWARD * 0.4)
    # Hold: the chest propped up on the forearms, elbows under the shoulders, hips down.
    hold = with_spine(Pose(prone_root(10.0)), Angles(-24.0), Angles(-16.0))
    hold = with_neck(hold, flex=10.0)
    hold = legs_long(hold)
    body = pose_body(hold)
    for side in Side:
        shoulder = body[f"shoulder_{side.value}"]
        hand = Vec3(shoulder.x - 28.0, MAT_TOP + 3.0, shoulder.z - lateral(side).z * 3.0)
        hold = reach_hand(hold, side, hand, DOWN + FEETWARD * 0.5)
    view = Camera(-12.0, 14.0)
    return {
        "start": KeyPose(start, view, MAT),
        "hold": KeyPose(hold, view, MAT, (Area.LOWER_BACK,)),
    }


PRONE = {"sphinx": sphinx}
