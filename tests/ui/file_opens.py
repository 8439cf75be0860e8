"""Which files in a folder were opened, as the Linux kernel reports it (inotify).

Qt opens a file named in rich text (``<img src=…>``) in C++, where no Python hook sees
it; the kernel sees every open, whoever makes it.
"""

from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path

_IN_OPEN = 0x20
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of name


class FileOpens:
    """Records each open of a file inside `folder` from the moment it is made."""

    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self._fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        if libc.inotify_add_watch(self._fd, os.fsencode(folder), _IN_OPEN) < 0:
            raise OSError(ctypes.get_errno(), f"cannot watch {folder}")

    def names(self) -> list[str]:
        """The names of the files opened since the last call."""
        found: list[str] = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return found
            at = 0
            while at < len(data):
                _wd, _mask, _cookie, size = _EVENT.unpack_from(data, at)
                at += _EVENT.size
                found.append(data[at:at + size].rstrip(b"\0").decode())
                at += size

    def close(self) -> None:
        """Stops watching."""
        os.close(self._fd)
