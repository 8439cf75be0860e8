"""What the person hears and reads: cues from the session reach player, captions and log."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchdesk.audio.player import SilentPlayer
from stretchdesk.controller.app_controller import AppController
from stretchdesk.core.event_log import EventLog
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from tests.core.clock import FakeClock
from tests.helpers.timers import FakeTimers
from tests.ui.conftest import MakeWindow, advance


@pytest.fixture
def player() -> SilentPlayer:
    return SilentPlayer()


@pytest.fixture
def wired(window: MainWindow, player: SilentPlayer) -> AppController:
    window.controller.attach_sound(player)
    return window.controller


def test_phase_starts_are_played_and_captioned(window: MainWindow, wired: AppController,
                                               player: SilentPlayer, clock: FakeClock) -> None:
    wired.start_routine("desk-break")
    wired.driver.tick()
    first = player.played[0]
    assert first.chime == "prepare" and first.spoken
    assert first.text is not None and first.text.startswith("Starting position: ")
    assert window.session_view.caption_label.text() == first.text
    advance(window, clock, wired.driver.session.remaining - 3)
    assert player.played[-1].chime == "tick"
    advance(window, clock, 3)
    assert player.played[-1].chime == "hold"
    assert window.session_view.caption_label.text() == player.played[-1].text


def test_a_late_tick_plays_only_the_current_phase(window: MainWindow, wired: AppController,
                                                  player: SilentPlayer, clock: FakeClock) -> None:
    wired.start_routine("desk-break")
    wired.driver.tick()
    before = len(player.played)
    session = wired.driver.session
    advance(window, clock, session.remaining + 2)  # prepare over, hold begun 2 s ago...
    advance(window, clock, session.remaining + 1)  # ...then the release, all late
    phase_cues = [c for c in player.played[before:] if c.phase_start]
    assert phase_cues[-1].text == "Release slowly"
    assert session.phase.kind is PhaseKind.RELEASE


def test_mute_and_settings_reach_the_player(window: MainWindow, wired: AppController,
                                            player: SilentPlayer) -> None:
    window.toggle_mute()
    assert player.muted
    wired.apply_settings(replace(wired.settings, volume=0.3, voice="English (Scotland)",
                                 speech_rate=0.4))
    assert player.volume == pytest.approx(0.3)
    assert player.voice == ("English (Scotland)", 0.4)


def test_chimes_only_still_captions_but_does_not_speak(
    make_window: MakeWindow, player: SilentPlayer
) -> None:
    window = make_window(settings=Settings(sound_mode=SoundMode.CHIME))
    window.controller.attach_sound(player)
    window.controller.start_routine("desk-break")
    window.controller.driver.tick()
    assert player.played[0].chime == "prepare" and not player.played[0].spoken
    assert window.session_view.caption_label.text().startswith("Starting position")
    assert not player.speaking  # so the real player never starts its speech engine


def test_the_player_is_told_whether_lines_are_spoken(wired: AppController,
                                                     player: SilentPlayer) -> None:
    assert player.speaking  # chime+voice by default
    for mode, speaking in [(SoundMode.CHIME, False), (SoundMode.SILENT, False),
                           (SoundMode.CHIME_AND_VOICE, True)]:
        wired.apply_settings(replace(wired.settings, sound_mode=mode))
        assert player.speaking is speaking, mode


def test_every_cue_is_logged(window: MainWindow, player: SilentPlayer, clock: FakeClock,
                             tmp_path: Path) -> None:
    log_path = tmp_path / "events.jsonl"
    controller = window.controller
    controller.driver.event_log = EventLog(log_path, time.monotonic)
    controller.attach_sound(player)
    controller.start_routine("desk-break")
    controller.driver.tick()
    advance(window, clock, controller.driver.session.remaining)
    controller.driver.event_log.close()
    lines = [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines()]
    assert lines[0] == {"t": lines[0]["t"], "event": "start_requested", "routine": "desk-break"}
    assert lines[1] == {"t": lines[1]["t"], "event": "sound", "missing": ""}
    cues = [line for line in lines if line["event"] == "cue"]
    assert [c.get("chime") for c in cues] == [c.chime for c in player.played]
    started = [i for i, line in enumerate(lines) if line["event"] == "phase_started"]
    # The cue sounds first, then the screen follows.
    assert lines[started[0] - 1]["event"] == "cue"
    assert lines[started[0] - 1]["text"].startswith("Starting position")


def test_settings_window_changes_apply_and_are_saved(
    window: MainWindow, wired: AppController, player: SilentPlayer, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchdesk.ui import settings_dialog

    opened: list[settings_dialog.SettingsDialog] = []

    def fake_exec(dialog: settings_dialog.SettingsDialog) -> int:
        opened.append(dialog)
        dialog.settings_changed.emit(replace(dialog.settings, rest_seconds=30.0))
        dialog.test_sound_requested.emit()
        return 0

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fake_exec)
    window.open_settings()
    assert opened
    assert wired.settings.rest_seconds == 30
    assert SettingsStore(tmp_path / "config", lambda: 0.0).load().rest_seconds == 30
    assert player.played[-1].chime == "hold"  # the Test button sounded


class LoadingPlayer(SilentPlayer):
    """A player whose sounds take a while to load, like the real one."""

    def __init__(self) -> None:
        super().__init__(missing="No voice: testing")
        self.prepared = 0
        self.loaded = False

    def prepare(self) -> None:
        self.prepared += 1

    def is_ready(self) -> bool:
        return self.loaded

    def is_audible(self) -> bool:
        return True  # chimes, no voice

    def finish_loading(self) -> None:
        self.loaded = True
        self.ready.emit()


def test_a_start_before_the_sounds_are_ready_shows_getting_ready_in_full(
    window: MainWindow, qtbot: QtBot
) -> None:
    player = LoadingPlayer()
    window.controller.attach_sound(player)
    assert player.prepared == 0  # the app asks for the sounds after the first paint
    window.controller.start_routine("desk-break")
    assert player.prepared >= 1
    view = window.session_view
    assert window.page is view
    assert window.controller.state is SessionState.IDLE  # waits for the sounds
    assert window.controller.getting_ready
    # Never a half-built frame: the first phase, whole, under "Getting ready…".
    first = window.controller.timeline_for(window.controller.library.routines["desk-break"])[0]
    assert view.banner.phase_word == "Getting ready…"
    assert view.ring.seconds_text == str(round(first.seconds)) != "0"
    assert view.stretch_label.text().startswith(
        window.controller.library.stretches[first.stretch_id].name)
    assert view.steps.highlighted_steps  # the starting position's steps are there
    player.finish_loading()
    assert window.controller.state is SessionState.RUNNING
    assert view.banner.phase_word == "Starting position"
    assert window.picker.sound_label.text() == "No voice: testing."


def test_keys_pressed_while_getting_ready_apply_once_the_session_runs(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    player = LoadingPlayer()
    window.controller.attach_sound(player)
    window.controller.start_routine("desk-break")
    qtbot.keyClick(window, Qt.Key.Key_Right)  # skip the starting position...
    qtbot.keyClick(window, Qt.Key.Key_Space)  # ...and pause
    assert window.controller.state is SessionState.IDLE
    player.finish_loading()
    session = window.controller.session
    assert session is not None and session.index == 1
    assert session.phase.kind is PhaseKind.HOLD
    assert window.controller.state is SessionState.PAUSED
    assert window.session_view.banner.phase_word == "Paused"
    assert window.session_view.controls.pause_button.text() == "Resume"


def test_a_session_starts_when_the_sounds_take_too_long(make_window: MakeWindow) -> None:
    timers = FakeTimers()
    window = make_window(timers=timers)
    player = LoadingPlayer()
    window.controller.attach_sound(player)
    window.controller.start_routine("desk-break")
    assert window.controller.state is SessionState.IDLE
    waited = timers.fire("sound ready wait")
    assert waited.interval() == 3000
    assert window.controller.state is SessionState.RUNNING
    assert window.session_view.banner.phase_word == "Starting position"
    assert not window.picker.sound_label.isVisibleTo(window.picker)  # not known yet
    player.finish_loading()  # late: nothing starts twice, and now it is said
    assert window.controller.state is SessionState.RUNNING
    assert window.controller.session is not None and window.controller.session.index == 0
    assert window.picker.sound_label.text() == "No voice: testing."


def test_with_nothing_to_load_a_start_does_not_wait(window: MainWindow) -> None:
    window.controller.attach_sound(SilentPlayer())
    window.controller.start_routine("desk-break")
    assert not window.controller.getting_ready
    assert window.controller.state is SessionState.RUNNING


def test_with_no_sound_at_all_the_sound_button_and_m_try_it_again(window: MainWindow,
                                                                   qtbot: QtBot) -> None:
    class NoServer(SilentPlayer):
        tries = 0

        def prepare(self) -> None:
            self.tries += 1

    player = NoServer(missing="No sound server is running (connection refused)")
    window.controller.attach_sound(player)
    window.controller.start_routine("desk-break")
    button = window.session_view.controls.mute_button
    assert button.text() == "No sound" and "try the sound again" in button.toolTip()
    tries = player.tries
    button.click()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert player.tries == tries + 2
    assert not window.controller.muted  # nothing to mute: it tried again instead


def test_voices_the_engine_lists_while_settings_is_open_reach_its_list(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchdesk.ui import settings_dialog

    class LateVoices(SilentPlayer):
        started = False

        def voice_names(self) -> list[str]:
            return ["English (Great Britain)", "French (France)"] if self.started else []

    player = LateVoices()
    window.controller.attach_sound(player)
    listed: list[str] = []

    def fake_exec(dialog: settings_dialog.SettingsDialog) -> int:
        assert "French (France)" not in [dialog.sound.voice.itemText(n)
                                         for n in range(dialog.sound.voice.count())]
        player.started = True
        player.voices_changed.emit()  # the engine, started late, has listed its voices
        voice = dialog.sound.voice
        listed.extend(voice.itemText(n) for n in range(voice.count()))
        return 0

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fake_exec)
    window.open_settings()
    assert "French (France)" in listed
