"""Furniture faces' outlines and edges: kept while the view holds still, not while it swings.

A face seen from a viewpoint on the move lies where no other frame's does; its outline
and stroked edge (some 5 KB of Qt memory each) used to be kept all the same, until 256
of them filled the cache over a long session (issue 22).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QPainterPath

from stretchdesk.figure import LIGHT, Transition, key_pose
from stretchdesk.figure.marks import Group, Mark, Polygon
from stretchdesk.figure.picture import Picture, scene_picture
from stretchdesk.ui.figure_painter import paint_picture
from stretchdesk.ui.figure_paths import edged_polygon

EDGE = 0.7  # the furniture's edge width


def face(shift: float) -> Polygon:
    """A block's face as one frame of a swing sees it: a little further round each time."""
    return Polygon(((10.0 + shift, 10.0), (50.0, 12.0 + shift), (52.0, 40.0), (9.0, 38.0)))


def paths_alive() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, QPainterPath))


def test_faces_seen_in_one_frame_only_hold_no_more_after_a_thousand_frames(
        qapp: object) -> None:
    for n in range(200):
        edged_polygon(face(1000.0 + n * 0.01), EDGE)
    after_some = paths_alive()
    for n in range(1000):
        edged_polygon(face(2000.0 + n * 0.01), EDGE)
    assert paths_alive() <= after_some


def test_a_face_seen_in_two_frames_is_kept_through_a_swing(qapp: object) -> None:
    still = face(0.0)
    outline, edge = edged_polygon(still, EDGE)
    assert edged_polygon(still, EDGE)[0] is outline  # the next frame of a still view
    for n in range(1000):
        edged_polygon(face(3000.0 + n * 0.01), EDGE)
    again = edged_polygon(still, EDGE)
    assert again[0] is outline and again[1] is edge


def paint(picture: Picture) -> None:
    image = QImage(320, 240, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_picture(painter, picture, QRectF(image.rect()))
    painter.end()


def faces(picture: Picture) -> list[Polygon]:
    """The furniture's faces in a picture (marks of groups in the furniture's colours)."""
    colours = {colour for shades in LIGHT.furniture.values() for colour in shades}
    return [mark.shape for group in picture.items if isinstance(group, Group)
            for mark in group.items
            if isinstance(mark, Mark) and isinstance(mark.shape, Polygon)
            and mark.style.fill in colours]


def test_a_frame_of_a_swing_painted_twice_keeps_none_of_its_outlines(qapp: object) -> None:
    """A movement cut short starts the next from the frame on screen, which may then be
    painted again: that must not make its faces look like a still view's."""
    side = key_pose("seated-spinal-twist", "hold")
    swing = Transition(side, side.mirrored())
    for n in range(40):  # far more faces than are ever kept
        picture = scene_picture(swing.scene_at(0.2 + n * 0.01), LIGHT)
        paint(picture)
        paint(picture)
    last = faces(picture)
    assert len(last) >= 8
    for face_now in last:
        made = edged_polygon(face_now, EDGE, keep=False)
        assert edged_polygon(face_now, EDGE, keep=False)[0] is not made[0]  # held nowhere
