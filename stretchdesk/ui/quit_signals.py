"""Ends the app cleanly when the system asks it to stop (SIGTERM) or Ctrl+C is pressed.

A session manager logging out, `systemctl --user stop`, `kill` and a terminal's Ctrl+C
all send a signal. Without a handler Python would die on SIGTERM at once and report
SIGINT only when Python code next runs, which in Qt's event loop may be never: either
way the quit steps (the window's place, a session left to resume, the history closed,
the kept code) would be skipped.

Python runs a signal handler only between its own bytecodes, so the handler here does
nothing itself: Python writes the signal's number to a pipe (`signal.set_wakeup_fd`),
and a QSocketNotifier on the pipe's end wakes the event loop, which then quits the way
the Quit key does. Nothing polls: an idle app stays at 0 % CPU.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)

Handler = Callable[[int, FrameType | None], object] | int | None


def _note(_number: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the number already went down the wakeup pipe."""


class QuitOnSignals(QObject):
    """Calls `quit` once one of `signals` arrives; stop() puts the old handlers back.

    Only the main thread may set signal handlers, so make it there, once the event loop
    is about to run.
    """

    def __init__(self, quit: Callable[[], object], parent: QObject | None = None,
                 signals: Iterable[signal.Signals] = QUIT_SIGNALS) -> None:
        super().__init__(parent)
        self._quit = quit
        self._signals = tuple(signals)
        self._read_end, self._write_end = os.pipe()
        for end in (self._read_end, self._write_end):
            os.set_blocking(end, False)
        self._old_wakeup = signal.set_wakeup_fd(self._write_end, warn_on_full_buffer=False)
        self._old_handlers: dict[signal.Signals, Handler] = {
            number: signal.signal(number, _note) for number in self._signals}
        self._notifier: QSocketNotifier | None = QSocketNotifier(
            self._read_end, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self.received: list[int] = []  # the signal numbers that asked to quit, in order

    def _read(self) -> None:
        try:
            numbers = os.read(self._read_end, 64)
        except BlockingIOError:
            return
        ours = [n for n in numbers if n in self._signals]
        if ours:
            first = not self.received
            self.received.extend(ours)
            if first:  # a second Ctrl+C while quitting changes nothing
                self._quit()

    def stop(self) -> None:
        """Gives the signals back to whoever had them, and closes the pipe."""
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._notifier = None
        signal.set_wakeup_fd(self._old_wakeup)
        for number, handler in self._old_handlers.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        for end in (self._read_end, self._write_end):
            with contextlib.suppress(OSError):
                os.close(end)
