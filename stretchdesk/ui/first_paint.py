"""Runs work once a window has been painted for the first time, so it never delays that paint.

Work queued with a zero timer right after `show()` runs before the window system has
even asked for the first paint: the person looks at an empty frame meanwhile. Waiting
for the window's first paint event, then queueing the work behind it, lets the frame
reach the screen first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window that is never painted (started minimised) still gets the work


class _FirstPaint(QObject):
    """Watches a window's events for its first paint, then runs the action once.

    It is the window's child, and so are its timers: if the window goes away first,
    nothing is left to run.
    """

    def __init__(self, window: QWidget, action: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._action: Callable[[], object] | None = action
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(fallback_ms)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            # Queued, not called: the paint is still going on (children paint after it).
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is None:
            return
        self._fallback.stop()
        self._window.removeEventFilter(self)
        self.deleteLater()
        action()


def after_first_paint(window: QWidget, action: Callable[[], object],
                      fallback_ms: int = FALLBACK_MS) -> None:
    """Runs `action` once, just after `window`'s first paint (or `fallback_ms` after now)."""
    _FirstPaint(window, action, fallback_ms)
