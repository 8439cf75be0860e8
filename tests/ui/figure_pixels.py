"""Drawing a figure scene both ways (SVG through QSvgRenderer, marks through QPainter) and
measuring how far apart the two images are."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from stretchdesk.figure import Scene, Theme, scene_svg
from stretchdesk.figure.picture import Picture, scene_picture
from stretchdesk.ui.figure_painter import paint_picture

WIDTH, HEIGHT = 640, 480
BLOCK = 4  # pixels a side of the squares whose mean difference is judged

# Tolerances, as measured over every pose and in-between frame of every stretch (light and
# dark): both ways work from the same coordinates (the SVG text's, to 0.1 cm) and differ
# only along edges, by anti-aliasing and by how curves are cut into pieces. The worst
# 4x4 square came to 26 of 255, at most 3 squares went over 16, and the mean over a whole
# picture stayed under 0.2. Leaving out an eye, the nose or a glow makes a square of 158
# or more; an outline 0.4 cm too thin, 60; the faint edges of furniture left out, hundreds
# of squares over 16 in a still picture.
MAX_BLOCK_DIFFERENCE = 40
FAINT_DIFFERENCE = 16  # a square this far off is one of the few an edge may make...
MAX_FAINT_BLOCKS = 12  # ...and more of them than this is a line or an area gone wrong
MAX_MEAN_DIFFERENCE = 0.5


def blank(theme: Theme, background: QColor | None = None) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(background if background is not None else QColor(theme.background))
    return image


def drawn_by_svg(scene: Scene, theme: Theme, background: QColor | None = None) -> QImage:
    """The scene as its SVG text looks through QSvgRenderer (how it was shown before)."""
    image = blank(theme, background)
    renderer = QSvgRenderer(QByteArray(scene_svg(scene, theme).encode("utf-8")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    return image


def drawn_by_painter(picture: Picture, theme: Theme) -> QImage:
    """The picture painted straight from its marks."""
    image = blank(theme)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(QRectF(0, 0, WIDTH, HEIGHT))
    paint_picture(painter, picture, QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    return image


@dataclass(frozen=True)
class Difference:
    """How far apart two images are, per colour channel on a 0-255 scale."""

    mean: float  # over every pixel
    worst_block: int  # the largest mean over a BLOCK x BLOCK square (its worst channel)
    faint_blocks: int  # squares over FAINT_DIFFERENCE

    @property
    def within_tolerance(self) -> bool:
        return (self.worst_block <= MAX_BLOCK_DIFFERENCE and self.mean <= MAX_MEAN_DIFFERENCE
                and self.faint_blocks <= MAX_FAINT_BLOCKS)


def _channel_bytes(image: QImage) -> bytes:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    stride, row = rgb.bytesPerLine(), rgb.width() * 3
    data = bytes(rgb.constBits())[: rgb.sizeInBytes()]
    return b"".join(data[y * stride: y * stride + row] for y in range(rgb.height()))


def difference(a: QImage, b: QImage) -> Difference:
    """Compare two images of one size.

    Squares are judged rather than pixels: edges drawn a fraction of a pixel apart differ
    in single pixels, while a part missing or misplaced shows across whole squares.
    """
    assert a.size() == b.size()
    diff = a.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(diff)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, b.convertToFormat(QImage.Format.Format_RGB32))
    painter.end()
    every = _channel_bytes(diff)
    squares = _channel_bytes(diff.scaled(diff.width() // BLOCK, diff.height() // BLOCK,
                                         Qt.AspectRatioMode.IgnoreAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
    worst = [max(squares[i:i + 3]) for i in range(0, len(squares), 3)]
    return Difference(sum(every) / len(every), max(worst),
                      sum(1 for v in worst if v > FAINT_DIFFERENCE))


def compare(scene: Scene, theme: Theme) -> Difference:
    """How far the painted scene is from the scene's SVG."""
    return difference(drawn_by_svg(scene, theme), drawn_by_painter(scene_picture(scene, theme),
                                                                   theme))
