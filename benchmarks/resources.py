"""Memory and CPU: the picker sitting idle and a long hold counting down.

Each scenario is one StretchDesk process driven from its command line. The X server's
and the sound server's CPU over the same window are kept in the JSON detail: a repaint
or a sound stream costs there too, not only in the app.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.figures import Figure, Target, not_measured
from benchmarks.floor_window import READY_LINE
from benchmarks.launched import Launched
from benchmarks.procstats import Memory, cpu_over, memory
from benchmarks.sandbox import (
    APP_MODULE,
    BASELINE_MODULE,
    FLOOR_MODULE,
    RoutineItemSpec,
    Sandbox,
)
from benchmarks.xserver import MapListener

RSS_TARGET = Target(1.5, on_ratio=True)
FLOOR_TARGET = Target(1.25, on_ratio=True)  # a session beside the window with chimes and voice
IDLE_TARGET = Target(0.05)  # "0 %": under 0.05 % of a core, i.e. at most a tick per 20 s
HOLD_TARGET = Target(1.0)
LONG_HOLD_ROUTINE = "bench-long-hold"
SETTLE_SECONDS = 2.0  # after a phase starts: its chime, caption and pose change are done


@dataclass(frozen=True)
class Durations:
    """How long the benchmark lets things run (shorter with --quick)."""

    picker_wait: float = 10.0
    cpu_window: float = 30.0
    tray_window: float = 60.0  # waiting in the tray: a minute, the longest the timer sleeps


@dataclass
class Helpers:
    """Other processes whose CPU is worth seeing beside the app's (pid by name)."""

    pids: dict[str, int] = field(default_factory=dict)


def cpu_detail(window: dict[int, float], helpers: Helpers) -> dict[str, object]:
    """The helpers' CPU over a window, for a figure's JSON detail."""
    return {f"{name}_cpu_percent": round(window[pid], 3)
            for name, pid in helpers.pids.items() if pid in window}


def _window_of(launched: Launched, listener: MapListener) -> bool:
    return listener.wait_for_pid(launched.pid, 60.0) is not None


def session_running(sandbox: Sandbox, routine_id: str, speed: float,
                    listener: MapListener, kind: str | None) -> tuple[Launched, str]:
    """Starts a session and waits for its first phase of `kind`; says why if it never came."""
    args = ["--routine", routine_id, "--start", "--speed", f"{speed:g}"]
    launched = sandbox.launch(APP_MODULE, args, log_events=True)
    if not _window_of(launched, listener):
        return launched, "no window was mapped within 60 s"
    if launched.wait_for_event("phase_started", timeout=40.0 / speed + 20.0, kind=kind) is None:
        reason = "the app wrote no phase_started to --event-log (no session UI yet)"
        if launched.process.poll() is not None:
            reason = f"the app exited ({launched.process.returncode}): {launched.printed()[-300:]}"
        return launched, reason
    return launched, ""


def picker(sandbox: Sandbox, listener: MapListener, helpers: Helpers,
           durations: Durations) -> tuple[list[Figure], Memory | None]:
    """RSS, PSS and idle CPU of the picker and the baseline, run side by side."""
    app = sandbox.launch(APP_MODULE)
    baseline = sandbox.launch(BASELINE_MODULE)
    try:
        if not (_window_of(app, listener) and _window_of(baseline, listener)):
            why = "no window was mapped within 60 s"
            return [not_measured("rss_picker", "RSS in the picker", "MiB", why, RSS_TARGET),
                    not_measured("cpu_idle", "CPU, picker idle", "%", why, IDLE_TARGET)], None
        time.sleep(durations.picker_wait)
        app_mem, base_mem = memory(app.pid), memory(baseline.pid)
        window = cpu_over([app.pid, baseline.pid, *helpers.pids.values()], durations.cpu_window)
    finally:
        app.stop()
        baseline.stop()
    after = f"after {durations.picker_wait:g} s"
    over = f"over {window.seconds:.0f} s"
    return [
        Figure("rss_picker", f"RSS in the picker, {after}", "MiB", app_mem.rss, base_mem.rss,
               RSS_TARGET),
        Figure("pss_picker", f"PSS in the picker, {after}", "MiB", app_mem.pss, base_mem.pss),
        Figure("cpu_idle", f"CPU, picker idle {over}", "%", window.percent[app.pid],
               window.percent[baseline.pid], IDLE_TARGET,
               detail=cpu_detail(window.percent, helpers)),
    ], base_mem


