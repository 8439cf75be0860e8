"""Time from process start to its first window being mapped, StretchDesk beside the baseline.

The clock starts just before fork (Popen) and stops when the X server reports the
MapNotify of a window carrying the process's _NET_WM_PID. Runs alternate between the
app, the baseline and the app in French, so all see the same load from the rest of the
machine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from benchmarks.figures import Figure, Target, median, not_measured
from benchmarks.procstats import drop_page_cache
from benchmarks.sandbox import APP_MODULE, BASELINE_MODULE, Sandbox
from benchmarks.xserver import MapListener

WINDOW_TIMEOUT = 60.0
FIRST_WINDOW = Target(1.5, on_ratio=True)


@dataclass(frozen=True)
class StartupResult:
    """Milliseconds to the first mapped window, per run (None: no window appeared)."""

    app_warm: list[float]
    baseline_warm: list[float]
    french_warm: list[float]  # the app with LANG=fr_FR.UTF-8: French strings and content
    app_cold: float | None
    baseline_cold: float | None
    cold_note: str


FRENCH = {"LANG": "fr_FR.UTF-8"}


def _time_to_window(sandbox: Sandbox, listener: MapListener, module: str,
                    env: Mapping[str, str] | None = None) -> float | None:
    launched = sandbox.launch(module, env=env)
    try:
        mapped = listener.wait_for_pid(launched.pid, WINDOW_TIMEOUT)
    finally:
        launched.stop()
    return None if mapped is None else (mapped - launched.started) * 1000.0


def measure_startup(sandbox: Sandbox, listener: MapListener, warm_runs: int,
                    cold: bool) -> StartupResult:
    """Cold runs first (each after dropping the page cache), then warm runs, alternating."""
    app_cold = baseline_cold = None
    cold_note = "skipped (--quick)"
    if cold:
        cold_note = drop_page_cache()
        app_cold = _time_to_window(sandbox, listener, APP_MODULE)
        cold_note = drop_page_cache()
        baseline_cold = _time_to_window(sandbox, listener, BASELINE_MODULE)
    app: list[float] = []
    baseline: list[float] = []
    french: list[float] = []
    programs = ((APP_MODULE, None, app), (BASELINE_MODULE, None, baseline),
                (APP_MODULE, FRENCH, french))
    # One unmeasured start of each fills the page cache and Python's bytecode cache.
    for module, env, _runs in programs:
        _time_to_window(sandbox, listener, module, env)
    for _ in range(warm_runs):
        for module, env, runs in programs:
            elapsed = _time_to_window(sandbox, listener, module, env)
            if elapsed is not None:
                runs.append(elapsed)
    return StartupResult(app, baseline, french, app_cold, baseline_cold, cold_note)


def startup_figures(result: StartupResult) -> list[Figure]:
    """The warm median (with target) and the cold run (for context)."""
    if not result.app_warm or not result.baseline_warm:
        return [not_measured("first_window_warm", "First window, warm median", "ms",
                             "no window was mapped within 60 s", FIRST_WINDOW)]
    figures = [
        Figure("first_window_warm", f"First window, warm median of {len(result.app_warm)}", "ms",
               median(result.app_warm), median(result.baseline_warm), FIRST_WINDOW,
               detail={"app_runs_ms": [round(v, 1) for v in result.app_warm],
                       "baseline_runs_ms": [round(v, 1) for v in result.baseline_warm]}),
    ]
    if result.french_warm:
        figures.append(Figure(
            "first_window_french", f"First window in French, warm median of "
            f"{len(result.french_warm)}", "ms", median(result.french_warm),
            median(result.baseline_warm), FIRST_WINDOW, note="LANG=fr_FR.UTF-8 (issue 19)",
            detail={"app_runs_ms": [round(v, 1) for v in result.french_warm]}))
    if result.app_cold is not None:
        figures.append(Figure("first_window_cold", "First window, cold", "ms", result.app_cold,
                              result.baseline_cold, note=result.cold_note))
    else:
        figures.append(not_measured("first_window_cold", "First window, cold", "ms",
                                    result.cold_note))
    return figures
