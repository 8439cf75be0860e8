"""The settings dialog: every control changes its setting, survives the file, drives timelines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.core.model import Library
from stretchdesk.core.newcomer import NEWCOMER
from stretchdesk.core.settings import (
    Contrast,
    HoldMode,
    Level,
    Motion,
    RepsMode,
    Settings,
    SideOrderChoice,
    SoundMode,
    Theme,
)
from stretchdesk.core.settings_schema import BOUNDS, remember_hold
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind, Side, build_timeline
from stretchdesk.ui.settings_dialog import SettingsDialog
from tests.core.clock import FakeClock
from tests.core.factory import make_library

# The offscreen platform says this whenever a dialog is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

VOICES = ("English (America)", "English (Great Britain)", "Deutsch")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return make_library(tmp_path / "data")


@pytest.fixture
def dialog(qtbot: QtBot, library: Library) -> SettingsDialog:
    widget = SettingsDialog(Settings(), library, VOICES)
    qtbot.addWidget(widget)
    return widget


def pick(combo: Any, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def fixed_hold(d: SettingsDialog) -> None:
    d.holds.fixed_hold.click()
    d.holds.fixed_seconds.setValue(45)


def fixed_reps(d: SettingsDialog) -> None:
    d.timing.reps_fixed.click()
    d.timing.reps.setValue(4)


# Each control, set through its own method, and the settings fields it must change.
CONTROLS: dict[str, tuple[Callable[[SettingsDialog], None], dict[str, Any]]] = {
    "level": (lambda d: pick(d.holds.level, Level.ADVANCED), {"level": Level.ADVANCED}),
    "fixed hold": (fixed_hold, {"hold_mode": HoldMode.FIXED, "hold_seconds": 45.0}),
    "one stretch's hold": (lambda d: d.holds.table.rows["both-knees"].hold.setValue(50),
                           {"hold_overrides": {"both-knees": 50.0}}),
    "fixed repetitions": (fixed_reps, {"reps_mode": RepsMode.FIXED, "reps": 4}),
    "side order": (lambda d: pick(d.timing.side_order, SideOrderChoice.ONE_SIDE_FIRST),
                   {"side_order": SideOrderChoice.ONE_SIDE_FIRST}),
    "starting position": (lambda d: d.timing.phases["prepare_seconds"].setValue(15),
                          {"prepare_seconds": 15.0}),
    "release": (lambda d: d.timing.phases["release_seconds"].setValue(8),
                {"release_seconds": 8.0}),
    "switch": (lambda d: d.timing.phases["switch_seconds"].setValue(2), {"switch_seconds": 2.0}),
    "rest off": (lambda d: d.timing.phases["rest_seconds"].setValue(0), {"rest_seconds": 0.0}),
    "countdown ticks": (lambda d: d.sound.cues["countdown_ticks"].click(),
                        {"countdown_ticks": False}),
    "halfway cue": (lambda d: d.sound.cues["halfway_cue"].click(), {"halfway_cue": False}),
    "breath cues": (lambda d: d.sound.cues["breath_cues"].click(), {"breath_cues": False}),
    "chimes only": (lambda d: pick(d.sound.sound_mode, SoundMode.CHIME),
                    {"sound_mode": SoundMode.CHIME}),
    "voice": (lambda d: pick(d.sound.voice, "Deutsch"), {"voice": "Deutsch"}),
    "speaking rate": (lambda d: d.sound.rate.setValue(-4), {"speech_rate": -0.4}),
    "volume": (lambda d: d.sound.volume.setValue(35), {"volume": 0.35}),
    "theme": (lambda d: pick(d.display.theme, Theme.DARK), {"theme": Theme.DARK}),
    "text size": (lambda d: d.display.text_scale.setValue(150), {"text_scale": 1.5}),
    "contrast": (lambda d: pick(d.display.contrast, Contrast.HIGH), {"contrast": Contrast.HIGH}),
    "motion": (lambda d: pick(d.display.motion, Motion.REDUCED), {"motion": Motion.REDUCED}),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_each_control_changes_its_setting_and_survives_the_file(
    dialog: SettingsDialog, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    act, expected = CONTROLS[name]
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    act(dialog)
    assert emitted, "no settings_changed"
    new = emitted[-1]
    assert new == dialog.settings
    default = Settings()
    changed = {f.name for f in fields(Settings) if getattr(new, f.name) != getattr(default, f.name)}
    assert changed == set(expected)
    for field_name, value in expected.items():
        got = getattr(new, field_name)
        assert (dict(got) if field_name == "hold_overrides" else got) == value
    store = SettingsStore(tmp_path / "config", FakeClock())
    store.save(new)
    assert store.load() == new
    assert store.notice is None


def test_every_control_at_once_round_trips_and_drives_the_timeline(
    dialog: SettingsDialog, tmp_path: Path, library: Library
) -> None:
    for act, _ in CONTROLS.values():
        act(dialog)
    store = SettingsStore(tmp_path / "config", FakeClock())
    store.save(dialog.settings)
    loaded = SettingsStore(tmp_path / "config", FakeClock()).load()
    assert loaded == dialog.settings
    expected: dict[str, Any] = {}
    for _, values in CONTROLS.values():
        expected.update(values)
    for field_name, value in expected.items():
        got = getattr(loaded, field_name)
        assert (dict(got) if field_name == "hold_overrides" else got) == value, field_name

    timeline = build_timeline(library.routines["mixed"], library, loaded)
    holds = [(p.stretch_id, p.side, p.seconds) for p in timeline if p.kind is PhaseKind.HOLD]
    # Fixed 45 s for side-reach, the person's own 50 s for both-knees; 4 reps, one side first.
    assert holds == ([("side-reach", Side.LEFT, 45.0)] * 4 + [("side-reach", Side.RIGHT, 45.0)] * 4
                     + [("both-knees", None, 50.0)] * 4)
    lengths = {p.kind: p.seconds for p in timeline}
    assert (lengths[PhaseKind.PREPARE], lengths[PhaseKind.RELEASE],
            lengths[PhaseKind.SWITCH]) == (15.0, 8.0, 2.0)
    assert PhaseKind.REST not in lengths


def test_every_number_has_the_store_bounds(dialog: SettingsDialog) -> None:
    spins = {
        "hold_seconds": dialog.holds.fixed_seconds,
        "hold_overrides": dialog.holds.table.rows["side-reach"].hold,
        "reps": dialog.timing.reps,
        "text_scale": dialog.display.text_scale,
        "weekly_goal_minutes": dialog.history.weekly_goal,
        **dialog.timing.phases,
    }
    sliders = {"speech_rate": dialog.sound.rate, "volume": dialog.sound.volume}
    for name, control in {**spins, **sliders}.items():
        scale = getattr(control, "scale", 1)
        bounds = BOUNDS[name]
        assert (control.minimum(), control.maximum()) == (
            round(bounds.low * scale), round(bounds.high * scale)), name
    assert set(spins) | set(sliders) == set(BOUNDS)


def test_the_table_shows_each_level_and_follows_the_chosen_one(dialog: SettingsDialog) -> None:
    row = dialog.holds.table.rows["side-reach"]
    assert [row.levels[level].text() for level in Level] == ["10 s", "20 s", "40–60 s"]
    assert row.hold.value() == 20
    assert row.levels[Level.INTERMEDIATE].font().bold()
    pick(dialog.holds.level, Level.BEGINNER)
    assert row.hold.value() == 10
    assert row.levels[Level.BEGINNER].font().bold()
    assert not row.levels[Level.INTERMEDIATE].font().bold()
    assert "Holds of 10–20 s, 1–2 times per side" in dialog.holds.level_hint.text()
    assert dialog.settings.hold_overrides == {}  # showing a level's hold is not an override


def test_a_fixed_hold_shows_in_every_row_but_an_own_hold_wins(dialog: SettingsDialog) -> None:
    rows = dialog.holds.table.rows
    rows["both-knees"].hold.setValue(55)
    assert rows["both-knees"].reset.isEnabled()
    assert rows["both-knees"].hold.font().bold()
    assert not rows["side-reach"].reset.isEnabled()
    dialog.holds.fixed_hold.click()
    dialog.holds.fixed_seconds.setValue(90)
    assert (rows["side-reach"].hold.value(), rows["rocking"].hold.value()) == (90, 90)
    assert rows["both-knees"].hold.value() == 55


def test_reset_gives_a_stretch_back_to_its_level(dialog: SettingsDialog) -> None:
    row = dialog.holds.table.rows["both-knees"]
    row.hold.setValue(55)
    with_override = dialog.settings
    row.reset.click()
    assert dict(dialog.settings.hold_overrides) == {}
    assert row.hold.value() == 30
    assert not row.reset.isEnabled()
    assert dialog.settings == replace(with_override, hold_overrides=MappingProxyType({}))


def test_holds_for_stretches_no_longer_in_the_library_are_kept(
    qtbot: QtBot, library: Library
) -> None:
    start = remember_hold(Settings(), "retired-stretch", 42)
    dialog = SettingsDialog(start, library)
    qtbot.addWidget(dialog)
    dialog.holds.table.rows["side-reach"].hold.setValue(25)
    assert dict(dialog.settings.hold_overrides) == {"retired-stretch": 42.0, "side-reach": 25.0}


def test_restore_defaults_asks_first(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = replace(remember_hold(Settings(level=Level.ADVANCED, volume=0.2), "rocking", 60),
                    hidden_cautions=frozenset({"rocking"}))
    dialog = SettingsDialog(start, library)
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent: False))
    dialog.restore.click()
    assert dialog.settings == start
    assert not emitted
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent: True))
    dialog.restore.click()
    # Back to how StretchDesk starts for a newcomer: Beginner, every other default.
    assert emitted == [replace(NEWCOMER, hidden_cautions=frozenset({"rocking"}))]
    assert dialog.holds.level.currentData() is Level.BEGINNER
    assert dialog.sound.volume.value() == 80
    assert not dialog.holds.table.rows["rocking"].reset.isEnabled()


def test_the_test_button_asks_for_a_sound(dialog: SettingsDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.test_sound_requested, timeout=1000):
        dialog.sound.test.click()


def test_controls_that_do_not_apply_are_disabled(dialog: SettingsDialog) -> None:
    sound = dialog.sound
    assert sound.voice.isEnabled() and sound.rate.isEnabled() and sound.volume.isEnabled()
    pick(sound.sound_mode, SoundMode.CHIME)
    assert not sound.voice.isEnabled() and not sound.rate.isEnabled()
    assert sound.volume.isEnabled() and sound.test.isEnabled()
    pick(sound.sound_mode, SoundMode.SILENT)
    assert not sound.volume.isEnabled() and not sound.test.isEnabled()
    assert not dialog.holds.fixed_seconds.isEnabled()
    dialog.holds.fixed_hold.click()
    assert dialog.holds.fixed_seconds.isEnabled()
    assert not dialog.timing.reps.isEnabled()


def test_a_missing_voice_is_kept_and_marked(qtbot: QtBot, library: Library) -> None:
    dialog = SettingsDialog(Settings(voice="Old voice"), library, VOICES)
    qtbot.addWidget(dialog)
    assert dialog.sound.voice.currentText() == "Old voice (not on this computer)"
    dialog.sound.volume.setValue(10)
    assert dialog.settings.voice == "Old voice"
    pick(dialog.sound.voice, "")
    assert dialog.settings.voice == ""


def test_without_voices_the_person_is_told(qtbot: QtBot, library: Library) -> None:
    dialog = SettingsDialog(Settings(), library, voices=())
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.sound)
    dialog.show()
    assert not dialog.sound.voice.isEnabled()
    assert dialog.sound.voice_hint.isVisible()
    assert "No voices" in dialog.sound.voice_hint.text()


def test_set_settings_shows_them_without_emitting(dialog: SettingsDialog) -> None:
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.set_settings(remember_hold(Settings(), "side-reach", 35))
    assert dialog.holds.table.rows["side-reach"].hold.value() == 35
    assert not emitted


# --- the keyboard alone -------------------------------------------------------------------


def shown(qtbot: QtBot, dialog: SettingsDialog) -> list[Settings]:
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return emitted


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        ) -> None:
    target = focused()
    assert target is not None
    qtbot.keyClick(target, k, modifier)


def test_holds_can_be_set_with_the_keyboard_alone(dialog: SettingsDialog, qtbot: QtBot) -> None:
    emitted = shown(qtbot, dialog)
    key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Level
    assert focused() is dialog.holds.level
    key(qtbot, Qt.Key.Key_Down)
    assert emitted[-1].level is Level.ADVANCED
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.holds.follow_level
    key(qtbot, Qt.Key.Key_Right)  # arrows move between the two choices
    assert emitted[-1].hold_mode is HoldMode.FIXED
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.holds.fixed_seconds
    key(qtbot, Qt.Key.Key_Up)
    assert emitted[-1].hold_seconds == 35
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.holds.fixed_seconds, "120")
    assert emitted[-1].hold_seconds == 35  # typing alone does not commit…
    key(qtbot, Qt.Key.Key_Return)  # …Enter does, and does not close the dialog
    assert emitted[-1].hold_seconds == 120
    assert dialog.isVisible()
    key(qtbot, Qt.Key.Key_Tab)  # into the table: the first stretch's hold
    assert focused() is dialog.holds.table.rows["both-knees"].hold
    key(qtbot, Qt.Key.Key_Down)
    assert dict(emitted[-1].hold_overrides) == {"both-knees": 115.0}
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.holds.table.rows["both-knees"].reset
    key(qtbot, Qt.Key.Key_Space)
    assert dict(emitted[-1].hold_overrides) == {}


def test_other_pages_are_reached_with_mnemonics(dialog: SettingsDialog, qtbot: QtBot) -> None:
    emitted = shown(qtbot, dialog)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sound
    assert dialog.tabs.currentWidget() is dialog.sound
    key(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Vol&ume
    assert focused() is dialog.sound.volume
    key(qtbot, Qt.Key.Key_Left)
    assert emitted[-1].volume == pytest.approx(0.79)
    key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Countdown ticks
    assert focused() is dialog.sound.cues["countdown_ticks"]
    qtbot.waitUntil(lambda: emitted[-1].countdown_ticks is False)
    key(qtbot, Qt.Key.Key_Space)
    assert emitted[-1].countdown_ticks is True
    key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Timing
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Rest betwee&n stretches
    assert focused() is dialog.timing.phases["rest_seconds"]
    key(qtbot, Qt.Key.Key_PageDown)
    assert emitted[-1].rest_seconds == 0
    assert dialog.timing.phases["rest_seconds"].text() == "Off"
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Display
    key(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # Te&xt size
    key(qtbot, Qt.Key.Key_Up)
    assert emitted[-1].text_scale == pytest.approx(1.05)


def test_escape_closes_the_dialog(dialog: SettingsDialog, qtbot: QtBot) -> None:
    shown(qtbot, dialog)
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_in_a_spin_box_presses_no_button(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(SettingsDialog, "ask",
                        classmethod(lambda cls, parent: asked.append(True) or True))
    dialog = SettingsDialog(remember_hold(Settings(), "both-knees", 55), library)
    qtbot.addWidget(dialog)
    emitted = shown(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.timing)
    dialog.timing.phases["release_seconds"].setFocus()
    key(qtbot, Qt.Key.Key_Return)
    dialog.tabs.setCurrentWidget(dialog.holds)
    dialog.holds.fixed_seconds.setFocus()
    key(qtbot, Qt.Key.Key_Enter)
    assert dialog.isVisible()
    assert not asked
    assert not emitted  # no Reset, no Restore defaults, no Close


def test_enter_on_a_checkbox_changes_nothing_and_keeps_the_dialog_open(
    dialog: SettingsDialog, qtbot: QtBot
) -> None:
    emitted = shown(qtbot, dialog)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    dialog.sound.cues["halfway_cue"].setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not emitted


def test_the_dialog_fits_the_screen(qtbot: QtBot, library: Library) -> None:
    dialog = SettingsDialog(Settings(), library, VOICES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()  # 800 wide on the test screen
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        assert dialog.close_button.isVisible()


def test_voices_listed_after_the_window_opened_fill_its_list(
    qtbot: QtBot, library: Library
) -> None:
    # The speech engine starts in the background: opened before it has listed its voices,
    # the window says it is looking, then lists them without reporting a change.
    dialog = SettingsDialog(Settings(), library, voices=())
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.sound)
    dialog.show()
    dialog.sound.set_voices_pending()
    assert "Looking for the voices" in dialog.sound.voice_hint.text()
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.sound.set_voices(["English (Great Britain)", "French (France)"])
    assert dialog.sound.voice.isEnabled()
    assert not dialog.sound.voice_hint.isVisible()
    listed = [dialog.sound.voice.itemText(n) for n in range(dialog.sound.voice.count())]
    assert "French (France)" in listed
    assert not emitted
