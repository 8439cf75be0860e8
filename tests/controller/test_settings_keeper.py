"""The settings the app starts with: a newcomer's on a first run, else what was saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.model import Level
from stretchdesk.core.newcomer import NEWCOMER
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore


def test_a_first_run_starts_at_beginner_and_a_saved_level_is_kept(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path, lambda: 0.0)
    assert SettingsKeeper(store).load() == NEWCOMER
    assert NEWCOMER.level is Level.BEGINNER
    assert replace(NEWCOMER, level=Settings().level) == Settings()  # every other default
    store.save(Settings(level=Level.ADVANCED))
    assert SettingsKeeper(store).load().level is Level.ADVANCED


def test_settings_that_could_not_be_read_are_not_a_first_run(tmp_path: Path) -> None:
    (tmp_path / "settings.yaml").write_text("version: 2\nlevel: [not, a, level]\n")
    keeper = SettingsKeeper(SettingsStore(tmp_path, lambda: 0.0))
    assert keeper.load() == Settings()  # the defaults, and the person is told
    assert keeper.notice
