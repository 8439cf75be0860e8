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
from benchmarks.launched import Event, Launched, number
from benchmarks.procstats import stolen_seconds
from benchmarks.sandbox import APP_MODULE, Sandbox
from stretchdesk.core.settings import Settings, SoundMode

BOUNDARY_P95 = Target(20.0)
DRIFT = Target(5.0)
STOLEN_WORTH_SAYING = 0.5  # s of CPU the host took during the run: worth a note beside it


@dataclass(frozen=True)
class BoundaryErrors:
    """Each phase start's error (ms, late positive) and the end's drift, from one run."""

    errors_ms: list[float]
    drift_ms: float | None
    kinds_match: bool
    worst: list[tuple[int, str, float]]  # (phase index, kind, error ms), the latest first


def phase_errors(events: list[Event], planned: list[float],
                 speed: float) -> BoundaryErrors | None:
    """Compares the event log's phase starts with the planned seconds of each phase."""
    started = [e for e in events if e.get("event") == "phase_started" and "index" in e]
    starts = {int(number(e, "index")): number(e, "t") for e in started}
    kinds = {int(number(e, "index")): str(e.get("kind", "")) for e in started}
    if 0 not in starts:
        return None
    origin = starts[0]
    deadlines = [origin + before / speed
                 for before in itertools.accumulate([0.0, *planned[:-1]])]
    indices = [i for i in sorted(starts) if 0 < i < len(planned)]
    errors = [(starts[i] - deadlines[i]) * 1000.0 for i in indices]
    worst = sorted(zip(indices, errors, strict=True), key=lambda pair: -abs(pair[1]))[:3]
    finished = [number(e, "t") for e in events if e.get("event") == "finished"]
    drift = None
    if finished:
        drift = (finished[0] - (origin + sum(planned) / speed)) * 1000.0
    return BoundaryErrors(errors, drift, len(starts) == len(planned),
                          [(i, kinds[i], round(e, 2)) for i, e in worst])


def _trend(errors_ms: list[float]) -> float:
    """How much the error grows from the first phase start to the last (least squares).

    Near zero when deadlines are absolute: errors are jitter around a constant lateness.
    """
    count = len(errors_ms)
    if count < 3:
        return 0.0
    mean_x, mean_y = (count - 1) / 2, sum(errors_ms) / count
    spread = sum((x - mean_x) ** 2 for x in range(count))
    slope = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(errors_ms)) / spread
    return slope * (count - 1)


def _run_to_end(sandbox: Sandbox, routine_id: str, speed: float,
                seconds: float) -> tuple[list[Event], str]:
    """One session to its end: the event log, and what went wrong ("" if nothing)."""
    args = ["--routine", routine_id, "--start", "--speed", f"{speed:g}", "--quit-when-done"]
    launched: Launched = sandbox.launch(APP_MODULE, args, log_events=True)
    try:
        launched.wait_for_event("finished", timeout=seconds / speed + 30.0, poll=0.25)
        trouble = launched.trouble()
    finally:
        launched.stop()
    return launched.events(), trouble


def measure_boundaries(sandbox: Sandbox, settings: Settings, routine_id: str,
                       speed: float) -> list[Figure]:
    """Runs `routine_id` to the end at `speed` and measures its phase starts.

    If the app stalls or dies with its sound on, the run is repeated with sound off, so
    the timer's own accuracy is still known; the note says so.
    """
    timeline = sandbox.timeline(routine_id, settings)
    stolen_before = stolen_seconds()
    events, trouble = _run_to_end(sandbox, routine_id, speed, timeline.total_seconds)
    stolen = stolen_seconds() - stolen_before
    where = f"{routine_id} at --speed {speed:g}, {len(timeline)} phases"
    if trouble:
        sandbox.write_settings(SoundMode.SILENT)
        stolen_before = stolen_seconds()  # the steal that counts is the measured run's
        events, silent_trouble = _run_to_end(sandbox, routine_id, speed,
                                             timeline.total_seconds)
        stolen = stolen_seconds() - stolen_before
        sandbox.write_settings(settings.sound_mode)
        where += f"; with sound on {trouble}, so this run had sound off"
        trouble = silent_trouble
    if trouble:
        where += f"; {trouble}"
    result = phase_errors(events, [p.seconds for p in timeline], speed)
    if result is None or not result.errors_ms:
        why = trouble or "the app wrote no phase_started to --event-log (no session UI yet)"
        return [not_measured("boundary_p95", "Phase start error p95", "ms", why, BOUNDARY_P95),
                not_measured("drift", "Drift at the end", "ms", why, DRIFT)]
    late = [abs(e) for e in result.errors_ms]
    note = where if result.kinds_match else f"{where}; only {len(late) + 1} phases started"
    if stolen >= STOLEN_WORTH_SAYING:
        note += f"; the host took {stolen:.1f} s of CPU meanwhile (steal)"
    detail = {"errors_ms": [round(e, 2) for e in result.errors_ms],
              "stolen_seconds": round(stolen, 2),
              "earliest_ms": round(min(result.errors_ms), 2), "worst": result.worst,
              "trend_ms_per_routine": round(_trend(result.errors_ms), 2)}
    figures = [
        Figure("boundary_p50", "Phase start error p50", "ms", percentile(late, 0.5),
               note=f"{routine_id} at --speed {speed:g}"),
        Figure("boundary_p95", "Phase start error p95", "ms", percentile(late, 0.95),
               target=BOUNDARY_P95, note=note, detail=detail),
        Figure("boundary_max", "Phase start error max", "ms", max(late),
               note=f"phase {result.worst[0][0]} ({result.worst[0][1]})"),
    ]
    if result.drift_ms is None:
        figures.append(not_measured("drift", "Drift at the end", "ms",
                                    trouble or "no finished line in the event log", DRIFT))
    else:
        figures.append(Figure("drift", "Drift at the end", "ms", abs(result.drift_ms),
                              target=DRIFT, note=f"signed {result.drift_ms:+.2f} ms"))
    return figures
