"""Keeps the screen from blanking during a session, where the desktop lets us (best effort)."""

from __future__ import annotations

import os
import shutil
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

HEADLESS_PLATFORMS = ("offscreen", "minimal")  # no screen to keep on

REASON = str(QT_TRANSLATE_NOOP("ScreenAwake", "A guided stretching session is running"))


class ScreenAwake:
    """Asks the desktop not to blank the screen, and lets it again afterwards.

    Tries the freedesktop ScreenSaver D-Bus service first, then `xdg-screensaver
    suspend` on X11. Anything that fails is ignored: a blanked screen is a nuisance,
    a crash in the middle of a stretch is worse.
    """

    def __init__(self) -> None:
        self._cookie: int | None = None
        self._window_id: int | None = None
        self.method = ""  # how the screen is being kept on, "" when it is not

    @property
    def holding(self) -> bool:
        """Whether the screen is being kept on."""
        return bool(self.method)

    def hold(self, window: QWidget) -> None:
        """Keeps the screen on while `window` shows a session."""
        if self.holding or sys.platform != "linux":
            return
        if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
            return
        if self._dbus_inhibit():
            self.method = "dbus"
        elif self._xdg("suspend", window):
            self.method = "xdg-screensaver"

    def release(self) -> None:
        """Lets the screen blank again."""
        if self.method == "dbus":
            self._dbus_uninhibit()
        elif self.method == "xdg-screensaver" and self._window_id is not None:
            self._run_xdg("resume", self._window_id)
        self.method = ""

    # -- D-Bus ---------------------------------------------------------------------------

    @staticmethod
    def _interface() -> object | None:
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return None
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        interface = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                                   "org.freedesktop.ScreenSaver", bus)
        return interface if interface.isValid() else None

    def _dbus_inhibit(self) -> bool:
        try:
            interface = self._interface()
            if interface is None:
                return False
            reason = QCoreApplication.translate("ScreenAwake", REASON)  # the desktop may show it
            reply = interface.call("Inhibit", "StretchDesk", reason)  # type: ignore[attr-defined]
            values = reply.arguments()
            if values and isinstance(values[0], int):
                self._cookie = values[0]
                return True
        except Exception:  # any failure only means the screen may blank
            return False
        return False

    def _dbus_uninhibit(self) -> None:
        try:
            interface = self._interface()
            if interface is not None and self._cookie is not None:
                interface.call("UnInhibit", self._cookie)  # type: ignore[attr-defined]
        except Exception:
            pass
        self._cookie = None

    # -- xdg-screensaver -----------------------------------------------------------------

    def _xdg(self, verb: str, window: QWidget) -> bool:
        if not os.environ.get("DISPLAY") or shutil.which("xdg-screensaver") is None:
            return False
        self._window_id = int(window.winId())
        return self._run_xdg(verb, self._window_id)

    @staticmethod
    def _run_xdg(verb: str, window_id: int) -> bool:
        started = QProcess.startDetached("xdg-screensaver", [verb, hex(window_id)])
        # PySide returns (ok, pid) for this overload in some versions, a bool in others.
        return bool(started[0] if isinstance(started, tuple) else started)
