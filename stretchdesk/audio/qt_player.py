"""The real CuePlayer: chimes through QSoundEffect, lines through QTextToSpeech.

Importing this module fails with ImportError where QtMultimedia cannot load (on Linux
when libpulse0 is missing); make_player() then falls back to the silent player.
Getting ready never holds up the window: the sound server is asked on a helper thread,
and the speech engine starts on a thread of its own (audio/speech_thread.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot, qVersion
from PySide6.QtMultimedia import QSoundEffect

from stretchdesk.audio.audio_only import audio_outputs
from stretchdesk.audio.sound_server import ask_sound_server
from stretchdesk.core.cues import CHIMES, Cue
from stretchdesk.timers import TimerFactory, qt_timer

try:
    from PySide6.QtTextToSpeech import QTextToSpeech

    from stretchdesk.audio.speech_thread import ThreadedSpeech
except ImportError:  # PySide6-Addons missing: chimes still work
    QTextToSpeech = None  # type: ignore[assignment,misc]

# Never wait longer than this for the chimes to load: the session must start.
LOAD_TIMEOUT_MS = 3000
WARM_UP_MS = 250
# A played effect is deleted once it has surely finished (every chime is at most 1.2 s).
RETIRE_MS = 2000
# Before Qt 6.10 a QSoundEffect opens a new audio stream each time it plays, and playing
# one again starts the sound 10 to 40 ms late, while its first play starts within a few
# ms: so each chime keeps a loaded, unplayed effect in hand. From 6.10 on, effects play
# through one shared running audio engine: replays are prompt (about 17 ms), while a
# fresh effect for each play was found to drop sounds now and then, so effects are reused.
ONE_SHOT_EFFECTS = tuple(int(p) for p in qVersion().split(".")[:2]) < (6, 10)
# Ready is not held back longer than this for a speech engine still starting (it can take
# seconds on a busy machine); its voice joins the cues as soon as it has started.
SPEECH_WAIT_MS = 10_000
# Qt ships a "mock" speech engine for its own tests; it makes no sound.
SILENT_ENGINES = frozenset({"mock"})
NO_SERVER = "No sound server is running"


class QtCuePlayer(QObject):
    """Plays each Cue's chime and says its line, using what this machine has.

    prepare() asks whether a sound server answers (Qt Multimedia is not touched before
    one does: Qt never tries a second time), then loads every chime and starts the speech
    engine, so the first cue of a session is not late. Without a sound server there is
    nothing to load; without an audio device there are no chimes, without a speech engine
    no voice; missing() says which, once the player is ready. prepare() called again
    tries again what could not be got ready (a sound server started since, a speech
    engine that failed).

    With Qt before 6.10 each QSoundEffect plays only once (see ONE_SHOT_EFFECTS): every
    chime keeps a loaded, unplayed effect in hand and loads the next one as soon as it
    plays (the decoded sound is shared, so this is cheap).

    Signals: ready() — prepare() finished: every chime loaded, failed, or timed out.
    """

    ready = Signal()
    _server_answered = Signal(str)

    def __init__(self, sounds: Path, parent: QObject | None = None,
                 timers: TimerFactory = qt_timer,
                 ask_server: Callable[[], str] = ask_sound_server) -> None:
        super().__init__(parent)
        self._sounds = sounds
        self._timers = timers
        self._ask_server = ask_server
        self._fresh: dict[str, QSoundEffect] = {}  # per chime: loaded, never played
        self._spent: set[QSoundEffect] = set()  # played, kept until they have finished
        self._loading: set[str] = set()
        self._problems: dict[str, str] = {}  # part ("chimes", "voice") -> what is wrong
        self._speech: ThreadedSpeech | None = None
        self._volume = 1.0
        self._voice_choice = ("", 0.0)  # voice name ("" = the engine's own) and rate
        self._speaking = True  # whether lines are to be spoken (see set_speaking)
        self._muted = False
        self._prepared = False  # prepare() was called: the sound server has been asked
        self._asking = False  # waiting for the sound server's answer
        self._server = False  # a sound server answered
        self._chimes_done = False  # every chime loaded, failed or timed out
        self._ready = False
        self._warming = False
        self._give_up = timers(self, "chimes load timeout")
        self._give_up.timeout.connect(self._chimes_loaded)
        self._warm_up = timers(self, "chimes warm-up")
        self._warm_up.timeout.connect(self._warmed_up)
        self._speech_wait = timers(self, "speech engine wait")
        self._speech_wait.timeout.connect(self._maybe_ready)
        self._server_answered.connect(self._on_server_answer)

    # -- getting ready ----------------------------------------------------------------

    def prepare(self) -> None:
        """Starts getting every sound ready, without waiting for any of it; ready() follows.

        Called again once ready, it tries again what could not be got ready; ready()
        then follows again. While getting ready, or with nothing to try again, it does
        nothing.
        """
        if self._asking or self._warming or (self._prepared and not self._ready):
            return
        if self._prepared and not self._worth_retrying():
            return
        self._prepared, self._ready, self._asking = True, False, True
        thread = threading.Thread(target=self._ask, name="sound server question", daemon=True)
        thread.start()

    def _ask(self) -> None:
        """On a helper thread: libpulse's answer comes back to the player's thread."""
        answer = self._ask_server()
        with contextlib.suppress(RuntimeError):  # the player was deleted meanwhile
            self._server_answered.emit(answer)

    def _worth_retrying(self) -> bool:
        """Whether something that failed might work now: a sound server started since."""
        return not self._server

    @Slot(str)
    def _on_server_answer(self, reason: str) -> None:
        self._asking = False
        self._server = not reason
        if reason:
            self._problems.clear()
            self._problems["sound"] = f"{NO_SERVER} ({reason})"
            self._announce_ready()
            return
        self._problems.pop("sound", None)
        if self._speaking:
            self._start_speech()
        if not self._fresh and not self._chimes_done:
            self._load_chimes()
        else:
            self._maybe_ready()

    def _load_chimes(self) -> None:
        if not audio_outputs():
            self._problems["chimes"] = "No audio output device: chimes are off"
        else:
            for name in CHIMES:
                path = self._sounds / f"{name}.wav"
                if path.is_file():
                    self._loading.add(name)
                    self._fresh[name] = self._load(name)
                else:
                    self._problems["chimes"] = f"Chime missing: {path}"
        # Nothing to load: ready all the same, but from the event loop.
        self._give_up.start(LOAD_TIMEOUT_MS if self._loading else 0)

    def _load(self, name: str) -> QSoundEffect:
        effect = QSoundEffect(self)
        effect.statusChanged.connect(lambda: self._status_changed(name, effect))
        effect.setVolume(self._gain())
        effect.setMuted(self._muted)
        effect.setSource(QUrl.fromLocalFile(str(self._sounds / f"{name}.wav")))
        return effect

    def _status_changed(self, name: str, effect: QSoundEffect) -> None:
        status = effect.status()
        if status == QSoundEffect.Status.Error:
            self._problems["chimes"] = f"Chime could not be played: {name}.wav"
        if status in (QSoundEffect.Status.Ready, QSoundEffect.Status.Error):
            self._loading.discard(name)
            if not self._loading:
                self._chimes_loaded()

    def _chimes_loaded(self) -> None:
        if self._chimes_done or self._warming:
            return
        self._give_up.stop()
        if self._loading:
            self._problems["chimes"] = "Chimes did not load in time: " + ", ".join(
                sorted(self._loading)
            )
        tick = self._fresh.get("tick")
        if tick is not None and tick.status() == QSoundEffect.Status.Ready:
            # The very first sound a process plays sets up its audio output, which takes
            # ~15 ms inside play(); doing that now, silently, keeps the first cue on time.
            self._warming = True
            tick.setMuted(True)
            self._play_effect("tick")
            self._warm_up.start(WARM_UP_MS)
        else:
            self._warmed_up()

    def _warmed_up(self) -> None:
        if "tick" in self._fresh:
            self._fresh["tick"].setMuted(self._muted)  # the one muted for the warm-up
        self._warming = False
        self._chimes_done = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        """Ready once the chimes are done and the speech engine has started (or failed)."""
        if self._ready or self._asking or not self._chimes_done:
            return
        starting = self._speech is not None and not self._speech.ready
        if starting and self._speech_wait.isActive():
            return
        self._speech_wait.stop()
        self._announce_ready()

    def _announce_ready(self) -> None:
        self._ready = True
        self.ready.emit()

    def _start_speech(self) -> None:
        """Starts the speech engine once, on its thread (it lists every voice: ~5 MiB)."""
        if self._speech is not None or not self._server:
            return
        self._problems.pop("voice", None)
        engine = self._speech_engine()
        if engine is None:
            return
        speech = self._speech = ThreadedSpeech(engine, self)
        speech.loaded.connect(self._speech_loaded)
        speech.failed.connect(self._speech_failed)
        speech.set_volume(self._volume)
        speech.set_voice(*self._voice_choice)
        if not self._ready:
            self._speech_wait.start(SPEECH_WAIT_MS)
        speech.start()

    def _speech_engine(self) -> str | None:
        """The speech engine to start, or None (and why, in missing())."""
        if QTextToSpeech is None:
            self._problems["voice"] = "No voice: Qt Text to Speech is not installed"
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e not in SILENT_ENGINES]
        if not engines:
            self._problems["voice"] = (
                "No voice: no speech engine found (Linux: install speech-dispatcher and espeak-ng)"
            )
            return None
        return engines[0]

    @Slot(str)
    def _speech_loaded(self, problem: str) -> None:
        if problem and self._speech is not None:
            self._problems["voice"] = problem
            self._speech.close()
            self._speech = None
            if self._ready:  # it failed after ready was said (started late, or switched on)
                self.ready.emit()
        self._maybe_ready()

    @Slot(str)
    def _speech_failed(self, problem: str) -> None:
        self._problems["voice"] = problem

    def is_ready(self) -> bool:
        return self._ready

    # -- playing ----------------------------------------------------------------------

    def play(self, cue: Cue) -> None:
        """Plays the chime at once, then says the line (replacing one still spoken)."""
        if self._muted:
            return
        if cue.chime is not None and cue.chime in self._fresh:
            self._play_effect(cue.chime)
        if cue.spoken and cue.text:
            self.say(cue.text)

    def _play_effect(self, name: str) -> None:
        effect = self._fresh[name]
        effect.play()
        if not ONE_SHOT_EFFECTS:
            return
        self._spent.add(effect)
        self._fresh[name] = self._load(name)
        retire = self._timers(effect, "retire chime")  # goes with the effect
        retire.timeout.connect(lambda: self._retire(effect))
        retire.start(RETIRE_MS)

    def _retire(self, effect: QSoundEffect) -> None:
        if effect in self._spent:
            self._spent.discard(effect)
            effect.stop()
            effect.deleteLater()

    def say(self, text: str) -> None:
        """Says `text`, cutting short any line still being said."""
        if self._speech is not None and not self._muted:
            self._speech.say(text)

    def stop(self) -> None:
        for effect in list(self._spent):
            self._retire(effect)
        if self._speech is not None:
            self._speech.stop()

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in (*self._fresh.values(), *self._spent):
            effect.setVolume(self._gain())
        if self._speech is not None:
            self._speech.set_volume(self._volume)

    def _gain(self) -> float:
        # Loudness is heard on a log scale: squaring makes the lower half of the volume
        # setting usable instead of everything above 0.3 sounding about the same.
        return self._volume * self._volume

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in (*self._fresh.values(), *self._spent):
            effect.setMuted(muted)
        if muted:
            self.stop()

    def set_speaking(self, speaking: bool) -> None:
        """Whether lines are spoken: the speech engine starts only once they are.

        Chosen before prepare(), a session that only chimes never starts it.
        """
        self._speaking = speaking
        if speaking and self._prepared:
            self._start_speech()

    def voice_names(self) -> list[str]:
        """The names of the voices the speech engine offers (none until it has started).

        Asked for (by the Settings window) once the player is prepared, the engine starts
        even while lines are not spoken, so a voice can be chosen.
        """
        if self._prepared:
            self._start_speech()
        return self._speech.voice_names() if self._speech is not None else []

    def set_voice(self, voice: str, rate: float) -> None:
        # Remembered, so a choice made before the engine starts (in prepare) still counts.
        self._voice_choice = (voice, min(1.0, max(-1.0, rate)))
        if self._speech is not None:
            self._speech.set_voice(*self._voice_choice)

    def missing(self) -> str:
        """What does not work, e.g. "No voice: …" ("" when chimes and voice both work)."""
        return "; ".join(self._problems.values())

    def is_audible(self) -> bool:
        """Whether any cue can be heard: a chime loaded or a voice started."""
        return self.has_chimes or self.has_voice

    @property
    def has_voice(self) -> bool:
        """Whether lines are spoken aloud (a speech engine started)."""
        return self._speech is not None and self._speech.ready

    @property
    def has_chimes(self) -> bool:
        """Whether chimes can sound (an audio device and loaded sounds)."""
        return any(e.status() == QSoundEffect.Status.Ready for e in self._fresh.values())
