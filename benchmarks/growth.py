"""Memory over a long session: does RSS keep growing with every phase?

A routine of about 1,000 phases (12 rounds of four stretches, five repetitions each) runs
at the speed that starts a phase every quarter second, with chimes, ticks and voice. RSS
is read once a second beside the count of phases started. Growth is the RSS at the end
less the RSS once the first 100 phases are done: by then every picture, chime and line
has been used once, so what comes after is the cost of going on, not of starting.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from benchmarks.figures import Figure, Target, not_measured
from benchmarks.launched import Launched
from benchmarks.procstats import memory
from benchmarks.sandbox import APP_MODULE, RoutineItemSpec, Sandbox
from benchmarks.xserver import MapListener
from stretchdesk.core.settings import Settings

GROWTH_TARGET = Target(2.0)
GROWTH_ROUTINE = "bench-growth"
STRETCHES = ("single-knee-to-chest", "cat-cow", "supine-spinal-twist", "double-knee-to-chest")
PHASE_SECONDS = 0.25
SETTLED_PHASES = 100  # growth is counted from here on
SAMPLE_SECONDS = 1.0
AROUND = 5  # samples averaged (median) at each end


@dataclass(frozen=True)
class Sample:
    """One reading: seconds since the start, phases started so far, RSS in MiB."""

    at: float
    phases: int
    rss: float


def write_growth_routine(sandbox: Sandbox, rounds: int) -> None:
    """Four stretches, five repetitions each, `rounds` times over (12 rounds: ~1,030 phases)."""
    items = [RoutineItemSpec(stretch, 20, 5) for _ in range(rounds) for stretch in STRETCHES]
    sandbox.write_routine(GROWTH_ROUTINE, items)


def growth_of(samples: list[Sample], settled: int = SETTLED_PHASES) -> tuple[float, float, float]:
    """(RSS once settled, RSS at the end, growth), each end the median of a few readings."""
    after = [s for s in samples if s.phases >= settled]
    if len(after) < 2 * AROUND:
        raise ValueError(f"only {len(after)} readings after phase {settled}")
    start = statistics.median(s.rss for s in after[:AROUND])
    end = statistics.median(s.rss for s in after[-AROUND:])
    return start, end, end - start


def _phases_started(launched: Launched) -> tuple[int, bool]:
    events = launched.events()
    started = sum(1 for e in events if e.get("event") == "phase_started")
    return started, any(e.get("event") == "finished" for e in events)


def measure_growth(sandbox: Sandbox, listener: MapListener, settings: Settings) -> Figure:
    """Runs the long routine to its end, reading RSS every second."""
    label = "RSS growth over a long session"
    timeline = sandbox.timeline(GROWTH_ROUTINE, settings)
    speed = timeline.total_seconds / len(timeline) / PHASE_SECONDS
    args = ["--routine", GROWTH_ROUTINE, "--start", "--speed", f"{speed:.2f}",
            "--quit-when-done"]
    launched = sandbox.launch(APP_MODULE, args, log_events=True)
    samples: list[Sample] = []
    trouble = ""
    try:
        if listener.wait_for_pid(launched.pid, 60.0) is None:
            return not_measured("rss_growth", label, "MiB", "no window within 60 s",
                                GROWTH_TARGET)
        deadline = time.monotonic() + len(timeline) * PHASE_SECONDS * 2 + 60.0
        while time.monotonic() < deadline and launched.process.poll() is None:
            started, finished = _phases_started(launched)
            if finished:
                break
            samples.append(Sample(time.monotonic() - launched.started, started,
                                  memory(launched.pid).rss))
            trouble = launched.trouble()
            if trouble:
                break
            time.sleep(SAMPLE_SECONDS)
        started, finished = _phases_started(launched)
    finally:
        launched.stop()
    where = f"{len(timeline)} phases at --speed {speed:.1f} (a phase every {PHASE_SECONDS:g} s)"
    if trouble or not finished:
        why = trouble or f"the session did not finish ({started} of {len(timeline)} phases)"
        return not_measured("rss_growth", label, "MiB", f"{where}; {why}", GROWTH_TARGET)
    try:
        settled, end, growth = growth_of(samples)
    except ValueError as exc:
        return not_measured("rss_growth", label, "MiB", f"{where}; {exc}", GROWTH_TARGET)
    return Figure(
        "rss_growth", f"{label} (phase {SETTLED_PHASES} → end)", "MiB", growth,
        target=GROWTH_TARGET,
        note=f"{where}; {settled:.1f} → {end:.1f} MiB",
        detail={"phases": len(timeline), "speed": round(speed, 2),
                "samples": [(round(s.at, 1), s.phases, round(s.rss, 2)) for s in samples]},
    )
