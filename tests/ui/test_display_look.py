"""High contrast, reduced motion and text size, chosen in the settings, reach every screen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from stretchdesk.core.settings import Contrast, Motion, Settings, Theme
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui import phase_style
from stretchdesk.ui.high_contrast import (
    TEXT_PAIRS,
    contrast_ratio,
    high_contrast_palette,
)
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.type_scale import Role, base_length, pixel_size
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow, advance

WHITE, BLACK = QColor("white"), QColor("black")
Role_ = QPalette.ColorRole


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_of_high_contrast_reaches_7_to_1(dark: bool) -> None:
    palette = high_contrast_palette(dark)
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= 7, f"{text.name} on {background.name}: {ratio:.1f}:1"
    assert palette.color(Role_.Window) == (BLACK if dark else WHITE)


def test_phase_colours_have_high_contrast_partners_for_banners_and_lines() -> None:
    for standard, (banner, line) in phase_style.HIGH_CONTRAST.items():
        assert contrast_ratio(WHITE, QColor(standard)) >= 4.5  # the standard look: AA
        assert contrast_ratio(WHITE, QColor(banner)) >= 7  # white words on the banner
        assert contrast_ratio(BLACK, QColor(line)) >= 7  # a ring on black
    used = {look.colour for look in phase_style.LOOKS.values()} | {phase_style.PAUSED.colour}
    assert used <= set(phase_style.HIGH_CONTRAST)


def test_high_contrast_reaches_the_palette_the_banner_the_ring_and_the_focus(
        make_window: MakeWindow) -> None:
    window = make_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette().color(Role_.Window)
    c = window.controller
    c.start_routine("desk-break")
    view = window.session_view
    standard_banner = view.banner.palette().color(Role_.Window)
    assert standard_banner == QColor(phase_style.LOOKS[PhaseKind.PREPARE].colour)

    c.apply_settings(replace(c.settings, contrast=Contrast.HIGH, theme=Theme.DARK))
    assert app.palette().color(Role_.Window) == BLACK
    assert app.palette().color(Role_.WindowText) == WHITE
    assert "border: 2px solid #ffffff" in app.styleSheet()
    banner, line = phase_style.HIGH_CONTRAST[phase_style.LOOKS[PhaseKind.PREPARE].colour]
    assert view.banner.palette().color(Role_.Window) == QColor(banner)
    assert view.ring._colour == QColor(line)  # a light ring on black

    c.apply_settings(replace(c.settings, theme=Theme.LIGHT))
    assert app.palette().color(Role_.Window) == WHITE
    assert view.ring._colour == QColor(banner)  # on white, the dark partner

    c.apply_settings(replace(c.settings, contrast=Contrast.STANDARD))
    assert app.palette().color(Role_.Window) == before
    assert app.styleSheet() == ""
    assert view.banner.palette().color(Role_.Window) == standard_banner


def test_the_finish_screen_and_start_button_follow_high_contrast(
        make_window: MakeWindow) -> None:
    window = make_window()
    c = window.controller
    c.start_routine("desk-break")
    c.stop()
    c.apply_settings(replace(c.settings, contrast=Contrast.HIGH))
    stopped = phase_style.HIGH_CONTRAST[phase_style.STOPPED.colour][0]
    assert window.finish_view.banner.palette().color(Role_.Window) == QColor(stopped)
    assert "palette(highlight)" in window.picker.details.start_button.styleSheet()


@pytest.mark.parametrize(("motion", "moves"), [(Motion.FULL, True), (Motion.REDUCED, False)])
def test_reduced_motion_changes_the_picture_at_once(
        make_window: MakeWindow, clock: FakeClock, motion: Motion, moves: bool) -> None:
    window = make_window(settings=Settings(motion=motion))
    window.controller.start_routine("desk-break")
    figure = window.session_view.figure
    advance(window, clock, 10.5)  # into the hold: a new pose
    assert window.controller.session.phase.kind is PhaseKind.HOLD
    assert figure.is_animating() is moves  # type: ignore[attr-defined]


def test_reduced_motion_chosen_mid_movement_lands_the_body_at_once(
        make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    c = window.controller
    c.start_routine("desk-break")
    advance(window, clock, 10.5)
    figure = window.session_view.figure
    assert figure.is_animating()  # type: ignore[attr-defined]
    c.apply_settings(replace(c.settings, motion=Motion.REDUCED))
    assert not figure.is_animating()  # type: ignore[attr-defined]


def test_the_text_size_setting_reaches_the_picker_session_summary_and_dialogs(
        make_window: MakeWindow) -> None:
    window = make_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    list_pixels = window.picker.routine_list.font().pixelSize()
    dialog_points = app.font().pointSizeF()
    c = window.controller
    c.apply_settings(replace(c.settings, text_scale=1.5))
    assert window.picker.routine_list.font().pixelSize() == pytest.approx(list_pixels * 1.5,
                                                                        abs=1)
    assert app.font().pointSizeF() == pytest.approx(dialog_points * 1.5)
    c.start_routine("desk-break")
    view = window.session_view
    base = base_length(view.width(), view.height())
    assert view.caption_label.font().pixelSize() == pixel_size(Role.CAPTION, base, 1.5)
    c.stop()
    summary = window.finish_view
    assert summary.routine_label.font().pixelSize() == pixel_size(
        Role.STRETCH_NAME, base_length(summary.width(), summary.height()), 1.5)


def test_a_desktop_with_larger_text_makes_the_session_larger(
        make_window: MakeWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    large = QFont(app.font())
    large.setPixelSize(22)  # half as large again as a usual desktop's 14.7 px
    app.setFont(large)
    window: MainWindow = make_window()
    assert window.look.desktop.asks.text_factor == 1.5
    window.controller.start_routine("desk-break")
    assert window.session_view.text_scale == 1.5
    window.controller.apply_settings(replace(window.controller.settings, text_scale=1.2))
    assert window.session_view.text_scale == pytest.approx(1.8)
