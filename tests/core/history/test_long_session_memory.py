"""What a long session keeps for each phase: its record in the session, and in the history.

Issue 22 allows a 1,000-phase session less than 2 MiB of growth. Both records are needed
(the finish screen counts the session's; the recording writes the whole session again
to a new file if the old one was damaged), so they have to be small: a few hundred bytes.
"""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

from stretchdesk.core.events import PhaseStarted
from stretchdesk.core.history import HistoryStore
from stretchdesk.core.history.recorder import SessionRecorder
from stretchdesk.core.model import Side
from stretchdesk.core.session import Session
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline
from tests.core.clock import FakeClock
from tests.core.history.sessions import PARIS, T0

PHASES = 1000
SETTLED = 100  # as the growth benchmark: counted from the 100th phase on
BYTES_PER_PHASE = 500  # both records: about 450; 590 when they were plain dataclasses


def long_timeline() -> Timeline:
    """Holds and releases of one stretch on alternating sides, every one a phase of its own."""
    kinds = (PhaseKind.HOLD, PhaseKind.RELEASE)
    return Timeline([Phase(kinds[n % 2], "tilt", (Side.LEFT, Side.RIGHT)[n // 2 % 2],
                           n // 4 + 1, PHASES // 4, 2.0, 0) for n in range(PHASES)],
                    "after-sitting")


def test_a_thousand_phases_keep_a_few_hundred_bytes_each(tmp_path: Path) -> None:
    clock = FakeClock()
    timeline = long_timeline()
    store = HistoryStore(tmp_path, T0)
    session = Session(timeline, clock)
    recorder = SessionRecorder(session, store.start_session(
        "after-sitting", "After long sitting", "beginner", T0, PARIS))
    started = 0

    def run_until(phases: int) -> None:
        nonlocal started
        while started < phases:
            clock.advance(2.0)
            events = session.tick()
            recorder.take(events, T0 + clock.now)
            started += sum(isinstance(e, PhaseStarted) for e in events)

    session.start()
    try:
        run_until(SETTLED)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        run_until(PHASES)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        store.close()
    assert len(recorder.recording.phases) == PHASES - 1  # each phase that ended, on record
    assert grown / (PHASES - SETTLED) < BYTES_PER_PHASE
