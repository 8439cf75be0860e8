"""What the illustration shows for a stretch the body model does not know.

Its SVG file when one is readable (QtSvg is loaded only then), else a dashed frame with
the stretch's name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

ASPECT = 4 / 3  # the shape of a placeholder (and of a picture file without a viewBox)


def readable_name(stretch_id: str) -> str:
    """A stand-in display name made from an id: "cat-cow" -> "Cat cow"."""
    words = stretch_id.replace("-", " ").strip()
    if not words:
        return QCoreApplication.translate("FigureView", "Stretch")
    return words[:1].upper() + words[1:]


def read_svg_file(path: Path) -> bytes | None:
    """The file's bytes if it is a readable, well-formed SVG document, else None.

    Checked before Qt sees it, so a broken file gives a placeholder, not parser noise.
    The XML parser is loaded only then: every shipped stretch is drawn from the body
    model, so a session otherwise never needs it (~0.5 MiB with its expat libraries).
    """
    from xml.etree import ElementTree

    try:
        data = path.read_bytes()
        root = ElementTree.fromstring(data)
    except (OSError, ElementTree.ParseError):
        return None
    return data if root.tag.rsplit("}", 1)[-1] == "svg" else None


def svg_picture(path: Path) -> QSvgRenderer | None:
    """The picture in an SVG file, ready to paint, or None if there is no usable one."""
    svg = read_svg_file(path)
    if svg is None:
        return None
    # Only pictures the body model lacks come from files, so the SVG module is loaded
    # only then.
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    return renderer if renderer.isValid() else None


def svg_aspect(renderer: QSvgRenderer) -> float:
    """Width over height of a picture file (its viewBox), or the placeholder's shape."""
    box = renderer.viewBoxF()
    if box.width() > 0 and box.height() > 0:
        return box.width() / box.height()
    return ASPECT


def paint_placeholder(painter: QPainter, box: QRectF, font: QFont, colour: QColor,
                      text: str) -> None:
    """A dashed rounded frame inside `box` with `text` in the middle."""
    painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
    box = box.adjusted(6, 6, -6, -6)
    painter.drawRoundedRect(box, 14, 14)
    font = QFont(font)
    font.setPixelSize(max(12, round(box.height() * 0.08)))
    painter.setFont(font)
    painter.setPen(colour)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    painter.drawText(box, flags, text)


__all__ = ["ASPECT", "paint_placeholder", "read_svg_file", "readable_name", "svg_aspect",
           "svg_picture"]
