"""How closely phases start on time, on the real clock, over a whole routine at --speed.

Every phase has a planned absolute deadline: the first phase's start plus the planned
lengths before it, divided by the speed. The error of a phase is the "t" of its
phase_started line in the event log minus that deadline; the drift is the same for the
"finished" line against the planned end. Deadlines are absolute, so errors must not add
up: a late phase that is not followed by an equally late end is jitter, not drift.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from benchmarks.figures import Figure, Target, not_measured, percentile
from benchmarks.sandbox import APP_MODULE, Launched, Sandbox
from stretchdesk.core.settings import Settings

BOUNDARY_P95 = Target(20.0)
DRIFT = Target(5.0)


@dataclass(frozen=True)
class BoundaryErrors:
    """Each phase start's error (ms, late positive) and the end's drift, from one run."""

    errors_ms: list[float]
    drift_ms: float | None
    kinds_match: bool


def phase_errors(events: list[dict[str, object]], planned: list[float],
                 speed: float) -> BoundaryErrors | None:
    """Compares the event log's phase starts with the planned seconds of each phase."""
    starts = {int(e["index"]): float(e["t"]) for e in events  # type: ignore[arg-type]
              if e.get("event") == "phase_started" and "index" in e}
    if 0 not in starts:
        return None
    origin = starts[0]
    deadlines = [origin + before / speed
                 for before in itertools.accumulate([0.0, *planned[:-1]])]
    errors = [(starts[i] - deadlines[i]) * 1000.0 for i in sorted(starts) if 0 < i < len(planned)]
    finished = [float(e["t"]) for e in events if e.get("event") == "finished"]  # type: ignore[arg-type]
    drift = None
    if finished:
        drift = (finished[0] - (origin + sum(planned) / speed)) * 1000.0
    return BoundaryErrors(errors, drift, kinds_match=len(starts) == len(planned))


def measure_boundaries(sandbox: Sandbox, settings: Settings, routine_id: str,
                       speed: float) -> list[Figure]:
    """Runs `routine_id` to the end at `speed` and measures its phase starts."""
    timeline = sandbox.timeline(routine_id, settings)
    args = ["--routine", routine_id, "--start", "--speed", f"{speed:g}", "--quit-when-done"]
    launched: Launched = sandbox.launch(APP_MODULE, args, log_events=True)
    run_seconds = timeline.total_seconds / speed
    try:
        launched.wait_for_event("finished", timeout=run_seconds + 30.0)
        crash = launched.crash()
    finally:
        launched.stop()
    where = f"{routine_id} at --speed {speed:g}, {len(timeline)} phases"
    if crash:
        where += f"; {crash}"
    result = phase_errors(launched.events(), [p.seconds for p in timeline], speed)
    if result is None or not result.errors_ms:
        why = crash or "the app wrote no phase_started to --event-log (no session UI yet)"
        return [not_measured("boundary_p95", "Phase start error p95", "ms", why, BOUNDARY_P95),
                not_measured("drift", "Drift at the end", "ms", why, DRIFT)]
    late = [abs(e) for e in result.errors_ms]
    note = where if result.kinds_match else f"{where}; only {len(late) + 1} phases started"
    detail = {"errors_ms": [round(e, 2) for e in result.errors_ms], "earliest_ms":
              round(min(result.errors_ms), 2)}
    figures = [
        Figure("boundary_p50", "Phase start error p50", "ms", percentile(late, 0.5), note=note),
        Figure("boundary_p95", "Phase start error p95", "ms", percentile(late, 0.95),
               target=BOUNDARY_P95, note=note, detail=detail),
        Figure("boundary_max", "Phase start error max", "ms", max(late), note=note),
    ]
    if result.drift_ms is None:
        figures.append(not_measured("drift", "Drift at the end", "ms",
                                    crash or "no finished line in the event log", DRIFT))
    else:
        figures.append(Figure("drift", "Drift at the end", "ms", abs(result.drift_ms),
                              target=DRIFT, note=f"signed {result.drift_ms:+.2f} ms"))
    return figures
