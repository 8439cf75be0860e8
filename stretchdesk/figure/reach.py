"""Authoring aids: solve joint angles so a hand or foot lands on a chosen point.

Key poses are joint angles, but "hands on the knee" is easier to say as a point. These
two-bone solvers turn such a wish into shoulder/elbow or hip/knee angles, so the stored
pose is still plain angles and every limb keeps its length.
"""

from __future__ import annotations

import math

from .geometry import Mat3, Vec3, euler_zxy
from .skeleton import PROPORTIONS, Angles, Pose, Side, limb_joint, pose_body


def _clamp(x: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, x))


def _solve(
    parent: Mat3,
    root: Vec3,
    target: Vec3,
    lengths: tuple[float, float],
    bend_toward: Vec3,
    side: Side,
    hinge_forward: bool,
) -> tuple[Angles, float]:
    """Angles at the root joint and the hinge bend that put the limb's end on `target`."""
    upper, lower = lengths
    offset = target - root
    dist = _clamp(offset.length(), abs(upper - lower) + 1e-3, upper + lower - 1e-3)
    aim = offset.unit()
    pole = (bend_toward - aim * bend_toward.dot(aim)).unit()
    cos_a = _clamp((upper**2 + dist**2 - lower**2) / (2 * upper * dist), -1.0, 1.0)
    sin_a = math.sqrt(1.0 - cos_a**2)
    middle = root + (aim * cos_a + pole * sin_a) * upper
    end = root + aim * dist
    upper_dir = parent.transposed_apply((middle - root).unit())
    lower_dir_world = (end - middle).unit()

    spread = -math.degrees(math.asin(_clamp(upper_dir.z, -1.0, 1.0)))
    lift = math.degrees(math.atan2(upper_dir.x, -upper_dir.y))
    base = parent.compose(euler_zxy(lift, spread, 0.0))
    lower_local = base.transposed_apply(lower_dir_world)
    if hinge_forward:
        twist = math.degrees(math.atan2(-lower_local.z, lower_local.x))
    else:
        twist = math.degrees(math.atan2(lower_local.z, -lower_local.x))
    bend = math.degrees(
        math.acos(_clamp((middle - root).unit().dot(lower_dir_world), -1.0, 1.0))
    )
    sign = side.outward
    return Angles(lift, spread * sign, twist * sign), bend


def reach_hand(pose: Pose, side: Side, target: Vec3, elbow_toward: Vec3) -> Pose:
    """Bend shoulder and elbow so the middle of the hand rests on `target`."""
    body = pose_body(pose)
    p = PROPORTIONS
    shoulder, elbow = _solve(
        body.frames["thorax"],
        body[f"shoulder_{side.value}"],
        target,
        (p.upper_arm, p.forearm + p.hand),
        elbow_toward,
        side,
        hinge_forward=True,
    )
    angles = dict(pose.angles)
    angles[limb_joint("shoulder", side)] = shoulder
    angles[limb_joint("elbow", side)] = Angles(elbow)
    return Pose(pose.root, angles)


def reach_foot(
    pose: Pose, side: Side, ankle_at: Vec3, knee_toward: Vec3, foot_flat: bool = False
) -> Pose:
    """Bend hip and knee so the ankle lands on `ankle_at`; optionally lay the foot flat."""
    body = pose_body(pose)
    p = PROPORTIONS
    hip, knee = _solve(
        body.frames["pelvis"],
        body[f"hip_{side.value}"],
        ankle_at,
        (p.thigh, p.shin),
        knee_toward,
        side,
        hinge_forward=False,
    )
    angles = dict(pose.angles)
    angles[limb_joint("hip", side)] = hip
    angles[limb_joint("knee", side)] = Angles(knee)
    solved = Pose(pose.root, angles)
    return flat_foot(solved, side) if foot_flat else solved


def flat_foot(pose: Pose, side: Side) -> Pose:
    """Turn the ankle so the sole lies level (as when the foot stands on the floor)."""
    shin = pose_body(pose).frames[f"shin_{side.value}"]
    # The foot points along shin.x*cos(a) + shin.y*sin(a); level means no vertical part.
    ankle = math.degrees(math.atan2(-shin.cx.y, shin.cy.y))
    if ankle > 90:
        ankle -= 180
    elif ankle < -90:
        ankle += 180
    angles = dict(pose.angles)
    angles[limb_joint("ankle", side)] = Angles(ankle)
    return Pose(pose.root, angles)
