"""CueOutput: what the person hears and reads as the session moves on.

It takes each batch of session events from the SessionDriver, asks the CuePlan which
cues they make, and hands every cue to the CuePlayer (chime and voice), the captions
line, and the event log. Settings and mute reach the plan and the player here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from stretchdesk.audio.player import CuePlayer
from stretchdesk.core.cues import Cue, CuePlan
from stretchdesk.core.events import Event
from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.ui.driver import SessionDriver

TEST_CUE = Cue("hold", "This is how loud your cues will be", spoken=True, phase_start=True)


class CueOutput(QObject):
    """Plays, captions and logs the cues of a driver's session."""

    def __init__(
        self,
        driver: SessionDriver,
        plan: CuePlan,
        player: CuePlayer,
        show_caption: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        self.plan = plan
        self.player = player
        self._show_caption = show_caption
        driver.events.connect(self.play_events)

    def play_events(self, events: list[Event]) -> None:
        """Plays the cues of one batch of events (stale ones of a late tick are dropped)."""
        for cue in self.plan.cues_for(events):
            self.play(cue)

    def play(self, cue: Cue) -> None:
        """One cue: sound and voice, caption, and a line in the event log."""
        self.player.play(cue)
        if cue.text:
            self._show_caption(cue.text)
        self.driver.log_event("cue", chime=cue.chime, text=cue.text,
                              spoken=cue.spoken)

    def apply_settings(self, settings: Settings) -> None:
        """Uses new settings from the next cue on."""
        self.plan = self.plan.with_settings(settings)
        self.player.set_volume(settings.volume)
        self.player.set_voice(settings.voice, settings.speech_rate)
        self.player.set_speaking(settings.sound_mode is SoundMode.CHIME_AND_VOICE)

    def set_muted(self, muted: bool) -> None:
        """M: silences chimes and voice; captions go on."""
        self.player.set_muted(muted)

    def test_sound(self) -> None:
        """The Settings window's Test button: one chime and line at the current volume."""
        self.player.play(TEST_CUE)
