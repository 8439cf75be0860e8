"""Damaged, unreadable, out-of-range and odd settings files: set aside or corrected, told once.

A file that cannot be read at all is kept aside whole; one bad value is reset alone.
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_schema import FIELD_WORDS, value_words
from stretchdesk.core.settings_store import CURRENT_VERSION, SettingsStore
from tests.core.settings_files import CHANGED, STAMP, put

BAD_FILES = {
    "broken YAML": ("version: 2\nlevel: [beginner\n", "was damaged (line 3: not valid YAML"),
    "empty": ("", "was empty"),
    "only comments": ("# nothing here\n\n", "was empty"),
    "a list, not settings": ("- version: 2\n", "does not hold a list of settings"),
    "no version": ("level: beginner\n", "its version is nothing (null)"),
    "future version": (f"version: {CURRENT_VERSION + 1}\nlevel: beginner\nnew_thing: 1\n",
                       f"written by a newer StretchDesk (settings version {CURRENT_VERSION + 1}"),
    "not UTF-8": (b"version: 2\nvoice: \xff\xfe\n", "is not UTF-8 text"),
    "python object tag": ("version: 2\nvoice: !!python/object/apply:os.system [ls]\n",
                          "line 2: the file contains the tag !!python/object/apply:os.system, "
                          "a Python command; StretchDesk never runs tags like this"),
    "alias bomb": ("version: 2\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}' if n > 1 else '*a'] * 10)}]\n"
        for n in range(1, 8)), "expand to more than 20,000 values"),
    "a 400-digit version": ("version: " + "9" * 400 + "\n", "this number is 400 characters"),
}

# One value of the wrong kind: that setting alone goes back to its default, in plain words.
WRONG_VALUES = {
    "volume: loud": ("volume", "loud", "Volume should be a number, not 'loud'; it was reset "
                     "to its default (80 %)."),
    "starting position as text": ("prepare_seconds", "long", "Starting position should be a "
                                  "number, not 'long'; it was reset to its default (10 s)."),
    "unknown level": ("level", "expert", "Level is 'expert'; use one of: beginner, intermediate, "
                      "advanced; it was reset to its default (intermediate)."),
    "yes/no as a number": ("reps", "true", "Repetitions per side for every stretch should be a "
                           "whole number, not true; it was reset to its default (2)."),
    "fraction of a repetition": ("reps", "2.5", "should be a whole number, not 2.5"),
    "a huge number": ("volume", "9" * 400, "Volume: this number is 400 characters long; numbers "
                      "in StretchDesk's files have at most 32; it was reset to its default"),
    "a word for a switch": ("countdown_ticks", "sometimes", "Countdown ticks should be yes or no"),
    "a list for a voice": ("voice", "[a, b]", "Voice should be text, not a list"),
    "holds as a list": ("hold_overrides", "[1, 2]", "Your own holds should be a list of stretch "
                        "ids with a hold for each; it was reset to its default (none)."),
    "a date for a theme": ("theme", "2001-13-45", "Appearance: '2001-13-45' is not a real date"),
    "a bad tag value": ("halfway_cue", "!!bool maybe", "Halfway cue: 'maybe' is marked as "
                        "yes/no (!!bool) but is neither true nor false; it was reset to its "
                        "default (on)."),
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


@pytest.mark.parametrize("field,value,words", WRONG_VALUES.values(), ids=WRONG_VALUES.keys())
def test_a_value_of_the_wrong_kind_is_reset_and_the_others_kept(
    store: SettingsStore, field: str, value: str, words: str
) -> None:
    original = put(store, f"version: 2\nlevel: advanced\n{field}: {value}\nrest_seconds: 20\n"
                          if field != "level" else f"version: 2\n{field}: {value}\n"
                          "rest_seconds: 20\n")
    loaded = store.load()
    expected = replace(Settings(), rest_seconds=20.0)
    if field != "level":
        expected = replace(expected, level=Level.ADVANCED)
    assert loaded == expected
    notice = store.notice or ""
    assert words in notice
    if "_" in field:
        assert field not in notice  # the Settings window's words, not the file's key
    kept = store.folder / f"settings.yaml.bad-{STAMP}"
    assert kept.read_bytes() == original  # what the person wrote is kept beside
    assert f"The original file was kept as {kept.name}." in notice
    # The file now holds the good values, so the person is told once.
    assert store.load() == expected
    assert store.notice is None


def test_only_the_bad_entries_of_a_list_or_table_go(store: SettingsStore) -> None:
    put(store, "version: 2\nhold_overrides: {cat-cow: 20, child: long, 7: 30}\n"
               "hidden_cautions: [gentle, 12, {a: b}, evening]\n")
    loaded = store.load()
    assert dict(loaded.hold_overrides) == {"cat-cow": 20.0}
    assert loaded.hidden_cautions == frozenset({"gentle", "evening"})
    notice = store.notice or ""
    assert "Your own hold for child should be a number, not 'long'; it was left out." in notice
    assert "Your own hold for 7 was left out" in notice
    assert "Routines whose cautions you hid: 2 entries that are not names were left out." in notice


def test_every_setting_has_words_for_messages() -> None:
    assert set(FIELD_WORDS) == {f.name for f in fields(Settings)}
    for f in fields(Settings):
        assert value_words(f.name)  # each default can be said too


def test_an_earlier_bad_file_is_never_overwritten(store: SettingsStore) -> None:
    put(store, "version: 2\nlevel: [expert\n")
    earlier = store.folder / f"settings.yaml.bad-{STAMP}"
    earlier.write_text("the first bad file\n")
    (store.folder / f"settings.yaml.bad-{STAMP}-2").write_text("the second\n")
    store.load()
    assert earlier.read_text() == "the first bad file\n"
    third = store.folder / f"settings.yaml.bad-{STAMP}-3"
    assert third.read_text() == "version: 2\nlevel: [expert\n"
    assert f"kept as {third.name}" in (store.notice or "")


def test_a_folder_where_the_file_should_be_is_set_aside(store: SettingsStore) -> None:
    (store.path / "inner").mkdir(parents=True)
    assert store.load() == Settings()
    assert "Your settings file is a folder, not a file StretchDesk can read" in (store.notice or "")
    assert (store.folder / f"settings.yaml.bad-{STAMP}" / "inner").is_dir()
    assert store.save(CHANGED)
    assert store.load() == CHANGED


def test_an_unreadable_file_is_set_aside(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(CHANGED)
    original = store.path.read_bytes()
    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == "settings.yaml":  # as root, chmod 000 would not stop a read
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    assert store.load() == Settings()
    assert "cannot be read (Permission denied)" in (store.notice or "")
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
    assert "Hold length for every stretch 900 s was out of range (5–300 s); using 300 s." in notice
    assert "Repetitions per side for every stretch 0 was out of range (1–10); using 1." in notice
    assert "Your own hold for cat-cow 2 s was out of range (5–300 s); using 5 s." in notice
    for words in ("Rest between stretches -5 s", "Volume 1.5", "Speaking rate -3",
                  "Text size 0.5"):
        assert words in notice
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
    assert "Voice was empty; it is set to its default (the system's voice)." in (store.notice or "")
