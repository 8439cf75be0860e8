"""Fixtures that start real desktop services for a test and stop them after."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.services import (
    Desktop,
    dunst_config,
    end_pid,
    need,
    start_session_bus,
    start_xvfb,
    stop,
    wait_for_name,
)


@pytest.fixture
def x_display() -> Iterator[Desktop]:
    """A private X server (Xvfb), as DISPLAY."""
    process, display = start_xvfb()
    try:
        yield Desktop(env={**Desktop().env, "DISPLAY": display})
    finally:
        stop(process)


@pytest.fixture
def desktop(x_display: Desktop) -> Iterator[Desktop]:
    """The X server and a private session bus, as DISPLAY and DBUS_SESSION_BUS_ADDRESS."""
    pid, address = start_session_bus()
    x_display.env["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        yield x_display
    finally:
        end_pid(pid)


@pytest.fixture
def dunst(desktop: Desktop, tmp_path: Path) -> Iterator[Desktop]:
    """dunst, a real notification server, on that display and bus."""
    config = dunst_config(tmp_path)
    (tmp_path / "choice").write_text("Start")
    process = subprocess.Popen([need("dunst"), "-config", str(config)], env=desktop.env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_name(desktop, "org.freedesktop.Notifications")
        desktop.env["STRETCHDESK_TEST_DUNST_DIR"] = str(tmp_path)
        yield desktop
    finally:
        stop(process)
