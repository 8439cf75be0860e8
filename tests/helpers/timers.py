"""Timers that go off only when a test fires them (the app's TimerFactory seam)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakeTimer(QObject):
    """A single-shot timer that never runs on its own: `fire()` makes it go off.

    Signals:
        timeout(): fired by the test.
    """

    timeout = Signal()

    def __init__(self, parent: QObject | None, name: str, precise: bool = False) -> None:
        super().__init__(parent)
        self.name = name
        self.precise = precise
        self._active = False
        self._interval = 0
        self.starts = 0  # how many times it was started

    def start(self, msec: int | None = None) -> None:
        if msec is not None:
            self._interval = msec
        self._active = True
        self.starts += 1

    def stop(self) -> None:
        self._active = False

    def isActive(self) -> bool:
        return self._active

    def interval(self) -> int:
        return self._interval

    def fire(self) -> None:
        """Goes off now, as the real timer would once its interval had passed."""
        assert self._active, f"the {self.name!r} timer is not running"
        self._active = False
        self.timeout.emit()


class FakeTimers:
    """A TimerFactory that keeps every timer it made, to be found by name and fired."""

    def __init__(self) -> None:
        self.made: list[FakeTimer] = []

    def __call__(self, parent: QObject, name: str, *, precise: bool = False) -> FakeTimer:
        timer = FakeTimer(parent, name, precise)
        self.made.append(timer)
        return timer

    def running(self, name: str | None = None) -> list[FakeTimer]:
        """The timers waiting to go off (those named `name`, if given)."""
        return [t for t in self._alive() if t.isActive() and name in (None, t.name)]

    def fire(self, name: str) -> FakeTimer:
        """Fires the one running timer named `name`."""
        running = self.running(name)
        assert len(running) == 1, f"{len(running)} {name!r} timers running"
        running[0].fire()
        return running[0]

    def _alive(self) -> list[FakeTimer]:
        alive = []
        for timer in self.made:
            try:
                timer.objectName()
            except RuntimeError:  # its parent was deleted, and the timer with it
                continue
            alive.append(timer)
        return alive
