"""Real desktop services for the reminder tests: Xvfb, a private session bus, dunst, trayer.

Each is started by the test that needs it and stopped after; none is ever skipped: a
missing program fails the test and names the Debian package (scripts/system-deps.sh).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
READY_SECONDS = 20  # how long a service may take to come up on a loaded machine

PACKAGES = {
    "Xvfb": "xvfb", "dbus-daemon": "dbus", "dunst": "dunst", "dunstctl": "dunst",
    "xdotool": "xdotool", "trayer": "trayer", "gdbus": "libglib2.0-bin",
    "import": "imagemagick", "herbstluftwm": "herbstluftwm", "dbus-send": "dbus",
    "desktop-file-validate": "desktop-file-utils",
}


def need(program: str) -> str:
    """The path of `program`; fails the test naming its Debian package when it is missing."""
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed: install the Debian package "
                    f"{PACKAGES.get(program, program)} (scripts/system-deps.sh lists it)",
                    pytrace=False)
    return path


def stop(process: subprocess.Popen[Any]) -> None:
    """Ends a process this test started, and waits for it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Desktop:
    """The environment a test's programs run in (DISPLAY, DBUS_SESSION_BUS_ADDRESS)."""

    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))

    @property
    def display(self) -> str:
        return self.env["DISPLAY"]

    @property
    def bus(self) -> str:
        return self.env["DBUS_SESSION_BUS_ADDRESS"]

    def run(self, *argv: str) -> str:
        """Runs a command in this desktop and returns what it printed."""
        done = subprocess.run([need(argv[0]), *argv[1:]], env=self.env, capture_output=True,
                              text=True, timeout=READY_SECONDS, check=False)
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(argv)} failed: {done.stderr.strip()}")
        return done.stdout


def start_xvfb(size: str = "1280x800x24") -> tuple[subprocess.Popen[bytes], str]:
    """An X server of its own; -displayfd says its number once it accepts clients."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [need("Xvfb"), "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    if not number:
        stop(process)
        pytest.fail("Xvfb did not start", pytrace=False)
    return process, f":{number}"


def start_session_bus() -> tuple[int, str]:
    """A private session bus (dbus-daemon); its pid and address."""
    out = subprocess.run(
        [need("dbus-daemon"), "--session", "--fork", "--nopidfile", "--print-address=1",
         "--print-pid=1"], capture_output=True, text=True, timeout=READY_SECONDS, check=True)
    address, pid = out.stdout.split()[:2]
    return int(pid), address


def end_pid(pid: int) -> None:
    """Ends a forked daemon this test started, by its pid."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)


def wait_for_name(desktop: Desktop, name: str) -> None:
    """Waits until a service owns `name` on the session bus (gdbus wait: no polling)."""
    desktop.run("gdbus", "wait", "--session", "--timeout", str(READY_SECONDS), name)


def dunst_config(folder: Path) -> Path:
    """A dunst set-up whose context menu ("dmenu") picks the entry named in `choice`.

    A person would pick it in dmenu; the script picks the line containing the text in
    the file `choice`, and keeps the whole menu in `menu` for the test to read.
    """
    chooser = folder / "chooser.sh"
    chooser.write_text(f'#!/bin/sh\ntee "{folder}/menu" | grep -m1 -F "$(cat "{folder}/choice")"\n')
    chooser.chmod(0o755)
    config = folder / "dunstrc"
    config.write_text(
        "[global]\n"
        "    markup = full\n"  # as Debian's /etc/xdg/dunst/dunstrc: bodies are markup
        f"    dmenu = {chooser}\n"
        "    browser = /bin/true\n"
        "[urgency_low]\n    timeout = 0\n"
        "[urgency_normal]\n    timeout = 0\n"
        "[urgency_critical]\n    timeout = 0\n")
    return config


def dunst_history(desktop: Desktop) -> list[dict[str, Any]]:
    """What dunst has shown and closed: summary, body, appname … as plain values."""
    data = json.loads(desktop.run("dunstctl", "history"))
    return [{key: value["data"] for key, value in entry.items()} for entry in data["data"][0]]


def start_app(desktop: Desktop, *args: str) -> tuple[subprocess.Popen[str], str]:
    """Starts `tests/desktop/x11_apps.py ARGS` on the test's display; waits for `SHOWN`."""
    env = {**desktop.env, "QT_QPA_PLATFORM": "xcb"}
    process = subprocess.Popen([sys.executable, "-m", "tests.desktop.x11_apps", *args],
                               env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=REPO)
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], READY_SECONDS)
    line = process.stdout.readline().strip() if ready else ""
    if not line.startswith("SHOWN"):
        close_app(process)
        raise AssertionError(f"{' '.join(args)} did not show: {line!r}")
    return process, line


def close_app(process: subprocess.Popen[str]) -> None:
    """Asks an app from `start_app` to quit (closes its stdin), then makes sure it did."""
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
    try:
        process.wait(timeout=READY_SECONDS)
    except subprocess.TimeoutExpired:
        stop(process)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
