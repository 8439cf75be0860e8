"""Key poses for the lying hamstring stretch, with the strap looped round the raised foot.

The strap runs from each hand to the sole of the foot; it is worked out from the posed
body when drawn (strap_art), so it moves with the hands from one pose to the next.
"""

from __future__ import annotations

from .geometry import Vec3
from .pose_kit import DOWN, TOWARD_FEET, TOWARD_HEAD, UP, outward
from .poses_lying import MAT, lying_knees_bent
from .reach import reach_foot, reach_hand
from .scene import Area, Camera, KeyPose, Strap
from .skeleton import Angles, Pose, Side, pose_body

L = Side.LEFT


def hands_on_strap(pose: Pose, at: Vec3) -> Pose:
    """Both hands hold the strap ends near `at`, a little apart, elbows down by the sides."""
    for hand in Side:
        grip = at + outward(hand) * 6.0
        pose = reach_hand(pose, hand, grip, DOWN + outward(hand) * 0.8 + TOWARD_FEET * 0.3)
    return pose


def lying_hamstring_stretch() -> dict[str, KeyPose]:
    base = lying_knees_bent()
    # Start: the working knee drawn in, strap round the foot, hands above the chest.
    start = base.with_angles(hip_l=Angles(100.0, 4.0), knee_l=Angles(95.0),
                             ankle_l=Angles(0.0))
    body = pose_body(start)
    start = hands_on_strap(start, body["waist"] + UP * 24.0 + TOWARD_FEET * 6.0)
    # Hold: the leg straightened up toward the ceiling, eased in by the strap.
    body = pose_body(base)
    hip = body["hip_l"]
    ankle = hip + (UP * 0.93 + TOWARD_HEAD * 0.37).unit() * 84.7
    hold = reach_foot(base, L, ankle, TOWARD_HEAD)
    hold = hold.with_angles(ankle_l=Angles(8.0))
    body = pose_body(hold)
    hold = hands_on_strap(hold, body["waist"] + UP * 28.0 + TOWARD_HEAD * 6.0)
    # From the right side, so the arms and the strap are not hidden behind the raised leg.
    view = Camera(200.0, 24.0)
    mat = MAT[0]
    return {
        "start": KeyPose(start, view, (mat,), straps=(Strap(L),)),
        "hold": KeyPose(hold, view, (mat,), (Area.HAMSTRING_L,), straps=(Strap(L),)),
    }


STRAP = {"lying-hamstring-stretch": lying_hamstring_stretch}
