"""Idle time and full-screen windows, read from a real X server (Xvfb)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from stretchdesk.desktop.busy import BusyProbe
from stretchdesk.desktop.idle import X11Idle, find_idle_reader
from stretchdesk.desktop.xlib import XDisplay
from tests.desktop.services import Desktop, close_app, need, start_app, stop


@pytest.fixture
def display(x_display: Desktop) -> Iterator[XDisplay]:
    opened = XDisplay.open(x_display.display)
    assert opened is not None, "libX11 or the display is missing"
    yield opened
    opened.close()


@pytest.fixture
def window_manager(x_display: Desktop, tmp_path: Path) -> Iterator[Desktop]:
    """herbstluftwm, an EWMH window manager: it sets the active window and its state."""
    autostart = tmp_path / "autostart"
    autostart.write_text("#!/bin/sh\n")
    autostart.chmod(0o755)
    process = subprocess.Popen([need("herbstluftwm"), "--autostart", str(autostart)],
                               env=x_display.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        yield x_display
    finally:
        stop(process)


def test_real_input_resets_the_x_servers_idle_counter(
        qtbot: QtBot, x_display: Desktop, display: XDisplay) -> None:
    assert display.has_idle_counter()
    qtbot.waitUntil(lambda: (display.idle_seconds() or 0) >= 0.5, timeout=5000)
    x_display.run("xdotool", "mousemove", "200", "150")  # a real pointer motion (XTEST)
    idle = display.idle_seconds()
    assert idle is not None and idle < 0.4


def test_the_reader_falls_back_to_x11_where_no_desktop_service_answers(
        x_display: Desktop, display: XDisplay) -> None:
    reader = find_idle_reader(None, display)
    assert isinstance(reader, X11Idle)
    assert reader.method == "the X11 screen-saver extension"
    assert find_idle_reader(None, None) is None  # then the count uses wall time


def test_a_session_bus_without_idle_services_is_passed_over(
        desktop: Desktop, display: XDisplay) -> None:
    bus = QDBusConnection.connectToBus(desktop.bus, "idle-tests")
    try:
        assert isinstance(find_idle_reader(bus, display), X11Idle)
        assert find_idle_reader(bus, None) is None
    finally:
        QDBusConnection.disconnectFromBus("idle-tests")


def test_another_app_full_screen_makes_the_moment_busy(
        window_manager: Desktop, display: XDisplay, qtbot: QtBot) -> None:
    probe = BusyProbe(None, display)
    assert probe.reason() is None
    app, _ = start_app(window_manager, "window", "full")
    try:
        qtbot.waitUntil(lambda: probe.reason() == "full screen", timeout=10_000)
    finally:
        close_app(app)
    qtbot.waitUntil(lambda: probe.reason() is None, timeout=10_000)


def test_a_normal_window_is_not_busy(window_manager: Desktop, display: XDisplay,
                                     qtbot: QtBot) -> None:
    app, _ = start_app(window_manager, "window", "normal")
    try:
        qtbot.waitUntil(lambda: bool(display._window_property(display._root,
                                                              "_NET_ACTIVE_WINDOW")[:1]),
                        timeout=10_000)
        assert not display.active_window_is_fullscreen()
    finally:
        close_app(app)
