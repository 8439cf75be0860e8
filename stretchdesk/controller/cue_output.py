"""CueOutput: what the person hears and reads as the session moves on.

It takes each batch of session events from the SessionDriver, asks the CuePlan which
cues they make, and hands every cue to the CuePlayer (chime and voice), the captions
line, and the event log. Settings and mute reach the plan and the player here, and a
session's start waits here for the sounds to load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchdesk.audio.player import CuePlayer
from stretchdesk.controller.driver import SessionDriver
from stretchdesk.core.cues import Cue, CuePlan
from stretchdesk.core.events import Event
from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

TEST_LINE = QT_TRANSLATE_NOOP("CueOutput", "This is how loud your cues will be")
TEST_CUE = Cue("hold", TEST_LINE, spoken=True, phase_start=True)
READY_WAIT_MS = 3000  # a session starts even if some sound never finishes loading


@dataclass(frozen=True)
class SoundStatus:
    """What the person will hear, once the sounds have been got ready (or tried again).

    `missing` says what will not be heard and why ("" when everything works); `audible`
    is False when nothing at all will be (no sound server, no audio device): cues are
    then captions only.
    """

    missing: str = ""
    audible: bool = True
    chimes_missing: bool | None = None  # None: read from what `missing` says


    @property
    def notice(self) -> str:
        """The sentence that tells the person, once and plainly ("" when all works)."""
        return self._said(QCoreApplication.translate(
            "SoundStatus", "No sound: {reason}. Cues show as captions; the Test button in "
            "Settings tries the sound again."))

    @property
    def settings_notice(self) -> str:
        """The same, said beside the Test button."""
        return self._said(QCoreApplication.translate(
            "SoundStatus", "No sound: {reason}. Cues show as captions; Test tries the sound "
            "again."))

    def _said(self, inaudible: str) -> str:
        if not self.missing:
            return ""
        if self.audible:
            return f"{self.missing}."
        return inaudible.format(reason=self.missing[:1].lower() + self.missing[1:])

    @property
    def chimes(self) -> bool:
        """Whether chimes can be heard (as far as what is missing says)."""
        if self.chimes_missing is not None:
            return self.audible and not self.chimes_missing
        return self.audible and "chime" not in self.missing.lower()


class CueOutput(QObject):
    """Plays, captions and logs the cues of a driver's session.

    Signals:
        sound_status(SoundStatus): what the person will hear, each time the sounds have
            been got ready (at first, and after each try again).
    """

    sound_status = Signal(object)

    def __init__(self, driver: SessionDriver, plan: CuePlan, player: CuePlayer,
                 show_caption: Callable[[str], None], parent: QObject | None = None,
                 timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self.driver = driver
        self.plan = plan
        self.player = player
        self._show_caption = show_caption
        self._waiting: list[Callable[[], None]] = []
        self.status: SoundStatus | None = None  # None until the sounds have been got ready
        self._ready_wait = timers(self, "sound ready wait")
        self._ready_wait.timeout.connect(self._run_waiting)
        player.ready.connect(self._ready)
        driver.events.connect(self.play_events)

    def prepare(self) -> None:
        """Starts getting the sounds ready now, in the background (the app does this
        right after the first paint, so a start rarely has to wait)."""
        self.player.prepare()
        if self.player.is_ready() and self.status is None:
            self._report()  # a player with nothing to load is ready from the start

    @property
    def ready(self) -> bool:
        """Whether the sounds are ready (or were given up on): a start need not wait."""
        return self.player.is_ready()

    def when_ready(self, action: Callable[[], None]) -> None:
        """Runs `action` once the sounds are ready (at most READY_WAIT_MS from now).

        What could not be got ready before (a sound server that was not running) is
        tried again first; a start waits for the sounds so that its first cue is heard.
        """
        self._waiting.append(action)
        self.prepare()
        if self.player.is_ready():
            self._run_waiting()
        elif not self._ready_wait.isActive():
            self._ready_wait.start(READY_WAIT_MS)

    def _ready(self) -> None:
        self._report()
        self._run_waiting()

    def _report(self) -> None:
        chimes_missing = getattr(self.player, "chimes_missing", None)
        self.status = SoundStatus(self.player.missing(), self.player.is_audible(),
                                  chimes_missing() if callable(chimes_missing) else None)
        self.driver.log_event("sound", missing=self.status.missing)
        self.sound_status.emit(self.status)

    def _run_waiting(self) -> None:
        self._ready_wait.stop()
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
        """The Settings window's Test button: one chime and line at the current volume.

        What could not be got ready before is tried again first (see when_ready).
        """
        cue = replace(TEST_CUE, text=self.tr(TEST_LINE))
        self.when_ready(lambda: self.player.play(cue))

    def voice_names(self) -> list[str]:
        """The voices to choose from: the player gets ready (its speech engine starts)."""
        self.player.prepare()
        return self.player.voice_names()
