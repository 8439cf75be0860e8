"""Getting the chimes ready to play, for the Qt cue player.

Every chime file is decoded into the sink player, then a moment of silence is played
once: the first stream a process opens on the sound server takes longer to start than
the ones after it, so opening it now keeps that delay out of the first cue. What could
not be loaded is said in words a person can act on (in the player's translation context).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from stretchdesk.audio.audio_only import audio_outputs
from stretchdesk.audio.decoded import ChimeFileError, DecodedChime, decode, silence
from stretchdesk.audio.sinks import SinkPlayer
from stretchdesk.core.cues import CHIMES

WARM_UP_SECONDS = 0.05  # the silent warm-up sound is this long
WARM_UP = "silence"  # the name the warm-up sound is loaded under
WARM_UP_MS = 150  # the warm-up stream has started well within this

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ChimesLoaded:
    """What loading the chimes came to: a problem to tell ("" for none), and how many
    milliseconds to wait before the chimes count as ready (the warm-up playing)."""

    problem: str
    settle_ms: int


def load_chimes(sinks: SinkPlayer, folder: Path) -> ChimesLoaded:
    """Decodes every chime in `folder` into `sinks` and opens the audio output once.

    A chime that is missing or cannot be decoded is skipped (the others still play);
    without an audio device, or when the sound server refuses the warm-up, none is kept.
    """
    if not audio_outputs():
        return ChimesLoaded(translate("QtCuePlayer", "No audio output device: chimes are off"), 0)
    problem = ""
    like: DecodedChime | None = None
    for name in CHIMES:
        path = folder / f"{name}.wav"
        if not path.is_file():
            problem = translate("QtCuePlayer", "Chime missing: {file}").format(file=path)
            continue
        try:
            like = decode(path)
        except ChimeFileError as exc:
            reason = translate("decoded", exc.template).format(**exc.fields)
            problem = translate("QtCuePlayer", "Chime could not be played: {problem}").format(
                problem=reason)
            continue
        sinks.load(like)
    if like is None:
        return ChimesLoaded(problem, 0)
    # Opening the first stream sets up the process's audio path (~15 ms); doing it
    # now, with silence, keeps that out of the first cue.
    sinks.load(silence(like, WARM_UP_SECONDS))
    if not sinks.play(WARM_UP):
        problem = translate("QtCuePlayer", "The sound server refused to play: chimes are off")
        sinks.unload_all()
    return ChimesLoaded(problem, WARM_UP_MS)


def playable_chimes(sinks: SinkPlayer) -> frozenset[str]:
    """The chimes decoded and ready to play (the warm-up silence is not one)."""
    return sinks.names - {WARM_UP}
