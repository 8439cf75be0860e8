"""The Appearance setting is applied everywhere: window, illustrations, ring and dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.core.settings import Settings, Theme
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.ui import appearance
from stretchdesk.ui.main_window import MainWindow
from tests.ui.test_launch import options


@pytest.fixture(autouse=True)
def system_look_after(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the application as the system has it."""
    yield
    appearance.apply_theme(Theme.SYSTEM)
    QApplication.processEvents()


def lightness(colour: QColor) -> int:
    return colour.lightness()


def picture_lightness(widget: QWidget) -> float:
    """The average lightness of what `widget` paints (a coarse grid of its pixels)."""
    image: QImage = widget.grab().toImage()
    samples = [lightness(image.pixelColor(x, y))
               for x in range(0, image.width(), max(1, image.width() // 20))
               for y in range(0, image.height(), max(1, image.height() // 20))]
    return sum(samples) / len(samples)


def test_dark_and_light_apply_at_once_everywhere(window: MainWindow) -> None:
    controller = window.controller
    system = QApplication.palette().window().color()
    controller.start_routine("gentle-beginner")
    view = window.session_view
    controller.apply_settings(replace(controller.settings, theme=Theme.DARK))
    QApplication.processEvents()
    assert lightness(window.palette().window().color()) < 80
    assert lightness(window.picker.routine_list.palette().base().color()) < 80
    assert lightness(view.ring.palette().windowText().color()) > 200  # light digits
    assert lightness(view.steps.palette().windowText().color()) > 200
    assert picture_lightness(view.figure) < 110  # the illustration's dark colours
    assert view.banner.palette().windowText().color() == QColor("white")  # its own colours

    controller.apply_settings(replace(controller.settings, theme=Theme.LIGHT))
    QApplication.processEvents()
    assert lightness(window.palette().window().color()) > 200
    assert lightness(view.ring.palette().windowText().color()) < 60
    assert picture_lightness(view.figure) > 160

    controller.apply_settings(replace(controller.settings, theme=Theme.SYSTEM))
    QApplication.processEvents()
    assert QApplication.palette().window().color() == system  # the system's own again


def test_a_dialog_opened_later_is_dark_too(window: MainWindow, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from stretchdesk.ui.settings_dialog import SettingsDialog

    window.controller.apply_settings(replace(window.controller.settings, theme=Theme.DARK))
    seen: list[int] = []
    monkeypatch.setattr(SettingsDialog, "exec",
                        lambda d: seen.append(lightness(d.palette().window().color())) or 0)
    window.open_settings()
    assert seen and seen[0] < 80


def test_the_appearance_is_applied_before_the_first_window_shows(
    opened: list[MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRETCHDESK_CONFIG_DIR", str(tmp_path / "config"))
    SettingsStore(tmp_path / "config", lambda: 0.0).save(Settings(theme=Theme.DARK))
    shown: list[int] = []
    original = MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: (
        shown.append(lightness(QApplication.palette().window().color())), original(self)))
    from stretchdesk.ui.launch import launch

    assert launch(options([])) == 0
    assert shown and shown[0] < 80  # dark from the first frame, after a restart


def test_high_contrast_keeps_its_colours_and_the_appearance_comes_back_after(
    window: MainWindow,
) -> None:
    from stretchdesk.core.settings import Contrast
    from stretchdesk.ui.high_contrast import high_contrast_palette

    controller = window.controller
    controller.apply_settings(replace(controller.settings, theme=Theme.LIGHT,
                                      contrast=Contrast.HIGH))
    def window_colour() -> QColor:
        return QApplication.palette().window().color()

    assert window_colour() == high_contrast_palette(dark=False).window().color()
    controller.apply_settings(replace(controller.settings, theme=Theme.DARK))
    assert window_colour() == high_contrast_palette(dark=True).window().color()  # not ours
    controller.apply_settings(replace(controller.settings, contrast=Contrast.STANDARD))
    dark = appearance.palette_for(Theme.DARK)
    assert dark is not None and window_colour() == dark.window().color()  # the theme's
    controller.apply_settings(replace(controller.settings, contrast=Contrast.SYSTEM,
                                      theme=Theme.SYSTEM))
