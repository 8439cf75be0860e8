"""Runs work once a window has been painted for the first time, so it never delays that paint.

Work queued with a zero timer right after `show()` runs before the window system has
even asked for the first paint: the person looks at an empty frame meanwhile. Waiting
for the window's first paint event, then queueing the work behind it, lets the frame
reach the screen first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from stretchdesk.timers import TimerFactory, qt_timer

FALLBACK_MS = 1000  # a window that is never painted (started minimised) still gets the work


class _FirstPaint(QObject):
    """Watches a window's events for its first paint, then runs the action once.

    It is the window's child, and so are its timers: if the window goes away first,
    nothing is left to run.
    """

    def __init__(self, window: QWidget, action: Callable[[], object], fallback_ms: int,
                 timers: TimerFactory) -> None:
        super().__init__(window)
        self._window = window
        self._action: Callable[[], object] | None = action
        self._fallback = timers(self, "first paint fallback")
        self._fallback.timeout.connect(self._run)
        self._fallback.start(fallback_ms)
        # Queued, not called from the paint event: the paint is still going on then
        # (children paint after it).
        self._after_paint = timers(self, "after first paint")
        self._after_paint.timeout.connect(self._run)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._window and event.type() == QEvent.Type.Paint
                and not self._after_paint.isActive()):
            self._after_paint.start(0)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is None:
            return
        self._fallback.stop()
        self._after_paint.stop()
        self._window.removeEventFilter(self)
        self.deleteLater()
        action()


def after_first_paint(window: QWidget, action: Callable[[], object],
                      fallback_ms: int = FALLBACK_MS, timers: TimerFactory = qt_timer) -> None:
    """Runs `action` once, just after `window`'s first paint (or `fallback_ms` after now)."""
    _FirstPaint(window, action, fallback_ms, timers)
