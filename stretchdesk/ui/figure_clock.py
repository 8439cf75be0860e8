"""The clock of a pose change: it wakes the figure view only when a frame is due."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

# A frame's work on the window's thread (building the picture, painting it) takes up to
# ~12 ms on a slow machine; a frame is not begun this close before a session event.
FRAME_SPAN_MS = 15
# The driver wakes 2–3 ms after an event (controller/wake_plan.py); the frame comes after.
AFTER_EVENT_MS = 5


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
        # Real seconds until the session's next event (SessionDriver.seconds_to_next_event),
        # None when no session runs; set by the session screen.
        self.next_event_in: Callable[[], float | None] = lambda: None

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
        """Emit `due` (or `finished`, from the duration on) once `ms` into the movement;
        a little later if the frame drawn then would still be drawing when the session's
        next event is due (see `next_event_in`)."""
        if self._running:
            wait = max(0, min(ms, self.duration_ms) - self.elapsed_ms())
            self._timer.start(self._clear_of_events(wait))

    def _clear_of_events(self, wait: int) -> int:
        """`wait`, or the ms to just after the session's next event if a frame started
        after `wait` would take the window's thread over that event (the chime and the
        phase's start would wait for the frame)."""
        soon = self.next_event_in()
        if soon is None:
            return wait
        event_ms = soon * 1000.0
        if wait <= event_ms < wait + FRAME_SPAN_MS:
            return math.ceil(event_ms) + AFTER_EVENT_MS
        return wait

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
