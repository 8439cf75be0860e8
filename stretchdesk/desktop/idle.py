"""How long the person has been away from the keyboard and mouse, from the desktop.

Asked in this order, the first that answers is used: GNOME's IdleMonitor (Mutter, also
under Wayland), the org.freedesktop.ScreenSaver service (KDE, Xfce), then the X server's
MIT-SCREEN-SAVER extension. With none, the desk-break count uses wall time (`None`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtDBus import QDBusConnection

from stretchdesk.desktop.dbus_query import call
from stretchdesk.desktop.xlib import XDisplay
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

__all__ = ["NO_IDLE_NOTE", "DBusIdle", "IdleReader", "X11Idle", "find_idle_reader"]

NO_IDLE_NOTE = QT_TRANSLATE_NOOP(
    "ReminderDesktop", "The desktop does not say when you are away from the keyboard, so the "
    "desk-break count uses wall time.")


class IdleReader(Protocol):
    """Something that says how long the person has been idle."""

    @property
    def method(self) -> str:
        """Where the idle time comes from, in a few English words (Settings shows them
        translated, in the "ReminderDesktop" context)."""
        ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None if it cannot be read just now."""
        ...


@dataclass
class DBusIdle:
    """Idle time from a D-Bus method that returns it (in units of `scale` seconds)."""

    bus: QDBusConnection
    service: str
    path: str
    interface: str
    member: str
    scale: float
    method: str

    def idle_seconds(self) -> float | None:
        values = call(self.bus, self.service, self.path, self.interface, self.member)
        if not values or isinstance(values[0], bool) or not isinstance(values[0], int | float):
            return None
        return float(values[0]) * self.scale


@dataclass
class X11Idle:
    """Idle time from the X server's screen-saver extension (XScreenSaverQueryInfo)."""

    display: XDisplay
    method: str = QT_TRANSLATE_NOOP("ReminderDesktop", "the X11 screen-saver extension")

    def idle_seconds(self) -> float | None:
        return self.display.idle_seconds()


def desktop_readers(bus: QDBusConnection) -> list[DBusIdle]:
    """The D-Bus idle sources, in the order they are tried."""
    return [
        DBusIdle(bus, "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                 "org.gnome.Mutter.IdleMonitor", "GetIdletime", 0.001,
                 QT_TRANSLATE_NOOP("ReminderDesktop", "GNOME's IdleMonitor")),
        # The spec says seconds; GNOME's service answers "not supported" and is passed over.
        DBusIdle(bus, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver", "GetSessionIdleTime", 1.0,
                 "org.freedesktop.ScreenSaver"),
    ]


def find_idle_reader(bus: QDBusConnection | None,
                     display: XDisplay | None) -> IdleReader | None:
    """The first idle source that answers now, or None (then the count uses wall time)."""
    if bus is not None and bus.isConnected():
        for reader in desktop_readers(bus):
            if reader.idle_seconds() is not None:
                return reader
    if display is not None and display.has_idle_counter():
        x11 = X11Idle(display)
        if x11.idle_seconds() is not None:
            return x11
    return None
