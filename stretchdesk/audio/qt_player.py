"""The real CuePlayer: chimes through QSoundEffect, lines through QTextToSpeech.

Importing this module fails with ImportError where QtMultimedia cannot load (on Linux
when libpulse0 is missing); make_player() then falls back to the silent player.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, qVersion
from PySide6.QtMultimedia import QSoundEffect

from stretchdesk.audio.audio_only import audio_outputs
from stretchdesk.audio.speechd import SpeechDispatcher, probe
from stretchdesk.core.cues import CHIMES, Cue
from stretchdesk.timers import TimerFactory, qt_timer

try:
    from PySide6.QtTextToSpeech import QTextToSpeech
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

    Every chime is loaded in prepare(), before the session starts, so the first cue is
    not late. Without an audio device there are no chimes, without a speech engine no
    voice; missing() says which, once the player is ready.

    With Qt before 6.10 each QSoundEffect plays only once (see ONE_SHOT_EFFECTS): every
    chime keeps a loaded, unplayed effect in hand and loads the next one as soon as it
    plays (the decoded sound is shared, so this is cheap).

    Signals: ready() — prepare() finished: every chime loaded, failed, or timed out.
    """

    ready = Signal()

    def __init__(self, sounds: Path, parent: QObject | None = None,
                 timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self._sounds = sounds
        self._timers = timers
        self._fresh: dict[str, QSoundEffect] = {}  # per chime: loaded, never played
        self._spent: set[QSoundEffect] = set()  # played, kept until they have finished
        self._loading: set[str] = set()
        self._problems: dict[str, str] = {}  # part ("chimes", "voice") -> what is wrong
        self._speech: QTextToSpeech | None = None
        self._volume = 1.0
        self._voice_choice = ("", 0.0)  # voice name ("" = the engine's own) and rate
        self._speaking = True  # whether lines are to be spoken (see set_speaking)
        self._speech_tried = False  # the speech engine was started (or failed to)
        self._muted = False
        self._prepared = False
        self._ready = False
        self._warming = False
        self._give_up = timers(self, "chimes load timeout")
        self._give_up.timeout.connect(self._finish_loading)
        self._warm_up = timers(self, "chimes warm-up")
        self._warm_up.timeout.connect(self._announce_ready)

    # -- getting ready ----------------------------------------------------------------

    def prepare(self) -> None:
        """Starts loading every chime and the speech engine; ready() follows."""
        if self._prepared:
            return
        self._prepared = True
        if self._speaking:
            self._start_speech()
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
        # Nothing to load: ready all the same, but after prepare() has returned.
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
                self._finish_loading()

    def _finish_loading(self) -> None:
        if self._ready or self._warming:
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
            self._announce_ready()

    def _announce_ready(self) -> None:
        if "tick" in self._fresh:
            self._fresh["tick"].setMuted(self._muted)  # the one muted for the warm-up
        self._warming = False
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
        if self._speech is None or self._muted:
            return
        if self._speech.state() in _BUSY:
            self._speech.stop(QTextToSpeech.BoundaryHint.Immediate)
        self._speech.say(text)

    def stop(self) -> None:
        for effect in list(self._spent):
            self._retire(effect)
        if self._speech is not None and self._speech.state() in _BUSY:
            self._speech.stop(QTextToSpeech.BoundaryHint.Immediate)

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in (*self._fresh.values(), *self._spent):
            effect.setVolume(self._gain())
        if self._speech is not None:
            self._speech.setVolume(self._volume)

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
        """Whether chimes can sound (an audio device and loaded sounds)."""
        return any(e.status() == QSoundEffect.Status.Ready for e in self._fresh.values())
