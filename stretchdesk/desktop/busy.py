"""Whether now is a bad moment for a reminder: another app is full screen, or Do Not Disturb.

Full screen is read from the window manager's EWMH properties on X11 (best effort: not
on Wayland). Do Not Disturb is the notification server's own switch where it has one:
the `Inhibited` property (KDE Plasma, spec 1.3) or dunst's `paused`.
"""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection

from stretchdesk.desktop.dbus_query import get_property
from stretchdesk.desktop.xlib import XDisplay

__all__ = ["BusyProbe"]

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
_DND_PROPERTIES = (("org.freedesktop.Notifications", "Inhibited"),
                   ("org.dunstproject.cmd0", "paused"))


class BusyProbe:
    """Answers "is the person busy?" when a reminder is due (and only then)."""

    def __init__(self, bus: QDBusConnection | None, display: XDisplay | None) -> None:
        self._bus = bus
        self._display = display

    def reason(self) -> str | None:
        """Why a reminder should wait ("full screen", "do not disturb"), or None."""
        if self._display is not None and self._display.active_window_is_fullscreen():
            return "full screen"
        if self._do_not_disturb():
            return "do not disturb"
        return None

    def __call__(self) -> bool:
        return self.reason() is not None

    def _do_not_disturb(self) -> bool:
        if self._bus is None or not self._bus.isConnected():
            return False
        for interface, name in _DND_PROPERTIES:
            if get_property(self._bus, _SERVICE, _PATH, interface, name) is True:
                return True
        return False
