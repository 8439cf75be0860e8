"""The real CuePlayer: chimes through QAudioSink, lines through QTextToSpeech.

Importing this module fails with ImportError where QtMultimedia cannot load (on Linux
when libpulse0 is missing); make_player() then falls back to the silent player.
Getting ready never holds up the window: the sound server is asked on a helper thread,
the chimes are loaded by audio/chime_loading.py and the speech engine starts on a thread
of its own (audio/speech_thread.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from stretchdesk.audio.chime_loading import load_chimes, playable_chimes
from stretchdesk.audio.sinks import SinkPlayer
from stretchdesk.audio.sound_server import ask_sound_server
from stretchdesk.core.cues import Cue
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

try:
    from PySide6.QtTextToSpeech import QTextToSpeech

    from stretchdesk.audio.speech_thread import ThreadedSpeech
except ImportError:  # PySide6-Addons missing: chimes still work
    QTextToSpeech = None  # type: ignore[assignment,misc]

# Ready is not held back longer than this for a speech engine still starting (it can take
# seconds on a busy machine); its voice joins the cues as soon as it has started.
SPEECH_WAIT_MS = 10_000
# Qt ships a "mock" speech engine for its own tests; it makes no sound.
SILENT_ENGINES = frozenset({"mock"})
NO_SERVER = QT_TRANSLATE_NOOP("QtCuePlayer", "No sound server is running ({reason})")


class QtCuePlayer(QObject):
    """Plays each Cue's chime and says its line, using what this machine has.

    prepare() asks whether a sound server answers (Qt Multimedia is not touched before
    one does: Qt never tries a second time), then decodes every chime, opens the audio
    output once and starts the speech engine, so the first cue of a session is not late;
    each play opens its own short audio stream (stretchdesk/audio/sinks.py). Without a
    sound server there is nothing to load; without an audio device there are no chimes,
    without a speech engine no voice; missing() says which, once the player is ready.
    prepare() called again tries again what could not be got ready (a sound server
    started since).

    Signals: ready() — prepare() finished: every chime decoded (or found unplayable), the
    audio output opened once and the speech engine started (or failed, or still starting
    after SPEECH_WAIT_MS); again after each prepare() that tried again.
    voices_changed() — the speech engine, started in the background, has listed its voices.
    """

    ready = Signal()
    voices_changed = Signal()
    _server_answered = Signal(str)

    def __init__(self, sounds: Path, parent: QObject | None = None,
                 timers: TimerFactory = qt_timer,
                 ask_server: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self._sounds = sounds
        self._ask_server = ask_server or self._ask_sound_server
        self._sinks = SinkPlayer(self, timers)
        self._chimes_timer = timers(self, "chimes ready")
        self._chimes_timer.timeout.connect(self._chimes_loaded)
        self._speech_wait = timers(self, "speech engine wait")
        self._speech_wait.timeout.connect(self._maybe_ready)
        self._problems: dict[str, str] = {}  # part ("sound", "chimes", "voice") -> what
        self._speech: ThreadedSpeech | None = None
        self._volume = 1.0
        self._voice_choice = ("", 0.0)  # voice name ("" = the engine's own) and rate
        self._speaking = True  # whether lines are to be spoken (see set_speaking)
        self._muted = False
        self._prepared = False  # prepare() was called: the sound server has been asked
        self._asking = False  # waiting for the sound server's answer
        self._server = False  # a sound server answered
        self._chimes_done = False  # every chime decoded (or not) and the output opened
        self._ready = False
        self._server_answered.connect(self._on_server_answer)

    # -- getting ready ----------------------------------------------------------------

    def prepare(self) -> None:
        """Starts getting every sound ready, without waiting for any of it; ready() follows.

        Called again once ready, it tries again what could not be got ready; ready()
        then follows again. While getting ready, or with nothing to try again, it does
        nothing.
        """
        if self._asking or (self._prepared and not self._ready):
            return
        if self._prepared and self._server:
            return  # nothing to try again: a speech engine that failed stays failed
        self._prepared, self._ready, self._asking = True, False, True
        thread = threading.Thread(target=self._ask, name="sound server question", daemon=True)
        thread.start()

    @staticmethod
    def _ask_sound_server() -> str:
        """The sound server's answer, our own reasons in the person's language."""
        return ask_sound_server(
            words=lambda text: QCoreApplication.translate("sound_server", text))

    def _ask(self) -> None:
        """On a helper thread: libpulse's answer comes back to the player's thread."""
        answer = self._ask_server()
        with contextlib.suppress(RuntimeError):  # the player was deleted meanwhile
            self._server_answered.emit(answer)

    @Slot(str)
    def _on_server_answer(self, reason: str) -> None:
        self._asking = False
        self._server = not reason
        if reason:
            self._problems.clear()
            self._problems["sound"] = self.tr(NO_SERVER).format(reason=reason)
            self._announce_ready()
            return
        self._problems.pop("sound", None)
        if self._speaking:
            self._start_speech()
        if self._chimes_done:
            self._maybe_ready()
        else:
            self._load_chimes()

    def _load_chimes(self) -> None:
        """Decodes every chime and opens the audio output once; `_chimes_loaded` follows."""
        loaded = load_chimes(self._sinks, self._sounds)
        if loaded.problem:
            self._problems["chimes"] = loaded.problem
        self._chimes_timer.start(loaded.settle_ms)

    def _chimes_loaded(self) -> None:
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
            self._problems["voice"] = self.tr("No voice: Qt Text to Speech is not installed")
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e not in SILENT_ENGINES]
        if not engines:
            self._problems["voice"] = self.tr(
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
        elif not problem:
            self.voices_changed.emit()
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
        chime = cue.chime
        if chime is not None and chime in self._sinks.names and not self._sinks.play(chime):
            self._problems["chimes"] = self.tr(
                "The sound server refused to play {file}").format(file=f"{chime}.wav")
        if cue.spoken and cue.text:
            self.say(cue.text)

    def say(self, text: str) -> None:
        """Says `text`, cutting short any line still being said."""
        if self._speech is not None and not self._muted:
            self._speech.say(text)

    def stop(self) -> None:
        self._sinks.stop_all()
        if self._speech is not None:
            self._speech.stop()

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        # Loudness is heard on a log scale: squaring makes the lower half of the volume
        # setting usable instead of everything above 0.3 sounding about the same.
        self._sinks.set_gain(self._volume * self._volume)
        if self._speech is not None:
            self._speech.set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._sinks.set_muted(muted)
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

    def voices_pending(self) -> bool:
        return self._speech is not None and not self._speech.ready

    def set_voice(self, voice: str, rate: float) -> None:
        # Remembered, so a choice made before the engine starts (in prepare) still counts.
        self._voice_choice = (voice, min(1.0, max(-1.0, rate)))
        if self._speech is not None:
            self._speech.set_voice(*self._voice_choice)

    def missing(self) -> str:
        """What does not work, e.g. "No voice: …" ("" when chimes and voice both work)."""
        return "; ".join(self._problems.values())

    def chimes_missing(self) -> bool:
        """Whether some chime will not be heard (what missing() says of the chimes)."""
        return "chimes" in self._problems or "sound" in self._problems

    def is_audible(self) -> bool:
        """Whether any cue can be heard: a chime loaded or a voice started."""
        return self.has_chimes or self.has_voice

    @property
    def has_voice(self) -> bool:
        """Whether lines are spoken aloud (a speech engine started)."""
        return self._speech is not None and self._speech.ready

    @property
    def has_chimes(self) -> bool:
        """Whether chimes can sound (an audio device and decoded sounds)."""
        return bool(self.chime_names)

    @property
    def chime_names(self) -> frozenset[str]:
        """The chimes decoded and ready to play."""
        return playable_chimes(self._sinks)
