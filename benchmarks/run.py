"""Runs every benchmark in one go under a private Xvfb and PulseAudio, and reports.

`python -m benchmarks` (what `make bench` runs) takes about four minutes;
`--quick` (under two minutes) is the smoke check; `--only startup` (or any of PARTS,
comma-separated) measures one figure quickly. Progress goes to stderr, the table to
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

from benchmarks import (
    animation,
    cues,
    editor,
    first_start,
    footprint,
    growth,
    history,
    install,
    resources,
    startup,
    timing,
    tray,
)
from benchmarks.figures import Figure
from benchmarks.procstats import load_average, machine, stolen_seconds
from benchmarks.pulse import PrivatePulse
from benchmarks.report import Run, text_table, update_docs, write_json
from benchmarks.sandbox import REPO, Sandbox
from benchmarks.xserver import MapListener, Xvfb

DEFAULT_JSON = REPO / "benchmarks" / "results" / "latest.json"
DOCS = REPO / "docs" / "performance.md"
# In the table's order.
PARTS = ("startup", "picker", "first-start", "hold", "animation", "growth", "boundaries",
         "cues", "venv", "install", "tray", "history", "editor")


@dataclass(frozen=True)
class Plan:
    """How much of everything to run: the full benchmark or the quick smoke check."""

    warm_runs: int
    cold: bool
    durations: resources.Durations
    boundary_routine: str
    boundary_speed: float
    short_cue_routine: bool
    history_opens: int = 5
    growth_rounds: int = 12  # of the long routine: 12 make about 1,000 phases


# Nine warm starts of each: on a shared 2-core machine single starts of the bare window
# range over ±25 %, and a median of five moved the ratio by ±0.15× from run to run.
FULL = Plan(9, True, resources.Durations(), "hips-and-hamstrings", 20.0, False)
QUICK = Plan(3, False, resources.Durations(picker_wait=3.0, cpu_window=5.0, tray_window=10.0),
             "desk-break", 40.0, True, history_opens=2, growth_rounds=3)


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _write_routines(sandbox: Sandbox, plan: Plan) -> None:
    resources.write_long_hold(sandbox)
    cues.write_cue_routine(sandbox, plan.short_cue_routine)
    growth.write_growth_routine(sandbox, plan.growth_rounds)


def parse_parts(text: str) -> tuple[str, ...]:
    """`--only`'s NAME[,NAME]: the parts to run, in the table's order."""
    names = {name.strip() for name in text.split(",") if name.strip()}
    unknown = sorted(names - set(PARTS))
    if not names:
        raise argparse.ArgumentTypeError(f"name at least one of {', '.join(PARTS)}")
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown part {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    return tuple(part for part in PARTS if part in names)


def measure(plan: Plan, sandbox: Sandbox, listener: MapListener, helpers: resources.Helpers,
            audio_problem: str | None, parts: Sequence[str] = PARTS,
            display: str = "") -> tuple[list[Figure], list[str]]:
    """Every figure of the table (or of the chosen `parts`), in the order it is printed."""
    notes: list[str] = []
    figures: list[Figure] = []
    settings = sandbox.write_settings()
    baseline_memory = None
    libraries: list[str] = []
    if "startup" in parts:
        _say(f"first window: {plan.warm_runs} warm runs{' and a cold one' if plan.cold else ''}")
        result = startup.measure_startup(sandbox, listener, plan.warm_runs, plan.cold)
        figures += startup.startup_figures(result)
    if "picker" in parts:
        _say("picker: memory and idle CPU, beside the baseline")
        picker, baseline_memory = resources.picker(sandbox, listener, helpers, plan.durations)
        figures += picker
    if "first-start" in parts:
        _say("first start: Enter to the first frame, with sound and without a server")
        server = sandbox.env.get("PULSE_SERVER") if audio_problem is None else None
        figures += first_start.measure_first_start(sandbox, listener, display, server,
                                                   plan.warm_runs)
    if "hold" in parts:
        _say("session: memory and CPU in a 120 s hold")
        held, libraries = resources.hold(sandbox, listener, helpers, plan.durations,
                                         baseline_memory)
        figures += held
        if baseline_memory is None:
            notes.append("Session memory has no baseline: the picker part did not run.")
    if "animation" in parts:
        _say("session: CPU while poses animate")
        figures += animation.measure_animation(sandbox, listener, helpers, plan.durations,
                                               settings)
    if "growth" in parts:
        _say("session: memory over a long routine, a phase every 0.25 s")
        figures.append(growth.measure_growth(sandbox, listener, settings))
    if "boundaries" in parts:
        _say(f"phase boundaries: {plan.boundary_routine} at --speed {plan.boundary_speed:g}")
        figures += timing.measure_boundaries(sandbox, settings, plan.boundary_routine,
                                             plan.boundary_speed)
    if "cues" in parts:
        _say("cue latency: chimes only, a phase every 2 s")
        figures += cues.measure_cues(sandbox, audio_problem)
    if "venv" in parts:
        _say(".venv footprint")
        figures.append(footprint.venv_footprint(Path(sandbox.python).parents[1], libraries))
        if "hold" not in parts:
            notes.append("Addons in use: not known, the hold part did not run.")
        elif not libraries:
            notes.append("Addons in use: not known until a session runs (no session UI yet).")
    if "install" in parts:
        _say("pip install of the wheel into fresh venvs")
        figures += install.install_sizes(sandbox.python)
    if "tray" in parts:
        _say(f"tray: the app in the tray, CPU over {plan.durations.tray_window:g} s, memory")
        picker_rss = next((f.value for f in figures if f.key == "rss_picker"), None)
        figures += tray.measure_tray(sandbox, listener, helpers, plan.durations.tray_window,
                                     picker_rss)
    if "history" in parts:
        _say(f"history: commits per phase, and the screen over ten years ({plan.history_opens}x)")
        figures += history.history_figures(history.measure_history(sandbox, plan.history_opens))
    if "editor" in parts:
        _say(f"routine editor: opening with {editor.OWN_ROUTINES} own routines, filtering")
        figures += editor.measure_editor(sandbox)
    return figures, notes


def run(plan: Plan, quick: bool, python: str, keep: bool = False,
        parts: Sequence[str] = PARTS) -> Run:
    """Starts the servers, measures everything, and always cleans up after itself."""
    load_before, stolen_before, started = load_average(), stolen_seconds(), time.monotonic()
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
        figures, notes = measure(plan, sandbox, listener, helpers, audio_problem, parts,
                                 display)
        if tuple(parts) != PARTS:
            notes.append(f"Only part of the benchmark ran: {', '.join(parts)}.")
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
    notes.append(_stolen_note(stolen_seconds() - stolen_before, time.monotonic() - started))
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return Run(date, machine(python), load_before, load_average(), quick, figures, notes)


def _stolen_note(stolen: float, elapsed: float) -> str:
    """How much CPU time the host took during the run (steal), to read timings beside."""
    share = 100.0 * stolen / (elapsed * (os.cpu_count() or 1)) if elapsed > 0 else 0.0
    return (f"The host took {stolen:.1f} s of CPU time from this machine's cores during the "
            f"run's {elapsed:.0f} s ({share:.1f} % of their time; steal in /proc/stat).")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m benchmarks [--quick] [--only NAME[,NAME]] [--json PATH] [--write-docs]`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short smoke run (< 2 min)")
    parser.add_argument("--only", type=parse_parts, default=PARTS, metavar="NAME[,NAME]",
                        help=f"run only these parts ({', '.join(PARTS)}); the JSON is "
                             "then written only where --json says")
    parser.add_argument("--json", type=Path, default=None,
                        help="where to write JSON (default benchmarks/results/latest.json)")
    parser.add_argument("--write-docs", action="store_true",
                        help="also put the table into docs/performance.md")
    parser.add_argument("--python", default=sys.executable, metavar="PATH",
                        help="run StretchDesk and the baseline with this interpreter (its "
                             "venv is the one sized), e.g. to try another PySide6")
    parser.add_argument("--keep", action="store_true",
                        help="keep the sandbox folder (event logs, app output) for a look")
    args = parser.parse_args(argv)
    partial = tuple(args.only) != PARTS
    started = time.monotonic()
    result = run(QUICK if args.quick else FULL, args.quick, args.python, args.keep, args.only)
    print(text_table(result))
    # A partial run must not replace the full run's JSON that is kept in the repository.
    json_path = args.json if args.json is not None or partial else DEFAULT_JSON
    if json_path is not None:
        write_json(result, json_path)
        _say(f"wrote {json_path} in {time.monotonic() - started:.0f} s")
    else:
        _say(f"done in {time.monotonic() - started:.0f} s (no JSON: --only without --json)")
    if args.write_docs and (args.quick or partial):
        _say("docs/performance.md keeps full runs only: not updated from --quick or --only")
    elif args.write_docs:
        update_docs(result, DOCS)
        _say(f"updated {DOCS}")
    return 0
