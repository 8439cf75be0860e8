"""Illustrations: a posable body model, key poses per stretch, and an SVG renderer.

Qt-free. Joint angles go in (`Pose`), limb positions come out (`pose_body`), a `KeyPose`
adds the viewpoint, furniture and target glow, and `key_pose_svg` draws it.
"""

from .catalog import POSE_NAMES, UnknownPose, key_pose, pose_names, stretch_ids
from .motion import blend_poses, ease_in_out, mirror_pose
from .render import key_pose_svg, scene_svg
from .scene import Camera, KeyPose, Scene
from .skeleton import Angles, Body, Joint, Pose, Root, Side, pose_body, segment_lengths
from .theme import DARK, LIGHT, Theme
from .transition import DURATION_SECONDS, Transition

__all__ = [
    "DARK",
    "DURATION_SECONDS",
    "LIGHT",
    "POSE_NAMES",
    "Angles",
    "Body",
    "Camera",
    "Joint",
    "KeyPose",
    "Pose",
    "Root",
    "Scene",
    "Side",
    "Theme",
    "Transition",
    "UnknownPose",
    "blend_poses",
    "ease_in_out",
    "key_pose",
    "key_pose_svg",
    "mirror_pose",
    "pose_body",
    "pose_names",
    "scene_svg",
    "segment_lengths",
    "stretch_ids",
]
