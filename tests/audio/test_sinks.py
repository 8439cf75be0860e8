"""Chime streams on the real sound server: one per play, closed when the chime is over."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk.audio.audio_only import audio_outputs
from stretchdesk.audio.decoded import decode
from stretchdesk.audio.sinks import RETIRE_MARGIN_MS, SinkPlayer
from tests.helpers.timers import FakeTimers

pytestmark = pytest.mark.audio

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"


@pytest.fixture
def sinks(qtbot: QtBot, monitor: str) -> tuple[SinkPlayer, FakeTimers]:
    assert audio_outputs(), "the null sink should be an audio output"
    timers = FakeTimers()
    player = SinkPlayer(timers=timers)
    for name in ("hold", "tick"):
        player.load(decode(SOUNDS / f"{name}.wav"))
    return player, timers


def test_each_play_has_its_own_stream_closed_once_its_chime_is_over(
    sinks: tuple[SinkPlayer, FakeTimers],
) -> None:
    player, timers = sinks
    assert player.names == {"hold", "tick"}
    assert player.play("hold") and player.play("tick") and player.play("tick")
    assert player.playing == 3  # overlapping chimes: three streams at once
    closing = timers.running("close chime stream")
    assert sorted(t.interval() for t in closing) == [
        160 + RETIRE_MARGIN_MS, 160 + RETIRE_MARGIN_MS, 1100 + RETIRE_MARGIN_MS]
    closing[0].fire()
    assert player.playing == 2
    player.stop_all()
    assert player.playing == 0
    assert not player.play("no-such-chime")


def test_volume_and_mute_reach_the_streams_already_playing(
    sinks: tuple[SinkPlayer, FakeTimers],
) -> None:
    from PySide6.QtMultimedia import QAudioSink

    player, _ = sinks
    player.play("hold")
    (stream,) = player.findChildren(QAudioSink)
    player.set_gain(0.25)
    assert stream.volume() == pytest.approx(0.25, abs=0.01)
    player.set_muted(True)
    assert stream.volume() == 0.0
    player.set_muted(False)
    assert stream.volume() == pytest.approx(0.25, abs=0.01)
    player.stop_all()


def test_a_chime_played_again_and_again_leaves_nothing_connected_to_its_buffer(
    sinks: tuple[SinkPlayer, FakeTimers],
) -> None:
    """Issue 22: the reused sink connected to its buffer at every start, one more
    connection a chime for as long as the app ran (about 0.5 MB over 1,000 phases)."""
    from PySide6.QtCore import SIGNAL, QBuffer

    player, timers = sinks
    for _ in range(20):
        assert player.play("tick")
        (closing,) = timers.running("close chime stream")
        closing.fire()
    (buffer,) = player.findChildren(QBuffer)  # one stream, used for every tick
    assert buffer.receivers(SIGNAL("readyRead()")) == 0
    assert player.play("tick")  # and it still plays
    player.stop_all()
