"""Chime files read into PCM: the shipped chimes decode, damaged ones are named, not played."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from stretchdesk.audio.chimes import CHIMES, MAX_SECONDS
from stretchdesk.audio.decoded import ChimeFileError, decode, silence

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"


def test_every_shipped_chime_decodes_to_its_samples() -> None:
    for chime in CHIMES:
        sound = decode(SOUNDS / f"{chime.name}.wav")
        assert sound.name == chime.name
        assert (sound.rate, sound.channels, sound.sample_width) == (44_100, 1, 2)
        assert sound.seconds == pytest.approx(chime.seconds, abs=1e-4)
        assert 0.1 <= sound.seconds <= MAX_SECONDS


def _write(path: Path, width: int, frames: bytes, rate: int = 44_100) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def test_a_damaged_or_unplayable_file_is_named_with_the_reason(tmp_path: Path) -> None:
    broken = tmp_path / "hold.wav"
    broken.write_bytes(b"RIFF\x00\x00not a wave file")
    with pytest.raises(ChimeFileError, match=r"^hold\.wav is not a readable WAV file"):
        decode(broken)
    deep = _write(tmp_path / "tick.wav", 3, b"\x00\x00\x01" * 100)
    with pytest.raises(ChimeFileError, match=r"^tick\.wav: 24-bit samples cannot be played"):
        decode(deep)
    empty = _write(tmp_path / "rest.wav", 2, b"")
    with pytest.raises(ChimeFileError, match=r"^rest\.wav holds no playable sound"):
        decode(empty)


def test_silence_has_the_format_and_length_asked_for() -> None:
    tick = decode(SOUNDS / "tick.wav")
    quiet = silence(tick, 0.05)
    assert (quiet.rate, quiet.channels, quiet.sample_width) == (44_100, 1, 2)
    assert quiet.seconds == pytest.approx(0.05, abs=1e-4)
    assert set(quiet.pcm) == {0}
