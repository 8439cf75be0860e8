"""The settings file: saved and loaded intact, damaged files set aside, old ones upgraded."""

from __future__ import annotations

import os
import threading
from dataclasses import fields, replace
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
    Contrast,
    HoldMode,
    Motion,
    Settings,
    Theme,
)
from stretchdesk.core.settings_schema import BOUNDS, forget_hold, remember_hold
from stretchdesk.core.settings_store import CURRENT_VERSION, UPGRADES, SettingsStore
from stretchdesk.core.timeline import PhaseKind, Side, build_timeline
from tests.core.clock import FakeClock
from tests.core.factory import make_data, make_library, routine_text, write
from tests.core.settings_files import CHANGED, NOW, STAMP, put


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
    contrast=st.sampled_from(Contrast),
    motion=st.sampled_from(Motion),
)
@hyp_settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_settings_in_bounds_round_trip(store: SettingsStore, **values: Any) -> None:
    values["hold_overrides"] = MappingProxyType(values["hold_overrides"])
    chosen = Settings(**values)
    store.save(chosen)
    assert store.load() == chosen
    assert store.notice is None


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


def test_a_bad_value_in_a_version_1_file_is_reset_alone(store: SettingsStore) -> None:
    original = put(store, "version: 1\nlevel: advanced\nholds: {side-reach: long, cat-cow: 20}\n")
    loaded = store.load()
    assert loaded.level is Level.ADVANCED
    assert dict(loaded.hold_overrides) == {"cat-cow": 20.0}
    assert "Your own hold for side-reach should be a number" in (store.notice or "")
    assert (store.folder / f"settings.yaml.bad-{STAMP}").read_bytes() == original
    assert yaml.safe_load(store.path.read_text())["version"] == CURRENT_VERSION


@pytest.mark.parametrize("volume", ["9" * 30, "-" + "9" * 30, ".inf"])
def test_a_version_1_volume_beyond_any_float_is_clamped(store: SettingsStore, volume: str) -> None:
    put(store, f"version: 1\nvolume: {volume}\nlevel: beginner\n")
    loaded = store.load()
    assert loaded.volume in (0.0, 1.0)
    assert loaded.level is Level.BEGINNER
    assert "Volume" in (store.notice or "") and "out of range" in (store.notice or "")


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


@pytest.mark.parametrize("voice", ["\x85", "a\u2028b", "Français", "日本語"])
def test_any_voice_name_survives_the_file(store: SettingsStore, voice: str) -> None:
    store.save(replace(Settings(), voice=voice))
    assert store.load().voice == voice
