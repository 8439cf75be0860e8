"""Hands memory the process has freed back to the system, once a run's one-off work is done.

glibc's malloc keeps what a program frees for its next allocations, in the main heap and
in an arena of its own for each thread that allocates. Some work is done once and frees
most of what it took: the speech engine lists every voice on its own thread as it starts
(about 1 MiB of that is freed again at once), helper threads ask the sound server, a
session's first frame builds its screen. Kept by malloc, those pages stay resident and
counted against StretchDesk for the rest of the run, though nothing uses them.
malloc_trim(0) returns the free pages of every arena (a fraction of a millisecond).
Elsewhere than glibc (musl, macOS, Windows) there is nothing to do, and nothing is done.
"""

from __future__ import annotations

import sys

given_back = 0  # how often memory was handed back in this run (tests, the session test)


def give_back() -> bool:
    """Returns the free pages of every malloc arena to the system; False where it cannot."""
    global given_back
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # (loaded already by then: the sound server is asked through it)

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the process already uses
    except (OSError, AttributeError):  # not glibc
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    given_back += 1
    return True


__all__ = ["give_back"]
