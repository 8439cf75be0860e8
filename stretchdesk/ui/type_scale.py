"""Type sizes that grow with the window, so the session reads from the mat in mat mode.

Every size is a fraction of one "base" length: the window height, or less when the
window is narrow (so wide words still fit). At 1920x1080 the base is the height.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QFont, QFontMetricsF


class Role(Enum):
    """What a piece of text is for, with its pixel size as a fraction of the base."""

    PHASE_WORD = 0.092  # its capitals are over 6 % of the height: readable at 2.5 m
    SIDE_WORD = 0.075
    SECONDS = 0.30  # digits over 20 % of the height (the ring may shrink them to fit)
    STRETCH_NAME = 0.052
    STEPS = 0.034
    STEPS_FLOOR = 0.026  # current steps never smaller (19 px at 1280x800): they scroll
    CAPTION = 0.036
    PROGRESS = 0.03
    BUTTON = 0.022

    @property
    def fraction(self) -> float:
        """The role's pixel size as a fraction of the base length."""
        return float(self.value)


MIN_PIXELS = 12
WIDE = 16 / 9  # wider than this, the height alone sets the base


def base_length(width: int, height: int) -> float:
    """The length all type sizes are fractions of, for a window of width x height."""
    return float(max(240.0, min(height, width / WIDE)))


def pixel_size(role: Role, base: float, text_scale: float = 1.0) -> int:
    """The font pixel size of `role` at `base` (times the person's text scale)."""
    return max(MIN_PIXELS, round(base * role.fraction * text_scale))


def sized_font(template: QFont, pixels: int, bold: bool = False) -> QFont:
    """A copy of `template` at `pixels` pixels, bold if asked."""
    font = QFont(template)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def fitting_pixels(template: QFont, texts: list[str], width: float, largest: int,
                   smallest: int = MIN_PIXELS) -> int:
    """The largest size up to `largest` at which each of `texts` fits on one line in
    `width` pixels (never below `smallest`): the person's text scale is a wish that the
    room available may have to trim."""
    font = QFont(template)

    def widest(pixels: int) -> float:
        font.setPixelSize(pixels)
        metrics = QFontMetricsF(font)
        return max((metrics.horizontalAdvance(text) for text in texts), default=0.0)

    need = widest(largest)
    if need <= width or width <= 0 or largest <= smallest:  # width 0: not laid out yet
        return largest
    pixels = max(smallest, min(largest - 1, int(largest * width / need)))
    while pixels > smallest and widest(pixels) > width:
        pixels -= 1
    return pixels
