"""The CuePlayer protocol, the silent player, and the choice of player for this machine.

The app controller's cue output hands every Cue to a CuePlayer. Whatever the machine
lacks (no QtMultimedia, no audio device, no speech engine), a player is always there: it
uses what is left and says once, in `missing()`, what the person will not hear.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchdesk.core.cues import Cue
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

NO_QT_MULTIMEDIA = QT_TRANSLATE_NOOP(
    "player", "No sound: Qt Multimedia could not be loaded (on Linux it needs libpulse0). "
    "Cues are shown as captions only."
)


class CuePlayer(Protocol):
    """Turns Cues into chimes and speech."""

    @property
    def ready(self) -> SignalInstance:
        """Emitted when prepare() has finished (sounds loaded, or given up on)."""

    @property
    def voices_changed(self) -> SignalInstance:
        """Emitted when the speech engine has listed its voices (it starts in the background)."""

    def voices_pending(self) -> bool:
        """Whether the speech engine is still starting, so its voices are not known yet."""

    def prepare(self) -> None:
        """Starts loading every sound, so a session's first cue is on time; ready follows.

        It never waits for the loading. Called again once ready, it tries again what could
        not be loaded (a sound server started since), and ready follows again; with
        nothing to try again it does nothing.
        """

    def is_ready(self) -> bool:
        """Whether prepare() has finished (sounds loaded, or given up on)."""

    def play(self, cue: Cue) -> None:
        """Plays the cue's chime and, when it is spoken, says its line.

        A newer line replaces one still being spoken; lines never queue up.
        """

    def stop(self) -> None:
        """Silences whatever is playing or being said (the session stopped)."""

    def set_volume(self, volume: float) -> None:
        """Sets the loudness of chimes and voice, 0.0 to 1.0."""

    def set_muted(self, muted: bool) -> None:
        """Silences (or restores) chimes and voice without losing the volume."""

    def set_voice(self, voice: str, rate: float) -> None:
        """Picks the voice by name ("" for the engine's default) and its speed, -1.0 to 1.0."""

    def set_speaking(self, speaking: bool) -> None:
        """Whether lines will be spoken (the sound setting): a speech engine may wait for it."""

    def voice_names(self) -> list[str]:
        """The voices the speech engine offers, for the Settings window (none without one)."""

    def missing(self) -> str:
        """What the person will not hear and why ("" when all works)."""

    def is_audible(self) -> bool:
        """Whether any cue can be heard at all (a chime or the voice)."""


class SilentPlayer(QObject):
    """A CuePlayer that plays nothing: for silent sessions, tests, and machines without sound.

    It still remembers the last line "said", so captions and logs can be checked. It is
    ready from the start, so it never needs to emit `ready`.

    Signals: ready() — never emitted (is_ready() is always True); voices_changed() — never
        emitted (it has no voices).
    """

    ready = Signal()
    voices_changed = Signal()

    def __init__(self, missing: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._missing = missing
        self.volume = 1.0
        self.muted = False
        self.voice = ("", 0.0)
        self.speaking = True
        self.played: list[Cue] = []

    def prepare(self) -> None:
        """Nothing to load."""

    def is_ready(self) -> bool:
        return True

    def play(self, cue: Cue) -> None:
        self.played.append(cue)

    def stop(self) -> None:
        """Nothing is playing."""

    def set_volume(self, volume: float) -> None:
        self.volume = min(1.0, max(0.0, volume))

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_voice(self, voice: str, rate: float) -> None:
        """Nothing is spoken; the choice is kept so it can be checked."""
        self.voice = (voice, rate)

    def set_speaking(self, speaking: bool) -> None:
        """Nothing is spoken; the choice is kept so it can be checked."""
        self.speaking = speaking

    def voice_names(self) -> list[str]:
        return []

    def voices_pending(self) -> bool:
        return False

    def missing(self) -> str:
        return self._missing

    def is_audible(self) -> bool:
        """What it would be for a real player: heard unless it says what is missing."""
        return not self._missing


def make_player(sounds: Path) -> CuePlayer:
    """The best player this machine allows: Qt sound and speech, else a silent one.

    Never raises: a missing QtMultimedia (on Linux, libpulse0) gives a SilentPlayer
    that says so.
    """
    try:
        from stretchdesk.audio.qt_player import QtCuePlayer
    except ImportError:
        return SilentPlayer(QCoreApplication.translate("player", NO_QT_MULTIMEDIA))
    return QtCuePlayer(sounds)
