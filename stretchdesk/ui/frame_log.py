"""Writes "frame" to the event log once a phase that began is on screen (for benchmarks).

With --event-log, the time from a key press to the first frame of the session can be
measured from outside: the controller logs "start_requested" when a start is asked for
and "phase_started" when a phase begins; this logs "frame" once the window has painted
that phase. Qt paints a window's changed widgets together when the window handles its
next update request; a zero timer queued then runs after the paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController

_PAINTING = (QEvent.Type.UpdateRequest, QEvent.Type.Paint)


class FrameLog(QObject):
    """Logs the first paint of `window` after each phase start (`phase_started`)."""

    def __init__(self, window: QWidget, log: Callable[..., None]) -> None:
        super().__init__(window)
        self._log = log
        self._waiting: int | None = None  # the phase whose first frame is still to come
        window.installEventFilter(self)
        handle = window.windowHandle()
        if handle is not None:  # some platforms ask the QWindow, not the widget
            handle.installEventFilter(self)

    def phase_started(self, index: int, _phase: object = None) -> None:
        """A phase began (and the screen was told): its next paint is the frame to log."""
        self._waiting = index

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PAINTING and self._waiting is not None:
            index, self._waiting = self._waiting, None
            QTimer.singleShot(0, self, lambda: self._log("frame", index=index))
        return False


def log_frames(window: QWidget, controller: AppController) -> None:
    """Logs the first frame of every phase `controller` starts, as `window` paints it."""
    controller.phase_started.connect(FrameLog(window, controller.driver.log_event).phase_started)
