"""One painting of a figure Picture: its painter, kept furniture, and outlines made once.

Outlines are also kept from frame to frame (OUTLINES_KEPT of them), by the shape they
outline: during a pose change most of the body often holds still (the torso and head of
someone lifting a leg, both legs of someone reaching up), and the parts that hold still
give equal shapes frame after frame, so their outlines are worked out once per movement
and only the moving limbs' outlines are made again. Once the body stands still they are let
go (forget_outlines): a still figure is painted once, and nothing shares them until the
next movement, whose first frame makes them again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath

from stretchdesk.figure.marks import Capsule, Circle, Dot, Element, Ellipse, Group, Mark, Shape
from stretchdesk.ui.figure_ink import Ink
from stretchdesk.ui.figure_layers import KeptPictures
from stretchdesk.ui.figure_paths import RoundEnds, add_capsule, add_grown, round_ends, shape_path

OUTLINES_KEPT = 96  # a body is about 20 outlines; a movement's start and end both fit
_outlines: OrderedDict[Hashable, QPainterPath] = OrderedDict()
outlines_made = 0  # outlines worked out (not found kept), for tests


def forget_outlines() -> bool:
    """Lets every kept outline go (the body stands still: no next frame to share them).

    True if there were any, so the caller knows memory was freed.
    """
    had = bool(_outlines)
    _outlines.clear()
    return had


def _kept_outline(key: Hashable) -> QPainterPath | None:
    found = _outlines.get(key)
    if found is not None:
        _outlines.move_to_end(key)
    return found


def _keep_outline(key: Hashable, path: QPainterPath) -> QPainterPath:
    global outlines_made
    outlines_made += 1
    _outlines[key] = path
    if len(_outlines) > OUTLINES_KEPT:
        _outlines.popitem(last=False)
    return path


class PaintFrame:
    """One painting of a picture: the painter, and each limb's outline worked out once.

    `keep_outlines` is False for a frame of a swing: furniture outlines made for it are
    not kept (figure_paths.edged_polygon), as no other frame will have them.
    """

    def __init__(self, painter: QPainter, kept: KeptPictures | None = None,
                 keep_outlines: bool = True) -> None:
        self.painter = painter
        self.kept = kept
        self.keep_outlines = keep_outlines
        self._ends: dict[int, RoundEnds | None] = {}

    def aside(self, painter: QPainter) -> PaintFrame:
        """A frame for painting part of this one aside (into a layer) with `painter`."""
        return PaintFrame(painter, keep_outlines=self.keep_outlines)

    def ends(self, shape: Capsule) -> RoundEnds | None:
        # The same limb is met twice (its edge, then its colour); the picture keeps every
        # shape alive while it is painted, so its id is a safe key.
        key = id(shape)
        if key not in self._ends:
            self._ends[key] = round_ends(shape)
        return self._ends[key]

    def path(self, shape: Shape) -> QPainterPath:
        """The shape's outline, filled by the nonzero rule as SVG fills."""
        found = _kept_outline(shape)
        if found is not None:
            return found
        if isinstance(shape, Capsule):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            add_capsule(path, shape, self.ends(shape))
        else:
            path = shape_path(shape)
        return _keep_outline(shape, path)

    def grown(self, items: tuple[Element, ...], grow: float) -> QPainterPath:
        """One area covering the items' shapes (capsules and circles) widened by `grow`."""
        key = ("grown", items, grow)
        found = _kept_outline(key)
        if found is not None:
            return found
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for item in items:
            assert isinstance(item, Mark)
            shape = item.shape
            if isinstance(shape, Capsule):
                add_grown(path, shape, grow, self.ends(shape))
            elif isinstance(shape, Circle):
                add_grown(path, shape, grow)
        return _keep_outline(key, path)

    def extent(self, items: tuple[Element, ...], ink: Ink) -> QRectF:
        """The page area the items may touch, their edges included."""
        area = QRectF()
        for item in items:
            inner = ink.under(item.style)
            if isinstance(item, Group):
                area = area.united(self.extent(item.items, inner))
                continue
            shape = item.shape
            if isinstance(shape, Ellipse | Dot):
                reach = max(shape.rx, shape.ry) if isinstance(shape, Ellipse) else shape.radius
                box = QRectF(shape.center[0] - reach, shape.center[1] - reach, 2 * reach,
                             2 * reach)
            else:
                box = self.path(shape).controlPointRect()
            pad = inner.stroke_width if inner.edged else 0.0
            area = area.united(box.adjusted(-pad, -pad, pad, pad))
        return area


__all__ = ["PaintFrame", "forget_outlines"]
