"""Where something is drawn on a grabbed widget: the box round every pixel that is not
the background (the top-left pixel's colour)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QTransform


def _rows_drawn(image: QImage) -> list[int]:
    """The rows of `image` with any pixel unlike its top-left pixel."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, line = image.width(), image.bytesPerLine()
    data = bytes(image.constBits())  # type: ignore[call-overload]
    background = data[0:4] * width
    return [y for y in range(image.height())
            if data[y * line:y * line + 4 * width] != background]


def drawn_box(image: QImage) -> QRect:
    """The smallest rectangle holding everything drawn (empty if nothing is)."""
    rows = _rows_drawn(image)
    if not rows:
        return QRect()
    columns = _rows_drawn(image.transformed(QTransform().rotate(90)))
    # Turned a quarter clockwise, row r of the turned image is column r of the original.
    return QRect(columns[0], rows[0], columns[-1] - columns[0] + 1, rows[-1] - rows[0] + 1)
