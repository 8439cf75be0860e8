"""Synthesises StretchDesk's cue sounds into WAV files (stdlib only, deterministic).

Run ``python -m stretchdesk.audio.chimes [--out DIR]`` to (re)write ``assets/sounds/``.
Every sound is built from a few soft, slightly inharmonic sine partials with an
exponential decay, so each one rings like a small bell. Each phase has its own
pitch pattern (rising, falling, repeated, low, chord) so a person on the mat can
tell them apart without looking. All sounds start within a few milliseconds: the
audio tests find cues in a recording by their onsets.
"""

from __future__ import annotations

import argparse
import math
import wave
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
ATTACK_SECONDS = 0.003
# A short fade at the very end avoids a click where the file stops.
TAIL_FADE_SECONDS = 0.060
MAX_SECONDS = 1.2
FULL_SCALE = 32_767


@dataclass(frozen=True)
class Partial:
    """One sine component of a struck note: frequency ratio, level and decay time."""

    ratio: float
    level: float
    decay: float  # seconds for the level to fall by 1/e


# Soft bell: the upper partials are slightly stretched (not exact multiples) and die
# away fast, leaving a warm fundamental, which keeps the sound gentle rather than tinny.
BELL: tuple[Partial, ...] = (
    Partial(1.0, 1.0, 0.42),
    Partial(2.0, 0.38, 0.22),
    Partial(3.01, 0.16, 0.12),
    Partial(4.17, 0.07, 0.07),
)
MELLOW: tuple[Partial, ...] = (
    Partial(1.0, 1.0, 0.55),
    Partial(2.0, 0.22, 0.25),
    Partial(3.0, 0.06, 0.12),
)
TICK_TIMBRE: tuple[Partial, ...] = (
    Partial(1.0, 1.0, 0.035),
    Partial(2.7, 0.25, 0.015),
)


@dataclass(frozen=True)
class Note:
    """A struck note inside a chime: when it starts, its pitch, loudness and timbre."""

    start: float
    frequency: float
    level: float = 1.0
    timbre: tuple[Partial, ...] = BELL


@dataclass(frozen=True)
class Chime:
    """One cue sound: its file stem, length, peak level in dBFS and how it is made."""

    name: str
    seconds: float
    peak_dbfs: float
    render: Callable[[int], list[float]]


def _struck(notes: Sequence[Note]) -> Callable[[int], list[float]]:
    def render(count: int) -> list[float]:
        out = [0.0] * count
        attack = ATTACK_SECONDS * SAMPLE_RATE
        for note in notes:
            first = round(note.start * SAMPLE_RATE)
            for partial in note.timbre:
                step = 2.0 * math.pi * note.frequency * partial.ratio / SAMPLE_RATE
                fall = math.exp(-1.0 / (partial.decay * SAMPLE_RATE))
                level = note.level * partial.level
                for i in range(count - first):
                    ramp = i / attack if i < attack else 1.0
                    out[first + i] += level * ramp * math.sin(step * i)
                    level *= fall
        return out

    return render


def _swell(low: float, high: float, rising: bool) -> Callable[[int], list[float]]:
    """A breath cue: a soft tone gliding between two pitches as its loudness swells or ebbs."""

    def render(count: int) -> list[float]:
        out = [0.0] * count
        phase = 0.0
        attack = ATTACK_SECONDS * SAMPLE_RATE
        for i in range(count):
            progress = i / count
            glide = progress if rising else 1.0 - progress
            frequency = low * (high / low) ** glide
            phase += 2.0 * math.pi * frequency / SAMPLE_RATE
            # A clear start (so the cue is heard at once), then the shape of a breath:
            # growing towards the end when breathing in, fading out when breathing out.
            body = 0.35 + 0.65 * math.sin(math.pi * 0.5 * progress / 0.7) if rising else 1.0
            shape = min(1.0, (1.0 - progress) / 0.3) if rising else (1.0 - progress) ** 1.6
            ramp = i / attack if i < attack else 1.0
            tone = math.sin(phase) + 0.18 * math.sin(2.0 * phase)
            out[i] = ramp * min(body, 1.0) * shape * tone
        return out

    return render


C4, E4, F4, G4, A4 = 261.63, 329.63, 349.23, 392.00, 440.00
C5, D5, E5, F5, A5, B5 = 523.25, 587.33, 659.26, 698.46, 880.00, 987.77
E6 = 1318.51

CHIMES: tuple[Chime, ...] = (
    # Getting ready: an upward fourth, like a gentle "here we go".
    Chime("prepare", 0.95, -6.0, _struck([Note(0.0, G4), Note(0.16, C5)])),
    # Holding: one bright open fifth, struck together, that rings on.
    Chime("hold", 1.1, -5.0, _struck([Note(0.0, E5), Note(0.0, B5, 0.7)])),
    # Letting go: a falling pair.
    Chime("release", 0.95, -6.0, _struck([Note(0.0, D5), Note(0.16, G4)])),
    # Changing sides: the same note twice, quickly.
    Chime("switch", 0.95, -6.0, _struck([Note(0.0, F5), Note(0.13, F5, 0.9)])),
    # Resting: one low, mellow note.
    Chime("rest", 1.1, -7.0, _struck([Note(0.0, C4, 1.0, MELLOW)])),
    # Countdown: a short, quiet wooden-sounding tick.
    Chime("tick", 0.16, -16.0, _struck([Note(0.0, E6, 1.0, TICK_TIMBRE)])),
    # Halfway: a light high ping with its octave below.
    Chime("halfway", 0.8, -10.0, _struck([Note(0.0, A5), Note(0.0, A4, 0.5)])),
    Chime("breath-in", 1.0, -12.0, _swell(E4, A4, rising=True)),
    Chime("breath-out", 1.0, -12.0, _swell(E4, A4, rising=False)),
    # Done: a rolled major chord.
    Chime(
        "finish",
        1.2,
        -5.0,
        _struck([Note(0.0, F4), Note(0.05, A4, 0.8), Note(0.10, C5, 0.7), Note(0.15, F5, 0.6)]),
    ),
)


def render_samples(chime: Chime) -> array[int]:
    """Renders one chime as 16-bit samples, normalised to its peak level and faded out."""
    count = round(chime.seconds * SAMPLE_RATE)
    raw = chime.render(count)
    fade = round(TAIL_FADE_SECONDS * SAMPLE_RATE)
    for i in range(fade):
        raw[count - 1 - i] *= i / fade
    peak = max(abs(v) for v in raw)
    gain = 10 ** (chime.peak_dbfs / 20) * FULL_SCALE / peak
    return array("h", (round(v * gain) for v in raw))


def write_wav(path: Path, samples: array[int]) -> None:
    """Writes mono 16-bit PCM at SAMPLE_RATE."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(samples.tobytes())


def default_out_dir() -> Path:
    """The checkout's assets/sounds folder (the chimes are committed there)."""
    return Path(__file__).resolve().parents[2] / "assets" / "sounds"


def write_all(out_dir: Path) -> list[Path]:
    """Writes every chime into out_dir and returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for chime in CHIMES:
        path = out_dir / f"{chime.name}.wav"
        write_wav(path, render_samples(chime))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Synthesise StretchDesk's cue chimes.")
    parser.add_argument("--out", type=Path, default=default_out_dir(), help="output folder")
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
