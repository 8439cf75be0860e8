"""Reminders through a real notification server (dunst) on a private bus and display."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from stretchdesk.core.reminders.settings import EVERY_DAY, ReminderSettings, RoutineReminder
from stretchdesk.desktop.bus_link import BusLink
from stretchdesk.desktop.busy import BusyProbe
from stretchdesk.desktop.notifications import NotificationClient
from stretchdesk.desktop.reminder_notifier import ReminderNotifier
from stretchdesk.desktop.runner import ReminderRunner
from tests.core.reminder_clocks import FakeClocks, paris
from tests.desktop.services import Desktop, dunst_history

MORNING = RoutineReminder("morning-stiffness", time(7, 30), EVERY_DAY)
NAMES = {"morning-stiffness": "Morning stiffness", "before-bed": "<b>Bed</b> & rest"}


@pytest.fixture(autouse=True)
def links() -> Iterator[list[BusLink]]:
    """Every bus link a test opens, closed after it."""
    opened: list[BusLink] = []
    yield opened
    for link in opened:
        link.close()


def open_link(links: list[BusLink], address: str) -> BusLink:
    link = BusLink(address)
    links.append(link)
    return link


@pytest.fixture
def qt_bus(dunst: Desktop) -> Iterator[QDBusConnection]:
    """A QtDBus connection to the test's private session bus."""
    bus = QDBusConnection.connectToBus(dunst.bus, "reminder-tests")
    assert bus.isConnected()
    yield bus
    QDBusConnection.disconnectFromBus("reminder-tests")


def ready_client(qtbot: QtBot, link: BusLink) -> NotificationClient:
    client = NotificationClient(link)
    with qtbot.waitSignal(client.ready, timeout=5000):
        client.probe()
    return client


def runner_at(qtbot: QtBot, dunst: Desktop, clocks: FakeClocks, links: list[BusLink],
              *reminders: RoutineReminder, busy: BusyProbe | None = None) -> ReminderRunner:
    client = ready_client(qtbot, open_link(links, dunst.bus))
    assert client.actions_supported
    runner = ReminderRunner(ReminderSettings(routines=reminders or (MORNING,)),
                            ReminderNotifier(client, None), NAMES.__getitem__,
                            clock=clocks.now, busy=busy or (lambda: False))
    runner.start()
    return runner


def displayed(dunst: Desktop) -> int:
    return int(dunst.run("dunstctl", "count", "displayed"))


def choose(dunst: Desktop, entry: str) -> None:
    """Picks `entry` from the notification's context menu, as a person would in dmenu."""
    (Path(dunst.env["STRETCHDESK_TEST_DUNST_DIR"]) / "choice").write_text(entry)
    dunst.run("dunstctl", "context")


def test_a_reminder_reaches_dunst_and_its_start_action_starts_the_routine(
        qtbot: QtBot, dunst: Desktop, links: list[BusLink]) -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 29))
    runner = runner_at(qtbot, dunst, clocks, links)
    assert displayed(dunst) == 0
    clocks.advance(60)
    with qtbot.waitSignal(runner.reminder_shown):
        runner.check()
    qtbot.waitUntil(lambda: displayed(dunst) == 1)
    with qtbot.waitSignal(runner.start_routine, timeout=5000) as started:
        dunst.run("dunstctl", "action", "0")  # a click on the notification
    assert started.args == ["morning-stiffness"]
    qtbot.waitUntil(lambda: len(dunst_history(dunst)) == 1)  # dunst files it once acted on
    shown = dunst_history(dunst)
    assert [(n["appname"], n["summary"], n["body"]) for n in shown] == [
        ("StretchDesk", "Time to stretch", "“Morning stiffness” is planned for now.")]


def test_snooze_and_skip_from_the_notification_menu(
        qtbot: QtBot, dunst: Desktop, links: list[BusLink]) -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 30))
    runner = runner_at(qtbot, dunst, clocks, links)
    clocks.advance(60)  # the reminder fell before the runner started: nothing yet
    runner.check()
    assert displayed(dunst) == 0
    clocks.set_wall(paris(2026, 11, 3, 7, 30))
    runner.check()
    qtbot.waitUntil(lambda: displayed(dunst) == 1)
    with qtbot.waitSignal(runner._notifier.answered, timeout=5000) as answered:
        choose(dunst, "Snooze")
    assert answered.args[1] == "snooze"
    menu = (Path(dunst.env["STRETCHDESK_TEST_DUNST_DIR"]) / "menu").read_text()
    assert "#Start (Time to stretch)" in menu and "#Skip today (Time to stretch)" in menu
    assert runner.scheduler.next_check(clocks.now()) == 600  # back in ten minutes
    assert runner.timer.isActive() and runner.timer.interval() == 60_000  # a real QTimer

    clocks.advance(600)
    runner.check()
    qtbot.waitUntil(lambda: displayed(dunst) == 1)
    with qtbot.waitSignal(runner._notifier.answered, timeout=5000) as answered:
        choose(dunst, "Skip today")
    assert answered.args[1] == "skip"
    assert runner.scheduler.next_check(clocks.now()) == pytest.approx(24 * 3600 - 600)


