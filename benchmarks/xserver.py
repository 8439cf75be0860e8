"""A private Xvfb for one benchmark run, and a listener that sees windows being mapped.

The listener is a plain X client (libX11 through ctypes) that asks the server for
SubstructureNotify on the root window. Under Xvfb there is no window manager, so every
top-level window is a child of the root and its MapNotify reaches us directly. We block
in select() on the X connection, so waiting costs nothing and the instant is taken the
moment the server reports the map, without polling xwininfo or xdotool in a loop.
"""

from __future__ import annotations

import ctypes
import os
import select
import subprocess
import time
from ctypes import POINTER, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p

from benchmarks.launched import end_process

_SCREEN = "1920x1080x24"
_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class Xvfb:
    """Xvfb on a display it picks itself (-displayfd), so parallel runs never collide."""

    def __init__(self) -> None:
        self.display = ""
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> str:
        """Starts the server and returns its DISPLAY once it accepts clients."""
        read_end, write_end = os.pipe()
        self._process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", _SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + 15.0
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 0.5)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        os.close(read_end)
        if not number.strip():
            self.stop()
            raise RuntimeError("Xvfb did not start (is the xvfb package installed?)")
        self.display = f":{int(number)}"
        return self.display

    @property
    def pid(self) -> int:
        """The server's process id (its CPU is part of what a repaint costs)."""
        assert self._process is not None
        return self._process.pid

    def stop(self) -> None:
        """Stops the server."""
        if self._process is not None:
            end_process(self._process)
        self._process = None


class _MapEvent(ctypes.Structure):
    # XMapEvent; the XEvent union it lives in is 24 longs.
    _fields_ = [
        ("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", c_void_p),
        ("event", c_ulong), ("window", c_ulong), ("override_redirect", c_int),
    ]  # fmt: skip


class _ClientMessage(ctypes.Structure):
    # XClientMessageEvent, format 32: five longs of data.
    _fields_ = [
        ("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", c_void_p),
        ("window", c_ulong), ("message_type", c_ulong), ("format", c_int),
        ("data", c_long * 5),
    ]  # fmt: skip


class _XEvent(ctypes.Union):
    _fields_ = [("map", _MapEvent), ("client", _ClientMessage), ("pad", c_long * 24)]


_CLIENT_MESSAGE = 33


_ERROR_HANDLER = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)
# A window can vanish between its MapNotify and our property query; Xlib's default
# handler would exit the benchmark for that, so errors are ignored instead.
_ignore_errors = _ERROR_HANDLER(lambda _display, _error: 0)


class MapListener:
    """Reports top-level windows as they are mapped, with the monotonic instant of each."""

    def __init__(self, display: str) -> None:
        self._x = ctypes.CDLL("libX11.so.6")
        x = self._x
        x.XOpenDisplay.restype = c_void_p
        x.XOpenDisplay.argtypes = [c_char_p]
        x.XDefaultRootWindow.restype = c_ulong
        x.XDefaultRootWindow.argtypes = [c_void_p]
        x.XSelectInput.argtypes = [c_void_p, c_ulong, c_long]
        x.XConnectionNumber.argtypes = [c_void_p]
        x.XPending.argtypes = [c_void_p]
        x.XNextEvent.argtypes = [c_void_p, POINTER(_XEvent)]
        x.XFlush.argtypes = [c_void_p]
        x.XSync.argtypes = [c_void_p, c_int]
        x.XInternAtom.restype = c_ulong
        x.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
        x.XGetWindowProperty.argtypes = [
            c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong, POINTER(c_ulong),
            POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong), POINTER(POINTER(c_ubyte)),
        ]  # fmt: skip
        x.XFree.argtypes = [c_void_p]
        x.XCloseDisplay.argtypes = [c_void_p]
        x.XSendEvent.argtypes = [c_void_p, c_ulong, c_int, c_long, POINTER(_XEvent)]
        x.XSetErrorHandler(_ignore_errors)
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        x.XSelectInput(self._display, x.XDefaultRootWindow(self._display),
                       _SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self._display, 0)
        self._pid_atom = x.XInternAtom(self._display, b"_NET_WM_PID", 0)
        self._fd = x.XConnectionNumber(self._display)
        self._first_map: dict[int, float] = {}  # pid -> instant its first window was mapped
        self._first_window: dict[int, int] = {}  # pid -> that window

    def wait_for_pid(self, pid: int, timeout: float) -> float | None:
        """The instant a window of process `pid` is mapped, or None after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            for instant, window in self._drain():
                owner = self._window_pid(window)
                if owner is not None:
                    self._first_map.setdefault(owner, instant)
                    self._first_window.setdefault(owner, window)
            if pid in self._first_map:
                return self._first_map[pid]
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            select.select([self._fd], [], [], left)

    def close_window(self, pid: int) -> bool:
        """Asks the first window of `pid` to close, as a window manager's close button does
        (WM_DELETE_WINDOW); False if no window of it was seen."""
        window = self._first_window.get(pid)
        if window is None:
            return False
        x = self._x
        event = _XEvent()
        message = event.client
        message.type = _CLIENT_MESSAGE
        message.window = window
        message.message_type = x.XInternAtom(self._display, b"WM_PROTOCOLS", 0)
        message.format = 32
        message.data[0] = x.XInternAtom(self._display, b"WM_DELETE_WINDOW", 0)
        message.data[1] = 0  # CurrentTime
        x.XSendEvent(self._display, window, 0, 0, byref(event))
        x.XFlush(self._display)
        return True

    def _drain(self) -> list[tuple[float, int]]:
        """Every MapNotify waiting on the connection, stamped as it is read."""
        x = self._x
        found = []
        event = _XEvent()
        while x.XPending(self._display):
            x.XNextEvent(self._display, byref(event))
            if event.map.type == _MAP_NOTIFY:
                found.append((time.monotonic(), event.map.window))
        return found

    def _window_pid(self, window: int) -> int | None:
        """The _NET_WM_PID that Qt puts on its windows before mapping them."""
        actual_type, actual_format = c_ulong(), c_int()
        count, after = c_ulong(), c_ulong()
        data = POINTER(c_ubyte)()
        status = self._x.XGetWindowProperty(
            self._display, window, self._pid_atom, 0, 1, 0, 0, byref(actual_type),
            byref(actual_format), byref(count), byref(after), byref(data),
        )  # fmt: skip
        if status != 0 or not data:
            return None
        try:
            if actual_format.value != 32 or count.value < 1:
                return None
            # Format-32 properties come back as C longs.
            return int(ctypes.cast(data, POINTER(c_long))[0])
        finally:
            self._x.XFree(data)

    def close(self) -> None:
        """Disconnects from the server."""
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = None
