"""The cue plan: which chime and which words go with each moment of a session.

A person on the mat hears far more than they read, so every phase start has its own
chime and a short line ("Hold for 30 seconds", "Switch to your left side"). The line is
always shown as a caption; whether the chime and the voice play is up to the Settings.
The plan is pure: players (stretchdesk/audio) turn its Cues into sound.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from stretchdesk.core.events import (
    Breath,
    Countdown,
    Event,
    Finished,
    Halfway,
    PhaseStarted,
    Stopped,
)
from stretchdesk.core.model import Library, Side
from stretchdesk.core.phrasebook import t, tn
from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.core.timeline import Phase, PhaseKind
from stretchdesk.core.words import complete_word, phase_word

__all__ = ["CHIMES", "Cue", "CuePlan", "latest_events", "spoken_length"]

# Every chime a cue can name: one WAV each in assets/sounds/.
CHIMES = (
    "prepare", "hold", "release", "switch", "rest",
    "tick", "halfway", "breath-in", "breath-out", "finish",
)  # fmt: skip

_PHASE_CHIME = {
    PhaseKind.PREPARE: "prepare",
    PhaseKind.HOLD: "hold",
    PhaseKind.RELEASE: "release",
    PhaseKind.SWITCH: "switch",
    PhaseKind.REST: "rest",
}


@dataclass(frozen=True)
class Cue:
    """What one moment of a session sounds like and says.

    `chime` names a sound in assets/sounds (None: no chime). `text` is the line for the
    captions (None: nothing to show); `spoken` says whether the voice reads it aloud.
    `phase_start` marks the cue of a phase start (or of the end), the one a person
    must not miss.
    """

    chime: str | None
    text: str | None
    spoken: bool = False
    phase_start: bool = False


_BOUNDARY = (PhaseStarted, Finished, Stopped)


def latest_events(events: Sequence[Event]) -> list[Event]:
    """The events still worth a cue when a late tick delivers several at once.

    Only the latest phase start (or the end) matters: cues of phases already over
    would be wrong by the time they played. After it, only the newest timed event
    (countdown, halfway, breath) is kept, since older ones have passed.
    """
    boundaries = [i for i, e in enumerate(events) if isinstance(e, _BOUNDARY)]
    first = boundaries[-1] if boundaries else 0
    kept: list[Event] = []
    if boundaries:
        kept.append(events[first])
        rest = events[first + 1 :]
    else:
        rest = events[first:]
    if rest:
        kept.append(rest[-1])
    return kept


def spoken_length(seconds: float) -> str:
    """A length as a person would say it: "30 seconds", "1 minute", "2 minutes 15 seconds"."""
    total = max(1, round(seconds))
    minutes, secs = divmod(total, 60)
    if minutes == 0:
        return tn("{n} second", "{n} seconds", secs)
    if secs == 0:
        return tn("{n} minute", "{n} minutes", minutes)
    return t("{minutes} {seconds}", minutes=tn("{n} minute", "{n} minutes", minutes),
             seconds=tn("{n} second", "{n} seconds", secs))


def _spoken_name(name: str) -> str:
    """A stretch name inside a sentence: "Cat-cow" becomes "cat-cow"; "TFL" stays."""
    if len(name) > 1 and name[0].isupper() and not name[1].isupper():
        return name[0].lower() + name[1:]
    return name


class CuePlan:
    """Turns session events into Cues for one person's settings.

    `names` maps stretch ids to display names (see `from_library`). With sound_mode
    "silent" no chime plays and nothing is spoken, but captions still show; "chime"
    plays chimes only; "chime+voice" also speaks every line.
    """

    def __init__(self, names: Mapping[str, str], settings: Settings) -> None:
        self._names = dict(names)
        self._settings = settings

    @classmethod
    def from_library(cls, library: Library, settings: Settings) -> CuePlan:
        """The plan for the stretches of `library`."""
        return cls({s.id: s.name for s in library.stretches.values()}, settings)

    def with_settings(self, settings: Settings) -> CuePlan:
        """The same plan for changed settings (they apply from the next cue on)."""
        return CuePlan(self._names, settings)

    def cues_for(self, events: Sequence[Event]) -> list[Cue]:
        """The cues to play for one tick's events, dropping those a late tick made stale."""
        cues = (self.cue_for(e) for e in latest_events(events))
        return [c for c in cues if c is not None]

    def cue_for(self, event: Event) -> Cue | None:
        """The cue for one event, or None when the settings leave it out."""
        s = self._settings
        if isinstance(event, PhaseStarted):
            return self._cue(_PHASE_CHIME[event.phase.kind], self.phase_line(event.phase), True)
        if isinstance(event, Finished):
            return self._cue("finish", complete_word(), True)
        if isinstance(event, Stopped):
            return self._cue(None, t("Session stopped"), True)
        if isinstance(event, Countdown):
            # Ticks are heard, not read: a caption of "3" would only flicker.
            return self._cue("tick", None) if s.countdown_ticks else None
        if isinstance(event, Halfway):
            return self._cue("halfway", t("Halfway there")) if s.halfway_cue else None
        if isinstance(event, Breath):
            if not s.breath_cues:
                return None
            if event.inhale:
                return self._cue("breath-in", t("Breathe in"))
            return self._cue("breath-out", t("Breathe out"))
        return None

    def _cue(self, chime: str | None, text: str | None, phase_start: bool = False) -> Cue:
        mode = self._settings.sound_mode
        return Cue(
            chime=None if mode is SoundMode.SILENT else chime,
            text=text,
            spoken=mode is SoundMode.CHIME_AND_VOICE and text is not None,
            phase_start=phase_start,
        )

    def name(self, stretch_id: str) -> str:
        """The stretch's name as spoken inside a sentence."""
        return _spoken_name(self._names.get(stretch_id, stretch_id.replace("-", " ")))

    def phase_line(self, phase: Phase) -> str:
        """The line said at the start of `phase` (a whole sentence for each side, so a
        language can place the side its own way)."""
        side = phase.side
        name = self.name(phase.stretch_id)
        if phase.kind is PhaseKind.PREPARE:
            if side is Side.LEFT:
                return t("Starting position: {stretch}, left side", stretch=name)
            if side is Side.RIGHT:
                return t("Starting position: {stretch}, right side", stretch=name)
            return t("Starting position: {stretch}", stretch=name)
        if phase.kind is PhaseKind.HOLD:
            return _hold_line(side, spoken_length(phase.seconds), bool(phase.breath_seconds))
        if phase.kind is PhaseKind.RELEASE:
            return t("Release slowly")
        if phase.kind is PhaseKind.SWITCH:
            if side is Side.LEFT:
                return t("Switch to your left side")
            if side is Side.RIGHT:
                return t("Switch to your right side")
            return phase_word(phase.kind)
        return t("Rest. Next up: {stretch}", stretch=name)


def _hold_line(side: Side | None, length: str, breathing: bool) -> str:
    """The line of a hold: still, or moving with the breath; on one side or both."""
    if breathing:
        if side is Side.LEFT:
            return t("Left side. Move with your breath for {length}. Breathe in", length=length)
        if side is Side.RIGHT:
            return t("Right side. Move with your breath for {length}. Breathe in", length=length)
        return t("Move with your breath for {length}. Breathe in", length=length)
    if side is Side.LEFT:
        return t("Left side. Hold for {length}", length=length)
    if side is Side.RIGHT:
        return t("Right side. Hold for {length}", length=length)
    return t("Hold for {length}", length=length)
