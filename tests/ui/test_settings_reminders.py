"""The Reminders page of Settings: each control changes its setting and survives the file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from stretchdesk.core.model import Library
from stretchdesk.core.newcomer import NEWCOMER
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    WEEKDAYS,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
    Weekday,
)
from stretchdesk.core.settings import Level, Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.desktop.autostart import MARK, autostart_path
from stretchdesk.desktop.idle import NO_IDLE_NOTE
from stretchdesk.ui.login_start import apply_login_start, keep_login_start
from stretchdesk.ui.reminder_desktop import ReminderDesktop
from stretchdesk.ui.settings_dialog import SettingsDialog
from tests.core.clock import FakeClock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MORNING = RoutineReminder("morning-stiffness", time(7, 30), WEEKDAYS)
DEFAULTS = Settings()


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's XDG config folder (where the autostart entry goes), inside the test."""
    folder = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def open_dialog(qtbot: QtBot, library: Library,
                settings: Settings = DEFAULTS) -> tuple[SettingsDialog, list[Settings]]:
    dialog = SettingsDialog(settings, library, (), login_start=apply_login_start)
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.tabs.setCurrentWidget(dialog.reminders)
    return dialog, emitted


def pick(combo: object, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def survives_the_file(settings: Settings, tmp_path: Path) -> Settings:
    store = SettingsStore(tmp_path / "config", FakeClock())
    store.save(settings)
    loaded = SettingsStore(tmp_path / "config", FakeClock()).load()
    assert loaded == settings
    return loaded


def desk_on(d: SettingsDialog) -> None:
    d.reminders.desk_enabled.click()


# Each control, used as a person would, and the reminder settings it must give.
CONTROLS: dict[str, tuple[Callable[[SettingsDialog], None], ReminderSettings]] = {
    "desk break on": (desk_on, ReminderSettings(desk_break=DeskBreak(enabled=True))),
    "after minutes": (lambda d: (desk_on(d), d.reminders.after.setValue(35)),
                      ReminderSettings(desk_break=DeskBreak(enabled=True, after_minutes=35))),
    "desk routine": (lambda d: (desk_on(d), pick(d.reminders.desk_routine, "before-bed")),
                     ReminderSettings(desk_break=DeskBreak(enabled=True,
                                                           routine_id="before-bed"))),
    "idle reset": (lambda d: (desk_on(d), d.reminders.idle_reset.setValue(12)),
                   ReminderSettings(desk_break=DeskBreak(enabled=True, idle_reset_minutes=12))),
    "keep in tray off": (lambda d: d.reminders.close_to_tray.click(),
                         ReminderSettings(close_to_tray=False)),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_each_control_changes_its_setting_and_survives_the_file(
        qtbot: QtBot, library: Library, tmp_path: Path, name: str) -> None:
    dialog, emitted = open_dialog(qtbot, library)
    act, expected = CONTROLS[name]
    act(dialog)
    assert emitted and emitted[-1] == dialog.settings
    assert dialog.settings == Settings(reminders=expected)  # nothing else moved
    survives_the_file(dialog.settings, tmp_path)


def test_routine_reminders_are_added_edited_and_removed(
        qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    dialog, _ = open_dialog(qtbot, library)
    routines = dialog.reminders.routines
    assert not routines.remove.isEnabled() and not routines.at.isEnabled()
    routines.add.click()
    first_id = next(iter(routines._names))
    assert dialog.settings.reminders.routines == (RoutineReminder(first_id, time(7, 30)),)
    assert routines.model.item(0).text().endswith("at 07:30 on weekdays")
    pick(routines.routine, "morning-stiffness")
    routines.at.setTime(QTime(6, 45))
    routines.days[Weekday.SATURDAY].click()
    routines.days[Weekday.SUNDAY].click()
    assert dialog.settings.reminders.routines == (
        RoutineReminder("morning-stiffness", time(6, 45), EVERY_DAY),)
    assert routines.model.item(0).text() == "Morning stiffness at 06:45 every day"
    routines.add.click()  # the next free hour, so it never repeats the first
    assert dialog.settings.reminders.routines[1].at == time(7, 30)
    assert routines.chosen == 1
    pick(routines.routine, "before-bed")
    routines.model.item(0).setCheckState(Qt.CheckState.Unchecked)  # the tick box: off
    assert [r.enabled for r in dialog.settings.reminders.routines] == [False, True]
    survives_the_file(dialog.settings, tmp_path)
    routines.view.setCurrentIndex(routines.model.index(0, 0))
    routines.remove.click()
    assert [r.routine_id for r in dialog.settings.reminders.routines] == ["before-bed"]
    loaded = survives_the_file(dialog.settings, tmp_path)
    assert loaded.reminders.routines == (RoutineReminder("before-bed", time(7, 30)),)


def test_a_reminder_keeps_a_day_and_is_never_made_twice(qtbot: QtBot, library: Library) -> None:
    start = Settings(reminders=ReminderSettings(routines=(
        MORNING, RoutineReminder("morning-stiffness", time(8, 0), WEEKDAYS))))
    dialog, emitted = open_dialog(qtbot, library, start)
    routines = dialog.reminders.routines
    routines.view.setCurrentIndex(routines.model.index(1, 0))
    routines.at.setTime(QTime(7, 30))  # would be the first one again
    assert dialog.settings == start and not emitted
    assert routines.problem.text() == "That reminder is in the list already."
    assert routines.at.time() == QTime(8, 0)
    for day in sorted(WEEKDAYS)[:-1]:
        routines.days[day].click()
    assert dialog.settings.reminders.routines[1].days == {Weekday.FRIDAY}
    routines.days[Weekday.FRIDAY].click()  # the last day stays
    assert routines.days[Weekday.FRIDAY].isChecked()
    assert dialog.settings.reminders.routines[1].days == {Weekday.FRIDAY}


def test_a_reminder_for_a_deleted_routine_is_kept_and_named(
        qtbot: QtBot, library: Library) -> None:
    gone = RoutineReminder("retired-routine", time(9, 0), WEEKDAYS)
    dialog, _ = open_dialog(qtbot, library, Settings(reminders=ReminderSettings(routines=(gone,))))
    routines = dialog.reminders.routines
    assert routines.model.item(0).text() == "retired-routine (not found) at 09:00 on weekdays"
    assert routines.routine.currentText() == "retired-routine (not found)"
    dialog.reminders.close_to_tray.click()
    assert dialog.settings.reminders.routines == (gone,)


def test_start_at_login_writes_and_removes_the_autostart_entry(
        qtbot: QtBot, library: Library, xdg: Path, tmp_path: Path) -> None:
    dialog, _ = open_dialog(qtbot, library)
    entry = autostart_path()
    assert entry.parent.parent == xdg
    dialog.reminders.start_at_login.click()
    assert dialog.settings.reminders.start_at_login
    text = entry.read_text(encoding="utf-8")
    assert "--tray" in text and MARK in text
    assert survives_the_file(dialog.settings, tmp_path).reminders.start_at_login
    dialog.reminders.start_at_login.click()
    assert not entry.exists() and not dialog.settings.reminders.start_at_login
    assert not dialog.reminders.login_problem.isVisible()


def test_an_entry_that_cannot_be_written_is_said_and_the_box_stays_off(
        qtbot: QtBot, library: Library, xdg: Path) -> None:
    xdg.mkdir()
    (xdg / "autostart").write_text("a file where the folder should be")
    dialog, emitted = open_dialog(qtbot, library)
    dialog.show()
    dialog.reminders.start_at_login.click()
    assert not dialog.reminders.start_at_login.isChecked()
    assert not emitted and not dialog.settings.reminders.start_at_login
    problem = dialog.reminders.login_problem
    assert problem.isVisible() and problem.text().startswith(
        f"Could not write {xdg / 'autostart' / 'stretchdesk.desktop'}:")


def test_the_page_says_what_the_desktop_offers(qtbot: QtBot, library: Library) -> None:
    dialog, _ = open_dialog(qtbot, library)
    dialog.show()
    page = dialog.reminders
    assert not page.idle_note.isVisible()  # not known before reminders run
    dialog.set_reminder_desktop(ReminderDesktop(True, "the X11 screen-saver extension",
                                                "notification"))
    assert page.idle_note.text() == ("Time away from the keyboard and mouse is read from the "
                                     "X11 screen-saver extension.")
    assert "notification with Start, Snooze 10 minutes and Skip today" in page.shown_note.text()
    assert not page.tray_note.isVisible() and page.close_to_tray.isEnabled()
    dialog.set_reminder_desktop(ReminderDesktop(False, "", ""))
    assert page.idle_note.text() == NO_IDLE_NOTE
    assert page.tray_note.isVisible() and "reminders come only while its window is open" in (
        page.tray_note.text())
    assert not page.close_to_tray.isEnabled()


def test_restore_defaults_keeps_the_reminders(
        qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = ReminderSettings(routines=(MORNING,), desk_break=DeskBreak(enabled=True))
    dialog, _ = open_dialog(qtbot, library, Settings(level=Level.ADVANCED, reminders=mine))
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent: True))
    dialog.restore.click()
    assert dialog.settings == replace(NEWCOMER, reminders=mine)  # as a first run starts
    assert dialog.reminders.desk_enabled.isChecked()


def test_each_start_keeps_a_wanted_entry_true_and_leaves_others_alone(xdg: Path) -> None:
    entry = autostart_path()
    assert keep_login_start(False) is None and not entry.exists()
    assert keep_login_start(True) is None
    written = entry.read_text(encoding="utf-8")
    assert "--tray" in written
    entry.write_text(written.replace("--tray", "--tray --old-place"), encoding="utf-8")
    assert keep_login_start(True) is None
    assert entry.read_text(encoding="utf-8") == written  # the app moved: the entry follows
    assert keep_login_start(False) is None and entry.exists()  # only unticking removes it
    entry.write_text("[Desktop Entry]\nExec=my-own-script\n", encoding="utf-8")
    problem = keep_login_start(True)
    assert problem == f"{entry} was not written by StretchDesk; it was left as it is."
    assert entry.read_text(encoding="utf-8") == "[Desktop Entry]\nExec=my-own-script\n"
