"""The desktop's contrast and motion wishes, read from its Settings portal on a real bus.

The portal is a stand-in (tests/desktop/portal_service.py) on the test's private session
bus, answering as xdg-desktop-portal does; the bus, the calls and the signals are real.
"""

from __future__ import annotations

import select
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.library import load_library
from stretchdesk.core.settings import Motion, Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.desktop.appearance_portal import AppearancePortal
from stretchdesk.ui.main_window import MainWindow
from tests.desktop.services import READY_SECONDS, Desktop, close_app

REPO = Path(__file__).resolve().parents[2]
HIGH = "org.freedesktop.appearance/contrast=u:1"
STILL = "org.freedesktop.appearance/reduced-motion=u:1"

Portal = Callable[..., subprocess.Popen[str]]


@pytest.fixture
def portal(desktop: Desktop) -> Iterator[Portal]:
    """Starts the stand-in portal with the given values; stops it after the test."""
    started: list[subprocess.Popen[str]] = []

    def start(*values: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.desktop.portal_service", *values], env=desktop.env,
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        started.append(process)
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], READY_SECONDS)
        assert ready and process.stdout.readline().strip() == "READY"
        return process

    yield start
    for process in started:
        close_app(process)


def change(process: subprocess.Popen[str], value: str) -> None:
    assert process.stdin is not None
    process.stdin.write(value + "\n")
    process.stdin.flush()


def read(qtbot: QtBot, desktop: Desktop, count: int = 3) -> AppearancePortal:
    reader = AppearancePortal(address=desktop.bus)
    assert reader.start()
    qtbot.waitUntil(lambda: len(reader.readings) == count, timeout=READY_SECONDS * 1000)
    return reader


def test_contrast_and_motion_are_read_and_followed(
        qtbot: QtBot, desktop: Desktop, portal: Portal) -> None:
    service = portal(HIGH, STILL)
    reader = read(qtbot, desktop)
    assert reader.readings == {"high_contrast": True, "reduced_motion": True,
                               "animations_off": None}  # not GNOME: that key is not there
    with qtbot.waitSignal(reader.changed, timeout=READY_SECONDS * 1000) as said:
        change(service, "org.freedesktop.appearance/contrast=u:0")
    assert said.args == ["high_contrast", False]
    reader.close()


def test_gnome_s_animations_switch_counts_as_motion(
        qtbot: QtBot, desktop: Desktop, portal: Portal) -> None:
    portal("org.gnome.desktop.interface/enable-animations=b:false")
    reader = read(qtbot, desktop)
    assert reader.readings["animations_off"] is True
    assert reader.readings["high_contrast"] is None
    reader.close()


def test_an_older_portal_is_read_through_read(
        qtbot: QtBot, desktop: Desktop, portal: Portal) -> None:
    portal("--old", HIGH)
    reader = read(qtbot, desktop)
    assert reader.readings["high_contrast"] is True
    reader.close()


def test_without_a_portal_the_desktop_does_not_say(qtbot: QtBot, desktop: Desktop) -> None:
    reader = read(qtbot, desktop)
    assert set(reader.readings.values()) == {None}
    reader.close()


def test_the_window_turns_to_high_contrast_and_stillness_when_the_desktop_asks(
        qtbot: QtBot, desktop: Desktop, portal: Portal, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    service = portal()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    standard, stylesheet = app.palette(), app.styleSheet()
    library = load_library(paths.data_dir())
    controller = AppController(LibraryService(lambda: library, tmp_path / "routines"),
                               SettingsKeeper(SettingsStore(tmp_path, lambda: 0.0)),
                               Settings())  # contrast and motion: follow the desktop
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.look.desktop.watch()
    portal_reader = window.look.desktop.portal
    assert portal_reader is not None
    # Its first answers came: it listens for changes from here on.
    qtbot.waitUntil(lambda: len(portal_reader.readings) == 3, timeout=READY_SECONDS * 1000)
    change(service, HIGH)
    change(service, STILL)
    qtbot.waitUntil(lambda: window.look.choice.reduced_motion, timeout=READY_SECONDS * 1000)
    assert window.look.choice.high_contrast
    assert app.palette().color(QPalette.ColorRole.Window) in (QColor("white"), QColor("black"))
    # The person's own choice still wins over the desktop's.
    window.controller.apply_settings(Settings(motion=Motion.FULL))
    assert not window.look.choice.reduced_motion
    change(service, "org.freedesktop.appearance/contrast=u:0")
    qtbot.waitUntil(lambda: not window.look.choice.high_contrast,
                    timeout=READY_SECONDS * 1000)
    assert app.palette().color(QPalette.ColorRole.Window) == standard.color(
        QPalette.ColorRole.Window)
    assert app.styleSheet() == stylesheet
