"""Key poses for the stretches done lying on the back (the left side is the working side)."""

from __future__ import annotations

from .geometry import Vec3
from .pose_kit import (
    DOWN,
    MAT_TOP,
    TOWARD_FEET,
    TOWARD_HEAD,
    UP,
    arms_by_sides,
    arms_in_t,
    bent_leg,
    hand_on_floor,
    hands_on_shin,
    long_leg,
    outward,
    supine_root,
    with_neck,
    with_spine,
)
from .reach import reach_foot, reach_hand
from .scene import Area, Camera, KeyPose, arc_cue, line_cue, mat
from .skeleton import Angles, Pose, Side, pose_body

L, R = Side.LEFT, Side.RIGHT
SIDE_CAM = Camera(0.0, 10.0)
MAT = (mat(-110.0, 100.0),)
SHORT_MAT = (mat(-80.0, 100.0),)  # for curled-up poses seen from the feet
BACK = (Area.LOWER_BACK,)


def lying_long() -> Pose:
    pose = Pose(supine_root())
    pose = long_leg(long_leg(pose, L), R)
    return arms_by_sides(pose)


def lying_knees_bent(arms: str = "sides", together: bool = False) -> Pose:
    spread = 5.5 if together else 11.0
    pose = Pose(supine_root())
    pose = bent_leg(bent_leg(pose, L, spread=spread), R, spread=spread)
    return arms_in_t(pose) if arms == "t" else arms_by_sides(pose)


def knee_hugged(pose: Pose, side: Side, hip: float = 136.0, knee: float = 150.0) -> Pose:
    return pose.with_angles(**{f"hip_{side.value}": Angles(hip, 6.0), f"knee_{side.value}":
                               Angles(knee), f"ankle_{side.value}": Angles(-25.0)})


def single_knee_to_chest() -> dict[str, KeyPose]:
    start = lying_long()
    hold = hands_on_shin(knee_hugged(start, L), L)
    return {
        "start": KeyPose(start, SIDE_CAM, MAT),
        "hold": KeyPose(hold, SIDE_CAM, MAT, (Area.LOWER_BACK, Area.GLUTE_L)),
    }


def both_knees_hugged(pose: Pose, hands: str = "shins") -> Pose:
    pose = knee_hugged(knee_hugged(pose, L, 132.0, 148.0), R, 132.0, 148.0)
    body = pose_body(pose)
    for hand in Side:
        if hands == "shins":
            knee, ankle = body[f"knee_{hand.value}"], body[f"ankle_{hand.value}"]
            grip = knee + (ankle - knee).unit() * 10.0 + UP * 5.0
        else:
            hip, knee = body[f"hip_{hand.value}"], body[f"knee_{hand.value}"]
            grip = hip + (knee - hip) * 0.78 + TOWARD_HEAD * -6.0 + DOWN * 1.0
        pose = reach_hand(pose, hand, grip + outward(hand) * 7.0, outward(hand) + DOWN * 0.5)
    return pose


def double_knee_to_chest() -> dict[str, KeyPose]:
    start = lying_knees_bent()
    hold = both_knees_hugged(start, hands="thighs")
    return {
        "start": KeyPose(start, SIDE_CAM, MAT),
        "hold": KeyPose(hold, SIDE_CAM, MAT, BACK),
    }


def knees_to_chest_hug() -> dict[str, KeyPose]:
    start = lying_knees_bent()
    hold = both_knees_hugged(start, hands="shins")
    return {
        "start": KeyPose(start, SIDE_CAM, MAT),
        "hold": KeyPose(hold, SIDE_CAM, MAT, (Area.LOWER_BACK, Area.GLUTE_L)),
    }


def knee_to_chest_rocking() -> dict[str, KeyPose]:
    hugged = both_knees_hugged(lying_knees_bent(), hands="shins")
    feet_end = Camera(-40.0, 40.0)

    def rocked(spin: float) -> Pose:
        return both_knees_hugged(Pose(supine_root(spin=spin), hugged.angles), hands="shins")

    # A double arrow arching over the knees: side to side about the body's long axis.
    rock = arc_cue("pelvis", Vec3(-12.0, 0.0, 0.0), TOWARD_HEAD,
                   Vec3(0.0, 52.0, -42.0), 78.0, both_ends=True)
    return {
        "start": KeyPose(rocked(-16.0), feet_end, SHORT_MAT, BACK, (rock,)),
        "hold": KeyPose(rocked(16.0), feet_end, SHORT_MAT, BACK, (rock,)),
    }


def pelvic_tilt() -> dict[str, KeyPose]:
    def tilted(pelvis: float, lumbar: float, thorax: float, lift: float) -> Pose:
        root = supine_root(pelvis_height=11.5 + lift, tilt=pelvis)
        pose = with_spine(Pose(root), Angles(lumbar), Angles(thorax))
        pose = bent_leg(bent_leg(pose, L), R)
        # Arms rest a little away from the sides, so the lower back stays in view.
        for side in Side:
            pose = hand_on_floor(pose, side, 6.0, 40.0, UP)
        return pose

    lift = line_cue("waist", Vec3(0.0, 16.0, 0.0), Vec3(0.0, 30.0, 0.0))
    press = line_cue("waist", Vec3(0.0, 32.0, 0.0), Vec3(0.0, 18.0, 0.0))
    return {
        "start": KeyPose(tilted(-12.0, -2.0, -15.0, 0.3), SIDE_CAM, MAT, BACK, (lift,)),
        "hold": KeyPose(tilted(8.0, 10.0, -2.0, 0.0), SIDE_CAM, MAT, BACK, (press,)),
    }


