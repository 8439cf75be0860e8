"""The settings file: saved and loaded intact, damaged files set aside, old ones upgraded."""

from __future__ import annotations

import os
import threading
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from stretchdesk.core.model import Level
from stretchdesk.core.settings import (
    HoldMode,
    RepsMode,
    Settings,
    SideOrderChoice,
    SoundMode,
    Theme,
)
from stretchdesk.core.settings_schema import BOUNDS, forget_hold, remember_hold
from stretchdesk.core.settings_store import CURRENT_VERSION, UPGRADES, SettingsStore
from stretchdesk.core.timeline import PhaseKind, Side, build_timeline
from tests.core.clock import FakeClock
from tests.core.factory import make_data, make_library, routine_text, write

NOW = 1_795_000_000.0  # 2026-11-18 11:06:40 UTC
STAMP = datetime.fromtimestamp(NOW, tz=UTC).strftime("%Y%m%d-%H%M%S")

CHANGED = Settings(
    level=Level.ADVANCED,
    hold_mode=HoldMode.FIXED,
    hold_seconds=42.5,
    hold_overrides=MappingProxyType({"side-reach": 17.0, "gone-stretch": 55.0}),
    reps_mode=RepsMode.FIXED,
    reps=4,
    side_order=SideOrderChoice.ONE_SIDE_FIRST,
    prepare_seconds=12.0,
    release_seconds=7.0,
    switch_seconds=3.0,
    rest_seconds=0.0,
    countdown_ticks=False,
    halfway_cue=False,
    breath_cues=False,
    sound_mode=SoundMode.CHIME,
    voice="English (Great Britain)",
    speech_rate=-0.3,
    volume=0.25,
    theme=Theme.DARK,
    text_scale=1.5,
    hidden_cautions=frozenset({"cat-cow", "pelvic-tilt"}),
)


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config", FakeClock(NOW))


def put(store: SettingsStore, text: str | bytes) -> bytes:
    store.folder.mkdir(parents=True, exist_ok=True)
    raw = text.encode() if isinstance(text, str) else text
    store.path.write_bytes(raw)
    return raw


def test_no_file_gives_the_defaults_and_writes_nothing(store: SettingsStore) -> None:
    assert store.load() == Settings()
    assert store.notice is None
    assert not store.folder.exists()


def test_every_setting_survives_save_and_load(store: SettingsStore) -> None:
    # CHANGED differs from the defaults in every field, so a field the file forgets fails.
    for f in fields(Settings):
        assert getattr(CHANGED, f.name) != getattr(Settings(), f.name), f.name
    assert store.save(CHANGED)
    loaded = SettingsStore(store.folder, FakeClock(NOW)).load()
    assert loaded == CHANGED
    assert dict(loaded.hold_overrides) == {"side-reach": 17.0, "gone-stretch": 55.0}


def test_the_file_is_versioned_yaml_a_person_can_read(store: SettingsStore) -> None:
    store.save(CHANGED)
    data = yaml.safe_load(store.path.read_text(encoding="utf-8"))
    assert next(iter(data)) == "version"
    assert data["version"] == CURRENT_VERSION
    assert data["level"] == "advanced"
    assert data["hold_overrides"] == {"gone-stretch": 55, "side-reach": 17}
    assert data["rest_seconds"] == 0  # whole numbers are written without ".0"


def test_every_number_has_bounds() -> None:
    numeric = [f.name for f in fields(Settings)
               if isinstance(getattr(Settings(), f.name), int | float)
               and not isinstance(getattr(Settings(), f.name), bool)]
    assert sorted(numeric) == sorted(set(BOUNDS) - {"hold_overrides"})
    for name in numeric:
        assert getattr(Settings(), name) in BOUNDS[name], name
    assert (BOUNDS["hold_seconds"].low, BOUNDS["hold_seconds"].high) == (5, 300)
    assert (BOUNDS["rest_seconds"].low, BOUNDS["rest_seconds"].high) == (0, 120)


def _bounded(name: str) -> st.SearchStrategy[float]:
    bounds = BOUNDS[name]
    return st.floats(bounds.low, bounds.high, allow_nan=False)


_names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@given(
    level=st.sampled_from(Level),
    hold_mode=st.sampled_from(HoldMode),
    hold_seconds=_bounded("hold_seconds"),
    hold_overrides=st.dictionaries(_names, _bounded("hold_seconds"), max_size=4),
    reps=st.integers(1, 10),
    rest_seconds=_bounded("rest_seconds"),
    speech_rate=_bounded("speech_rate"),
    volume=_bounded("volume"),
    text_scale=_bounded("text_scale"),
    voice=_names,
    hidden_cautions=st.frozensets(_names, max_size=3),
    theme=st.sampled_from(Theme),
)
@hyp_settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_settings_in_bounds_round_trip(store: SettingsStore, **values: Any) -> None:
    values["hold_overrides"] = MappingProxyType(values["hold_overrides"])
    chosen = Settings(**values)
    store.save(chosen)
    assert store.load() == chosen
    assert store.notice is None


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


def test_every_old_version_has_an_upgrade_step() -> None:
    assert sorted(UPGRADES) == list(range(1, CURRENT_VERSION))


