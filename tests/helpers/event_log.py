"""Reading the app's --event-log in tests that run a whole session at high speed."""

from __future__ import annotations

from itertools import dropwhile, takewhile
from typing import Any

# What the driver logs for one tick's batch of session events, after the batch's cues.
_TICK_EVENTS = frozenset({"phase_started", "countdown", "halfway", "breath", "finished"})


def first_tick_phases(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The "phase_started" lines of the session's first tick, from "started" on.

    A tick's cues are logged first, then its events. At a test's speed (a 10 s phase
    lasting 10 ms) a start that was slow to reach its first tick begins several phases
    in it, and the cues of those already over are dropped: the first cue is that of the
    last phase here, and the first frame painted shows it.
    """
    start = next(i for i, e in enumerate(events) if e["event"] == "started")
    events_of_tick = dropwhile(lambda e: e["event"] == "cue", events[start + 1:])
    batch = takewhile(lambda e: e["event"] in _TICK_EVENTS, events_of_tick)
    return [e for e in batch if e["event"] == "phase_started"]
