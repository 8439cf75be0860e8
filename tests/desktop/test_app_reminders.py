"""The real app's reminders and tray: dunst, a private session bus, Xvfb and trayer.

The reminder falls due through the person's own files, on the real clock: a routine
reminder at the current minute in the settings file, and the scheduler's memory in
window.ini saying it was last handled yesterday, which is what the app keeps when it
quits. So the app, started in the tray, finds a reminder it has not shown today, within
its late limit, and shows it at once (as it would for a laptop switched on at 07:31 for
a 07:30 reminder). No clock is faked and nothing in the app exists for the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from stretchdesk.core.reminders.state import SchedulerState, state_from_data, state_to_data
from tests.conftest import app_env
from tests.desktop.services import REPO, Desktop, dunst_history, need, stop

ROUTINE = "desk-break"
TRAY_BACKGROUND = QColor("#dddddd")


def write_home(home: Path, reminders: str) -> Path:
    """The person's folders: settings with `reminders` (YAML), sound off, cautions seen."""
    config = home / "config"
    config.mkdir(parents=True)
    (config / "settings.yaml").write_text(
        f"version: 3\nsound_mode: silent\nhidden_cautions: [{ROUTINE}]\nreminders:\n{reminders}",
        encoding="utf-8")
    return config


def remember_handled(config: Path, key: str, at: datetime) -> None:
    """What the app keeps on quitting: this reminder was last handled `at`."""
    store = QSettings(str(config / "window.ini"), QSettings.Format.IniFormat)
    store.setValue("reminders/state", json.dumps(state_to_data(SchedulerState(
        handled={key: at}))))
    store.sync()


def remembered(config: Path) -> SchedulerState:
    store = QSettings(str(config / "window.ini"), QSettings.Format.IniFormat)
    return state_from_data(json.loads(str(store.value("reminders/state"))))


