"""Where the picture and the steps go, from the room the steps need (pose_placement)."""

from __future__ import annotations

import math

from stretchdesk.ui.pose_placement import FIGURE_LEAST, Arrangement, StepsNeed, place
from stretchdesk.ui.step_layout import Fold

SIZES = ((Fold.HEADINGS, 30), (Fold.OTHERS_HIDDEN, 36), (Fold.OTHERS_HIDDEN, 30),
         (Fold.OTHERS_HIDDEN, 24), (Fold.OTHERS_HIDDEN, 20))


def prose(characters: int) -> StepsNeed:
    """Steps of `characters` characters in all, wrapped like text (a character is about
    half a pixel size wide, a line 1.3 pixel sizes high)."""
    def height(width: int, pixels: int, fold: Fold) -> float:
        lines = math.ceil(characters * pixels * 0.5 / width)
        return lines * pixels * 1.3

    return StepsNeed(height, SIZES)


def test_a_tall_picture_takes_all_the_width_the_steps_need_not_have() -> None:
    need = prose(300)
    placement = place(1300, 600, 0.8, 20, need)
    assert placement.arrangement is Arrangement.SIDE
    assert placement.figure.right() < placement.steps.left()
    fold, pixels = SIZES[0]  # the steps at the size they most want fit ...
    column = placement.steps.width()
    assert need.height(column, pixels, fold) <= 600
    # ... and a column a little narrower would not hold them: the picture has the rest
    assert need.height(column - 1300 // 32, pixels, fold) > 600 or (
        placement.figure.height() == 600)


def test_long_steps_shrink_before_the_picture_goes_under_its_share() -> None:
    need = prose(1500)
    placement = place(1300, 600, 1.2, 20, need)
    assert placement.arrangement is Arrangement.SIDE
    assert round(1300 * FIGURE_LEAST) <= placement.figure.width() < 720  # not its shape's
    size = next(s for s in SIZES if need.fits(placement.steps.width(), 600, s))
    assert SIZES.index(size) > 0  # smaller type than the steps would like, yet they fit


def test_a_wide_picture_goes_over_the_steps_and_gets_the_height_they_leave() -> None:
    need = prose(200)
    placement = place(1300, 600, 3.2, 20, need)
    assert placement.arrangement is Arrangement.STACKED
    assert placement.figure.bottom() < placement.steps.top()
    fold, pixels = SIZES[0]
    assert placement.steps.height() >= need.height(1300, pixels, fold)
    assert placement.figure.height() > 600 * 0.6  # more than the old cap of 60 %
