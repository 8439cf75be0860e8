"""The cue players on this machine: loading, what they report missing, and falling back."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk.audio import player as player_module
from stretchdesk.audio.player import NO_QT_MULTIMEDIA, SilentPlayer, make_player
from stretchdesk.audio.speechd import SpeechDispatcher, probe, socket_path
from stretchdesk.core.cues import CHIMES, Cue

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"


@pytest.mark.audio
def test_real_player_loads_every_chime_before_it_says_ready(qtbot: QtBot, monitor: str) -> None:
    from stretchdesk.audio.qt_player import QtCuePlayer

    player = QtCuePlayer(SOUNDS)
    assert not player.is_ready()
    with qtbot.waitSignal(player.ready, timeout=10_000):
        player.prepare()
    assert player.is_ready()
    assert player.missing() == ""
    assert player.has_chimes and player.has_voice and player.is_audible()
    assert player.chime_names == set(CHIMES)
    assert player._speech is not None
    voice = player.voice_names()[-1]
    assert len(player.voice_names()) > 1
    player.set_voice(voice, 0.4)  # applied on the speech thread
    engine = player._speech._worker.speech
    qtbot.waitUntil(lambda: engine.voice().name() == voice, timeout=5000)
    player.stop()


@pytest.mark.audio
def test_a_session_that_only_chimes_starts_no_speech_engine(qtbot: QtBot, monitor: str) -> None:
    from stretchdesk.audio.qt_player import QtCuePlayer

    player = QtCuePlayer(SOUNDS)
    player.set_speaking(False)  # the sound setting, applied before the first session
    with qtbot.waitSignal(player.ready, timeout=10_000):
        player.prepare()
    assert player.has_chimes and player.missing() == ""
    assert player._speech is None  # no speech engine at all
    player.say("not heard")  # nothing to say it with, and nothing fails

    player.set_speaking(True)  # the person switched the voice on
    speech = player._speech
    assert speech is not None
    qtbot.waitUntil(lambda: player.has_voice, timeout=30_000)  # it starts on its thread
    player.set_speaking(False)
    player.set_speaking(True)
    assert player._speech is speech  # started once
    player.stop()


@pytest.mark.audio
def test_the_settings_window_gets_voices_while_lines_are_not_spoken(
    qtbot: QtBot, monitor: str
) -> None:
    from stretchdesk.audio.qt_player import QtCuePlayer

    player = QtCuePlayer(SOUNDS)
    player.set_speaking(False)
    assert player.voice_names() == []  # nothing started before prepare()
    with qtbot.waitSignal(player.ready, timeout=10_000):
        player.prepare()
    # The engine starts on its own thread when the voices are first asked for, and says
    # when it has listed them: the Settings window fills its list then.
    with qtbot.waitSignal(player.voices_changed, timeout=10_000):
        assert player.voice_names() == []
        assert player.voices_pending()
    assert not player.voices_pending()
    assert len(player.voice_names()) > 1
    player.stop()


@pytest.mark.audio
def test_a_voice_chosen_before_the_engine_starts_is_used(qtbot: QtBot, monitor: str) -> None:
    """Settings reach the player before its first session loads the speech engine."""
    from stretchdesk.audio.qt_player import QtCuePlayer

    probe_player = QtCuePlayer(SOUNDS)
    with qtbot.waitSignal(probe_player.ready, timeout=10_000):
        probe_player.prepare()
    voice = probe_player.voice_names()[0]
    player = QtCuePlayer(SOUNDS)
    player.set_voice(voice, -0.5)
    with qtbot.waitSignal(player.ready, timeout=10_000):
        player.prepare()
    assert player._speech is not None
    engine = player._speech._worker.speech
    qtbot.waitUntil(lambda: engine.voice().name() == voice, timeout=5000)  # on its thread
    assert player._voice_choice == (voice, -0.5)  # Qt's speechd engine never reports rate()
    probe_player.stop()
    player.stop()


@pytest.mark.audio
def test_a_missing_chime_file_is_reported_and_the_rest_still_load(
    qtbot: QtBot, monitor: str, tmp_path: Path
) -> None:
    from stretchdesk.audio.qt_player import QtCuePlayer

    for name in CHIMES:
        if name != "switch":
            (tmp_path / f"{name}.wav").write_bytes((SOUNDS / f"{name}.wav").read_bytes())
    player = QtCuePlayer(tmp_path)
    with qtbot.waitSignal(player.ready, timeout=10_000):
        player.prepare()
    assert "Chime missing" in player.missing() and "switch.wav" in player.missing()
    assert player.has_chimes
    player.play(Cue("switch", "Switch sides"))  # no chime to play: nothing breaks
    player.stop()


@pytest.mark.audio
def test_without_speech_dispatcher_there_are_chimes_but_no_voice(
    qtbot: QtBot, monitor: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchdesk.audio.qt_player import QtCuePlayer

    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path}/none/speechd.sock")
    player = QtCuePlayer(SOUNDS)
    with qtbot.waitSignal(player.ready, timeout=10_000):
        player.prepare()
    assert player.missing().startswith("No voice")
    assert player.has_chimes and not player.has_voice
    player.play(Cue(None, "Release slowly", spoken=True))  # nothing to say it with
    player.stop()


def test_a_speech_dispatcher_that_does_not_answer_is_detected(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "speechd.sock"
    env = {"SPEECHD_ADDRESS": f"unix_socket:{path}"}
    assert socket_path(env) == path
    assert probe(environ=env) is SpeechDispatcher.ABSENT
    # A server that accepts connections but never replies: Qt would block on it forever.
    with socket.socket(socket.AF_UNIX) as hung:
        hung.bind(str(path))
        hung.listen(1)
        assert probe(timeout=0.2, environ=env) is SpeechDispatcher.SILENT
    assert socket_path({"XDG_RUNTIME_DIR": "/run/user/7"}) == Path(
        "/run/user/7/speech-dispatcher/speechd.sock"
    )


def test_without_qt_multimedia_the_player_is_silent_and_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_multimedia(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "stretchdesk.audio.qt_player":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    chosen = make_player(SOUNDS)
    assert isinstance(chosen, SilentPlayer)
    assert chosen.missing() == NO_QT_MULTIMEDIA
    assert "libpulse0" in chosen.missing()
    chosen.prepare()
    assert chosen.is_ready()


def test_silent_player_keeps_what_it_was_asked_to_play() -> None:
    silent = SilentPlayer()
    silent.play(Cue("hold", "Hold for 30 seconds", spoken=True, phase_start=True))
    silent.set_volume(1.7)
    silent.set_muted(True)
    assert [c.text for c in silent.played] == ["Hold for 30 seconds"]
    assert silent.volume == 1.0 and silent.muted
    assert silent.missing() == ""
    assert player_module.SilentPlayer is SilentPlayer
