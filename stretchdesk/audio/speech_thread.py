"""The speech engine on a thread of its own, so the window never waits for it.

Starting Qt's speech-dispatcher engine takes one to several seconds: it builds an entry
for every voice the server offers (over 13,000 with espeak-ng's variants), and Qt holds
Python's lock all the while when that is asked for from Python. Here the engine is made
and driven on one helper thread: Python only posts requests to it, and the engine's own
work (starting, saying a line, stopping) runs there as plain Qt calls, without Python's
lock, while the window goes on answering.

The helper is a plain Python thread (a daemon) running a Qt event loop, and every engine
belongs to that thread's Qt object, not to Python. So closing the app never waits for an
engine still starting, and nothing is deleted under the thread's feet: Qt would end the
process if a running QThread were deleted, and Python deletes what it owns on the way out.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QEventLoop,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtTextToSpeech import QTextToSpeech

from stretchdesk.audio.audio_only import without_notice
from stretchdesk.audio.speechd import SpeechDispatcher, probe
from stretchdesk.core import language
from stretchdesk.core.pronunciation import spoken_form

# An engine name no plug-in has: the object starts empty, and the real engine is chosen
# on the speech thread (Qt says once that it has no such plug-in; that line is dropped).
NO_ENGINE: Final = "none-the-engine-starts-on-the-speech-thread"
_NO_ENGINE_NOTICE = "Text-to-speech plug-in"
_QUEUED = Qt.ConnectionType.QueuedConnection

# QMetaObject.invokeMethod by name: PySide takes the name as text at run time, while its
# type stubs ask for bytes (which it then refuses with arguments).
invoke: Callable[..., object] = QMetaObject.invokeMethod


def no_voice_for(code: str) -> str:
    """The notice for a run in language `code` that no installed voice speaks."""
    return QCoreApplication.translate(
        "ThreadedSpeech",
        "No voice speaks {language} on this computer: chimes and captions go on "
        "(Linux: install espeak-ng and speech-dispatcher-espeak-ng)",
    ).format(language=QLocale(code).nativeLanguageName() or code)


def speaks(locale: QLocale, code: str) -> bool:
    """Whether a voice of `locale` speaks language `code` ("fr" for fr_FR, fr_BE...)."""
    return locale.language() == QLocale(code).language()


_thread: QThread | None = None
_thread_lock = threading.Lock()


def speech_thread() -> QThread:
    """The thread every speech engine runs on (started on first use), as Qt sees it."""
    global _thread
    with _thread_lock:
        if _thread is None:
            started = threading.Event()
            found: list[QThread] = []

            def run() -> None:
                here = QThread.currentThread()  # Qt's object for this thread, Qt's own
                here.setObjectName("stretchdesk speech")
                loop = QEventLoop(here)  # owned by that object: Python never deletes it
                found.append(here)
                started.set()
                loop.exec()

            threading.Thread(target=run, name="stretchdesk speech", daemon=True).start()
            started.wait()
            _thread = found[0]
        return _thread


class _Engine(QObject):
    """Lives on the speech thread: starts the QTextToSpeech it owns and reports how it went.

    Signals: loaded(str) — "" when the engine started, else what went wrong.
    """

    loaded = Signal(str)

    def __init__(self, engine: str, code: str) -> None:
        super().__init__()
        self._engine = engine
        self._language = code  # the run's language, which the voice must speak
        self.started_on = ""  # the name of the thread the engine was started on
        with without_notice(_NO_ENGINE_NOTICE):
            self.speech = QTextToSpeech(NO_ENGINE, self)

    @Slot()
    def load(self) -> None:
        """On the speech thread: checks speech-dispatcher answers, then starts the engine."""
        if self._engine == "speechd" and probe() is SpeechDispatcher.SILENT:
            self.loaded.emit(QCoreApplication.translate(
                "ThreadedSpeech", "No voice: speech-dispatcher is not answering"))
            return
        # Both are queued to this thread: the engine starts as a plain Qt call (no
        # Python, so the window keeps Python's lock), then report() looks at the result.
        invoke(self.speech, "setEngine", _QUEUED, Q_ARG(str, self._engine))
        invoke(self, "report", _QUEUED)

    @Slot()
    def report(self) -> None:
        """On the speech thread, after the engine started (or did not)."""
        self.started_on = threading.current_thread().name
        speech = self.speech
        if speech.engine() != self._engine or speech.state() == QTextToSpeech.State.Error:
            reason = speech.errorString() or QCoreApplication.translate(
                "ThreadedSpeech", "the speech engine did not start")
            self.loaded.emit(QCoreApplication.translate(
                "ThreadedSpeech", "No voice: {reason}").format(reason=reason))
        elif self._language != language.ENGLISH:
            # English is every engine's own; another language needs a voice that speaks
            # it (speech-dispatcher's set_language, espeak-ng's French voice), or none.
            if any(speaks(locale, self._language) for locale in speech.availableLocales()):
                speech.setLocale(QLocale(self._language))
                self.loaded.emit("")
            else:
                self.loaded.emit(no_voice_for(self._language))
        else:
            self.loaded.emit("")

    @Slot(str)
    def choose_voice(self, name: str) -> None:
        """On the speech thread: the voice called `name` (the only Python that runs there
        after the start, and only when a voice was chosen by name)."""
        for voice in self.speech.availableVoices():
            # A voice chosen by name for another language would read this run's lines
            # with the wrong accent: the language's own voice stays.
            if voice.name() == name and (self._language == language.ENGLISH
                                         or speaks(voice.locale(), self._language)):
                self.speech.setVoice(voice)
                break


class ThreadedSpeech(QObject):
    """Says lines through a speech engine that starts and runs on the speech thread.

    Lines asked for before the engine has started are not said. Volume, voice and rate
    chosen before then are applied once it has. The voice speaks `code`, the run's
    language unless given: where no voice of the engine speaks it, `loaded` says so and
    no line is said (the chimes and captions remain).

    Signals:
        loaded(str): the engine started ("") or could not, and why ("No voice: …").
        failed(str): the engine reported an error while speaking ("Voice failed: …").
    """

    loaded = Signal(str)
    failed = Signal(str)
    _load = Signal()
    _say = Signal(str)
    _stop = Signal()
    _volume = Signal(float)
    _voice = Signal(str)
    _rate = Signal(float)

    def __init__(self, engine: str, parent: QObject | None = None,
                 code: str | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._volume_choice = 1.0
        self._voice_choice = ("", 0.0)
        worker = self._worker = _Engine(engine, code or language.current())
        thread = speech_thread()
        worker.moveToThread(thread)
        worker.setParent(thread)  # Qt's to delete, on its own thread, never Python's
        speech = worker.speech
        # Each of these reaches a Qt slot on the speech thread: no Python runs there.
        self._say.connect(speech.say)
        self._stop.connect(speech.stop)
        self._volume.connect(speech.setVolume)
        self._voice.connect(worker.choose_voice)
        self._rate.connect(speech.setRate)
        self._load.connect(worker.load)
        worker.loaded.connect(self._loaded)
        speech.errorOccurred.connect(self._error)

    def start(self) -> None:
        """Starts the engine on the speech thread; `loaded` follows."""
        self._load.emit()

    @property
    def ready(self) -> bool:
        """Whether the engine has started and lines are said."""
        return self._ready

    @Slot(str)
    def _loaded(self, problem: str) -> None:
        self._ready = not problem
        if self._ready:
            self._volume.emit(self._volume_choice)
            self._choose(*self._voice_choice)
        self.loaded.emit(problem)

    def _choose(self, name: str, rate: float) -> None:
        if name:
            self._voice.emit(name)
        self._rate.emit(rate)  # after the voice (queued in order): a voice resets the rate

    @Slot()
    def _error(self) -> None:
        reason = self._worker.speech.errorString()
        self.failed.emit(QCoreApplication.translate(
            "ThreadedSpeech", "Voice failed: {reason}").format(reason=reason))

    def say(self, text: str) -> None:
        """Says `text`, cutting short any line still being said."""
        if self._ready:
            self._stop.emit()
            self._say.emit(spoken_form(text))

    def stop(self) -> None:
        """Stops the line being said, if any."""
        if self._ready:
            self._stop.emit()

    def set_volume(self, volume: float) -> None:
        """The loudness of the voice, 0.0 to 1.0."""
        self._volume_choice = volume
        if self._ready:
            self._volume.emit(volume)

    def set_voice(self, name: str, rate: float) -> None:
        """The voice called `name` ("" for the engine's own) at `rate`, -1.0 to 1.0."""
        self._voice_choice = (name, rate)
        if self._ready:
            self._choose(name, rate)

    def voice_names(self) -> list[str]:
        """The names of the engine's voices (none before it has started).

        Read from the window's thread while the engine sits idle: its voice list is made
        once, when it starts.
        """
        if not self._ready:
            return []
        return sorted({voice.name() for voice in self._worker.speech.availableVoices()})

    def close(self) -> None:
        """Stops speaking and deletes the engine on its thread.

        The engine's links back to this object are cut here first, on this thread: left
        to its deletion, they would let go of this object from the speech thread.
        """
        self.stop()
        self._ready = False
        worker = self._worker
        with contextlib.suppress(RuntimeError, TypeError):
            worker.loaded.disconnect(self._loaded)
        with contextlib.suppress(RuntimeError, TypeError):
            worker.speech.errorOccurred.disconnect(self._error)
        invoke(worker, "deleteLater", _QUEUED)
