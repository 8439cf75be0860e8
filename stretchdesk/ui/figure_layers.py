"""Painting part of a figure aside, into an image laid down at once (see-through, or kept).

An image is placed by the painter's own (world) coordinates and the device's pixel ratio:
for a widget inside a window, the device transform also holds the widget's place in the
window, which drawing does not go through.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QTransform

Aside = tuple[QImage, QPointF]  # an image and where its top-left corner goes (logical px)
Place = tuple[float, ...]  # how a painter maps page units to pixels, and its clip


def _ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


class Layer:
    """A transparent image over the pixels an `area` (in the painter's units) covers."""

    def __init__(self, painter: QPainter, area: QRectF) -> None:
        self._ratio = _ratio(painter)
        to_pixels = painter.transform() * QTransform.fromScale(self._ratio, self._ratio)
        box = to_pixels.mapRect(area).toAlignedRect().adjusted(-1, -1, 1, 1)
        if painter.hasClipping():
            box = box.intersected(to_pixels.mapRect(painter.clipBoundingRect()).toAlignedRect())
        self._corner = QPointF(box.x() / self._ratio, box.y() / self._ratio)
        self.image: QImage | None = None
        self.painter: QPainter | None = None
        if not box.isEmpty():
            self.image = QImage(box.size(), QImage.Format.Format_ARGB32_Premultiplied)
            self.image.fill(0)
            self.painter = QPainter(self.image)
            self.painter.setRenderHints(painter.renderHints())
            self.painter.setTransform(to_pixels * QTransform.fromTranslate(-box.x(), -box.y()))

    def close(self) -> Aside | None:
        """Finish painting; the image and its place (None if it covers no pixel)."""
        if self.painter is None or self.image is None:
            return None
        self.painter.end()
        self.image.setDevicePixelRatio(self._ratio)
        return self.image, self._corner


def lay(painter: QPainter, aside: Aside | None, opacity: float = 1.0) -> None:
    """Lay an image painted aside down at its place, see-through by `opacity`."""
    if aside is None:
        return
    image, corner = aside
    painter.save()
    painter.setWorldTransform(QTransform())
    painter.setOpacity(painter.opacity() * opacity)
    painter.drawImage(corner, image)
    painter.restore()


class KeptPictures:
    """Images of still parts of a figure (furniture blocks) kept from frame to frame.

    Furniture stands still while the body moves, and the stretch's frame keeps the view
    still, so a block is painted once and its image laid down again each frame (fading
    in or out, see-through: which is also how the SVG renderer fades a group). A block
    is always laid down from an image, so it looks the same whether kept or not; images
    are kept only while frames are `steady` (painted to the same place as the one
    before: not while the view swings to another side or stretch), and an image not
    used in a frame is dropped after it.
    """

    def __init__(self) -> None:
        self._kept: dict[Hashable, Aside | None] = {}
        self._used: dict[Hashable, Aside | None] = {}
        self._last: Place | None = None
        self.steady = False

    def start_frame(self, painter: QPainter) -> None:
        place = self.place(painter)
        self.steady = place == self._last
        self._last = place
        self._used = {}

    def finish_frame(self) -> None:
        self._kept, self._used = self._used, {}

    @staticmethod
    def place(painter: QPainter) -> Place:
        """Where the painter puts things: what a kept image is only good for."""
        t = painter.transform()
        clip = painter.clipBoundingRect() if painter.hasClipping() else QRectF()
        return (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), _ratio(painter),
                clip.x(), clip.y(), clip.width(), clip.height())

    def find(self, key: Hashable) -> tuple[bool, Aside | None]:
        """Whether a picture is kept for `key`, and the picture."""
        if key in self._used:
            return True, self._used[key]
        if key in self._kept:
            self._used[key] = self._kept[key]
            return True, self._used[key]
        return False, None

    def keep(self, key: Hashable, aside: Aside | None) -> None:
        self._used[key] = aside

    def forget(self) -> bool:
        """Lets every kept image go (the figure stands still: no next frame to share them).

        True if there were any, so the caller knows memory was freed. The next frame
        paints its blocks afresh and keeps them again while frames stay steady.
        """
        had = any(self._kept.values()) or any(self._used.values())
        self._kept, self._used = {}, {}
        return had


__all__ = ["Aside", "KeptPictures", "Layer", "lay"]
