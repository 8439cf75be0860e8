"""Reminders in the settings file as the store keeps it: version 3, upgrades, bad values."""

from __future__ import annotations

from datetime import time

import yaml

from stretchdesk.core.model import Level
from stretchdesk.core.reminders.schema import reminders_to_data
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import CURRENT_VERSION, SettingsStore, settings_problems
from stretchdesk.core.yaml_source import parse_document
from tests.core.settings_files import CHANGED, STAMP, put


def test_the_reminders_are_saved_in_their_own_section_as_a_person_would_write_them(
        store: SettingsStore) -> None:
    store.save(CHANGED)
    text = store.path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert CURRENT_VERSION >= 3 and data["version"] == CURRENT_VERSION
    assert data["reminders"] == reminders_to_data(CHANGED.reminders)
    assert "    at: 07:30\n    days: weekdays\n" in text
    assert SettingsStore(store.folder, lambda: 0.0).load().reminders == CHANGED.reminders


def test_a_version_2_file_gains_the_reminders_and_keeps_everything_else(
        store: SettingsStore) -> None:
    put(store, "version: 2\nlevel: beginner\nvolume: 0.5\n")
    loaded = store.load()
    assert (loaded.level, loaded.volume, loaded.reminders) == (
        Level.BEGINNER, 0.5, ReminderSettings())
    assert store.notice is None  # an upgrade is nothing the person needs to hear about
    data = yaml.safe_load(store.path.read_text(encoding="utf-8"))
    assert data["version"] == CURRENT_VERSION
    assert data["reminders"]["desk_break"] == {
        "enabled": False, "routine": "desk-break", "after_minutes": 50, "idle_reset_minutes": 5}
    assert not list(store.folder.glob("settings.yaml.bad-*"))  # nothing was wrong


def test_a_version_1_file_goes_through_every_step(store: SettingsStore) -> None:
    put(store, "version: 1\nholds: {side-reach: 25}\nvolume: 40\n")
    loaded = store.load()
    assert dict(loaded.hold_overrides) == {"side-reach": 25.0} and loaded.volume == 0.4
    assert loaded.reminders == ReminderSettings()
    data = yaml.safe_load(store.path.read_text(encoding="utf-8"))
    assert data["version"] == CURRENT_VERSION and "reminders" in data


def test_a_bad_reminder_value_is_reset_alone_and_the_rest_kept(store: SettingsStore) -> None:
    original = put(store, (
        "version: 3\n"
        "level: advanced\n"
        "reminders:\n"
        "  desk_break: {enabled: yes, after_minutes: lots, idle_reset_minutes: 9}\n"
        "  routines:\n"
        "    - {routine: before-bed, at: '22:00', days: every day}\n"
        "    - {routine: morning-stiffness, at: '31:00'}\n"
        "  start_at_login: maybe\n"
        "rest_seconds: 20\n"))
    loaded = store.load()
    assert loaded.level is Level.ADVANCED and loaded.rest_seconds == 20
    assert loaded.reminders == ReminderSettings(
        routines=(RoutineReminder("before-bed", time(22, 0), EVERY_DAY),),
        desk_break=DeskBreak(enabled=True, after_minutes=50, idle_reset_minutes=9))
    notice = store.notice or ""
    path = store.path
    assert (f"{path}:4: settings.reminders.desk_break.after_minutes: should be a whole number "
            "of minutes, not 'lots'; using 50") in notice
    assert f"{path}:7: settings.reminders.routines[1].at: is '31:00'" in notice
    assert f"{path}:8: settings.reminders.start_at_login: should be yes or no" in notice
    assert f"The original file was kept as settings.yaml.bad-{STAMP}." in notice
    assert (store.folder / f"settings.yaml.bad-{STAMP}").read_bytes() == original
    assert store.load() == loaded and store.notice is None  # said once, then fixed


def test_an_empty_or_wrong_section_gives_no_reminders_and_says_so(store: SettingsStore) -> None:
    put(store, "version: 3\nlevel: beginner\nreminders:\n")
    assert store.load().reminders == ReminderSettings()
    assert "Reminders was empty; it is set to its default (no reminders)." in (store.notice or "")
    put(store, "version: 3\nlevel: beginner\nreminders: [07:30]\n")
    loaded = store.load()
    assert loaded.reminders == ReminderSettings() and loaded.level is Level.BEGINNER
    assert "settings.reminders: should be a mapping of reminder settings" in (store.notice or "")


def test_check_names_the_reminder_problems_without_writing(store: SettingsStore) -> None:
    text = "version: 3\nreminders:\n  desk_break: {after_minutes: 5}\n"
    problems = settings_problems(parse_document("settings.yaml", text))
    assert problems == ["settings.yaml:3: settings.reminders.desk_break.after_minutes: 5 is out "
                        "of range (10–240 minutes); using 10"]


def test_reminders_take_part_in_equality_so_a_change_is_saved() -> None:
    on = Settings(reminders=ReminderSettings(desk_break=DeskBreak(enabled=True)))
    assert on != Settings() and on.reminders.active
