"""The real app, seen by a real assistive-technology client over the AT-SPI bus.

Xvfb, a private session bus and the accessibility bus it starts (at-spi-bus-launcher and
at-spi2-registryd, Debian's at-spi2-core) are this test's own. StretchDesk runs as a
person would start it, with Qt's accessibility bridge on; the client (atspi_client.py,
run with Debian's python3 and python3-pyatspi, the library Orca is built on) finds the
main window's controls by role and name, presses Start through the Action interface,
answers the cautions dialog the same way, and hears the announcements of the phases.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.core.settings_store import SettingsStore
from tests.conftest import app_env
from tests.desktop.services import READY_SECONDS, Desktop, end_pid, need, stop

REPO = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-pyatspi is installed
CLIENT_SECONDS = 60  # the client gives up after this (a loaded machine is slow to start Qt)


def bus_owner_pid(desktop: Desktop, name: str) -> int:
    """The process that owns `name` on the session bus."""
    out = desktop.run("gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                      "--object-path", "/org/freedesktop/DBus",
                      "--method", "org.freedesktop.DBus.GetConnectionUnixProcessID", name)
    return int(out.strip().strip("(),").split()[-1])


@pytest.fixture
def accessibility_bus(desktop: Desktop, tmp_path: Path) -> Iterator[Desktop]:
    """The AT-SPI bus of the private session: asking for its address starts it."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    desktop.env["XDG_RUNTIME_DIR"] = str(runtime)  # its socket goes here, nowhere shared
    address = desktop.run("gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                          "--object-path", "/org/a11y/bus", "--method",
                          "org.a11y.Bus.GetAddress")
    assert "unix:" in address, f"the accessibility bus did not start: {address!r}"
    launcher = bus_owner_pid(desktop, "org.a11y.Bus")
    try:
        yield desktop
    finally:
        end_pid(launcher)  # its own bus and the registry go with it


def start_stretchdesk(desktop: Desktop, home: Path) -> subprocess.Popen[str]:
    """The real command, on the test's display and buses, with accessibility on.

    Sound is off (the settings say silent and there is no sound server to reach), so
    nothing reaches a sound server another test may be recording.
    """
    store = SettingsStore(home / "config", lambda: 0.0)
    store.save(Settings(sound_mode=SoundMode.SILENT))
    env = app_env(home, base=desktop.env, platform="xcb")
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "stretchdesk", "--routine", "desk-break", "--speed", "10"],
        env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def run_client(desktop: Desktop, until: str) -> list[dict[str, Any]]:
    """Runs the AT-SPI client until it hears an announcement starting with `until`."""
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        pytest.fail(f"{SYSTEM_PYTHON} is missing: install the Debian package python3-pyatspi "
                    "(scripts/system-deps.sh lists it)", pytrace=False)
    done = subprocess.run([SYSTEM_PYTHON, str(CLIENT), "stretchdesk", until,
                           str(CLIENT_SECONDS)],
                          env=desktop.env, capture_output=True, text=True,
                          timeout=CLIENT_SECONDS + READY_SECONDS, check=False)
    if "No module named 'pyatspi'" in done.stderr:
        pytest.fail("pyatspi is missing: install the Debian package python3-pyatspi "
                    "(scripts/system-deps.sh lists it)", pytrace=False)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_a_screen_reader_finds_the_controls_presses_start_and_hears_the_phases(
        accessibility_bus: Desktop, tmp_path: Path) -> None:
    need("gdbus")
    app = start_stretchdesk(accessibility_bus, tmp_path / "home")
    try:
        steps = run_client(accessibility_bus, until="Hold")
    finally:
        stop(app)
        errors = app.stderr.read() if app.stderr is not None else ""
        if app.stderr is not None:
            app.stderr.close()
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for step in steps:
        by_kind.setdefault(step["step"], []).append(step)
    assert [e["reason"] for e in by_kind["end"]] == ["heard"], (steps, errors)

    (app_step,) = by_kind["app"]
    assert app_step["toolkit"] == "Qt"
    (controls,) = by_kind["controls"]
    assert controls["found"] == ["list:Routines", "push button:Settings", "push button:Start"]
    pressed = by_kind["pressed"]
    assert [p["name"] for p in pressed] == ["Start", "Start"]  # the window's, the dialog's
    assert all(p["done"] for p in pressed)
    (dialog,) = by_kind["dialog"]
    assert dialog["title"].startswith("Before you start")

    heard = [a["text"] for a in by_kind["announcement"]]
    # The first phase, then the hold it leads to: once each, politely, from the window.
    assert heard[0].startswith("Starting position, ")
    assert heard[-1].startswith("Hold, ")
    assert len(heard) == 2, heard
    assert {a["politeness"] for a in by_kind["announcement"]} == {1}  # ATSPI_LIVE_POLITE
    assert {a["source"] for a in by_kind["announcement"]} == {"Desk break — StretchDesk"}
    (ring,) = by_kind["description"]
    assert ring["text"] is not None and ring["text"].startswith("Hold, ")
    assert "seconds left" in ring["text"]
