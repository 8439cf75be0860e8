"""Which part of the figure view a new frame changes, so only that part is painted again.

While the body moves seen from one viewpoint, with the same furniture and the same page
area on screen, every pixel outside the moving parts' bounds (body, glows, arrows,
shadow, straps; figure.picture.Picture.moving) stays as it was. A frame then repaints
the union of those bounds before and after it: Qt clips the painting to that area, and
sends only that area to the screen. Anything else (the viewpoint swinging round, the
page area moving to another stretch's frame, furniture fading) repaints the whole view.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QRect, QRectF

from stretchdesk.figure.picture import Picture

PAGE_PAD = 1.0  # cm past the bounds: the faint edges of a strap reach this far out
PIXEL_PAD = 2  # pixels more: anti-aliasing, and rounding to whole pixels


def moving_rect(picture: Picture, view: QRectF, target: QRectF) -> QRect | None:
    """The widget pixels the picture's moving parts may touch, painted with `view` (page
    units) filling `target` (widget units); None if not known."""
    if picture.moving is None or view.width() <= 0 or view.height() <= 0:
        return None
    x0, y0, x1, y1 = picture.moving
    sx, sy = target.width() / view.width(), target.height() / view.height()
    area = QRectF(target.x() + (x0 - PAGE_PAD - view.x()) * sx,
                  target.y() + (y0 - PAGE_PAD - view.y()) * sy,
                  (x1 - x0 + 2 * PAGE_PAD) * sx, (y1 - y0 + 2 * PAGE_PAD) * sy)
    return area.toAlignedRect().adjusted(-PIXEL_PAD, -PIXEL_PAD, PIXEL_PAD, PIXEL_PAD)


class Damage:
    """Remembers the moving part on screen and what held still around it."""

    def __init__(self) -> None:
        self._still: Hashable | None = None
        self._moving: QRect | None = None

    def forget(self) -> None:
        """The next frame repaints the whole view (colours changed, a placeholder...)."""
        self._still = self._moving = None

    def next_frame(self, still: Hashable, moving: QRect | None) -> QRect | None:
        """The area a new frame repaints: None for the whole view.

        `still` is everything outside the moving parts that the frame depends on
        (viewpoint, furniture and its fading, page area, place in the widget, colours).
        """
        area = None
        if still == self._still and self._moving is not None and moving is not None:
            area = self._moving.united(moving)
        self._still, self._moving = still, moving
        return area


__all__ = ["PAGE_PAD", "PIXEL_PAD", "Damage", "moving_rect"]
