"""Every stretch in the library has its pictures, and every picture belongs to a stretch."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.library import load_library
from stretchdesk.figure import UnknownPose, key_pose, pose_names, stretch_ids

REPO = Path(__file__).resolve().parents[2]
LIBRARY = load_library(REPO / "data")


@pytest.mark.parametrize("stretch_id", sorted(LIBRARY.stretches))
def test_every_stretch_has_a_start_and_a_hold_picture(stretch_id: str) -> None:
    assert pose_names(stretch_id) == ("start", "hold")
    start, hold = key_pose(stretch_id, "start"), key_pose(stretch_id, "hold")
    assert start.pose != hold.pose, "the hold must look different from the start"


def test_no_picture_is_drawn_for_a_stretch_that_does_not_exist() -> None:
    assert set(stretch_ids()) <= set(LIBRARY.stretches)


def test_furniture_matches_what_the_stretch_needs() -> None:
    for sid, stretch in LIBRARY.stretches.items():
        for pose in pose_names(sid):
            key = key_pose(sid, pose)
            drawn = {prop.name for prop in key.props} | {"strap" for _ in key.straps}
            assert drawn == set(stretch.equipment), f"{sid}/{pose} draws {sorted(drawn)}"


def test_an_unknown_stretch_or_pose_is_a_clear_error() -> None:
    with pytest.raises(UnknownPose, match="no-such-stretch"):
        key_pose("no-such-stretch", "start")
    with pytest.raises(UnknownPose, match="'middle'"):
        key_pose("cat-cow", "middle")
    assert pose_names("no-such-stretch") == ()
