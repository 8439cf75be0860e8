"""Key poses for the lying hamstring stretch, with the strap looped round the raised foot.

The strap is a prop built from small blocks that follow each of its two lengths, from a
hand to the sole of the foot, so it is drawn (and mirrored) like any other furniture.
"""

from __future__ import annotations

from .geometry import Vec3
from .pose_kit import DOWN, TOWARD_FEET, TOWARD_HEAD, UP, outward
from .poses_lying import MAT, lying_knees_bent
from .reach import reach_foot, reach_hand
from .scene import Area, Box, Camera, KeyPose, Material, Prop
from .skeleton import Angles, Pose, Side, pose_body

L, R = Side.LEFT, Side.RIGHT
STEP = 1.6  # cm along the strap per block: short enough that the blocks read as a band
WIDTH = 4.0
THICK = 2.6  # drawn a little thicker than a real strap, so it reads at a glance


def strap_run(start: Vec3, end: Vec3) -> list[Box]:
    """Blocks covering the straight strap from `start` to `end`, each overlapping the next."""
    span = end - start
    count = max(1, round(span.length() / STEP))
    step = span * (1.0 / count)
    size = Vec3(abs(step.x) + THICK, abs(step.y) + THICK, abs(step.z) + WIDTH)
    return [Box(start + step * (i + 0.5), size, Material.WOOD) for i in range(count)]


def strap(pose: Pose, foot: Side) -> Prop:
    """The strap: from each hand to the sole of the foot it is looped round."""
    body = pose_body(pose)
    frame = body.frames[f"foot_{foot.value}"]
    sole = body[f"ankle_{foot.value}"] + frame.apply(Vec3(7.0, -4.5, 0.0))
    boxes: list[Box] = []
    for hand in Side:
        boxes += strap_run(body[f"hand_{hand.value}"], sole + outward(hand) * 2.0)
    return Prop("strap", tuple(boxes))


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
        "start": KeyPose(start, view, (mat, strap(start, L))),
        "hold": KeyPose(hold, view, (mat, strap(hold, L)), (Area.HAMSTRING_L,)),
    }


STRAP = {"lying-hamstring-stretch": lying_hamstring_stretch}
