"""The clock of a pose change: it wakes the figure view only when a frame is due."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal


class MovementClock(QObject):
    """Time into one movement of `duration_ms`, and one wake-up at the time asked for.

    Qt's animation clock ticks about 60 times a second whether a frame is due or not, and
    each tick calls into Python. This clock sleeps (one single-shot timer) until the time
    the view asks for (`wake_at`, the pacer's next frame), so a movement of 24 frames
    wakes the app about 24 times, and nothing runs between movements.

    Signals:
        due(int): ms into the movement; the time asked for has come (or was sought).
        finished(): the movement's time is up; the clock has stopped.
    """

    due = Signal(int)
    finished = Signal()

    def __init__(self, duration_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duration_ms = duration_ms
        self._since = QElapsedTimer()
        self._offset = 0  # ms added to the real time by seek()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # never early: a frame's slot
        self._timer.timeout.connect(self._wake)
        self.wakes = 0  # times the timer woke the app, for tests

    def start(self) -> None:
        """Start at 0 ms; nothing is due until wake_at asks."""
        self._timer.stop()
        self._since.start()
        self._offset = 0
        self._running = True

    def stop(self) -> None:
        self._timer.stop()
        self._running = False

    def is_running(self) -> bool:
        return self._running

    def elapsed_ms(self) -> int:
        """How far into the movement it is now (the duration at most)."""
        if not self._running:
            return self.duration_ms
        return min(self.duration_ms, self._since.elapsed() + self._offset)

    def wake_at(self, ms: int) -> None:
        """Emit `due` (or `finished`, from the duration on) once `ms` into the movement."""
        if self._running:
            self._timer.start(max(0, min(ms, self.duration_ms) - self.elapsed_ms()))

    def next_wake_in(self) -> int | None:
        """Ms until the clock wakes next; None if it is not going to."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def seek(self, ms: int) -> None:
        """Move the clock to `ms` into the movement now, as if that much time had passed
        (what a test uses instead of waiting)."""
        if not self._running:
            return
        self._timer.stop()
        self._offset = ms - self._since.elapsed()
        self._arrive(self.elapsed_ms())

    def _wake(self) -> None:
        self.wakes += 1
        self._arrive(self.elapsed_ms())

    def _arrive(self, ms: int) -> None:
        if ms >= self.duration_ms:
            self._running = False
            self.finished.emit()
        else:
            self.due.emit(ms)


__all__ = ["MovementClock"]