@pytest.fixture
def app_home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def start_app(desktop: Desktop, home: Path, *args: str) -> subprocess.Popen[str]:
    """`stretchdesk ARGS` on the test's display and bus, in the person's `home`."""
    env = app_env(home, base=desktop.env, platform="xcb")
    env["XDG_CONFIG_HOME"] = str(home / "xdg-config")  # the login entry is written there
    return subprocess.Popen([sys.executable, "-m", "stretchdesk", *args], env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def events(log: Path) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def logged(log: Path, name: str) -> list[dict[str, Any]]:
    return [e for e in events(log) if e["event"] == name]


def visible_windows(desktop: Desktop, name: str) -> list[str]:
    done = subprocess.run([need("xdotool"), "search", "--onlyvisible", "--name", name],
                          env=desktop.env, capture_output=True, text=True, timeout=20,
                          check=False)
    return done.stdout.split()


@pytest.fixture
def running() -> Iterator[list[subprocess.Popen[str]]]:
    """The app processes a test started, ended after it."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        stop(process)
        if process.stderr is not None:
            process.stderr.close()


def test_a_reminder_due_at_once_reaches_dunst_and_its_start_runs_the_routine(
        qtbot: QtBot, dunst: Desktop, app_home: Path,
        running: list[subprocess.Popen[str]]) -> None:
    now = datetime.now().astimezone()
    at = f"{now:%H:%M}"
    config = write_home(app_home, f"  routines:\n    - {{routine: {ROUTINE}, at: '{at}', "
                                  "days: every day}\n")
    key = f"routine:{ROUTINE}@{at}/0123456"
    remember_handled(config, key, datetime.now(UTC) - timedelta(days=1))
    log = app_home / "events.jsonl"
    app = start_app(dunst, app_home, "--tray", "--event-log", str(log), "--speed", "1000",
                    "--quit-when-done")
    running.append(app)

    qtbot.waitUntil(lambda: len(logged(log, "reminder_shown")) == 1, timeout=20_000)
    [shown] = logged(log, "reminder_shown")
    assert (shown["kind"], shown["routine"], shown["shown_as"]) == ("routine", ROUTINE,
                                                                   "notification")
    qtbot.waitUntil(lambda: dunst.run("dunstctl", "count", "displayed").strip() == "1")
    assert visible_windows(dunst, "StretchDesk") == []  # still quietly in the tray
    assert logged(log, "started") == []

    dunst.run("dunstctl", "action", "0")  # the person clicks Start on the notification
    qtbot.waitUntil(lambda: logged(log, "started") != [], timeout=20_000)
    assert logged(log, "started")[0]["routine"] == ROUTINE
    assert logged(log, "reminder_answered")[0]["answer"] == "start"
    # The notifier closed the answered notification, so dunst filed it in its history.
    qtbot.waitUntil(lambda: len(dunst_history(dunst)) == 1)
    [filed] = dunst_history(dunst)
    assert (filed["appname"], filed["summary"], filed["body"]) == (
        "StretchDesk", "Time to stretch", "“Desk break” is planned for now.")

    assert app.wait(timeout=60) == 0  # --quit-when-done: the routine ran to its end
    assert logged(log, "finished")
    # Quitting kept what the scheduler knows: today's reminder is handled, not yesterday's.
    handled = remembered(config).handled[key]
    assert handled.astimezone(now.tzinfo).date() == datetime.now().astimezone().date()


@pytest.fixture
def tray_host(desktop: Desktop) -> Iterator[Desktop]:
    """trayer along the top edge, opaque light grey (as in test_tray_host.py)."""
    process = subprocess.Popen(
        [need("trayer"), "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true", "--transparent", "false",
         "--tint", "0xdddddd", "--expand", "false"],
        env=desktop.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield desktop
    finally:
        stop(process)


def icon_area(shot: Path) -> tuple[int, int, int]:
    """The tray strip's right end: (left edge of the icon's teal, its pixel count, width)."""
    image = QImage(str(shot))
    teal = [(x, y) for x in range(image.width() - 64, image.width()) for y in range(32)
            if _saturation(image.pixelColor(x, y)) > 60]
    return (min(x for x, _ in teal) if teal else -1), len(teal), image.width()


def test_the_app_waits_in_trayer_and_a_click_on_its_icon_opens_the_window(
        qtbot: QtBot, tray_host: Desktop, app_home: Path, tmp_path: Path,
        running: list[subprocess.Popen[str]]) -> None:
    write_home(app_home, "  desk_break: {enabled: yes}\n")
    log = app_home / "events.jsonl"
    running.append(start_app(tray_host, app_home, "--tray", "--event-log", str(log)))
    qtbot.waitUntil(lambda: logged(log, "reminders") != [], timeout=20_000)
    assert logged(log, "reminders")[0]["tray"] == "shown"
    assert logged(log, "reminders")[0]["idle"] == "the X11 screen-saver extension"
    shot = tmp_path / "tray.png"

    def icon_drawn() -> None:
        tray_host.run("import", "-window", "root", str(shot))
        assert icon_area(shot)[1] > 100  # the icon's teal, not trayer's grey

    qtbot.waitUntil(icon_drawn, timeout=20_000)
    keep = os.environ.get("STRETCHDESK_KEEP_SCREENSHOTS")
    if keep:  # for a person to look at
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / "tray-app.png").write_bytes(shot.read_bytes())
    assert visible_windows(tray_host, "StretchDesk") == []
    left, _, width = icon_area(shot)
    assert width - 40 < left  # at the right end of the top edge, where trayer is

    # A real click on the icon (XTEST through xdotool): the window comes up.
    tray_host.run("xdotool", "mousemove", str(left + 8), "16", "click", "1")
    qtbot.waitUntil(lambda: visible_windows(tray_host, "StretchDesk") != [], timeout=20_000)


def _saturation(c: QColor) -> int:
    return max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue())
