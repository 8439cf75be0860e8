"""Reading the app's --event-log in tests that run a whole session at high speed."""

from __future__ import annotations

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
    phases: list[dict[str, Any]] = []
    in_events = False
    for event in events[start + 1:]:
        name = event["event"]
        if name == "cue" and not in_events:
            continue
        if name not in _TICK_EVENTS:
            break  # the next tick's cues, a frame, or anything else
        in_events = True
        if name == "phase_started":
            phases.append(event)
    return phases
