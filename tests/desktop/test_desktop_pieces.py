"""Autostart entry, local time zone, logind's wake signal, and the runner's timer."""

from __future__ import annotations

import os
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.desktop.autostart import (
    MARK,
    AutostartError,
    autostart_path,
    remove_autostart,
    write_autostart,
)
from stretchdesk.desktop.clocks import local_zone
from stretchdesk.desktop.reminder_notifier import ReminderNotifier
from stretchdesk.desktop.runner import ReminderRunner
from stretchdesk.desktop.sleep_watch import SleepWatcher
from tests.core.reminder_clocks import FakeClocks, paris
from tests.desktop.services import Desktop, need
from tests.helpers.timers import FakeTimers


def test_autostart_goes_where_xdg_config_home_says(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    assert autostart_path(env) == tmp_path / "config" / "autostart" / "stretchdesk.desktop"
    assert autostart_path({"HOME": str(tmp_path / "home")}) == (
        tmp_path / "home" / ".config" / "autostart" / "stretchdesk.desktop")
    # A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    assert autostart_path({**env, "XDG_CONFIG_HOME": "rel"}).parts[-4] == "home"


def test_the_entry_starts_quietly_in_the_tray_and_is_valid(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    path = write_autostart(["/opt/Stretch Desk/stretchdesk", "--tray"], env)
    text = path.read_text()
    assert 'Exec="/opt/Stretch Desk/stretchdesk" --tray\n' in text
    assert "Type=Application\n" in text and MARK in text
    validate = need("desktop-file-validate")
    Desktop().run(validate, str(path))  # raises with the validator's complaint
    assert remove_autostart(env) is True
    assert not path.exists() and remove_autostart(env) is False


def test_an_exec_argument_with_dollar_quote_or_percent_is_escaped(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    text = write_autostart(['/a "b"/$c\\d', "100%"], env).read_text()
    assert 'Exec="/a \\\\"b\\\\"/\\\\$c\\\\\\\\d" 100%%\n' in text
    Desktop().run(need("desktop-file-validate"), str(autostart_path(env)))


def test_an_entry_the_person_made_is_never_replaced_or_removed(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    path = autostart_path(env)
    path.parent.mkdir(parents=True)
    path.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=stretchdesk\n")
    with pytest.raises(AutostartError, match="not written by StretchDesk"):
        write_autostart(["stretchdesk", "--tray"], env)
    with pytest.raises(AutostartError, match="left as it is"):
        remove_autostart(env)
    assert "Name=Mine" in path.read_text()


def test_an_unwritable_folder_is_said_plainly(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match="Could not write"):
        write_autostart(["stretchdesk", "--tray"], {"XDG_CONFIG_HOME": str(tmp_path)})


def test_the_local_zone_comes_from_tz_then_the_localtime_link(tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    os.symlink("/usr/share/zoneinfo/America/New_York", link)
    nowhere = tmp_path / "missing"
    assert str(local_zone({"TZ": ":Europe/Paris"}, link, nowhere)) == "Europe/Paris"
    assert str(local_zone({}, link, nowhere)) == "America/New_York"
    (tmp_path / "timezone").write_text("Asia/Tokyo\n")
    assert str(local_zone({"TZ": "Not/AZone"}, nowhere, tmp_path / "timezone")) == "Asia/Tokyo"


def test_a_wake_from_logind_is_heard(qtbot: QtBot, desktop: Desktop) -> None:
    # A private bus stands in for the system bus; the signal is the one logind sends.
    bus = QDBusConnection.connectToBus(desktop.bus, "sleep-tests")
    try:
        watcher = SleepWatcher(bus)
        assert watcher.listening
        with qtbot.waitSignal(watcher.woke, timeout=5000):
            desktop.run("dbus-send", f"--bus={desktop.bus}", "--type=signal",
                        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep",
                        "boolean:false")
        with qtbot.waitSignal(watcher.sleeping, timeout=5000):
            desktop.run("dbus-send", f"--bus={desktop.bus}", "--type=signal",
                        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep",
                        "boolean:true")
    finally:
        QDBusConnection.disconnectFromBus("sleep-tests")


def test_the_runner_arms_one_timer_never_longer_than_a_minute(qtbot: QtBot) -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 29, 30))
    settings = ReminderSettings(routines=(RoutineReminder("x", time(7, 30), EVERY_DAY),))
    timers = FakeTimers()
    runner = ReminderRunner(settings, ReminderNotifier(None, None), str, clock=clocks.now,
                            timers=timers)
    runner.start()
    [timer] = timers.running("reminders")
    assert timer.precise and timer.interval() == 30_000
    shown: list[object] = []
    runner.reminder_shown.connect(shown.append)
    clocks.advance(30)
    timer.fire()
    assert len(shown) == 1
    assert timers.running("reminders") == [timer]
    assert timer.interval() == 60_000  # a day away, but the clock is read again each minute


def test_the_runner_feeds_idle_time_and_says_where_it_comes_from(qtbot: QtBot) -> None:
    class Idle:
        method = "a test"

        def __init__(self) -> None:
            self.seconds = 0.0

        def idle_seconds(self) -> float:
            return self.seconds

    clocks = FakeClocks(paris(2026, 11, 2, 9, 0))
    idle = Idle()
    runner = ReminderRunner(ReminderSettings(desk_break=DeskBreak(enabled=True)),
                            ReminderNotifier(None, None), str, clock=clocks.now, idle=idle)
    runner.start()
    assert runner.idle_method == "a test"
    clocks.advance(40 * 60)
    idle.seconds = 6 * 60
    runner.check()  # away: the count stops
    assert runner.scheduler.used_seconds(clocks.now()) == 0
    no_idle = ReminderRunner(ReminderSettings(), ReminderNotifier(None, None), str,
                             clock=clocks.now)
    assert no_idle.idle_method == ""


def test_pausing_from_the_runner_says_so_and_resumes(qtbot: QtBot) -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 9, 0))
    runner = ReminderRunner(ReminderSettings(desk_break=DeskBreak(enabled=True)),
                            ReminderNotifier(None, None), str, clock=clocks.now)
    with qtbot.waitSignal(runner.paused_changed):
        runner.pause_until_tomorrow()
    assert runner.paused_until == paris(2026, 11, 3, 0, 0)
    with qtbot.waitSignal(runner.paused_changed):
        runner.resume()
    assert runner.paused_until is None
    with qtbot.waitSignal(runner.paused_changed):
        runner.pause_for_hour()
    clocks.advance(3600)
    with qtbot.waitSignal(runner.paused_changed):
        runner.check()  # the hour is over
