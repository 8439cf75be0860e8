"""Finds the desktop services reminders use, once, after the first window is on screen.

The notification server (over a jeepney bus link, see desktop/bus_link.py), the idle
time, the busy probe (full screen, Do Not Disturb), logind's wake signal, the X display
and whether there is a tray. Any of them may be missing; what is missing is said on
the Reminders page, and the reminders work with what there is.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtDBus import QDBusConnection

from stretchdesk.desktop.bus_link import BusError, BusLink
from stretchdesk.desktop.busy import BusyProbe
from stretchdesk.desktop.idle import NO_IDLE_NOTE, IdleReader, find_idle_reader
from stretchdesk.desktop.notifications import NotificationClient
from stretchdesk.desktop.sleep_watch import SleepWatcher
from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.desktop.xlib import XDisplay

__all__ = ["DesktopServices", "ReminderDesktop", "find_desktop_services", "no_desktop"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReminderDesktop", text)


@dataclass(frozen=True)
class ReminderDesktop:
    """What the desktop offers reminders, in words for the Reminders page.

    `tray` says whether there is a tray for StretchDesk to wait in; `idle` where idle
    time comes from ("" where nothing says, and the desk-break count uses wall time);
    `shown_as` how a reminder reaches the person ("notification", "tray message", "").
    """

    tray: bool
    idle: str
    shown_as: str

    @property
    def idle_words(self) -> str:
        """The line about time away from the keyboard."""
        if not self.idle:
            return _tr(NO_IDLE_NOTE)
        return QCoreApplication.translate(
            "ReminderDesktop",
            "Time away from the keyboard and mouse is read from {source}.").format(
                source=_tr(self.idle))

    @property
    def shown_words(self) -> str:
        """The line about how reminders appear."""
        if self.shown_as == "notification":
            return QCoreApplication.translate(
                "ReminderDesktop",
                "A reminder is a desktop notification with Start, Snooze 10 minutes and Skip "
                "today.")
        if self.shown_as == "tray message":
            return QCoreApplication.translate(
                "ReminderDesktop",
                "This desktop's notifications have no buttons: a reminder is a message from "
                "the tray icon, and a click on it starts the routine.")
        return QCoreApplication.translate(
            "ReminderDesktop",
            "Nothing on this desktop can show a reminder (no notification service and no "
            "tray).")

    @property
    def tray_words(self) -> str:
        """Why reminders need the app open, where there is no tray ("" where there is one)."""
        if self.tray:
            return ""
        return QCoreApplication.translate(
            "ReminderDesktop",
            "This desktop has no tray, so StretchDesk cannot wait out of sight: reminders come "
            "only while its window is open, and closing it quits.")


@dataclass
class DesktopServices:
    """The services found; each is None (or False) where the desktop does not offer it."""

    client: NotificationClient | None
    idle: IdleReader | None
    busy: Callable[[], bool]
    sleep_watcher: SleepWatcher | None
    tray_available: Callable[[], bool]
    link: BusLink | None = None
    display: XDisplay | None = None

    def close(self) -> None:
        """Lets go of the bus and the display (the app is quitting)."""
        if self.link is not None:
            self.link.close()
        if self.display is not None:
            self.display.close()
            self.display = None


def _never_busy() -> bool:
    return False


def no_desktop() -> DesktopServices:
    """No services at all: a desktop without a bus, a display or a tray."""
    return DesktopServices(None, None, _never_busy, None, lambda: False)


def find_desktop_services(parent: QObject) -> DesktopServices:
    """Connects to what this session offers (a few milliseconds on a local bus)."""
    has_bus = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    bus = QDBusConnection.sessionBus() if has_bus else None
    link: BusLink | None = None
    client: NotificationClient | None = None
    if has_bus:
        try:
            link = BusLink(parent=parent)
        except BusError:
            link = None
    if link is not None:
        client = NotificationClient(link, parent=parent)
        client.probe()
    display = XDisplay.open() if os.environ.get("DISPLAY") else None
    busy = BusyProbe(bus, display)
    return DesktopServices(client, find_idle_reader(bus, display), busy,
                           SleepWatcher(parent=parent), TrayIcon.available, link, display)
