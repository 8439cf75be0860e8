"""Moving between poses: easing, blending joint angles, and mirroring left and right."""

from __future__ import annotations

from .geometry import Vec3, lerp, lerp_vec
from .skeleton import AXIAL_JOINTS, Angles, Joint, Pose, Root


def ease_in_out(t: float) -> float:
    """Cubic ease: starts and ends gently, so a pose change never jerks."""
    t = max(0.0, min(1.0, t))
    if t < 0.5:
        return 4.0 * t * t * t
    u = -2.0 * t + 2.0
    return 1.0 - u * u * u / 2.0


def shortest_turn(a: float, b: float) -> float:
    """The angle equal to `b` (mod 360) that is closest to `a`, so blends never spin."""
    delta = (b - a + 180.0) % 360.0 - 180.0
    return a + delta


def blend_angles(a: Angles, b: Angles, t: float) -> Angles:
    return Angles(lerp(a.flex, b.flex, t), lerp(a.side, b.side, t), lerp(a.twist, b.twist, t))


def blend_poses(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction `t` of the way from `a` to `b` (angles blended, not positions).

    Blending angles rather than points is what keeps every limb its own length in every
    in-between frame.
    """
    joints = set(a.angles) | set(b.angles)
    angles = {j: blend_angles(a.at(j), b.at(j), t) for j in sorted(joints, key=lambda j: j.value)}
    ra, rb = a.root, b.root
    root = Root(
        lerp_vec(ra.position, rb.position, t),
        lerp(ra.yaw, shortest_turn(ra.yaw, rb.yaw), t),
        lerp(ra.pitch, shortest_turn(ra.pitch, rb.pitch), t),
        lerp(ra.roll, shortest_turn(ra.roll, rb.roll), t),
        lerp(ra.spin, shortest_turn(ra.spin, rb.spin), t),
    )
    return Pose(root, angles)


def mirror_angles(joint: Joint, a: Angles) -> Angles:
    """Angles for the mirrored joint: sideways bends and turns of the spine flip sign."""
    if joint in AXIAL_JOINTS:
        return Angles(a.flex, -a.side, -a.twist)
    # Limb angles are already "outward"-relative, so swapping sides is enough.
    return a


def mirror_pose(pose: Pose) -> Pose:
    """The same posture done on the other side: left and right swap, as in a mirror.

    The mirror plane is the world plane z = 0, so a body lying along x stays where it is.
    """
    angles = {j.mirrored: mirror_angles(j, a) for j, a in pose.angles.items()}
    r = pose.root
    root = Root(Vec3(r.position.x, r.position.y, -r.position.z), -r.yaw, r.pitch, -r.roll, -r.spin)
    return Pose(root, angles)
