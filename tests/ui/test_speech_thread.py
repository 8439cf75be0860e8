"""The speech engine starts on a thread of its own: the window goes on while it does.

Real speech-dispatcher (started by scripts/audio-services.sh for `make test`); starting
the engine says nothing aloud.
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from stretchdesk.audio.speech_thread import ThreadedSpeech


def test_the_engine_starts_on_its_own_thread_while_the_window_goes_on(qtbot: QtBot) -> None:
    speech = ThreadedSpeech("speechd")
    turns: list[int] = []
    beat = QTimer()
    beat.timeout.connect(lambda: turns.append(1))
    beat.start(0)
    with qtbot.waitSignal(speech.loaded, timeout=60_000) as loaded:
        speech.start()  # returns at once: the engine starts (seconds) on the speech thread
        started_at = len(turns)
    beat.stop()
    assert loaded.args == [""]
    assert started_at == 0 and len(turns) > 1  # the event loop went on meanwhile
    assert speech.ready and len(speech.voice_names()) > 1
    # (Not through QObject.thread(): PySide then ties the thread's wrapper to the engine's.)
    assert speech._worker.started_on == "stretchdesk speech" != threading.current_thread().name
    chosen = speech.voice_names()[-1]
    speech.set_voice(chosen, 0.3)  # chosen on the speech thread, in order with the rate
    engine = speech._worker.speech
    qtbot.waitUntil(lambda: engine.voice().name() == chosen, timeout=10_000)
    speech.close()


def test_a_speech_dispatcher_that_does_not_answer_gives_no_voice_and_no_hang(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    with socket.socket(socket.AF_UNIX) as hung:  # accepts, never answers
        hung.bind(str(path))
        hung.listen(1)
        speech = ThreadedSpeech("speechd")
        with qtbot.waitSignal(speech.loaded, timeout=10_000) as loaded:
            speech.start()
    assert loaded.args == ["No voice: speech-dispatcher is not answering"]
    assert not speech.ready and speech.voice_names() == []
    speech.say("not heard")  # nothing to say it with, and nothing fails
    speech.close()
