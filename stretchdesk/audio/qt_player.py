"""The real CuePlayer: chimes through QAudioSink, lines through QTextToSpeech.

Importing this module fails with ImportError where QtMultimedia cannot load (on Linux
when libpulse0 is missing); make_player() then falls back to the silent player.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from stretchdesk.audio.audio_only import audio_outputs
from stretchdesk.audio.decoded import ChimeFileError, decode, silence
from stretchdesk.audio.sinks import SinkPlayer
from stretchdesk.audio.speechd import SpeechDispatcher, probe
from stretchdesk.core.cues import CHIMES, Cue
from stretchdesk.timers import TimerFactory, qt_timer

try:
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # PySide6-Addons missing: chimes still work
    QTextToSpeech = None  # type: ignore[assignment,misc]

# The first stream a process opens on the sound server takes longer to start than the
# ones after it; a silent one this long, played in prepare(), keeps the first cue on time.
WARM_UP_SECONDS = 0.05
WARM_UP = "silence"  # the name the warm-up sound is loaded under
WARM_UP_MS = 150
# Qt ships a "mock" speech engine for its own tests; it makes no sound.
SILENT_ENGINES = frozenset({"mock"})
_BUSY = (
    ()
    if QTextToSpeech is None
    else (
        QTextToSpeech.State.Speaking,
        QTextToSpeech.State.Synthesizing,
        QTextToSpeech.State.Paused,
    )
)


class QtCuePlayer(QObject):
    """Plays each Cue's chime and says its line, using what this machine has.

    Every chime is decoded in prepare(), before the session starts, and each play opens
    its own short audio stream (stretchdesk/audio/sinks.py), so the first cue is not late
    and quick cues never wait for each other. Without an audio device there are no
    chimes, without a speech engine no voice; missing() says which, once it is ready.

    Signals: ready() — prepare() finished: every chime decoded (or found unplayable) and
    the audio output opened once.
    """

    ready = Signal()

    def __init__(self, sounds: Path, parent: QObject | None = None,
                 timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self._sounds = sounds
        self._sinks = SinkPlayer(self, timers)
        self._ready_timer = timers(self, "chimes ready")
        self._ready_timer.timeout.connect(self._announce_ready)
        self._problems: dict[str, str] = {}  # part ("chimes", "voice") -> what is wrong
        self._speech: QTextToSpeech | None = None
        self._volume = 1.0
        self._voice_choice = ("", 0.0)  # voice name ("" = the engine's own) and rate
        self._speaking = True  # whether lines are to be spoken (see set_speaking)
        self._speech_tried = False  # the speech engine was started (or failed to)
        self._muted = False
        self._prepared = False
        self._ready = False

    # -- getting ready ----------------------------------------------------------------

    def prepare(self) -> None:
        """Decodes every chime, opens the audio output and starts the speech engine.

        ready() follows from the event loop, never from inside this call.
        """
        if self._prepared:
            return
        self._prepared = True
        if self._speaking:
            self._start_speech()
        if not audio_outputs():
            self._problems["chimes"] = "No audio output device: chimes are off"
            self._ready_timer.start(0)
            return
        like = None
        for name in CHIMES:
            path = self._sounds / f"{name}.wav"
            if not path.is_file():
                self._problems["chimes"] = f"Chime missing: {path}"
                continue
            try:
                like = decode(path)
            except ChimeFileError as exc:
                self._problems["chimes"] = f"Chime could not be played: {exc}"
                continue
            self._sinks.load(like)
        if like is None:
            self._ready_timer.start(0)
            return
        # Opening the first stream sets up the process's audio path (~15 ms); doing it
        # now, with silence, keeps that out of the first cue.
        self._sinks.load(silence(like, WARM_UP_SECONDS))
        if not self._sinks.play(WARM_UP):
            self._problems["chimes"] = "The sound server refused to play: chimes are off"
            self._sinks.unload_all()
        self._ready_timer.start(WARM_UP_MS)

    def _announce_ready(self) -> None:
        self._ready = True
        self.ready.emit()

    def _start_speech(self) -> None:
        """Starts the speech engine once (it lists every voice the server has: ~5 MiB)."""
        if self._speech_tried:
            return
        self._speech_tried = True
        self._speech = self._make_speech()
        self._apply_voice()

    def _make_speech(self) -> QTextToSpeech | None:
        if QTextToSpeech is None:
            self._problems["voice"] = "No voice: Qt Text to Speech is not installed"
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e not in SILENT_ENGINES]
        if not engines:
            self._problems["voice"] = (
                "No voice: no speech engine found (Linux: install speech-dispatcher and espeak-ng)"
            )
            return None
        if engines[0] == "speechd" and probe() is SpeechDispatcher.SILENT:
            self._problems["voice"] = "No voice: speech-dispatcher is not answering"
            return None
        speech = QTextToSpeech(engines[0], self)
        if speech.state() == QTextToSpeech.State.Error:
            reason = speech.errorString() or "the speech engine did not start"
            self._problems["voice"] = f"No voice: {reason}"
            speech.deleteLater()
            return None
        speech.setVolume(self._volume)
        speech.errorOccurred.connect(self._speech_failed)
        return speech

    def _speech_failed(self) -> None:
        if self._speech is not None:
            self._problems["voice"] = f"Voice failed: {self._speech.errorString()}"

    def is_ready(self) -> bool:
        return self._ready

    # -- playing ----------------------------------------------------------------------

    def play(self, cue: Cue) -> None:
        """Plays the chime at once, then says the line (replacing one still spoken)."""
        if self._muted:
            return
        chime = cue.chime
        if chime is not None and chime in self._sinks.names and not self._sinks.play(chime):
            self._problems["chimes"] = f"The sound server refused to play {chime}.wav"
        if cue.spoken and cue.text:
            self.say(cue.text)

    def say(self, text: str) -> None:
        """Says `text`, cutting short any line still being said."""
        if self._speech is None or self._muted:
            return
        if self._speech.state() in _BUSY:
            self._speech.stop(QTextToSpeech.BoundaryHint.Immediate)
        self._speech.say(text)

    def stop(self) -> None:
        self._sinks.stop_all()
        if self._speech is not None and self._speech.state() in _BUSY:
            self._speech.stop(QTextToSpeech.BoundaryHint.Immediate)

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        # Loudness is heard on a log scale: squaring makes the lower half of the volume
        # setting usable instead of everything above 0.3 sounding about the same.
        self._sinks.set_gain(self._volume * self._volume)
        if self._speech is not None:
            self._speech.setVolume(self._volume)

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
        """The names of the voices the speech engine offers (none without an engine).

        Asked for (by the Settings window) once the player is prepared, the engine starts
        even while lines are not spoken, so a voice can be chosen.
        """
        if self._prepared:
            self._start_speech()
        if self._speech is None:
            return []
        return sorted({v.name() for v in self._speech.availableVoices()})

    def set_voice(self, voice: str, rate: float) -> None:
        # Remembered, so a choice made before the engine starts (in prepare) still counts.
        self._voice_choice = (voice, min(1.0, max(-1.0, rate)))
        self._apply_voice()

    def _apply_voice(self) -> None:
        if self._speech is None:
            return
        voice, rate = self._voice_choice
        if voice:
            for candidate in self._speech.availableVoices():
                if candidate.name() == voice:
                    self._speech.setVoice(candidate)
                    break
        self._speech.setRate(rate)  # after the voice: choosing a voice resets the rate

    def missing(self) -> str:
        """What does not work, e.g. "No voice: …" ("" when chimes and voice both work)."""
        return "; ".join(self._problems.values())

    @property
    def has_voice(self) -> bool:
        """Whether lines are spoken aloud (a speech engine started)."""
        return self._speech is not None and "voice" not in self._problems

    @property
    def has_chimes(self) -> bool:
        """Whether chimes can sound (an audio device and decoded sounds)."""
        return bool(self.chime_names)

    @property
    def chime_names(self) -> frozenset[str]:
        """The chimes decoded and ready to play."""
        return self._sinks.names - {WARM_UP}
