"""Building blocks for key poses: base postures and "put this hand there" helpers.

World layout shared by every pose: the floor is y = 0 and the mat top is y = MAT_TOP.
Lying poses put the head toward +x with the body's left side toward +z, so the default
side camera (which looks from +z) sees the left, working side nearest.
"""

from __future__ import annotations

import math

from .geometry import Vec3
from .reach import flat_foot, reach_foot, reach_hand
from .skeleton import PROPORTIONS, Angles, Joint, Pose, Root, Side, pose_body

MAT_TOP = 1.2
UP = Vec3(0.0, 1.0, 0.0)
DOWN = Vec3(0.0, -1.0, 0.0)
TOWARD_HEAD = Vec3(1.0, 0.0, 0.0)
TOWARD_FEET = Vec3(-1.0, 0.0, 0.0)
LEFT = Vec3(0.0, 0.0, 1.0)  # the body's left in lying poses
RIGHT = Vec3(0.0, 0.0, -1.0)


def outward(side: Side) -> Vec3:
    """World direction toward the given side of a lying body."""
    return LEFT if side is Side.LEFT else RIGHT


def supine_root(pelvis_height: float = 11.5, spin: float = 0.0, tilt: float = 0.0) -> Root:
    """A body on its back, head toward +x, left side toward +z.

    spin rolls the pelvis onto its left side (negative: onto its right); tilt tips the
    pelvis backward, flattening the lower back (negative: forward, arching it).
    """
    return Root(Vec3(0.0, MAT_TOP + pelvis_height, 0.0), yaw=180.0, pitch=90.0 + tilt, spin=spin)


def bent_leg(pose: Pose, side: Side, foot_x: float = -44.0, spread: float = 11.0) -> Pose:
    """Knee up, foot flat on the mat: the usual start for floor stretches."""
    ankle = Vec3(foot_x, MAT_TOP + 6.0, outward(side).z * spread)
    return reach_foot(pose, side, ankle, UP + outward(side) * 0.15, foot_flat=True)


def long_leg(pose: Pose, side: Side, spread: float = 12.0) -> Pose:
    """Leg resting straight on the mat, toes pointing up and a little out."""
    body = pose_body(pose)
    hip = body[f"hip_{side.value}"]
    ankle = Vec3(0.0, MAT_TOP + 4.5, outward(side).z * spread)
    # Nearly full length (a hair short of locked), wherever a tilted pelvis put the hip.
    reach = PROPORTIONS.thigh + PROPORTIONS.shin - 0.02
    across = (ankle.y - hip.y) ** 2 + (ankle.z - hip.z) ** 2
    ankle = Vec3(hip.x - math.sqrt(max(reach**2 - across, 1.0)), ankle.y, ankle.z)
    solved = reach_foot(pose, side, ankle, UP)
    return with_joint(solved, "ankle", side, Angles(-15.0))


def with_joint(pose: Pose, name: str, side: Side, angles: Angles) -> Pose:
    return pose.with_angles(**{f"{name}_{side.value}": angles})


def hand_on_floor(pose: Pose, side: Side, along: float, out: float, bend: Vec3 = UP) -> Pose:
    """Rest a hand on the mat `along` cm headward of the pelvis and `out` cm to the side."""
    target = Vec3(pose.root.position.x + along, MAT_TOP + 3.5, outward(side).z * out)
    return reach_hand(pose, side, target, bend)


def arms_by_sides(pose: Pose) -> Pose:
    for side in Side:
        pose = hand_on_floor(pose, side, -4.0, 26.0, UP + TOWARD_HEAD * -0.3)
    return pose


def arms_in_t(pose: Pose, skip: Side | None = None) -> Pose:
    """Both arms out to the sides on the floor, like a letter T."""
    for side in Side:
        if side is not skip:
            pose = hand_on_floor(pose, side, 44.0, 78.0, UP + TOWARD_HEAD * 0.3)
    return pose


def hands_on_shin(pose: Pose, leg: Side, below_knee: float = 9.0, apart: float = 5.5) -> Pose:
    """Both hands hold one shin just below the knee, elbows out to the sides."""
    body = pose_body(pose)
    knee, ankle = body[f"knee_{leg.value}"], body[f"ankle_{leg.value}"]
    grip = knee + (ankle - knee).unit() * below_knee
    for hand in Side:
        side_shift = outward(hand) * (apart if hand is leg else apart * 0.6)
        lift = UP * 4.0
        pose = reach_hand(pose, hand, grip + side_shift + lift, outward(hand) + DOWN * 0.6)
    return pose


def with_neck(pose: Pose, flex: float = 0.0, turn: float = 0.0, tilt: float = 0.0) -> Pose:
    return Pose(pose.root, {**pose.angles, Joint.NECK: Angles(flex, tilt, turn)})


def with_spine(pose: Pose, lumbar: Angles, thorax: Angles) -> Pose:
    return Pose(pose.root, {**pose.angles, Joint.LUMBAR: lumbar, Joint.THORAX: thorax})


def foot_flat(pose: Pose, side: Side) -> Pose:
    return flat_foot(pose, side)