def test_a_routine_name_is_shown_as_written_not_as_markup(
        qtbot: QtBot, dunst: Desktop, links: list[BusLink]) -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 21, 59))
    bed = RoutineReminder("before-bed", time(22, 0), EVERY_DAY)
    runner = runner_at(qtbot, dunst, clocks, links, bed)
    clocks.advance(60)
    runner.check()
    qtbot.waitUntil(lambda: displayed(dunst) == 1)
    dunst.run("dunstctl", "close")
    qtbot.waitUntil(lambda: len(dunst_history(dunst)) == 1)
    # dunst reads markup in bodies; the name arrives escaped, so it shows literally.
    assert dunst_history(dunst)[0]["body"] == (
        "“&lt;b&gt;Bed&lt;/b&gt; &amp; rest” is planned for now.")


def test_do_not_disturb_holds_the_reminder_back_and_it_comes_once_after(
        qtbot: QtBot, dunst: Desktop, links: list[BusLink], qt_bus: QDBusConnection) -> None:
    probe = BusyProbe(qt_bus, None)
    assert probe.reason() is None
    dunst.run("dunstctl", "set-paused", "true")
    assert probe.reason() == "do not disturb"
    clocks = FakeClocks(paris(2026, 11, 2, 7, 29))
    runner = runner_at(qtbot, dunst, clocks, links, busy=probe)
    shown: list[object] = []
    runner.reminder_shown.connect(shown.append)
    clocks.advance(60)
    runner.check()
    assert shown == [] and runner.timer.interval() == 60_000  # looks again in a minute
    clocks.advance(60)
    runner.check()
    assert shown == []
    dunst.run("dunstctl", "set-paused", "false")
    assert probe.reason() is None
    clocks.advance(60)
    runner.check()
    runner.check()
    assert len(shown) == 1 and shown[0].late  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: displayed(dunst) == 1)


def test_a_new_reminder_replaces_the_one_still_shown(
        qtbot: QtBot, dunst: Desktop, links: list[BusLink]) -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 29))
    second = RoutineReminder("before-bed", time(7, 31), EVERY_DAY)
    runner = runner_at(qtbot, dunst, clocks, links, MORNING, second)
    client = runner._notifier._client
    assert client is not None
    clocks.advance(60)
    with qtbot.waitSignal(client.shown):
        runner.check()
    clocks.advance(60)
    with qtbot.waitSignal(client.shown):
        runner.check()  # the server replaces it in place
    assert displayed(dunst) == 1
    dunst.run("dunstctl", "close")
    qtbot.waitUntil(lambda: len(dunst_history(dunst)) == 1)
    assert "Bed" in dunst_history(dunst)[0]["body"]


def test_a_reminder_replaced_before_the_server_answered_is_closed(
        qtbot: QtBot, dunst: Desktop, links: list[BusLink]) -> None:
    clocks = FakeClocks(paris(2026, 11, 2, 7, 29))
    second = RoutineReminder("before-bed", time(7, 31), EVERY_DAY)
    runner = runner_at(qtbot, dunst, clocks, links, MORNING, second)
    clocks.advance(60)
    runner.check()
    clocks.advance(60)
    runner.check()  # before the event loop has heard the first one's id
    qtbot.waitUntil(lambda: len(dunst_history(dunst)) == 1 and displayed(dunst) == 1)
    assert "Morning" in dunst_history(dunst)[0]["body"]  # closed, not left stacked


def test_without_a_notification_server_the_client_says_so(
        qtbot: QtBot, desktop: Desktop, links: list[BusLink]) -> None:
    client = NotificationClient(open_link(links, desktop.bus))
    with qtbot.waitSignal(client.ready, timeout=5000) as ready:
        client.probe()
    assert ready.args == [False] and not client.available
    notifier = ReminderNotifier(client, None)
    assert notifier.method == ""
