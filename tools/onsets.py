"""Finds where sounds start in a recording and which cue chime each one is.

Used by the audio tests and the cue-latency benchmark on recordings of the sound
server. Pure Python (no numpy): the recordings are a few seconds long.
"""

from __future__ import annotations

import math
import wave
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

FRAME_SECONDS = 0.001
# Quieter than this is treated as silence (the null sink's silence is exact zeros).
FLOOR_DBFS = -60.0
# A rise of this much power over the last few frames marks a new sound.
RISE = 8.0
LOOKBACK_FRAMES = 12
# After an onset, the attack of the same sound is not a new one.
REFRACTORY_SECONDS = 0.05


def frame_power(samples: Sequence[int], rate: int) -> list[float]:
    """Mean square of each 1 ms frame, in full-scale units (1.0 = a full-scale square)."""
    size = max(1, round(FRAME_SECONDS * rate))
    scale = 32768.0 * 32768.0 * size
    return [sum(s * s for s in samples[i : i + size]) / scale for i in range(0, len(samples), size)]


def find_onsets(samples: Sequence[int], rate: int) -> list[int]:
    """Sample indices where a new sound starts, even over the tail of an earlier one."""
    size = max(1, round(FRAME_SECONDS * rate))
    power = frame_power(samples, rate)
    floor = 10 ** (FLOOR_DBFS / 10)
    refractory = round(REFRACTORY_SECONDS / FRAME_SECONDS)
    onsets: list[int] = []
    last = -refractory
    for k, p in enumerate(power):
        before = max(power[max(0, k - LOOKBACK_FRAMES) : k], default=0.0)
        if p > floor and p > RISE * before and k - last >= refractory:
            onsets.append(_first_loud_sample(samples, size, k, before))
            last = k
    return onsets


def _first_loud_sample(samples: Sequence[int], size: int, frame: int, before: float) -> int:
    """The first sample in the onset frame (or the one before) that stands out."""
    level = max(8.0, 4.0 * math.sqrt(before) * 32768.0)
    start = max(0, (frame - 1) * size)
    for i in range(start, min(len(samples), (frame + 1) * size)):
        if abs(samples[i]) > level:
            return i
    return frame * size


@dataclass(frozen=True)
class Chroma:
    """Energy at each semitone from C4 to C7 over two short windows of a sound."""

    bands: tuple[float, ...]

    def likeness(self, other: Chroma) -> float:
        """Cosine similarity: 1.0 for the same sound, near 0 for unrelated ones."""
        dot = sum(a * b for a, b in zip(self.bands, other.bands, strict=True))
        norm = math.sqrt(sum(a * a for a in self.bands) * sum(b * b for b in other.bands))
        return dot / norm if norm else 0.0


WINDOW = 2048
# At the strike and a moment later, when two-note chimes play their second note.
WINDOW_STARTS = (0.0, 0.2)


def chroma(samples: Sequence[int], rate: int, start: int) -> Chroma:
    """The Chroma of the sound that starts at sample `start` (Goertzel, Hann window)."""
    bands: list[float] = []
    hann = [0.5 - 0.5 * math.cos(2 * math.pi * i / WINDOW) for i in range(WINDOW)]
    for offset in WINDOW_STARTS:
        first = start + round(offset * rate)
        block = samples[first : first + WINDOW]
        for semitone in range(37):
            coeff = 2 * math.cos(2 * math.pi * 261.63 * 2 ** (semitone / 12) / rate)
            s1 = s2 = 0.0
            for x, w in zip(block, hann, strict=False):
                s1, s2 = x * w + coeff * s1 - s2, s1
            bands.append(s1 * s1 + s2 * s2 - coeff * s1 * s2)
    return Chroma(tuple(bands))


def load_chromas(sounds: Mapping[str, Path]) -> dict[str, Chroma]:
    """The Chroma of each named WAV file (mono 16-bit)."""
    result = {}
    for name, path in sounds.items():
        with wave.open(str(path), "rb") as wav:
            samples = array("h", wav.readframes(wav.getnframes()))
            result[name] = chroma(samples, wav.getframerate(), 0)
    return result


def identify(
    samples: Sequence[int], rate: int, start: int, known: Mapping[str, Chroma]
) -> tuple[str, float]:
    """Which known sound starts at `start`, and how alike they are (0..1)."""
    heard = chroma(samples, rate, start)
    name = max(known, key=lambda n: heard.likeness(known[n]))
    return name, heard.likeness(known[name])
