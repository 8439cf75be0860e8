"""Runs every benchmark in one go under a private Xvfb and PulseAudio, and reports.

`python -m benchmarks` (what `make bench` runs) takes about four minutes;
`--quick` (under two minutes) is the smoke check. Progress goes to stderr, the table to
stdout, the JSON to benchmarks/results/latest.json (or --json PATH).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import cues, footprint, resources, startup, timing
from benchmarks.figures import Figure
from benchmarks.procstats import load_average, machine
from benchmarks.pulse import PrivatePulse
from benchmarks.report import Run, text_table, update_docs, write_json
from benchmarks.sandbox import REPO, Sandbox
from benchmarks.xserver import MapListener, Xvfb

DEFAULT_JSON = REPO / "benchmarks" / "results" / "latest.json"
DOCS = REPO / "docs" / "performance.md"


@dataclass(frozen=True)
class Plan:
    """How much of everything to run: the full benchmark or the quick smoke check."""

    warm_runs: int
    cold: bool
    durations: resources.Durations
    boundary_routine: str
    boundary_speed: float
    short_cue_routine: bool


FULL = Plan(5, True, resources.Durations(), "hips-and-hamstrings", 20.0, False)
QUICK = Plan(3, False, resources.Durations(picker_wait=3.0, cpu_window=5.0),
             "desk-break", 40.0, True)


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _write_routines(sandbox: Sandbox, plan: Plan) -> None:
    resources.write_long_hold(sandbox)
    cues.write_cue_routine(sandbox, plan.short_cue_routine)


def measure(plan: Plan, sandbox: Sandbox, listener: MapListener, helpers: resources.Helpers,
            audio_problem: str | None) -> tuple[list[Figure], list[str]]:
    """Every figure of the table, in the order it is printed."""
    notes: list[str] = []
    settings = sandbox.write_settings()
    _say(f"first window: {plan.warm_runs} warm runs{' and a cold one' if plan.cold else ''}")
    result = startup.measure_startup(sandbox, listener, plan.warm_runs, plan.cold)
    figures = startup.startup_figures(result)
    _say("picker: memory and idle CPU, beside the baseline")
    picker, baseline_memory = resources.picker(sandbox, listener, helpers, plan.durations)
    figures += picker
    _say("session: memory and CPU in a 120 s hold")
    held, libraries = resources.hold(sandbox, listener, helpers, plan.durations, baseline_memory)
    figures += held
    _say("session: CPU while poses animate")
    figures.append(resources.animation(sandbox, listener, helpers, plan.durations, settings))
    _say(f"phase boundaries: {plan.boundary_routine} at --speed {plan.boundary_speed:g}")
    figures += timing.measure_boundaries(sandbox, settings, plan.boundary_routine,
                                         plan.boundary_speed)
    _say("cue latency: chimes only, a phase every 2 s")
    figures += cues.measure_cues(sandbox, audio_problem)
    _say(".venv footprint")
    figures.append(footprint.venv_footprint(Path(sandbox.python).parents[1], libraries))
    if not libraries:
        notes.append("Addons in use: not known until a session runs (no session UI yet).")
    return figures, notes


def run(plan: Plan, quick: bool, python: str, keep: bool = False) -> Run:
    """Starts the servers, measures everything, and always cleans up after itself."""
    load_before = load_average()
    xvfb = Xvfb()
    display = xvfb.start()
    _say(f"Xvfb on {display}")
    sandbox = Sandbox(display, None, python)
    pulse = PrivatePulse(sandbox.root / "pulse")
    listener: MapListener | None = None
    try:
        audio_problem = pulse.start()
        if audio_problem is None:
            sandbox.env["PULSE_SERVER"] = pulse.server
            os.environ["PULSE_SERVER"] = pulse.server  # for parec, run from this process
        else:
            _say(f"no sound server: {audio_problem}")
        listener = MapListener(display)
        _write_routines(sandbox, plan)
        helpers = resources.Helpers({"xvfb": xvfb.pid})
        if pulse.pid is not None:
            helpers.pids["pulseaudio"] = pulse.pid
        figures, notes = measure(plan, sandbox, listener, helpers, audio_problem)
        if python != sys.executable:
            notes.append(f"Processes ran under {python}, not the project's .venv.")
    finally:
        if listener is not None:
            listener.close()
        for pid in sandbox.leftover_pids():  # e.g. a speech-dispatcher a session spawned
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        pulse.stop()
        xvfb.stop()
        if keep:
            _say(f"kept {sandbox.root} (event logs and app output in logs/)")
        else:
            sandbox.remove()
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return Run(date, machine(python), load_before, load_average(), quick, figures, notes)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m benchmarks [--quick] [--json PATH] [--write-docs]`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short smoke run (< 2 min)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write JSON")
    parser.add_argument("--write-docs", action="store_true",
                        help="also put the table into docs/performance.md")
    parser.add_argument("--python", default=sys.executable, metavar="PATH",
                        help="run StretchDesk and the baseline with this interpreter (its "
                             "venv is the one sized), e.g. to try another PySide6")
    parser.add_argument("--keep", action="store_true",
                        help="keep the sandbox folder (event logs, app output) for a look")
    args = parser.parse_args(argv)
    started = time.monotonic()
    result = run(QUICK if args.quick else FULL, args.quick, args.python, args.keep)
    print(text_table(result))
    write_json(result, args.json)
    _say(f"wrote {args.json} in {time.monotonic() - started:.0f} s")
    if args.write_docs and args.quick:
        _say("docs/performance.md keeps full runs only: not updated from --quick")
    elif args.write_docs:
        update_docs(result, DOCS)
        _say(f"updated {DOCS}")
    return 0
