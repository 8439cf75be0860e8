"""The command line opens the window as asked: routine, level, start, speed, log, mat mode."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.app import build_parser
from stretchdesk.core.model import Level
from stretchdesk.core.session import SessionState
from stretchdesk.launch_options import LaunchOptions
from stretchdesk.ui import launch as launch_module
from stretchdesk.ui.launch import NO_DISPLAY, has_display, launch, window_icon
from stretchdesk.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.helpers.event_log import first_tick_phases


def options(argv: list[str]) -> LaunchOptions:
    """The launch options of this command line."""
    return LaunchOptions.from_args(build_parser().parse_args(argv))


def test_without_a_display_it_says_so(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert not has_display()
    assert launch(options([])) == 1
    assert NO_DISPLAY in capsys.readouterr().err


def test_a_chosen_platform_counts_as_a_display() -> None:
    assert has_display({"QT_QPA_PLATFORM": "offscreen"})
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"})


def test_an_unknown_routine_lists_the_known_ones(
    opened: list[MainWindow], capsys: pytest.CaptureFixture[str]
) -> None:
    assert launch(options(["--routine", "no-such-thing"])) == 2
    err = capsys.readouterr().err
    assert "no-such-thing" in err
    assert "desk-break" in err and "morning-stiffness" in err
    assert opened == []


def test_routine_level_start_speed_and_log(opened: list[MainWindow], tmp_path: Path,
                                           qtbot: QtBot) -> None:
    log = tmp_path / "events.jsonl"
    assert launch(options([
        "--routine", "desk-break", "--level", "beginner", "--start", "--speed", "20",
        "--event-log", str(log),
    ])) == 0
    window = opened[0]
    # The session starts once the chimes are loaded, so its first cue is on time.
    qtbot.waitUntil(lambda: window.controller.driver.state is not SessionState.IDLE, timeout=5000)
    assert window.controller.routine is not None and window.controller.routine.id == "desk-break"
    assert window.controller.settings.level is Level.BEGINNER
    assert window.controller.driver.speed == 20
    assert window.page is window.session_view
    assert window.controller.driver.state in (SessionState.RUNNING, SessionState.STOPPED)
    # The start waited for the sounds (at most 3 s: a slow speech engine joins later),
    # and the log says what sound there is once they are ready.
    qtbot.waitUntil(lambda: window.controller.sound is not None, timeout=15_000)
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e["event"] for e in events].count("sound") == 1
    started = [e for e in events if e["event"] == "started"]
    assert started[0]["speed"] == 20


def test_routine_without_start_is_selected_in_the_picker(opened: list[MainWindow]) -> None:
    assert launch(options(["--routine", "before-bed"])) == 0
    window = opened[0]
    assert window.page is window.picker
    assert window.picker.selected_routine_id == "before-bed"


def test_sound_and_the_driver_join_after_the_routine_list_is_painted(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    windows: list[MainWindow] = []
    wired_at_paint: list[bool] = []

    class Watched(MainWindow):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            windows.append(self)
            qtbot.addWidget(self)

        def paintEvent(self, event: QPaintEvent) -> None:
            wired_at_paint.append(self.controller.has_sound)
            icon_at_paint.append(not QApplication.windowIcon().isNull())
            super().paintEvent(event)

    icon_at_paint: list[bool] = []
    QApplication.setWindowIcon(QIcon())  # (another test's launch may have set it)
    monkeypatch.setattr(launch_module, "MainWindow", Watched)
    monkeypatch.setattr(QApplication, "exec", lambda app: 0)
    assert launch(options([])) == 0
    window = windows[0]
    qtbot.waitUntil(lambda: window.controller.has_sound, timeout=5000)
    assert wired_at_paint and wired_at_paint[0] is False
    # The icon (and the 150-odd theme icon names PySide builds with QIcon) came after.
    assert icon_at_paint[0] is False and not QApplication.windowIcon().isNull()
    assert window.controller.library_service.watched  # the routine folder, or where it will be


def test_the_garbage_collector_runs_again_once_the_window_is_painted(
    opened: list[MainWindow], qtbot: QtBot
) -> None:
    gc.disable()  # as app.main does for the start
    try:
        assert launch(options([])) == 0
        window = opened[0]
        qtbot.waitUntil(lambda: window.controller.has_sound, timeout=5000)
        assert gc.isenabled()
    finally:
        gc.enable()


def test_the_garbage_collector_runs_again_when_the_start_fails(
    opened: list[MainWindow], capsys: pytest.CaptureFixture[str]
) -> None:
    gc.disable()
    try:
        assert launch(options(["--routine", "no-such-thing"])) == 2
        assert gc.isenabled()
    finally:
        gc.enable()


def test_the_window_icon_comes_at_every_size_the_window_system_wants(qapp: object) -> None:
    # Ready-made PNGs: a scalable SVG icon would be rendered at each size on every start.
    icon = window_icon()
    assert icon is not None
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == list(paths.WINDOW_ICON_SIZES)


def test_fullscreen_opens_in_mat_mode(opened: list[MainWindow]) -> None:
    assert launch(options(["--fullscreen"])) == 0
    assert opened[0].isFullScreen()


def test_a_whole_routine_from_the_command_line(tmp_path: Path) -> None:
    """The real program, as `make run` starts it, run 1000 times faster, logging."""
    log = tmp_path / "events.jsonl"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "stretchdesk", "--routine", "desk-break", "--start",
         "--speed", "1000", "--quit-when-done", "--event-log", str(log)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    names = [e["event"] for e in events if e["event"] != "sound"]  # it may come late
    assert names[:2] == ["start_requested", "started"]
    assert [n for n in names if n not in ("cue", "frame")][-1] == "finished"
    started = [e["index"] for e in events if e["event"] == "phase_started"]
    assert started == list(range(len(started)))
    # Cues are logged as they play; at this speed a late tick may drop a stale one,
    # even the first phase's when the start was slow to reach its first tick.
    cues = [e for e in events if e["event"] == "cue"]
    begun = first_tick_phases(events)
    assert begun[0]["index"] == 0
    assert cues[0]["chime"] == begun[-1]["kind"]
    if len(begun) == 1:  # the start was on time
        assert cues[0].get("text", "").startswith("Starting position")
    assert cues[-1].get("text") == "Routine complete" and cues[-1].get("chime") == "finish"
    times = [e["t"] for e in events]
    assert times == sorted(times)


def test_screenshots_of_every_screen(qtbot: QtBot, tmp_path: Path) -> None:
    from tools.screenshots import render

    written = render(tmp_path, 800, 600, mat_mode=False)
    names = sorted(path.stem for path in written)
    assert names == sorted(["picker", "warning-signs", "stretch-guide", "keys", "session-prepare",
                            "session-hold", "session-about", "session-paused",
                            "session-release", "session-rest", "session-switch", "finish",
                            "settings", "settings-reminders", "session-check-in",
                            "history-in-app", "settings-history", "resume-offer"])
    assert all(path.stat().st_size > 5000 for path in written)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tray_starts_quietly_and_sound_joins_when_the_window_first_shows(
    opened: list[MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchdesk.ui.reminder_service import ReminderService

    for name in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY"):  # no services of this machine's
        monkeypatch.delenv(name, raising=False)
    gc.disable()  # as app.main does for the start
    QApplication.setWindowIcon(QIcon())
    try:
        assert launch(options(["--tray"])) == 0
        assert gc.isenabled()  # no window to paint: the start is over at once
        assert not QApplication.windowIcon().isNull()  # for the tray and notifications
    finally:
        gc.enable()
    window = opened[0]
    [service] = window.findChildren(ReminderService)
    assert not window.isVisible() and not window.controller.has_sound
    service.presence.show_window()  # from the tray
    qtbot.waitUntil(lambda: window.controller.has_sound, timeout=5000)
    assert window.isVisible()
    assert build_parser().parse_args(["--tray"]).tray
