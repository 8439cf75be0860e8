"""The window's contrast, motion and text size follow the settings, then the desktop."""

from __future__ import annotations

import pytest

from stretchdesk.core.display_choice import (
    DesktopAsks,
    DisplayChoice,
    desktop_text_factor,
    display_choice,
)
from stretchdesk.core.settings import Contrast, Motion, Settings

HIGH_AND_STILL = DesktopAsks(high_contrast=True, reduced_motion=True, text_factor=1.25)


def test_following_the_desktop_takes_what_it_asks() -> None:
    assert display_choice(Settings(), HIGH_AND_STILL) == DisplayChoice(True, True, 1.25)
    assert display_choice(Settings(), DesktopAsks()) == DisplayChoice(False, False, 1.0)


def test_a_desktop_that_does_not_say_gives_the_standard_look() -> None:
    unknown = DesktopAsks(high_contrast=None, reduced_motion=None)
    assert display_choice(Settings(), unknown) == DisplayChoice()


def test_the_persons_own_choice_wins_over_the_desktop() -> None:
    mine = Settings(contrast=Contrast.STANDARD, motion=Motion.FULL)
    assert display_choice(mine, HIGH_AND_STILL) == DisplayChoice(False, False, 1.25)
    mine = Settings(contrast=Contrast.HIGH, motion=Motion.REDUCED)
    assert display_choice(mine, DesktopAsks()) == DisplayChoice(True, True, 1.0)


def test_the_text_size_setting_multiplies_the_desktops() -> None:
    assert display_choice(Settings(text_scale=1.5), HIGH_AND_STILL).text_scale == 1.875


@pytest.mark.parametrize(("pixels", "factor"), [
    (12.0, 1.0),  # Qt's own default, 9 pt: nothing asked
    (14.67, 1.0),  # GNOME's usual 11 pt
    (18.33, 1.25),  # GNOME's "Large text" (a scaling factor of 1.25)
    (21.3, 1.45),  # 16 pt
    (60.0, 2.0),  # capped
])
def test_larger_desktop_text_is_followed_in_steps(pixels: float, factor: float) -> None:
    assert desktop_text_factor(pixels) == pytest.approx(factor)