def test_a_version_1_file_is_upgraded_in_place(store: SettingsStore) -> None:
    put(store, "version: 1\nlevel: beginner\nholds: {side-reach: 25}\nvolume: 40\n")
    loaded = store.load()
    assert loaded.level is Level.BEGINNER
    assert dict(loaded.hold_overrides) == {"side-reach": 25.0}
    assert loaded.volume == pytest.approx(0.4)
    assert store.notice is None  # nothing the person needs to hear about
    data = yaml.safe_load(store.path.read_text())
    assert data["version"] == CURRENT_VERSION
    assert data["hold_overrides"] == {"side-reach": 25}
    assert "holds" not in data
    assert store.load() == loaded


def test_a_bad_version_1_file_is_set_aside_too(store: SettingsStore) -> None:
    put(store, "version: 1\nholds: {side-reach: long}\n")
    assert store.load() == Settings()
    assert "hold_overrides.side-reach: should be a number" in (store.notice or "")
    assert (store.folder / f"settings.yaml.bad-{STAMP}").exists()


def test_a_crash_between_writing_and_renaming_keeps_the_old_file(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(CHANGED)
    before = store.path.read_bytes()

    def killed(src: Any, dst: Any) -> None:
        raise KeyboardInterrupt  # the process dies after the write, before the rename

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        store.save(Settings())
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]


def test_a_failed_write_raises_and_keeps_the_old_file(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(CHANGED)
    before = store.path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        store.save(Settings())
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]


def test_two_quick_saves_leave_the_second_and_no_leftovers(store: SettingsStore) -> None:
    store.save(CHANGED)
    store.save(replace(CHANGED, reps=7))
    assert store.load() == replace(CHANGED, reps=7)
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]


def test_a_reader_never_sees_a_half_written_file(store: SettingsStore) -> None:
    a, b = CHANGED, replace(Settings(), voice="x" * 5000)  # a long file takes several writes
    store.save(a)
    done = threading.Event()
    errors: list[BaseException] = []

    def save_many() -> None:
        try:
            for n in range(150):
                store.save(a if n % 2 else b)
        except BaseException as exc:
            errors.append(exc)
        finally:
            done.set()

    writer = threading.Thread(target=save_many)
    writer.start()
    reader = SettingsStore(store.folder, FakeClock(NOW))
    seen = 0
    while not done.is_set() or seen == 0:
        assert reader.load() in (a, b)
        assert reader.notice is None
        seen += 1
    writer.join()
    assert not errors
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]


def test_a_new_timeline_uses_the_loaded_settings(store: SettingsStore, tmp_path: Path) -> None:
    data = make_data(tmp_path / "data")
    write(data / "routines" / "own.yaml",
          routine_text("own", "{stretch: side-reach, hold_seconds: 12}", "both-knees"))
    lib = make_library(tmp_path / "data")
    chosen = replace(CHANGED, hold_overrides=MappingProxyType({"side-reach": 17.0}))
    store.save(chosen)
    loaded = store.load()
    mixed = build_timeline(lib.routines["mixed"], lib, loaded)
    holds = {(p.stretch_id, p.seconds) for p in mixed if p.kind is PhaseKind.HOLD}
    # The override beats the fixed length; the fixed length beats the level (45 s).
    assert holds == {("side-reach", 17.0), ("both-knees", 42.5)}
    sides = [p.side for p in mixed if p.kind is PhaseKind.HOLD and p.item == 0]
    assert sides == [Side.LEFT] * 4 + [Side.RIGHT] * 4  # fixed 4 reps, one side first
    kinds = {p.kind: p.seconds for p in mixed}
    assert (kinds[PhaseKind.PREPARE], kinds[PhaseKind.RELEASE], kinds[PhaseKind.SWITCH]) == (
        12.0, 7.0, 3.0)
    assert PhaseKind.REST not in kinds  # rest set to 0 s is left out
    # The routine item's own hold still comes first.
    own = build_timeline(lib.routines["own"], lib, loaded)
    assert {p.seconds for p in own if p.kind is PhaseKind.HOLD and p.item == 0} == {12.0}


@pytest.mark.parametrize("asked,kept", [(20, 20.0), (2, 5.0), (900, 300.0), (12.5, 12.5)])
def test_remember_hold_keeps_a_clamped_hold_for_one_stretch(asked: float, kept: float) -> None:
    before = Settings(hold_overrides=MappingProxyType({"cat-cow": 40.0}))
    after = remember_hold(before, "side-reach", asked)
    assert dict(after.hold_overrides) == {"cat-cow": 40.0, "side-reach": kept}
    assert dict(before.hold_overrides) == {"cat-cow": 40.0}
    assert forget_hold(after, "side-reach") == before


def test_a_remembered_hold_is_used_next_time(store: SettingsStore, tmp_path: Path) -> None:
    lib = make_library(tmp_path / "data")
    store.save(remember_hold(Settings(), "both-knees", 38))
    timeline = build_timeline(lib.routines["mixed"], lib, store.load())
    assert {p.seconds for p in timeline if p.kind is PhaseKind.HOLD
            and p.stretch_id == "both-knees"} == {38.0}
