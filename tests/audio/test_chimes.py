"""The committed cue sounds: made by the script, short, quiet enough, clean and distinct."""

from __future__ import annotations

import math
import wave
from array import array
from itertools import combinations, pairwise
from pathlib import Path

import pytest

from stretchdesk.audio import chimes

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"
NAMES = [c.name for c in chimes.CHIMES]
MINUS_3_DBFS = 10 ** (-3 / 20) * 32768


def read(path: Path) -> tuple[wave._wave_params, array[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        samples = array("h", wav.readframes(params.nframes))
    return params, samples


def test_every_cue_the_plan_names_has_a_sound() -> None:
    assert set(NAMES) == {
        "prepare",
        "hold",
        "release",
        "switch",
        "rest",
        "tick",
        "halfway",
        "breath-in",
        "breath-out",
        "finish",
    }
    assert sorted(p.stem for p in SOUNDS.glob("*.wav")) == sorted(NAMES)


def test_committed_files_are_exactly_what_the_script_makes(tmp_path: Path) -> None:
    assert chimes.main(["--out", str(tmp_path)]) == 0
    for name in NAMES:
        made = (tmp_path / f"{name}.wav").read_bytes()
        committed = (SOUNDS / f"{name}.wav").read_bytes()
        assert made == committed, f"{name}.wav differs: run python -m stretchdesk.audio.chimes"


@pytest.mark.parametrize("name", NAMES)
def test_format_length_and_level(name: str) -> None:
    params, samples = read(SOUNDS / f"{name}.wav")
    assert params.nchannels == 1
    assert params.sampwidth == 2
    assert params.framerate in (44_100, 48_000)
    assert 0.1 <= params.nframes / params.framerate <= 1.2
    peak = max(abs(s) for s in samples)
    assert peak <= MINUS_3_DBFS, f"{name} peaks at {20 * math.log10(peak / 32768):.1f} dBFS"
    assert peak >= 10 ** (-20 / 20) * 32768, f"{name} is too quiet to hear across a room"
    # Clipping shows up as runs of samples stuck at the peak.
    stuck = sum(1 for a, b in pairwise(samples) if abs(a) == abs(b) == peak)
    assert stuck == 0


def envelope(samples: array[int], rate: int, window: float = 0.002) -> list[float]:
    size = round(window * rate)
    return [
        math.sqrt(sum(s * s for s in samples[i : i + size]) / size)
        for i in range(0, len(samples) - size, size)
    ]


@pytest.mark.parametrize("name", NAMES)
def test_sound_starts_at_once_and_ends_in_silence(name: str) -> None:
    params, samples = read(SOUNDS / f"{name}.wav")
    env = envelope(samples, params.framerate)
    loudest = max(env)
    # Within 6 ms the sound is no more than 20 dB below its loudest moment: the onset
    # the recorded tests look for is at the very start of the file.
    assert max(env[:3]) >= loudest / 10
    # Ends faded out, so stopping the file makes no click.
    assert abs(samples[-1]) <= 2
    assert env[-1] <= loudest / 100


def chroma(samples: array[int], rate: int, start: float) -> list[float]:
    """Energy at each semitone from C4 to C7 in a 2048-sample window (Goertzel)."""
    first = round(start * rate)
    block = samples[first : first + 2048]
    powers = []
    for semitone in range(37):
        frequency = 261.63 * 2 ** (semitone / 12)
        coeff = 2 * math.cos(2 * math.pi * frequency / rate)
        s1 = s2 = 0.0
        for i, x in enumerate(block):
            # A Hann window keeps neighbouring semitones apart.
            s0 = x * (0.5 - 0.5 * math.cos(2 * math.pi * i / len(block))) + coeff * s1 - s2
            s2, s1 = s1, s0
        powers.append(s1 * s1 + s2 * s2 - coeff * s1 * s2)
    return powers


def test_each_sound_is_distinct_from_every_other() -> None:
    prints = {}
    for name in NAMES:
        params, samples = read(SOUNDS / f"{name}.wav")
        # What is heard at the strike and a moment later (second notes, glides).
        prints[name] = chroma(samples, params.framerate, 0.0) + chroma(
            samples, params.framerate, 0.2
        )
    for a, b in combinations(NAMES, 2):
        pa, pb = prints[a], prints[b]
        dot = sum(x * y for x, y in zip(pa, pb, strict=True))
        similarity = dot / math.sqrt(sum(x * x for x in pa) * sum(y * y for y in pb))
        assert similarity < 0.8, f"{a} and {b} sound alike ({similarity:.2f})"
