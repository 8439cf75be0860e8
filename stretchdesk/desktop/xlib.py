"""The few X11 queries reminders need, through ctypes: idle time and the active window.

libX11 and libXss (Debian: libx11-6, libxss1) are loaded when a display is opened;
without them, or without an X display (Wayland without Xwayland, a headless session),
`XDisplay.open` returns None and the callers fall back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from ctypes import POINTER, Structure, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p

__all__ = ["XDisplay"]

_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0
_MAX_ITEMS = 64  # _NET_WM_STATE holds a handful of atoms


class _ScreenSaverInfo(Structure):
    _fields_ = [("window", c_ulong), ("state", c_int), ("kind", c_int),
                ("til_or_since", c_ulong), ("idle", c_ulong), ("event_mask", c_ulong)]


def _load(name: str) -> ctypes.CDLL | None:
    path = ctypes.util.find_library(name)
    try:
        return ctypes.CDLL(path or f"lib{name}.so")
    except OSError:
        return None


def _declare(x11: ctypes.CDLL, xss: ctypes.CDLL | None) -> None:
    """Gives every function its argument and result types (pointers are 64-bit)."""
    x11.XOpenDisplay.argtypes = [c_char_p]
    x11.XOpenDisplay.restype = c_void_p
    x11.XCloseDisplay.argtypes = [c_void_p]
    x11.XDefaultRootWindow.argtypes = [c_void_p]
    x11.XDefaultRootWindow.restype = c_ulong
    x11.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
    x11.XInternAtom.restype = c_ulong
    x11.XGetWindowProperty.argtypes = [
        c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong, POINTER(c_ulong),
        POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong), POINTER(POINTER(c_ubyte))]
    x11.XGetWindowProperty.restype = c_int
    x11.XFree.argtypes = [c_void_p]
    x11.XSetErrorHandler.argtypes = [c_void_p]
    x11.XSetErrorHandler.restype = c_void_p
    if xss is not None:
        xss.XScreenSaverQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
        xss.XScreenSaverAllocInfo.restype = POINTER(_ScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [c_void_p, c_ulong, POINTER(_ScreenSaverInfo)]


# A window can vanish between asking for the active window and reading its state; Xlib's
# default handler would then end the process, this one ignores the error.
_ERROR_HANDLER_TYPE = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)
_ignore_errors = _ERROR_HANDLER_TYPE(lambda display, event: 0)


class XDisplay:
    """A connection to an X server for queries (no windows of its own)."""

    def __init__(self, x11: ctypes.CDLL, xss: ctypes.CDLL | None, handle: int) -> None:
        self._x11 = x11
        self._xss = xss
        self._handle: int | None = handle
        self._root = x11.XDefaultRootWindow(handle)
        self._info = (xss.XScreenSaverAllocInfo()
                      if xss is not None and self.has_idle_counter() else None)

    @classmethod
    def open(cls, name: str | None = None) -> XDisplay | None:
        """Connects to display `name` (default $DISPLAY), or None where there is none."""
        name = name or os.environ.get("DISPLAY")
        if not name:
            return None
        x11 = _load("X11")
        if x11 is None:
            return None
        xss = _load("Xss")
        _declare(x11, xss)
        handle = x11.XOpenDisplay(name.encode())
        if not handle:
            return None
        x11.XSetErrorHandler(ctypes.cast(_ignore_errors, c_void_p))
        return cls(x11, xss, handle)

    def has_idle_counter(self) -> bool:
        """Whether the server has the MIT-SCREEN-SAVER extension and libXss is here."""
        if self._xss is None or self._handle is None:
            return False
        event, error = c_int(), c_int()
        return bool(self._xss.XScreenSaverQueryExtension(self._handle, byref(event),
                                                          byref(error)))

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input, as the X server counts them."""
        if self._info is None or self._xss is None or self._handle is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._handle, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def active_window_is_fullscreen(self) -> bool:
        """Whether the window the window manager says is active covers the screen.

        Reads _NET_ACTIVE_WINDOW on the root window and that window's _NET_WM_STATE
        (EWMH). Without a window manager that sets them, the answer is False.
        """
        active = self._window_property(self._root, "_NET_ACTIVE_WINDOW")
        if not active or not active[0]:
            return False
        fullscreen = self._atom("_NET_WM_STATE_FULLSCREEN")
        return fullscreen in self._window_property(active[0], "_NET_WM_STATE")

    def close(self) -> None:
        """Closes the connection."""
        if self._handle is not None:
            if self._info is not None:
                self._x11.XFree(self._info)
                self._info = None
            self._x11.XCloseDisplay(self._handle)
            self._handle = None

    def _atom(self, name: str) -> int:
        return int(self._x11.XInternAtom(self._handle, name.encode(), 0))

    def _window_property(self, window: int, name: str) -> list[int]:
        """A 32-bit list property of `window` (atoms or window ids), empty if absent."""
        if self._handle is None:
            return []
        actual_type, actual_format = c_ulong(), c_int()
        items, remaining = c_ulong(), c_ulong()
        data = POINTER(c_ubyte)()
        status = self._x11.XGetWindowProperty(
            self._handle, window, self._atom(name), 0, _MAX_ITEMS, 0, _ANY_PROPERTY_TYPE,
            byref(actual_type), byref(actual_format), byref(items), byref(remaining),
            byref(data))
        if status != _SUCCESS or not data:
            return []
        try:
            if actual_format.value != 32:
                return []
            # Xlib hands 32-bit items back as C longs.
            values = ctypes.cast(data, POINTER(c_ulong))
            return [int(values[i]) for i in range(items.value)]
        finally:
            self._x11.XFree(data)
