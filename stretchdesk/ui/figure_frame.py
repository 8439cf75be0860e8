"""One painting of a figure Picture: its painter, kept furniture, and outlines made once."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath

from stretchdesk.figure.marks import Capsule, Dot, Element, Ellipse, Group, Shape
from stretchdesk.ui.figure_ink import Ink
from stretchdesk.ui.figure_layers import KeptPictures
from stretchdesk.ui.figure_paths import RoundEnds, add_capsule, round_ends, shape_path


class PaintFrame:
    """One painting of a picture: the painter, and each limb's outline worked out once."""

    def __init__(self, painter: QPainter, kept: KeptPictures | None = None) -> None:
        self.painter = painter
        self.kept = kept
        self._ends: dict[int, RoundEnds | None] = {}

    def ends(self, shape: Capsule) -> RoundEnds | None:
        # The same limb is met twice (its edge, then its colour); the picture keeps every
        # shape alive while it is painted, so its id is a safe key.
        key = id(shape)
        if key not in self._ends:
            self._ends[key] = round_ends(shape)
        return self._ends[key]

    def path(self, shape: Shape) -> QPainterPath:
        if isinstance(shape, Capsule):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            add_capsule(path, shape, self.ends(shape))
            return path
        return shape_path(shape)

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


__all__ = ["PaintFrame"]
