"""Plays decoded chimes through Qt's QAudioSink: a sink of its own for every sound.

QSoundEffect was dropped because from Qt 6.10 on it plays through one shared audio
engine whose thread enables socket notifiers it does not own: with chimes following each
other quickly and another client on the sound server, Qt then prints "Invalid socket"
without end and the event loop stalls (6.11.3 and 6.12.0; never with QAudioSink). A
QAudioSink reads the chime's bytes from a QBuffer and its stream lives only as long as
the sound, so overlapping chimes are simply two streams, mixed by the sound server.
This works the same on every Qt from 6.8 on (tried: 6.9.3, 6.11.3, 6.12.0).
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtMultimedia import QAudioFormat, QAudioSink

from stretchdesk.audio.decoded import DecodedChime
from stretchdesk.timers import TimerFactory, qt_timer

# A sink is closed this long after its sound should have finished (the server's own
# buffering and a busy event loop both delay the end a little).
RETIRE_MARGIN_MS = 500
_SAMPLE_FORMATS = {
    1: QAudioFormat.SampleFormat.UInt8,
    2: QAudioFormat.SampleFormat.Int16,
    4: QAudioFormat.SampleFormat.Int32,
}


def audio_format(sound: DecodedChime) -> QAudioFormat:
    """The QAudioFormat that reads `sound`'s bytes as they are."""
    chosen = QAudioFormat()
    chosen.setSampleRate(sound.rate)
    chosen.setChannelCount(sound.channels)
    chosen.setSampleFormat(_SAMPLE_FORMATS[sound.sample_width])
    return chosen


class SinkPlayer(QObject):
    """Starts a short-lived QAudioSink for each sound, and closes it when the sound is over.

    Sounds are loaded once (their samples then live in Qt's memory only, shared by every
    play). Volume and mute reach the sounds still playing as well as later ones.
    """

    def __init__(self, parent: QObject | None = None, timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self._timers = timers
        self._sounds: dict[str, tuple[QByteArray, QAudioFormat, float]] = {}
        self._playing: dict[QAudioSink, QBuffer] = {}
        self._gain = 1.0
        self._muted = False

    def load(self, sound: DecodedChime) -> None:
        """Keeps `sound` ready to play under its name."""
        self._sounds[sound.name] = (QByteArray(sound.pcm), audio_format(sound), sound.seconds)

    def unload_all(self) -> None:
        """Forgets every sound loaded (when none can be played)."""
        self.stop_all()
        self._sounds.clear()

    @property
    def names(self) -> frozenset[str]:
        """The sounds loaded."""
        return frozenset(self._sounds)

    def play(self, name: str) -> bool:
        """Starts the sound `name` now; False when it is not loaded or the server refused it."""
        if name not in self._sounds:
            return False
        samples, chosen, seconds = self._sounds[name]
        source = QBuffer(self)
        source.setData(samples)  # implicitly shared: no copy per play
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        sink = QAudioSink(chosen, self)
        # A buffer as long as the sound: the sink takes all of it at the start, so nothing
        # later depends on the event loop being free (on Qt 6.12 a busy loop could cost a
        # chime its start) and the stream never runs dry.
        sink.setBufferSize(samples.size())
        sink.setVolume(0.0 if self._muted else self._gain)
        self._playing[sink] = source
        sink.start(source)
        if sink.error().name != "NoError":  # QAudio (to 6.9) or QtAudio (6.10 on)
            self._close(sink)
            return False
        done = self._timers(sink, "close chime stream")  # goes with the sink
        done.timeout.connect(lambda: self._close(sink))
        done.start(ceil(seconds * 1000) + RETIRE_MARGIN_MS)
        return True

    def _close(self, sink: QAudioSink) -> None:
        source = self._playing.pop(sink, None)
        if source is None:
            return  # closed already (stop_all)
        sink.stop()
        sink.deleteLater()
        source.close()
        source.deleteLater()

    def stop_all(self) -> None:
        """Silences every sound still playing."""
        for sink in list(self._playing):
            self._close(sink)

    @property
    def playing(self) -> int:
        """How many sounds are playing (or not yet closed)."""
        return len(self._playing)

    def set_gain(self, gain: float) -> None:
        """Sets the linear gain, 0.0 to 1.0, of every sound."""
        self._gain = min(1.0, max(0.0, gain))
        self._apply()

    def set_muted(self, muted: bool) -> None:
        """Silences (or restores) every sound, playing or to come."""
        self._muted = muted
        self._apply()

    def _apply(self) -> None:
        for sink in self._playing:
            sink.setVolume(0.0 if self._muted else self._gain)
