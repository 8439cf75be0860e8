"""The first window fits the screen; size, place, routine and level are kept between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level
from stretchdesk.core.newcomer import gentlest_routine
from stretchdesk.ui.launch import launch
from stretchdesk.ui.main_window import MINIMUM_SIZE, MainWindow
from stretchdesk.ui.window_state import BORDER, PREFERRED, TITLE_BAR, WindowState, first_geometry
from tests.ui.test_launch import options


@pytest.fixture(autouse=True)
def own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config folder of the test's own: no settings, no window state (a first run)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("STRETCHDESK_CONFIG_DIR", str(folder))
    return folder


def framed(inside: QRect) -> QRect:
    """The window with the borders and title bar a window system adds."""
    return inside.adjusted(-BORDER, -BORDER - TITLE_BAR, BORDER, BORDER)


@pytest.mark.parametrize(("screen", "panel"), [((1280, 800), 32), ((1366, 768), 48),
                                               ((1920, 1080), 40), ((800, 600), 0)])
def test_the_first_window_and_its_frame_fit_the_free_part_of_the_screen(
    screen: tuple[int, int], panel: int
) -> None:
    available = QRect(0, panel, screen[0], screen[1] - panel)
    inside = first_geometry(available, MINIMUM_SIZE)
    assert available.contains(framed(inside)), (inside, available)
    assert inside.width() <= PREFERRED.width() and inside.height() <= PREFERRED.height()
    assert inside.width() >= MINIMUM_SIZE.width() and inside.height() >= MINIMUM_SIZE.height()
    if screen == (1920, 1080):  # room enough: the full size, in the middle
        assert inside.size() == PREFERRED
        assert abs(framed(inside).center().x() - available.center().x()) <= 1


def test_a_first_run_opens_inside_the_screen(opened: list[MainWindow]) -> None:
    assert launch(options([])) == 0
    window = opened[0]
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())  # offscreen's screen is 800x600
    assert window.size() != QSize(1280, 800)


def test_a_first_run_is_at_beginner_on_the_gentlest_routine(opened: list[MainWindow]) -> None:
    assert launch(options([])) == 0
    window = opened[0]
    assert window.controller.settings.level is Level.BEGINNER
    assert window.picker.level_selector.level is Level.BEGINNER
    assert window.selected_routine_id == gentlest_routine(load_library(paths.data_dir()))


def test_the_place_routine_and_level_of_last_time_come_back(
    opened: list[MainWindow], own_config: Path, qtbot: QtBot
) -> None:
    assert launch(options([])) == 0
    first = opened[0]
    first.setGeometry(QRect(40, 60, 760, 560))
    first.select_routine("before-bed")
    first.picker.level_selector.buttons[Level.ADVANCED].click()  # picked in the picker
    WindowState(own_config).save(first, first.selected_routine_id)  # as the app closes

    assert launch(options([])) == 0
    again = opened[1]
    assert again.geometry() == QRect(40, 60, 760, 560)
    assert again.selected_routine_id == "before-bed"
    assert again.controller.settings.level is Level.ADVANCED
    assert again.picker.level_selector.level is Level.ADVANCED


def test_a_routine_asked_for_wins_over_the_remembered_one(
    opened: list[MainWindow], own_config: Path
) -> None:
    assert launch(options([])) == 0
    WindowState(own_config).save(opened[0], "before-bed")
    assert launch(options(["--routine", "desk-break"])) == 0
    assert opened[1].selected_routine_id == "desk-break"
