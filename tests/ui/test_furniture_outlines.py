"""Furniture faces' outlines and edges: kept while the view holds still, not while it swings.

A face seen from a viewpoint on the move lies where no other frame's does; its outline
and stroked edge (some 5 KB of Qt memory each) used to be kept all the same, until 256
of them filled the cache over a long session (issue 22).
"""

from __future__ import annotations

import gc

from PySide6.QtGui import QPainterPath

from stretchdesk.figure.marks import Polygon
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
