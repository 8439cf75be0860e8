"""Reminders start when first needed: a window alone loads none of their desktop parts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk.core.reminders.settings import DeskBreak, ReminderSettings
from stretchdesk.core.settings import Settings
from stretchdesk.ui.reminders_on_demand import RemindersOnDemand
from tests.ui.conftest import MakeWindow

pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@pytest.fixture(autouse=True)
def no_desktop_services(monkeypatch: pytest.MonkeyPatch) -> None:
    """This machine's own bus and display are not the test's to use."""
    for name in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY"):
        monkeypatch.delenv(name, raising=False)


def test_without_reminders_nothing_starts_until_one_is_turned_on(
        make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    on_demand = RemindersOnDemand(window, None)
    on_demand.start()
    assert on_demand.service is None
    window.controller.start_routine("before-bed")  # noted all the same, for the tray menu
    window.controller.stop()
    assert on_demand.memory.recent_routines()[0] == "before-bed"
    on = ReminderSettings(desk_break=DeskBreak(enabled=True))
    window.controller.apply_settings(replace(window.controller.settings, reminders=on))
    assert on_demand.service is not None
    assert on_demand.service.runner.scheduler.settings == on


def test_reminders_that_are_on_start_with_the_app(make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(reminders=ReminderSettings(
        desk_break=DeskBreak(enabled=True))))
    on_demand = RemindersOnDemand(window, None)
    on_demand.start()
    assert on_demand.service is not None and on_demand.service.runner.timer.isActive()


def test_settings_ask_what_the_desktop_offers_and_that_starts_them_idle(
        make_window: MakeWindow) -> None:
    window = make_window()
    on_demand = RemindersOnDemand(window, None)
    on_demand.start()
    assert window.reminder_desktop is not None
    desktop = window.reminder_desktop()
    assert on_demand.service is not None and not on_demand.service.tray.visible
    assert (desktop.tray, desktop.idle, desktop.shown_as) == (False, "", "")
