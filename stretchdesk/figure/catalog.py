"""Every stretch's key poses, by stretch id and pose name ("start", "hold")."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from .poses_kneeling import KNEELING
from .poses_lying import LYING
from .poses_prone import PRONE
from .poses_strap import STRAP
from .poses_upright import UPRIGHT
from .scene import KeyPose

POSE_NAMES = ("start", "hold")

_BUILDERS: Mapping[str, Callable[[], dict[str, KeyPose]]] = {
    **LYING, **STRAP, **PRONE, **UPRIGHT, **KNEELING,
}


class UnknownPose(KeyError):
    """No picture exists for this stretch id and pose name."""

    def __init__(self, stretch_id: str, pose: str) -> None:
        super().__init__(f"no {pose!r} pose for stretch {stretch_id!r}")
        self.stretch_id = stretch_id
        self.pose = pose


@cache
def _built(stretch_id: str) -> Mapping[str, KeyPose]:
    return _BUILDERS[stretch_id]()


def stretch_ids() -> tuple[str, ...]:
    """Every stretch that has pictures, in a stable order."""
    return tuple(sorted(_BUILDERS))


def pose_names(stretch_id: str) -> tuple[str, ...]:
    """The pose names drawn for a stretch (empty if it has no pictures)."""
    if stretch_id not in _BUILDERS:
        return ()
    return tuple(name for name in POSE_NAMES if name in _built(stretch_id))


def key_pose(stretch_id: str, pose: str) -> KeyPose:
    """The key pose; raises UnknownPose if the stretch or the pose has no picture."""
    if stretch_id not in _BUILDERS:
        raise UnknownPose(stretch_id, pose)
    poses = _built(stretch_id)
    if pose not in poses:
        raise UnknownPose(stretch_id, pose)
    return poses[pose]
