"""PosePanel: the illustration and the steps, sharing one area so the picture is big."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchdesk.ui.step_list import StepList

FIGURE_SHARE = 0.6  # the picture takes at most this much of the height when stacked
FIGURE_LEAST = 0.45  # ... and at least this much, if its shape allows, for long steps
FIGURE_SMALLEST = 0.3  # ... down to this, only so the steps need not scroll
STEPS_COLUMN = 16  # beside the picture, the steps keep at least this many step-sizes width
DEFAULT_ASPECT = 4 / 3


class Arrangement(Enum):
    """Where the steps go relative to the picture."""

    STACKED = "stacked"  # the steps under the picture (wide, low pictures: lying down)
    SIDE = "side"  # the steps beside the picture (tall pictures: sitting, standing)


@dataclass(frozen=True)
class Placement:
    """The picture's and the steps' rectangles in the panel."""

    arrangement: Arrangement
    figure: QRect
    steps: QRect

    @property
    def figure_area(self) -> int:
        return self.figure.width() * self.figure.height()


def place(width: int, height: int, aspect: float, gap: int, steps_width: int,
          steps_height: tuple[float, float]) -> Placement:
    """Gives the picture (width/height = `aspect`) the larger of two places: the full
    width above the steps, or the left side with the steps beside it.

    Stacked, the steps get the height they need at full size (`steps_height[0]`) when
    the picture can spare it: it keeps FIGURE_LEAST to FIGURE_SHARE of the height, and
    gives up more (to FIGURE_SMALLEST) only so the steps at their smallest
    (`steps_height[1]`) need not scroll. Beside the picture they keep `steps_width`.
    """
    full, least = steps_height
    high = min(height * FIGURE_SHARE, max(height * FIGURE_LEAST, height - gap - full))
    if height - gap - high < least:
        high = max(height * FIGURE_SMALLEST, height - gap - least)
    high = max(1, min(round(width / aspect), round(high)))
    wide = max(1, min(width, round(high * aspect)))
    stacked = Placement(Arrangement.STACKED, QRect((width - wide) // 2, 0, wide, high),
                        QRect(0, high + gap, width, max(1, height - high - gap)))
    room = width - steps_width - gap
    if room <= 0:
        return stacked
    wide = max(1, min(room, round(height * aspect)))
    high = max(1, min(height, round(wide / aspect)))
    side = Placement(Arrangement.SIDE, QRect(0, (height - high) // 2, wide, high),
                     QRect(wide + gap, 0, max(1, width - wide - gap), height))
    return side if side.figure_area > stacked.figure_area else stacked


class PosePanel(QWidget):
    """Lays out the picture at its own shape and as large as it can be, the steps in the
    rest (see `place`); told the picture's shape whenever the stretch changes."""

    def __init__(self, figure: QWidget, steps: StepList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posePanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.figure, self.steps = figure, steps
        figure.setParent(self)
        steps.setParent(self)
        self._aspect = DEFAULT_ASPECT
        self._gap = 12
        self._placement = place(1, 1, self._aspect, 0, 0, (0.0, 0.0))

    @property
    def arrangement(self) -> Arrangement:
        """Whether the steps are under or beside the picture."""
        return self._placement.arrangement

    def set_aspect(self, aspect: float) -> None:
        """The picture's width over its height (its stretch's frame)."""
        if aspect > 0 and abs(aspect - self._aspect) > 1e-6:
            self._aspect = aspect
            self._relayout()

    def relayout(self) -> None:
        """Places the two again (the steps shown changed, so may the room they need)."""
        self._relayout()

    def set_gap(self, gap: int) -> None:
        """The space between the picture and the steps."""
        self._gap = gap
        self._relayout()

    def sizeHint(self) -> QSize:
        steps = self.steps.sizeHint()
        return QSize(steps.width(), steps.height() * 2)

    def minimumSizeHint(self) -> QSize:
        steps = self.steps.minimumSizeHint()
        return QSize(steps.width(), steps.height() * 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        steps_width = self.steps.largest_pixels() * STEPS_COLUMN
        needs = (self.steps.needed_height(self.width()),
                 self.steps.needed_height(self.width(), least=True))
        self._placement = place(self.width(), self.height(), self._aspect, self._gap,
                                steps_width, needs)
        self.figure.setGeometry(self._placement.figure)
        self.steps.setGeometry(self._placement.steps)
