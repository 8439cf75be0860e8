"""Checks that speech-dispatcher answers before Qt's speech engine connects to it.

Qt's "speechd" engine blocks for good when a speech-dispatcher holds its socket but no
longer answers (it happens when one hangs while shutting down after being idle). A
one-second question on the socket first keeps StretchDesk from freezing at start-up.
"""

from __future__ import annotations

import os
import socket
from enum import Enum
from pathlib import Path


class SpeechDispatcher(Enum):
    """What the speech-dispatcher socket says."""

    ANSWERS = "answers"
    ABSENT = "absent"  # no socket: the speech library starts a server on demand
    SILENT = "silent"  # a socket that does not answer: connecting would hang


def socket_path(environ: dict[str, str] | None = None) -> Path | None:
    """Where speech-dispatcher listens, as its client library finds it (None: over TCP)."""
    env = os.environ if environ is None else environ
    address = env.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.split(":", 1)[1])
    if address:
        return None
    runtime = env.get("XDG_RUNTIME_DIR") or str(Path.home() / ".cache")
    return Path(runtime) / "speech-dispatcher" / "speechd.sock"


def probe(timeout: float = 1.0, environ: dict[str, str] | None = None) -> SpeechDispatcher:
    """Asks speech-dispatcher for a trivial reply within `timeout` seconds."""
    path = socket_path(environ)
    if path is None:
        return SpeechDispatcher.ANSWERS  # a TCP address: leave it to the library
    if not path.exists():
        return SpeechDispatcher.ABSENT
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect(str(path))
            conn.sendall(b"SET self CLIENT_NAME probe:stretchdesk:check\r\n")
            reply = conn.recv(128)
            conn.sendall(b"QUIT\r\n")
    except ConnectionRefusedError:
        return SpeechDispatcher.ABSENT  # a stale socket left by a server that exited
    except OSError:
        return SpeechDispatcher.SILENT
    return SpeechDispatcher.ANSWERS if reply.startswith(b"2") else SpeechDispatcher.SILENT
