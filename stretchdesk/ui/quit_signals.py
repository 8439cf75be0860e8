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
from typing import ClassVar

from PySide6.QtCore import QObject, QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)

Handler = Callable[[int, FrameType | None], object] | int | None


def _note(_number: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the number already went down the wakeup pipe."""


class _WakeupPipe:
    """A pipe Python writes each signal's number to, while it is the newest one open.

    Python has one wakeup pipe; the newest open one has it, and a closed one hands it to
    the one before. The last one closed gives back the pipe and handlers found first.
    """

    _open: ClassVar[list[_WakeupPipe]] = []  # oldest first
    _found_wakeup: ClassVar[int] = -1
    _found_handlers: ClassVar[dict[signal.Signals, Handler]] = {}

    def __init__(self, signals: tuple[signal.Signals, ...]) -> None:
        self.read_end, self._write_end = os.pipe()
        for end in (self.read_end, self._write_end):
            os.set_blocking(end, False)
        found = signal.set_wakeup_fd(self._write_end, warn_on_full_buffer=False)
        if not _WakeupPipe._open:
            _WakeupPipe._found_wakeup = found
        for number in signals:
            handler = signal.signal(number, _note)
            _WakeupPipe._found_handlers.setdefault(number, handler)
        _WakeupPipe._open.append(self)

    @property
    def open(self) -> bool:
        """Whether the pipe is still open."""
        return self in _WakeupPipe._open

    def release(self) -> None:
        """Closes the pipe (once); the last one closed gives the signals back."""
        if not self.open:
            return
        _WakeupPipe._open.remove(self)
        if _WakeupPipe._open:
            newest = _WakeupPipe._open[-1]
            signal.set_wakeup_fd(newest._write_end, warn_on_full_buffer=False)
        else:
            signal.set_wakeup_fd(_WakeupPipe._found_wakeup)
            for number, handler in _WakeupPipe._found_handlers.items():
                signal.signal(number, handler if handler is not None else signal.SIG_DFL)
            _WakeupPipe._found_handlers = {}
        for end in (self.read_end, self._write_end):
            with contextlib.suppress(OSError):
                os.close(end)


class QuitOnSignals(QObject):
    """Calls `quit` once one of `signals` arrives. stop(), the application quitting, or
    this object going with its parent puts the old handlers back.

    Only the main thread may set signal handlers, so make it there, once the event loop
    is about to run.
    """

    def __init__(self, quit: Callable[[], object], parent: QObject | None = None,
                 signals: Iterable[signal.Signals] = QUIT_SIGNALS) -> None:
        super().__init__(parent)
        self._quit = quit
        self._signals = tuple(signals)
        self._pipe = _WakeupPipe(self._signals)
        # A closure holding the pipe: this object's own attributes are gone by the time
        # its `destroyed` is emitted.
        pipe = self._pipe
        self.destroyed.connect(lambda: pipe.release())
        self._notifier = QSocketNotifier(self._pipe.read_end, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self.received: list[int] = []  # the signal numbers that asked to quit, in order

    def _read(self) -> None:
        if not self._pipe.open:
            return
        try:
            numbers = os.read(self._pipe.read_end, 64)
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
        if self._pipe.open:
            self._notifier.setEnabled(False)
            self._pipe.release()