def piriformis_stretch() -> dict[str, KeyPose]:
    start = lying_knees_bent()
    # The lower (right) leg comes up toward the chest; the left ankle rests on its knee.
    pose = start.with_angles(hip_r=Angles(98.0, 4.0), knee_r=Angles(92.0), ankle_r=Angles(-10.0))
    body = pose_body(pose)
    rest = body["knee_r"] + outward(L) * 8.0 + UP * 6.0 + TOWARD_FEET * 2.0
    pose = reach_foot(pose, L, rest, outward(L) + UP * 0.4 + TOWARD_HEAD * 0.2)
    pose = pose.with_angles(ankle_l=Angles(-5.0))
    body = pose_body(pose)
    hip, knee = body["hip_r"], body["knee_r"]
    grip = hip + (knee - hip) * 0.75 + TOWARD_FEET * 7.0
    pose = reach_hand(pose, R, grip + outward(R) * 7.0, outward(R) + DOWN * 0.4)
    pose = reach_hand(pose, L, grip + outward(L) * 3.0, outward(L) + DOWN * 0.4)
    view = Camera(-25.0, 30.0)
    return {
        "start": KeyPose(start, view, MAT),
        "hold": KeyPose(pose, view, MAT, (Area.GLUTE_L,)),
    }


def supine_spinal_twist() -> dict[str, KeyPose]:
    start = lying_knees_bent(arms="t", together=True)
    pose = Pose(supine_root(spin=68.0), start.angles)
    pose = with_spine(pose, Angles(0.0, 0.0, -34.0), Angles(0.0, 0.0, -28.0))
    pose = pose.with_angles(hip_l=Angles(88.0, -2.0), knee_l=Angles(100.0),
                            hip_r=Angles(84.0, 2.0), knee_r=Angles(100.0),
                            ankle_l=Angles(-20.0), ankle_r=Angles(-20.0))
    pose = with_neck(arms_in_t(pose), turn=-45.0)
    view = Camera(-15.0, 68.0)
    return {
        "start": KeyPose(start, view, MAT),
        "hold": KeyPose(pose, view, MAT, (Area.LOWER_BACK, Area.SIDE_R)),
    }


def lying_crossover_knee_pull_down() -> dict[str, KeyPose]:
    # Seed 000 starts with both legs straight out and the arms in a T.
    start = arms_in_t(long_leg(long_leg(Pose(supine_root()), L), R))
    # The bent left knee crosses the straight right leg, its foot set down beyond the right
    # knee; the right hand draws the knee toward the floor and the pelvis rolls with it,
    # while the shoulders stay down.
    pose = Pose(supine_root(spin=-30.0))
    pose = with_spine(pose, Angles(0.0, 0.0, 18.0), Angles(0.0, 0.0, 12.0))
    pose = long_leg(pose, R, spread=4.0)
    body = pose_body(pose)
    foot = Vec3(body["knee_r"].x + 4.0, MAT_TOP + 7.0, body["knee_r"].z - 17.0)
    pose = reach_foot(pose, L, foot, outward(R) + UP * 0.35 + TOWARD_HEAD * 0.2,
                      foot_flat=True)
    body = pose_body(pose)
    pose = arms_in_t(pose, skip=R)
    grip = body["knee_l"] + outward(R) * 3.0 + UP * 4.0
    pose = reach_hand(pose, R, grip, UP * 0.8 + TOWARD_HEAD * 0.4 + outward(R))
    pose = with_neck(pose, turn=30.0)
    # Seen from the side the knee drops toward, and from above, so the crossing leg lies
    # over the straight one.
    view = Camera(205.0, 48.0)
    return {
        "start": KeyPose(start, view, MAT),
        "hold": KeyPose(pose, view, MAT, (Area.GLUTE_L, Area.LOWER_BACK)),
    }


def glute_bridge() -> dict[str, KeyPose]:
    start = lying_knees_bent()
    # Hips up until knees, hips and shoulders make one slope; shoulders and feet stay down.
    root = supine_root(pelvis_height=30.0, tilt=24.0)
    pose = with_spine(Pose(root), Angles(0.0), Angles(4.0))
    pose = with_neck(pose, flex=22.0)
    pose = bent_leg(bent_leg(pose, L, foot_x=-36.0), R, foot_x=-36.0)
    pose = arms_by_sides(pose)
    lift = line_cue("pelvis", Vec3(-2.0, 15.0, 0.0), Vec3(-2.0, 33.0, 0.0))
    return {
        "start": KeyPose(start, SIDE_CAM, MAT),
        "hold": KeyPose(pose, SIDE_CAM, MAT, (Area.GLUTE_L, Area.LOWER_BACK), (lift,)),
    }


LYING = {
    "glute-bridge": glute_bridge,
    "single-knee-to-chest": single_knee_to_chest,
    "double-knee-to-chest": double_knee_to_chest,
    "knees-to-chest-hug": knees_to_chest_hug,
    "knee-to-chest-rocking": knee_to_chest_rocking,
    "pelvic-tilt": pelvic_tilt,
    "piriformis-stretch": piriformis_stretch,
    "supine-spinal-twist": supine_spinal_twist,
    "lying-crossover-knee-pull-down": lying_crossover_knee_pull_down,
}

__all__ = ["LYING"]