def hold(sandbox: Sandbox, listener: MapListener, helpers: Helpers, durations: Durations,
         baseline: Memory | None) -> tuple[list[Figure], list[str]]:
    """Memory during a session and CPU while a 120 s hold counts down (at real speed).

    The floor (benchmarks/floor_window.py: the bare window with the same chimes and
    speech engine) runs beside the session and is measured at the same moment. Also
    returns the shared libraries the running session has loaded (for the .venv
    footprint: which parts of PySide6 the app really uses).
    """
    floor = sandbox.launch(FLOOR_MODULE)
    # The app starts once the floor's sounds are ready: both would otherwise start the
    # speech server at the same moment, and the loser of that race has no voice (and
    # ~5 MiB less memory, the voice list it never built).
    floor_missing = _floor_ready(floor) if _window_of(floor, listener) else None
    launched, why = session_running(sandbox, LONG_HOLD_ROUTINE, 1.0, listener, kind="hold")
    try:
        if not why and floor_missing is None:
            why = "the floor window did not map or get its sounds ready within 60 s"
        if why:
            return _hold_not_measured(why), []
        time.sleep(SETTLE_SECONDS)
        window = cpu_over([launched.pid, *helpers.pids.values()], durations.cpu_window)
        crash = launched.trouble() or floor.trouble()
        if crash:
            return _hold_not_measured(crash), []
        mem, floor_mem = memory(launched.pid), memory(floor.pid)
        libraries = loaded_libraries(launched.pid)
        app_missing = _app_missing(launched)
    finally:
        launched.stop()
        floor.stop()
    bare = baseline.rss if baseline else None
    unequal = _unequal_sounds(app_missing, floor_missing or "")
    return [
        Figure("rss_session", "RSS during a session (in a hold), beside the floor", "MiB",
               mem.rss, floor_mem.rss, None if unequal else FLOOR_TARGET,
               note=unequal or "floor: the bare window with the same chimes and speech engine",
               detail={"bare_window_rss": bare, "app_missing": app_missing,
                       "floor_missing": floor_missing}),
        Figure("rss_session_bare", "RSS during a session, beside the bare window", "MiB",
               mem.rss, bare),
        Figure("rss_floor", "RSS of the floor (window + chimes + voice)", "MiB",
               floor_mem.rss, bare, note="what QtMultimedia and the speech engine cost"),
        Figure("pss_session", "PSS during a session (in a hold), beside the floor", "MiB",
               mem.pss, floor_mem.pss),
        Figure("cpu_hold", f"CPU during a hold, over {window.seconds:.0f} s", "%",
               window.percent[launched.pid], target=HOLD_TARGET,
               note=f"window starts {SETTLE_SECONDS:g} s into a 120 s hold",
               detail=cpu_detail(window.percent, helpers)),
    ], libraries


def _floor_ready(floor: Launched, timeout: float = 60.0) -> str | None:
    """What the floor says is missing once its sounds are ready (None: it never said)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and floor.process.poll() is None:
        for line in floor.printed().splitlines():
            if line.startswith(READY_LINE):
                return line[len(READY_LINE):].strip()
        time.sleep(0.05)
    return None


def _app_missing(launched: Launched) -> str:
    """What the app's last sound status said will not be heard ("" when all is heard)."""
    said = [e for e in launched.events() if e.get("event") == "sound"]
    return str(said[-1].get("missing") or "") if said else ""


def _unequal_sounds(app_missing: str, floor_missing: str) -> str:
    """Why the session and the floor cannot be compared ("" when both have the same sounds)."""
    if app_missing == floor_missing:
        return ""
    return (f"not compared: the app's sounds ({app_missing or 'all working'}) differ "
            f"from the floor's ({floor_missing or 'all working'})")


def _hold_not_measured(why: str) -> list[Figure]:
    return [not_measured("rss_session", "RSS during a session", "MiB", why, FLOOR_TARGET),
            not_measured("cpu_hold", "CPU during a hold", "%", why, HOLD_TARGET)]


def write_long_hold(sandbox: Sandbox) -> None:
    """The routine whose first hold lasts 120 s (written before the settings are)."""
    sandbox.write_routine(LONG_HOLD_ROUTINE, [RoutineItemSpec("double-knee-to-chest", 120, 1)])


def loaded_libraries(pid: int) -> list[str]:
    """Paths of the shared objects mapped into a process."""
    found = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and ".so" in parts[5]:
            found.add(parts[5].strip())
    return sorted(found)
