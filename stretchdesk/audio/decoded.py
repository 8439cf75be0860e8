"""Chime files read into memory as raw PCM samples, ready to hand to an audio output.

The chimes are plain WAV files (stretchdesk/audio/chimes.py makes them), so the standard
library's wave module decodes them: no media backend, no decoder thread, and the same
bytes for every play of a chime.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

# Integer PCM sample widths (bytes) that Qt's audio output takes as they are.
PLAYABLE_WIDTHS = (1, 2, 4)


class ChimeFileError(Exception):
    """A chime file that cannot be played; the message names the file and why.

    `template` is the message before its `fields` are filled in, so that the player can
    show it in the person's language (translation context "decoded").
    """

    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields


@dataclass(frozen=True)
class DecodedChime:
    """One chime's samples (interleaved, little-endian) and how to read them."""

    name: str
    pcm: bytes
    rate: int
    channels: int
    sample_width: int  # bytes per sample: 1 (unsigned), 2 or 4 (signed)

    @property
    def seconds(self) -> float:
        """How long the chime rings."""
        frame = self.channels * self.sample_width
        return len(self.pcm) / frame / self.rate if frame and self.rate else 0.0


def decode(path: Path) -> DecodedChime:
    """Reads a WAV file; raises ChimeFileError naming the file when it cannot be played."""
    try:
        with wave.open(str(path), "rb") as sound:
            rate, channels = sound.getframerate(), sound.getnchannels()
            width, frames = sound.getsampwidth(), sound.getnframes()
            pcm = sound.readframes(frames)
    except (wave.Error, EOFError, OSError) as exc:
        raise ChimeFileError(QT_TRANSLATE_NOOP(
            "decoded", "{file} is not a readable WAV file ({problem})"),
            file=path.name, problem=exc) from exc
    if width not in PLAYABLE_WIDTHS:
        raise ChimeFileError(QT_TRANSLATE_NOOP(
            "decoded", "{file}: {bits}-bit samples cannot be played"),
            file=path.name, bits=8 * width)
    if not pcm or not 8_000 <= rate <= 192_000 or not 1 <= channels <= 2:
        raise ChimeFileError(QT_TRANSLATE_NOOP(
            "decoded", "{file} holds no playable sound ({frames} frames, {channels} channels "
            "at {rate} Hz)"), file=path.name, frames=frames, channels=channels, rate=rate)
    return DecodedChime(path.stem, pcm, rate, channels, width)


def silence(like: DecodedChime, seconds: float) -> DecodedChime:
    """A stretch of silence in the same format as `like` (to open the audio path early)."""
    frame = like.channels * like.sample_width
    count = max(1, round(seconds * like.rate))
    zero = b"\x80" if like.sample_width == 1 else b"\x00"
    return DecodedChime("silence", zero * (count * frame), like.rate, like.channels,
                        like.sample_width)
