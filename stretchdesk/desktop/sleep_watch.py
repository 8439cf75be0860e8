"""Hears when the computer wakes from sleep (logind's PrepareForSleep), to check at once.

Without it the reminder timer (monotonic, so stopped during sleep) is still re-armed at
least once a minute, so a wake is seen within that; with it, straight away.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

__all__ = ["SleepWatcher"]


class SleepWatcher(QObject):
    """Listens to logind on the system bus.

    Signals: `woke()` after a resume; `sleeping()` just before a suspend.
    `listening` is False where there is no system bus or logind.
    """

    woke = Signal()
    sleeping = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bus = bus if bus is not None else QDBusConnection.systemBus()
        # Any sender: the name is not needed to be told about sleep, and a spoofed signal
        # could only make the reminders check early. (PySide takes the slot as text, though
        # its stubs say bytes.)
        self.listening = bus.isConnected() and bus.connect(  # type: ignore[call-overload]
            "", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
            "PrepareForSleep", self, SLOT("_on_prepare_for_sleep(bool)"))

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        (self.sleeping if going_to_sleep else self.woke).emit()
