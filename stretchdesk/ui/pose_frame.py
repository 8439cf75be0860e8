"""The page area a stretch's pictures cover: what the illustration scales to its place."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF

from stretchdesk.figure import LIGHT, UnknownPose, key_pose, pose_names
from stretchdesk.figure.render import scene_content

FRAME_MARGIN = 3.0  # page units (about cm) of air around a stretch's poses


@cache
def pose_frame(stretch_id: str, mirrored: bool) -> QRectF:
    """The page area all of a stretch's key poses cover, with a little air round it.

    The picture is scaled so this area fills the widget: one frame for the whole stretch
    keeps the body the same size from the starting position to the hold, and the layout
    can give the picture a place of the frame's shape (a lying stretch is wide and low).
    """
    left = top = float("inf")
    right = bottom = float("-inf")
    for pose in pose_names(stretch_id):
        key = key_pose(stretch_id, pose)
        x0, y0, x1, y1 = scene_content((key.mirrored() if mirrored else key).scene(), LIGHT)[1]
        left, top, right, bottom = min(left, x0), min(top, y0), max(right, x1), max(bottom, y1)
    if left > right:
        raise UnknownPose(stretch_id, "any")
    m = FRAME_MARGIN
    return QRectF(left - m, top - m, right - left + 2 * m, bottom - top + 2 * m)


def between(a: QRectF, b: QRectF, e: float) -> QRectF:
    """The rectangle `e` of the way from `a` to `b` (0 is `a`, 1 is `b`)."""
    return QRectF(a.x() + (b.x() - a.x()) * e, a.y() + (b.y() - a.y()) * e,
                  a.width() + (b.width() - a.width()) * e,
                  a.height() + (b.height() - a.height()) * e)
