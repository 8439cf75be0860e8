"""Damaged, unreadable, out-of-range and odd settings files: set aside or corrected, told once."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from tests.core.settings_files import CHANGED, STAMP, put

BAD_FILES = {
    "broken YAML": ("version: 2\nlevel: [beginner\n", "was damaged (line 3: not valid YAML"),
    "empty": ("", "was empty"),
    "only comments": ("# nothing here\n\n", "was empty"),
    "a list, not settings": ("- version: 2\n", "does not hold a list of settings"),
    "wrong type": ("version: 2\nhold_seconds: thirty\n",
                   "line 2, hold_seconds: should be a number, not 'thirty'"),
    "unknown level": ("version: 2\nlevel: expert\n", "line 2, level: is 'expert'"),
    "yes/no as a number": ("version: 2\nreps: true\n", "reps: should be a whole number"),
    "fraction of a repetition": ("version: 2\nreps: 2.5\n", "should be a whole number"),
    "hold given as text": ("version: 2\nhold_overrides: {cat-cow: long}\n",
                           "hold_overrides.cat-cow: should be a number"),
    "no version": ("level: beginner\n", "its version is None"),
    "future version": ("version: 3\nlevel: beginner\nnew_thing: 1\n",
                       "written by a newer StretchDesk (settings version 3"),
    "not UTF-8": (b"version: 2\nvoice: \xff\xfe\n", "not UTF-8"),
    "python object tag": ("version: 2\nvoice: !!python/object/apply:os.system [ls]\n",
                          "was damaged"),
}


@pytest.mark.parametrize("text,reason", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_set_aside_and_the_defaults_used(
    store: SettingsStore, text: str | bytes, reason: str
) -> None:
    original = put(store, text)
    assert store.load() == Settings()
    kept = store.folder / f"settings.yaml.bad-{STAMP}"
    assert kept.read_bytes() == original  # nothing the person wrote is lost
    assert not store.path.exists()
    assert store.kept_as == kept
    assert store.notice is not None
    assert reason in store.notice
    assert f"kept as settings.yaml.bad-{STAMP} and the defaults are in use" in store.notice
    # Told once: the next start finds no file and says nothing.
    assert store.load() == Settings()
    assert store.notice is None
    # Saving writes a fresh file and leaves the kept one alone.
    store.save(CHANGED)
    assert store.load() == CHANGED
    assert kept.read_bytes() == original


def test_an_earlier_bad_file_is_never_overwritten(store: SettingsStore) -> None:
    put(store, "version: 2\nlevel: expert\n")
    earlier = store.folder / f"settings.yaml.bad-{STAMP}"
    earlier.write_text("the first bad file\n")
    (store.folder / f"settings.yaml.bad-{STAMP}-2").write_text("the second\n")
    store.load()
    assert earlier.read_text() == "the first bad file\n"
    third = store.folder / f"settings.yaml.bad-{STAMP}-3"
    assert third.read_text() == "version: 2\nlevel: expert\n"
    assert f"kept as {third.name}" in (store.notice or "")


def test_a_folder_where_the_file_should_be_is_set_aside(store: SettingsStore) -> None:
    (store.path / "inner").mkdir(parents=True)
    assert store.load() == Settings()
    assert "could not be read" in (store.notice or "")
    assert (store.folder / f"settings.yaml.bad-{STAMP}" / "inner").is_dir()
    assert store.save(CHANGED)
    assert store.load() == CHANGED


def test_an_unreadable_file_is_set_aside(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(CHANGED)
    original = store.path.read_bytes()
    real_read = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "settings.yaml":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert store.load() == Settings()
    assert "could not be read (Permission denied)" in (store.notice or "")
    assert (store.folder / f"settings.yaml.bad-{STAMP}").read_bytes() == original


def test_a_file_that_cannot_be_moved_is_left_alone_and_never_overwritten(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = put(store, "version: 2\nlevel: [beginner\n")

    def refuse(src: Any, dst: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    assert store.load() == Settings()
    assert store.protected
    notice = store.notice or ""
    assert "could not be moved aside (Permission denied)" in notice
    assert "will not be overwritten" in notice
    assert store.save(CHANGED) is False
    assert store.path.read_bytes() == original
    assert list(store.folder.iterdir()) == [store.path]


def test_out_of_range_values_are_clamped_reported_and_corrected_once(
    store: SettingsStore,
) -> None:
    original = put(store, (
        "version: 2\nhold_seconds: 900\nreps: 0\nrest_seconds: -5\nvolume: 1.5\n"
        "speech_rate: -3\ntext_scale: 0.5\nhold_overrides: {cat-cow: 2, child: .inf}\n"
    ))
    loaded = store.load()
    assert (loaded.hold_seconds, loaded.reps, loaded.rest_seconds) == (300, 1, 0)
    assert (loaded.volume, loaded.speech_rate, loaded.text_scale) == (1, -1, 0.75)
    assert dict(loaded.hold_overrides) == {"cat-cow": 5, "child": 300}
    notice = store.notice or ""
    assert "hold_seconds 900 was out of range (5–300 s); using 300." in notice
    assert "reps 0 was out of range (1–10); using 1." in notice
    assert "hold_overrides.cat-cow 2 was out of range (5–300 s); using 5." in notice
    for name in ("rest_seconds -5", "volume 1.5", "speech_rate -3", "text_scale 0.5"):
        assert name in notice
    assert (store.folder / f"settings.yaml.bad-{STAMP}").read_bytes() == original
    assert store.load() == loaded
    assert store.notice is None


def test_unknown_keys_are_ignored_and_unknown_stretches_kept(store: SettingsStore) -> None:
    put(store, "version: 2\ncolour: teal\nlevel: beginner\nhold_overrides: {retired: 25}\n")
    loaded = store.load()
    assert loaded == replace(Settings(level=Level.BEGINNER),
                             hold_overrides=MappingProxyType({"retired": 25.0}))
    assert store.notice is not None
    assert "unknown setting 'colour' was ignored" in store.notice


def test_an_empty_value_falls_back_to_its_default(store: SettingsStore) -> None:
    put(store, "version: 2\nvoice:\nlevel: advanced\n")
    loaded = store.load()
    assert (loaded.voice, loaded.level) == ("", Level.ADVANCED)
    assert "voice was empty; using the default." in (store.notice or "")
