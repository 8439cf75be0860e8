"""Asks whether a sound server answers, before anything of Qt Multimedia is touched.

Qt Multimedia connects to the sound server (PulseAudio, or PipeWire through its PulseAudio
socket) once per process, on its first use, and never tries again when that first
connection fails: a server that starts later is never heard from. So the player asks
first, through libpulse itself (the library Qt uses, which finds the server the same way:
PULSE_SERVER, client.conf, the user's runtime folder), and touches Qt Multimedia only once
a server has answered. Asking again later costs a few milliseconds.

libpulse is called through ctypes, which lets go of Python's lock during each call, so a
question asked on a helper thread never holds up the window.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import time
from collections.abc import Callable
from ctypes import c_char_p, c_int, c_uint, c_void_p

from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

__all__ = ["ask_sound_server"]

ANSWER_SECONDS = 2.0  # a server that accepts the connection but never answers is no server
_POLL_MICROSECONDS = 50_000

# pa_context_state_t
_READY, _FAILED, _TERMINATED = 4, 5, 6


def _libpulse() -> ctypes.CDLL | None:
    path = ctypes.util.find_library("pulse") or "libpulse.so.0"
    try:
        lib = ctypes.CDLL(path)
    except OSError:
        return None
    lib.pa_mainloop_new.restype = c_void_p
    lib.pa_mainloop_get_api.argtypes = [c_void_p]
    lib.pa_mainloop_get_api.restype = c_void_p
    lib.pa_mainloop_prepare.argtypes = [c_void_p, c_int]
    lib.pa_mainloop_poll.argtypes = [c_void_p]
    lib.pa_mainloop_dispatch.argtypes = [c_void_p]
    lib.pa_mainloop_free.argtypes = [c_void_p]
    lib.pa_context_new.argtypes = [c_void_p, c_char_p]
    lib.pa_context_new.restype = c_void_p
    lib.pa_context_connect.argtypes = [c_void_p, c_char_p, c_uint, c_void_p]
    lib.pa_context_get_state.argtypes = [c_void_p]
    lib.pa_context_errno.argtypes = [c_void_p]
    lib.pa_context_disconnect.argtypes = [c_void_p]
    lib.pa_context_unref.argtypes = [c_void_p]
    lib.pa_strerror.argtypes = [c_int]
    lib.pa_strerror.restype = c_char_p
    return lib


def _as_written(text: str) -> str:
    return text


def ask_sound_server(timeout: float = ANSWER_SECONDS,
                     words: Callable[[str], str] = _as_written) -> str:
    """"" when a sound server answers within `timeout` seconds, else why not, in a few words.

    Off Linux there is nothing to ask (Qt uses the system's own audio), so it says "".
    `words` translates our own reasons (context "sound_server"); the server's are as
    libpulse says them.
    """
    if not sys.platform.startswith("linux"):
        return ""
    lib = _libpulse()
    if lib is None:
        return words(QT_TRANSLATE_NOOP("sound_server", "libpulse is not installed"))
    loop = lib.pa_mainloop_new()
    if not loop:
        return words(QT_TRANSLATE_NOOP("sound_server", "libpulse could not start"))
    context = lib.pa_context_new(lib.pa_mainloop_get_api(loop), b"StretchDesk sound check")
    try:
        return (_connect(lib, loop, context, timeout, words) if context
                else words(QT_TRANSLATE_NOOP("sound_server", "libpulse could not start")))
    finally:
        if context:
            lib.pa_context_disconnect(context)
            lib.pa_context_unref(context)
        lib.pa_mainloop_free(loop)


def _connect(lib: ctypes.CDLL, loop: int, context: int, timeout: float,
             words: Callable[[str], str]) -> str:
    # No flags: a server that starts on demand is started, as Qt's own connection would.
    if lib.pa_context_connect(context, None, 0, None) < 0:
        return _reason(lib, context, words)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = lib.pa_context_get_state(context)
        if state == _READY:
            return ""
        if state in (_FAILED, _TERMINATED):
            return _reason(lib, context, words)
        if (lib.pa_mainloop_prepare(loop, _POLL_MICROSECONDS) < 0
                or lib.pa_mainloop_poll(loop) < 0 or lib.pa_mainloop_dispatch(loop) < 0):
            return _reason(lib, context, words)
    return words(QT_TRANSLATE_NOOP("sound_server", "it did not answer within {seconds} s")).format(
        seconds=f"{timeout:g}")


def _reason(lib: ctypes.CDLL, context: int, words: Callable[[str], str]) -> str:
    raw = lib.pa_strerror(lib.pa_context_errno(context))
    return (raw.decode("utf-8", "replace").lower() if raw
            else words(QT_TRANSLATE_NOOP("sound_server", "it could not be reached")))
