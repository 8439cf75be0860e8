"""The posable body: joint angles in, limb positions out, by forward kinematics.

Frames follow one convention everywhere: a body part's local x points forward (the way
the chest faces), y points up along the spine (or along a hanging limb, reversed) and z
points to the person's right. A standing person facing +x has their right side toward
the viewer (+z).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from .geometry import Mat3, Vec3, euler_zxy, rot_x, rot_y, rot_z


class Side(Enum):
    """Which side of the body a limb belongs to."""

    LEFT = "l"
    RIGHT = "r"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT

    @property
    def outward(self) -> float:
        """Sign that turns "away from the midline" into a rotation about the local axes."""
        return 1.0 if self is Side.LEFT else -1.0


class Joint(Enum):
    """Every joint a pose can bend."""

    LUMBAR = "lumbar"
    THORAX = "thorax"
    NECK = "neck"
    SHOULDER_L = "shoulder_l"
    SHOULDER_R = "shoulder_r"
    ELBOW_L = "elbow_l"
    ELBOW_R = "elbow_r"
    HIP_L = "hip_l"
    HIP_R = "hip_r"
    KNEE_L = "knee_l"
    KNEE_R = "knee_r"
    ANKLE_L = "ankle_l"
    ANKLE_R = "ankle_r"

    @property
    def side(self) -> Side | None:
        if self.value.endswith("_l"):
            return Side.LEFT
        if self.value.endswith("_r"):
            return Side.RIGHT
        return None

    @property
    def mirrored(self) -> Joint:
        """The same joint on the other side of the body (axial joints map to themselves)."""
        side = self.side
        if side is None:
            return self
        return Joint(self.value[:-1] + side.other.value)


AXIAL_JOINTS = (Joint.LUMBAR, Joint.THORAX, Joint.NECK)


def limb_joint(name: str, side: Side) -> Joint:
    """The joint called `name` ("hip", "knee", ...) on the given side."""
    return Joint(f"{name}_{side.value}")


@dataclass(frozen=True)
class Angles:
    """Degrees at one joint.

    flex: forward bend of the spine or neck, lift of a limb forward (hip, shoulder), or
    the bend of a hinge (knee, elbow: positive bends it; ankle: positive pulls toes up).
    side: for the spine and neck, bend toward the left; for a hip or shoulder, move the
    limb out sideways (negative crosses the midline).
    twist: for the spine and neck, turn toward the left; for a hip or shoulder, turn the
    limb outward.
    """

    flex: float = 0.0
    side: float = 0.0
    twist: float = 0.0


STANDING = Vec3(0.0, 90.0, 0.0)


@dataclass(frozen=True)
class Root:
    """Where the pelvis is and how the whole body is turned in the world.

    The body is turned by yaw (about the vertical), then pitch (about its own left-right
    axis: +90 lays a standing body on its back), then roll (about its own forward axis),
    then spin (about its own head-to-seat axis: rolls a lying body onto its left side).
    """

    position: Vec3 = STANDING
    yaw: float = 0.0
    pitch: float = 0.0
    roll: float = 0.0
    spin: float = 0.0

    def orientation(self) -> Mat3:
        turn = rot_y(self.yaw).compose(rot_z(self.pitch)).compose(rot_x(self.roll))
        return turn.compose(rot_y(self.spin))


@dataclass(frozen=True)
class Pose:
    """A whole-body posture: the root plus the angles at every joint (missing = straight)."""

    root: Root = Root()
    angles: Mapping[Joint, Angles] = field(default_factory=dict)

    def at(self, joint: Joint) -> Angles:
        return self.angles.get(joint, Angles())

    def with_angles(self, **changes: Angles) -> Pose:
        """A copy with some joints changed, named like `hip_l=Angles(90)`."""
        angles = dict(self.angles)
        for name, value in changes.items():
            angles[Joint(name)] = value
        return Pose(self.root, angles)


@dataclass(frozen=True)
class Proportions:
    """Fixed segment lengths (cm) of the drawn person; FK never changes them."""

    hip_half_width: float = 9.0
    lumbar: float = 19.0
    thorax: float = 31.0
    neck_to_head: float = 19.0
    shoulder_half_width: float = 17.5
    shoulder_drop: float = 4.0
    upper_arm: float = 29.0
    forearm: float = 25.0
    hand: float = 7.0
    thigh: float = 43.0
    shin: float = 42.0
    foot: float = 17.0


PROPORTIONS = Proportions()


def segment_lengths(p: Proportions = PROPORTIONS) -> dict[tuple[str, str], float]:
    """Every segment whose length must never change, keyed by its end points."""
    lengths: dict[tuple[str, str], float] = {
        ("pelvis", "waist"): p.lumbar,
        ("waist", "neck_base"): p.thorax,
        ("neck_base", "head"): p.neck_to_head,
        ("hip_l", "hip_r"): 2 * p.hip_half_width,
    }
    for s in ("l", "r"):
        lengths[(f"shoulder_{s}", f"elbow_{s}")] = p.upper_arm
        lengths[(f"elbow_{s}", f"wrist_{s}")] = p.forearm
        lengths[(f"wrist_{s}", f"hand_{s}")] = p.hand
        lengths[(f"hip_{s}", f"knee_{s}")] = p.thigh
        lengths[(f"knee_{s}", f"ankle_{s}")] = p.shin
        lengths[(f"ankle_{s}", f"toe_{s}")] = p.foot
    return lengths


@dataclass(frozen=True)
class Body:
    """A posed body: named points in world space and the frames of the main parts."""

    points: Mapping[str, Vec3]
    frames: Mapping[str, Mat3]

    def __getitem__(self, name: str) -> Vec3:
        return self.points[name]


DOWN = Vec3(0.0, -1.0, 0.0)
UP = Vec3(0.0, 1.0, 0.0)
FORWARD = Vec3(1.0, 0.0, 0.0)


def axial_rotation(a: Angles) -> Mat3:
    """Bend of a spine or neck joint: forward flex, side bend left, twist left."""
    return euler_zxy(-a.flex, -a.side, a.twist)


def limb_rotation(a: Angles, side: Side) -> Mat3:
    """Lift, spread and outward turn of a hip or shoulder, mirrored per side."""
    return euler_zxy(a.flex, side.outward * a.side, side.outward * a.twist)


def pose_body(pose: Pose, p: Proportions = PROPORTIONS) -> Body:
    """Forward kinematics: place every segment from the pelvis outward."""
    points: dict[str, Vec3] = {}
    frames: dict[str, Mat3] = {}
    pelvis_frame = pose.root.orientation()
    pelvis = pose.root.position
    points["pelvis"] = pelvis
    frames["pelvis"] = pelvis_frame

    lumbar_frame = pelvis_frame.compose(axial_rotation(pose.at(Joint.LUMBAR)))
    waist = pelvis + lumbar_frame.apply(UP * p.lumbar)
    thorax_frame = lumbar_frame.compose(axial_rotation(pose.at(Joint.THORAX)))
    neck_base = waist + thorax_frame.apply(UP * p.thorax)
    neck_frame = thorax_frame.compose(axial_rotation(pose.at(Joint.NECK)))
    points.update(waist=waist, neck_base=neck_base)
    points["head"] = neck_base + neck_frame.apply(UP * p.neck_to_head)
    frames.update(lumbar=lumbar_frame, thorax=thorax_frame, head=neck_frame)

    for side in Side:
        s = side.value
        lateral = Vec3(0.0, 0.0, -side.outward)  # toward this side, in body coordinates
        shoulder = neck_base + thorax_frame.apply(
            lateral * p.shoulder_half_width + DOWN * p.shoulder_drop
        )
        shoulder_turn = limb_rotation(pose.at(limb_joint("shoulder", side)), side)
        upper_frame = thorax_frame.compose(shoulder_turn)
        elbow = shoulder + upper_frame.apply(DOWN * p.upper_arm)
        fore_frame = upper_frame.compose(rot_z(pose.at(limb_joint("elbow", side)).flex))
        wrist = elbow + fore_frame.apply(DOWN * p.forearm)
        hand = wrist + fore_frame.apply(DOWN * p.hand)
        points.update({f"shoulder_{s}": shoulder, f"elbow_{s}": elbow})
        points.update({f"wrist_{s}": wrist, f"hand_{s}": hand})
        frames[f"forearm_{s}"] = fore_frame

        hip = pelvis + pelvis_frame.apply(lateral * p.hip_half_width)
        thigh_frame = pelvis_frame.compose(limb_rotation(pose.at(limb_joint("hip", side)), side))
        knee = hip + thigh_frame.apply(DOWN * p.thigh)
        shin_frame = thigh_frame.compose(rot_z(-pose.at(limb_joint("knee", side)).flex))
        ankle = knee + shin_frame.apply(DOWN * p.shin)
        foot_frame = shin_frame.compose(rot_z(pose.at(limb_joint("ankle", side)).flex))
        toe = ankle + foot_frame.apply(FORWARD * p.foot)
        points.update({f"hip_{s}": hip, f"knee_{s}": knee, f"ankle_{s}": ankle, f"toe_{s}": toe})
        frames.update({f"thigh_{s}": thigh_frame, f"shin_{s}": shin_frame})
        frames[f"foot_{s}"] = foot_frame
    return Body(points, frames)


__all__ = [
    "AXIAL_JOINTS",
    "PROPORTIONS",
    "Angles",
    "Body",
    "Joint",
    "Pose",
    "Proportions",
    "Root",
    "Side",
    "limb_joint",
    "pose_body",
    "segment_lengths",
]
