"""Where the picture and the steps go in the room they share: the picture gets all the
room the steps do not need, under or beside them, whichever makes it larger."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRect

from stretchdesk.ui.step_layout import Fold

FIGURE_LEAST = 0.45  # the steps shrink, if need be, to leave the picture this much of the
# panel's height (over them) or width (beside them), as far as its shape allows ...
FIGURE_SMALLEST = 0.3  # ... and it gives up more, down to this, only so they need not scroll
STEPS_COLUMN = 12  # beside the picture the steps keep at least this many step-sizes width,
# so a line holds a few words and no long word is wider than the column
SEARCH_STEP = 1 / 64  # of the panel's width: how closely the steps' column is fitted


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


@dataclass(frozen=True)
class StepsNeed:
    """What the steps ask of the panel: the height they take in a width at a size, and
    the sizes they may be shown at, the most wanted first (each a fold of the sections
    that are not current and a current-step size in pixels; the last is the floor)."""

    height: Callable[[int, int, Fold], float]  # (width, pixels, fold) -> height
    tries: tuple[tuple[Fold, int], ...]

    def column(self, pixels: int) -> int:
        """The narrowest column steps of `pixels` read well in."""
        return pixels * STEPS_COLUMN

    def fits(self, width: int, height: int, size: tuple[Fold, int]) -> bool:
        """Whether the steps at `size` fit width x height."""
        fold, pixels = size
        return width >= self.column(pixels) and self.height(width, pixels, fold) <= height

    def first(self, room_for: Callable[[tuple[Fold, int]], bool]) -> tuple[Fold, int] | None:
        """The first size in `tries` that `room_for` says there is room for, or None.

        After the first, each size is smaller than the one before at the same fold, so
        needs less room: they are searched by halves (laying out steps is slow enough to
        be felt as a phase starts).
        """
        head, *rest = self.tries
        if room_for(head):
            return head
        if not rest or not room_for(rest[-1]):
            return None
        low, high = 0, len(rest) - 1  # room for rest[high]
        while low < high:
            middle = (low + high) // 2
            low, high = (low, middle) if room_for(rest[middle]) else (middle + 1, high)
        return rest[high]


def _stacked(width: int, height: int, aspect: float, gap: int, need: StepsNeed) -> Placement:
    """The picture over the steps, which take the full width: as high as the steps at the
    first size that leaves it FIGURE_LEAST of the height allow; if none does, enough for
    FIGURE_LEAST, less only so the steps at their floor fit, never under FIGURE_SMALLEST."""
    cap = max(1, round(width / aspect))
    want = min(cap, round(height * FIGURE_LEAST))

    def most(size: tuple[Fold, int]) -> int:
        fold, pixels = size
        return height - gap - math.ceil(need.height(width, pixels, fold))

    size = need.first(lambda size: most(size) >= want)
    if size is not None:
        high = most(size)
    else:
        high = max(round(height * FIGURE_SMALLEST), min(want, most(need.tries[-1])))
    high = max(1, min(cap, high))
    wide = max(1, min(width, round(high * aspect)))
    return Placement(Arrangement.STACKED, QRect((width - wide) // 2, 0, wide, high),
                     QRect(0, high + gap, width, max(1, height - high - gap)))


def _side(width: int, height: int, aspect: float, gap: int, need: StepsNeed) -> Placement:
    """The picture on the left, the steps in a column beside it: as wide as the steps at
    the first size that leaves it FIGURE_LEAST of the width allow; if none does, enough
    for FIGURE_LEAST, less only so the steps at their floor fit, never under
    FIGURE_SMALLEST."""
    cap = max(1, min(width - gap - need.column(need.tries[-1][1]), round(height * aspect)))
    want = min(cap, round(width * FIGURE_LEAST))

    def fits(wide: int, size: tuple[Fold, int]) -> bool:
        return need.fits(width - gap - wide, height, size)

    def widest(size: tuple[Fold, int], low: int, high: int) -> int:
        """The widest picture in [low, high] the steps at `size` fit beside (they do
        beside `low`)."""
        if fits(high, size):
            return high
        step = max(1, round(width * SEARCH_STEP))
        while high - low > step:
            middle = (low + high) // 2
            low, high = (middle, high) if fits(middle, size) else (low, middle)
        return low

    size = need.first(lambda size: fits(want, size))
    if size is not None:
        wide = widest(size, want, cap)
    else:
        smallest = min(want, round(width * FIGURE_SMALLEST))
        floor = need.tries[-1]
        wide = widest(floor, smallest, want) if fits(smallest, floor) else smallest
    wide = max(1, min(cap, wide))
    high = max(1, min(height, round(wide / aspect)))
    return Placement(Arrangement.SIDE, QRect(0, (height - high) // 2, wide, high),
                     QRect(wide + gap, 0, max(1, width - wide - gap), height))


def place(width: int, height: int, aspect: float, gap: int, need: StepsNeed) -> Placement:
    """Gives the picture (width/height = `aspect`) the larger of two places: over the
    steps, or to their left; either way all the room the steps need not have."""
    stacked = _stacked(width, height, aspect, gap, need)
    room = width - gap - need.column(need.tries[-1][1])
    # Beside the steps the picture is at most as high as the panel: the search for the
    # steps' column is wasted when even that is no larger than the stacked picture.
    tallest = min(room, round(height * aspect))
    if room <= 0 or tallest * min(height, tallest / aspect) <= stacked.figure_area:
        return stacked
    side = _side(width, height, aspect, gap, need)
    return side if side.figure_area > stacked.figure_area else stacked
