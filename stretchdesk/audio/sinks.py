"""Plays decoded chimes through Qt's QAudioSink: a stream of its own for every sound.

QSoundEffect was dropped because from Qt 6.10 on it plays through one shared audio
engine whose thread enables socket notifiers it does not own: with chimes following each
other quickly and another client on the sound server, Qt then prints "Invalid socket"
without end and the event loop stalls (6.11.3 and 6.12.0; never with QAudioSink). A
QAudioSink reads the chime's bytes from a QBuffer and its stream on the sound server lives
only as long as the sound, so overlapping chimes are simply two streams, mixed by the
server. This works the same on every Qt from 6.8 on (tried: 6.9.3, 6.11.3, 6.12.0).

The QAudioSink objects themselves are kept and used again (a few at most: as many as
chimes ever sounded at once): deleting each one after its chime and making a new one
left deferred deletions that crashed Qt when their owner went first. Qt's sink connects
to the buffer it reads at every start and never lets go (6.11: its readyRead), so with
sink and buffer used again those connections are dropped when a chime is over: they
piled up at one or more a chime, some 0.5 MB over a 1,000-phase session (issue 22).
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import SIGNAL, QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtMultimedia import QAudioFormat, QAudioSink

from stretchdesk.audio.decoded import DecodedChime
from stretchdesk.timers import TimerFactory, qt_timer

# A sink is closed this long after its sound should have finished (the server's own
# buffering and a busy event loop both delay the end a little).
RETIRE_MARGIN_MS = 500
# What a QIODevice tells its reader; nothing of ours listens to a chime's buffer.
_DEVICE_SIGNALS = (("readyRead", "readyRead()"), ("bytesWritten", "bytesWritten(qint64)"),
                   ("channelReadyRead", "channelReadyRead(int)"),
                   ("channelBytesWritten", "channelBytesWritten(int,qint64)"),
                   ("aboutToClose", "aboutToClose()"),
                   ("readChannelFinished", "readChannelFinished()"))
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


class _Stream:
    """One reusable output: the sink, the buffer it reads, and the timer that ends it."""

    def __init__(self, owner: QObject, chosen: QAudioFormat, timers: TimerFactory) -> None:
        self.format = chosen
        self.sink = QAudioSink(chosen, owner)
        self.source = QBuffer(owner)
        self.done = timers(owner, "close chime stream")


class SinkPlayer(QObject):
    """Starts a stream for each sound, and closes it when the sound is over.

    Sounds are loaded once (their samples then live in Qt's memory only, shared by every
    play). Volume and mute reach the sounds still playing as well as later ones.
    """

    def __init__(self, parent: QObject | None = None, timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self._timers = timers
        self._sounds: dict[str, tuple[QByteArray, QAudioFormat, float]] = {}
        self._idle: list[_Stream] = []
        self._playing: list[_Stream] = []
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
        stream = self._idle_stream(chosen)
        stream.source.setData(samples)  # implicitly shared: no copy per play
        stream.source.open(QIODevice.OpenModeFlag.ReadOnly)
        # A buffer as long as the sound: the sink takes all of it at the start, so nothing
        # later depends on the event loop being free and the stream never runs dry.
        stream.sink.setBufferSize(samples.size())
        stream.sink.setVolume(0.0 if self._muted else self._gain)
        self._playing.append(stream)
        stream.sink.start(stream.source)
        if stream.sink.error().name != "NoError":  # QAudio (to 6.9) or QtAudio (6.10 on)
            self._close(stream)
            return False
        stream.done.start(ceil(seconds * 1000) + RETIRE_MARGIN_MS)
        return True

    def _idle_stream(self, chosen: QAudioFormat) -> _Stream:
        for stream in self._idle:
            if stream.format == chosen:
                self._idle.remove(stream)
                return stream
        stream = _Stream(self, chosen, self._timers)
        stream.done.timeout.connect(lambda: self._close(stream))
        return stream

    def _close(self, stream: _Stream) -> None:
        if stream not in self._playing:
            return  # closed already (stop_all)
        self._playing.remove(stream)
        stream.done.stop()
        stream.sink.stop()
        stream.source.close()
        _let_go(stream.source)
        self._idle.append(stream)

    def stop_all(self) -> None:
        """Silences every sound still playing."""
        for stream in list(self._playing):
            self._close(stream)

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
        for stream in self._playing:
            stream.sink.setVolume(0.0 if self._muted else self._gain)


def _let_go(device: QIODevice) -> None:
    """Drops what a stopped sink left connected to `device`, its chime's buffer."""
    for name, signature in _DEVICE_SIGNALS:
        if device.receivers(SIGNAL(signature)):
            getattr(device, name).disconnect()
