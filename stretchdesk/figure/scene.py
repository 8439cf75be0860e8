"""What a picture holds besides the body: the viewpoint, the furniture and the target glow."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum

from .geometry import Vec3, rotate_about
from .motion import mirror_pose
from .skeleton import Pose, Side


@dataclass(frozen=True)
class Camera:
    """An orthographic viewpoint circling the scene.

    azimuth 0 looks from +z (from the body's right when it faces +x); 90 looks from +x.
    elevation 0 is level with the floor, 90 looks straight down.
    """

    azimuth: float = 0.0
    elevation: float = 0.0

    def toward_viewer(self) -> Vec3:
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        return Vec3(math.sin(a) * math.cos(e), math.sin(e), math.cos(a) * math.cos(e))

    def right(self) -> Vec3:
        a = math.radians(self.azimuth)
        return Vec3(math.cos(a), 0.0, -math.sin(a))

    def up(self) -> Vec3:
        return self.toward_viewer().cross(self.right())

    def mirrored(self) -> Camera:
        """The viewpoint that shows a mirrored scene as the left-right flip of this one."""
        return Camera(180.0 - self.azimuth, self.elevation)


SIDE_VIEW = Camera(0.0, 8.0)


class Material(Enum):
    """How a piece of furniture is coloured (the theme picks the actual colours)."""

    MAT = "mat"
    WOOD = "wood"
    METAL = "metal"
    CUSHION = "cushion"


@dataclass(frozen=True)
class Box:
    """A rectangular block: centre, full size along its own x/y/z, turned by yaw degrees."""

    center: Vec3
    size: Vec3
    material: Material
    yaw: float = 0.0

    def mirrored(self) -> Box:
        c = self.center
        return replace(self, center=Vec3(c.x, c.y, -c.z), yaw=-self.yaw)


@dataclass(frozen=True)
class Prop:
    """A named piece of equipment made of blocks (mat, chair, step, desk)."""

    name: str
    boxes: tuple[Box, ...]

    def mirrored(self) -> Prop:
        return Prop(self.name, tuple(b.mirrored() for b in self.boxes))


def mat(x_from: float, x_to: float, width: float = 64.0) -> Prop:
    """An exercise mat lying along x on the floor."""
    return Prop("mat", (Box(Vec3((x_from + x_to) / 2, 0.6, 0.0), Vec3(x_to - x_from, 1.2, width),
                            Material.MAT),))


def chair(at: Vec3, yaw: float = 0.0, seat_height: float = 46.0) -> Prop:
    """A simple wooden chair whose seat centre is above `at`, facing +x turned by yaw."""
    rad = math.radians(yaw)
    cos_y, sin_y = math.cos(rad), math.sin(rad)

    def place(dx: float, y: float, dz: float) -> Vec3:
        return Vec3(at.x + dx * cos_y + dz * sin_y, y, at.z - dx * sin_y + dz * cos_y)

    seat_t = 5.0
    half = 20.0
    boxes = [Box(place(0, seat_height - seat_t / 2, 0), Vec3(42, seat_t, 44), Material.WOOD, yaw)]
    leg_h = seat_height - seat_t
    for dx in (-half + 2, half - 2):
        for dz in (-half, half):
            boxes.append(Box(place(dx, leg_h / 2, dz), Vec3(3.5, leg_h, 3.5), Material.WOOD, yaw))
    back_top = seat_height + 44.0
    for dz in (-half, half):
        post_h = back_top - seat_height
        boxes.append(Box(place(-half + 1, seat_height + post_h / 2, dz), Vec3(3.5, post_h, 3.5),
                         Material.WOOD, yaw))
    boxes.append(Box(place(-half + 1, back_top - 8, 0), Vec3(3, 14, 44), Material.WOOD, yaw))
    return Prop("chair", tuple(boxes))


def desk(front_x: float, height: float = 76.0, width: float = 110.0) -> Prop:
    """A desk whose front edge is at x = front_x, reaching away along +x."""
    depth, top_t = 60.0, 3.0
    cx = front_x + depth / 2
    boxes = [Box(Vec3(cx, height - top_t / 2, 0), Vec3(depth, top_t, width), Material.WOOD)]
    leg_h = height - top_t
    for dx in (-depth / 2 + 3, depth / 2 - 3):
        for dz in (-width / 2 + 3, width / 2 - 3):
            boxes.append(Box(Vec3(cx + dx, leg_h / 2, dz), Vec3(4, leg_h, 4), Material.METAL))
    return Prop("desk", tuple(boxes))


def step(front_x: float, height: float, depth: float = 36.0, width: float = 60.0) -> Prop:
    """A solid step or low cabinet whose front face is at x = front_x."""
    box = Box(Vec3(front_x + depth / 2, height / 2, 0), Vec3(depth, height, width), Material.WOOD)
    return Prop("step", (box,))


class Area(Enum):
    """A part of the body that a stretch targets, highlighted with a soft glow."""

    LOWER_BACK = "lower-back"
    BACK = "back"
    GLUTE_L = "glute_l"
    GLUTE_R = "glute_r"
    HAMSTRING_L = "hamstring_l"
    HAMSTRING_R = "hamstring_r"
    HIP_FRONT_L = "hip-front_l"
    HIP_FRONT_R = "hip-front_r"
    SIDE_L = "side_l"
    SIDE_R = "side_r"

    @property
    def on_leg(self) -> bool:
        """Whether the glow lies on a thigh (so it is painted with that leg)."""
        return self.value.startswith(("hamstring", "hip-front"))

    @property
    def mirrored(self) -> Area:
        if self.value.endswith("_l"):
            return Area(self.value[:-1] + "r")
        if self.value.endswith("_r"):
            return Area(self.value[:-1] + "l")
        return self


@dataclass(frozen=True)
class Cue:
    """A motion arrow: a path given as offsets (cm) from a named body point.

    Dynamic stretches use it to show which way the body moves next; it follows the
    body because the offsets are added to the point of the posed body.
    """

    anchor: str
    path: tuple[Vec3, ...]
    both_ends: bool = False

    def mirrored(self) -> Cue:
        return Cue(self.anchor, tuple(Vec3(p.x, p.y, -p.z) for p in self.path), self.both_ends)


def arc_cue(
    anchor: str, center: Vec3, axis: Vec3, start: Vec3, sweep: float, both_ends: bool = False
) -> Cue:
    """An arrow along a circular arc: from `center + start`, turning `sweep` degrees."""
    steps = 12
    unit = axis.unit()
    points = tuple(
        center + rotate_about(start, unit, sweep * i / steps) for i in range(steps + 1)
    )
    return Cue(anchor, points, both_ends)


def line_cue(anchor: str, start: Vec3, end: Vec3) -> Cue:
    """A straight arrow from `anchor + start` to `anchor + end`."""
    return Cue(anchor, (start, end))


@dataclass(frozen=True)
class Strap:
    """A strap held in both hands and looped round the sole of one foot.

    Where it runs is worked out from the posed body (strap_art), so it moves with the
    hands and the foot.
    """

    foot: Side

    def mirrored(self) -> Strap:
        return Strap(Side.RIGHT if self.foot is Side.LEFT else Side.LEFT)


@dataclass(frozen=True)
class KeyPose:
    """One picture of a stretch: the posture, how to look at it, furniture and target."""

    pose: Pose
    camera: Camera = SIDE_VIEW
    props: tuple[Prop, ...] = ()
    areas: tuple[Area, ...] = ()
    cues: tuple[Cue, ...] = ()
    straps: tuple[Strap, ...] = ()

    def mirrored(self) -> KeyPose:
        """The other side of a one-sided stretch; drawn, it is the left-right flip."""
        return KeyPose(
            mirror_pose(self.pose),
            self.camera.mirrored(),
            tuple(p.mirrored() for p in self.props),
            tuple(a.mirrored for a in self.areas),
            tuple(c.mirrored() for c in self.cues),
            tuple(s.mirrored() for s in self.straps),
        )

    def scene(self) -> Scene:
        return Scene(
            self.pose,
            self.camera,
            tuple((p, 1.0) for p in self.props),
            tuple((a, 1.0) for a in self.areas),
            tuple((c, 1.0) for c in self.cues),
            tuple((s, 1.0) for s in self.straps),
        )


@dataclass(frozen=True)
class Scene:
    """Everything one frame draws; props, glows, arrows and straps carry an opacity for fades.

    `view_moving` is True for a frame of a movement whose viewpoint swings from one camera
    to another: what is seen from it no other frame will see, so none of it is kept.
    """

    pose: Pose
    camera: Camera
    props: tuple[tuple[Prop, float], ...] = ()
    areas: tuple[tuple[Area, float], ...] = ()
    cues: tuple[tuple[Cue, float], ...] = ()
    straps: tuple[tuple[Strap, float], ...] = ()
    view_moving: bool = False
