"""Memory freed by a run's one-off work goes back to the system (stretchdesk/freed_memory.py)."""

from __future__ import annotations

import ctypes
import sys
import threading
from pathlib import Path

import pytest

from stretchdesk import freed_memory

BLOCK = 4096
BLOCKS = 2048  # 8 MiB in blocks malloc keeps for itself once freed


def resident_kib() -> int:
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            return int(line.split()[1])
    raise AssertionError("no Rss line")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_what_a_helper_thread_freed_is_given_back() -> None:
    # As the speech engine's start does on its thread: many blocks taken, written, freed.
    # One is kept, last, so the freed ones sit below it and malloc keeps them resident.
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    kept: list[int] = []

    def work() -> None:
        blocks = [libc.malloc(BLOCK) for _ in range(BLOCKS)]
        for block in blocks:
            ctypes.memset(block, 1, BLOCK)
        kept.append(libc.malloc(BLOCK))
        for block in blocks:
            libc.free(block)

    helper = threading.Thread(target=work)
    helper.start()
    helper.join()
    before = resident_kib()
    assert freed_memory.give_back()
    assert before - resident_kib() > BLOCKS * BLOCK // 1024 // 2
    libc.free(kept[0])
