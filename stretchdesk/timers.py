"""The one seam between the app's waiting and Qt's timers, so that tests fire timers by hand.

Whatever waits (the session driver's next tick, work queued behind the first paint,
the cue player's loading, and soon reminders hours away) asks a `TimerFactory` for a
`Timer` instead of making a QTimer. The app passes `qt_timer`; tests pass fake timers
that never run on their own and go off when the test says so (tests/helpers/timers.py),
so no test waits for real time to pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from stretchdesk.qt_refcounts import keep_constants_alive

keep_constants_alive()  # before any call into Qt: PySide6 6.12 on Python 3.11 (qt_refcounts)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

class Timer(Protocol):
    """A single-shot timer: `start(ms)` and, that many milliseconds later, `timeout`.

    A QTimer waits at most 2**31 - 1 ms (about 24.8 days); a longer wait (a reminder
    weeks away) is chained from shorter ones.
    """

    @property
    def timeout(self) -> SignalInstance: ...

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...

    def interval(self) -> int: ...

    def deleteLater(self) -> None: ...


class TimerFactory(Protocol):
    """Makes a named Timer owned by `parent` (it goes when the parent goes).

    `precise` asks for millisecond accuracy (the session's phase boundaries); other
    timers may be woken a little late to save power.
    """

    def __call__(self, parent: QObject, name: str, *, precise: bool = False) -> Timer: ...


def qt_timer(parent: QObject, name: str, *, precise: bool = False) -> Timer:
    """The app's TimerFactory: a single-shot QTimer named `name`."""
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setSingleShot(True)
    if precise:
        # Imported here: the first use of PySide's Qt namespace costs ~14 ms, and the
        # timers made before the first window shows are not precise (see ui/picker.py).
        from PySide6.QtCore import Qt

        timer.setTimerType(Qt.TimerType.PreciseTimer)
    return timer
