"""SoundIntents: the app controller's intents about what the person hears.

Attaching the cue player (after the first paint), getting the sounds ready ahead of a
start, muting, the Settings window's test chime and its list of voices. The cues
themselves are played by CueOutput (controller/cue_output.py), which this makes when the
player is attached; until then every intent here quietly does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from stretchdesk.audio.player import CuePlayer
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.controller.cue_output import CueOutput, SoundStatus
    from stretchdesk.timers import TimerFactory


class SoundIntents:
    """attach_sound, prepare_sound, set_muted, toggle_mute, test_sound and the voices,
    mixed into AppController, which provides `_timers` and emits the signals
    (caption, sound_status, voices_changed, muted_changed)."""

    _cues: CueOutput | None = None  # made by attach_sound
    _timers: TimerFactory
    muted = False

    def attach_sound(self, player: CuePlayer) -> None:
        """Plays every cue through `player` from now on (given after the first paint)."""
        from stretchdesk.controller.cue_output import CueOutput
        from stretchdesk.core.cues import CuePlan

        controller = cast("AppController", self)
        plan = CuePlan.from_library(controller.library, controller.settings)
        self._cues = CueOutput(controller.driver, plan, player, controller.caption.emit,
                               controller, self._timers)
        self._cues.sound_status.connect(controller.sound_status)
        # Not with the names: listing them makes an object for each of the engine's voices
        # (13,363 with espeak-ng) on the window's thread, for nobody during a session.
        player.voices_changed.connect(controller.voices_changed)
        self._cues.apply_settings(controller.settings)
        self._cues.set_muted(self.muted)

    def prepare_sound(self) -> None:
        """Starts getting the sounds ready now, in the background, so a start need not wait."""
        if self._cues is not None:
            self._cues.prepare()

    @property
    def has_sound(self) -> bool:
        """Whether a cue player is attached (the app attaches one after the first paint)."""
        return self._cues is not None

    @property
    def sound(self) -> SoundStatus | None:
        """What the person will hear (None until the sounds have first been got ready)."""
        return self._cues.status if self._cues is not None else None

    def set_muted(self, muted: bool) -> None:
        """Silences chimes and voice (captions go on), or turns them back on."""
        self.muted = muted
        if self._cues is not None:
            self._cues.set_muted(muted)
        cast("AppController", self).muted_changed.emit(muted)

    def toggle_mute(self) -> None:
        """Mutes or unmutes; with no sound at all (no sound server), tries it again instead."""
        if self.sound is not None and not self.sound.audible:
            self.prepare_sound()
        else:
            self.set_muted(not self.muted)

    def test_sound(self) -> None:
        """One chime and line at the current volume (the Settings window's Test button).

        Sound that could not be got ready (no sound server) is tried again first.
        """
        if self._cues is not None:
            self._cues.test_sound()

    def voice_names(self) -> list[str]:
        """The voices to choose from (the speech engine starts for this)."""
        return self._cues.voice_names() if self._cues is not None else []

    def voices_pending(self) -> bool:
        """Whether the voices are still being listed (voices_changed follows)."""
        return self._cues is not None and self._cues.player.voices_pending()
