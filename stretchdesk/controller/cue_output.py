"""CueOutput: what the person hears and reads as the session moves on.

It takes each batch of session events from the SessionDriver, asks the CuePlan which
cues they make, and hands every cue to the CuePlayer (chime and voice), the captions
line, and the event log. Settings and mute reach the plan and the player here, and a
session's start waits here for the sounds to load.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from stretchdesk.audio.player import CuePlayer
from stretchdesk.controller.driver import SessionDriver
from stretchdesk.core.cues import Cue, CuePlan
from stretchdesk.core.events import Event
from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.timers import TimerFactory, qt_timer

TEST_CUE = Cue("hold", "This is how loud your cues will be", spoken=True, phase_start=True)
READY_WAIT_MS = 3000  # a session starts even if some sound never finishes loading


class CueOutput(QObject):
    """Plays, captions and logs the cues of a driver's session.

    Signals:
        sound_status(str): once the sounds have loaded, what the person will not hear
            ("" when everything works); sent once.
    """

    sound_status = Signal(str)

    def __init__(self, driver: SessionDriver, plan: CuePlan, player: CuePlayer,
                 show_caption: Callable[[str], None], parent: QObject | None = None,
                 timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self.driver = driver
        self.plan = plan
        self.player = player
        self._show_caption = show_caption
        self._waiting: list[Callable[[], None]] = []
        self._reported = False
        self._ready_wait = timers(self, "sound ready wait")
        self._ready_wait.timeout.connect(self._ready)
        player.ready.connect(self._ready)
        driver.events.connect(self.play_events)

    def when_ready(self, action: Callable[[], None]) -> None:
        """Runs `action` once the sounds are loaded (at most READY_WAIT_MS from now).

        Sounds load when the first session starts, not while the person browses the
        routines (they cost memory); the start waits for them so the first cue is on time.
        """
        self.player.prepare()
        self._waiting.append(action)
        if self.player.is_ready():
            self._ready()
        elif not self._ready_wait.isActive():
            self._ready_wait.start(READY_WAIT_MS)

    def _ready(self) -> None:
        self._ready_wait.stop()
        if not self._reported:
            self._reported = True
            missing = self.player.missing()
            self.driver.log_event("sound", missing=missing)
            self.sound_status.emit(missing)
        actions, self._waiting = self._waiting, []
        for action in actions:
            action()

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

    def voice_names(self) -> list[str]:
        """The voices to choose from: the player gets ready (its speech engine starts)."""
        self.player.prepare()
        return self.player.voice_names()
