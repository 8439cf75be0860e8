"""The history settings in the file: the back check-in, the weekly goal and the rest days."""

from __future__ import annotations

import pytest
import yaml

from stretchdesk.core.settings import Settings, Weekday
from stretchdesk.core.settings_store import CURRENT_VERSION, SettingsStore
from tests.core.settings_files import CHANGED, put


def test_they_are_written_as_a_person_would_write_them(store: SettingsStore) -> None:
    store.save(CHANGED)
    data = yaml.safe_load(store.path.read_text(encoding="utf-8"))
    assert data["back_check_in"] is False
    assert data["weekly_goal_minutes"] == 90
    assert data["rest_days"] == ["wed", "sun"]  # in week order


@pytest.mark.parametrize("version", [2, 3])
def test_an_older_file_is_upgraded_with_their_defaults(store: SettingsStore,
                                                       version: int) -> None:
    put(store, f"version: {version}\nlevel: beginner\nvolume: 0.5\n")
    loaded = store.load()
    assert (loaded.back_check_in, loaded.weekly_goal_minutes, loaded.rest_days) == (
        True, 60, frozenset())
    assert store.notice is None
    data = yaml.safe_load(store.path.read_text())
    assert data["version"] == CURRENT_VERSION == 4
    assert (data["back_check_in"], data["weekly_goal_minutes"], data["rest_days"]) == (
        True, 60, [])
    assert data["level"] == "beginner" and data["volume"] == 0.5


def test_a_version_1_file_goes_through_every_step(store: SettingsStore) -> None:
    put(store, "version: 1\nvolume: 40\n")
    loaded = store.load()
    assert loaded.volume == 0.4 and loaded.weekly_goal_minutes == 60
    assert yaml.safe_load(store.path.read_text())["version"] == CURRENT_VERSION


def test_days_are_read_by_their_short_names_and_a_wrong_one_is_left_out(
        store: SettingsStore) -> None:
    put(store, "version: 4\nrest_days: [Sat, sun, someday, 3]\nweekly_goal_minutes: 5000\n")
    loaded = store.load()
    assert loaded.rest_days == {Weekday.SATURDAY, Weekday.SUNDAY}
    assert loaded.weekly_goal_minutes == 1000
    notice = store.notice or ""
    assert "Rest days: 'someday', 3 are not days (mon … sun), so left out." in notice
    assert "Weekly goal 5000 min was out of range (0–1000 min); using 1000 min." in notice


def test_rest_days_that_are_not_a_list_are_reset(store: SettingsStore) -> None:
    put(store, "version: 4\nrest_days: sunday\nback_check_in: maybe\n")
    loaded = store.load()
    assert loaded.rest_days == frozenset() and loaded.back_check_in is True
    notice = store.notice or ""
    assert "Rest days should be a list of days (mon … sun)" in notice
    assert "Ask how your back feels should be yes or no" in notice
    assert Settings().rest_days == frozenset()
