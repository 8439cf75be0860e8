"""CPU while poses animate, beside the same phases with a figure that never moves.

The animation run plays the preset with the most phases sped up so that a phase starts
every 1.5 s, so the pose moves again and again. The still run plays the same routine at
the same speed with reduced motion: each new pose is drawn once, in place. Everything
else a phase costs is in both runs: the countdown ring and the clock at the sped-up
pace, each phase's words, chimes and voice. So the still run is the floor under the
animation figure, and the difference between the two is what the movement costs.
"""

from __future__ import annotations

from dataclasses import replace

from benchmarks.figures import Figure, Target, not_measured
from benchmarks.procstats import CpuWindow, cpu_over
from benchmarks.resources import Durations, Helpers, cpu_detail, session_running
from benchmarks.sandbox import Sandbox
from benchmarks.xserver import MapListener
from stretchdesk.core.settings import Motion, Settings, SoundMode

ANIMATION_TARGET = Target(5.0)  # issue 22: a pose moving every 1.5 s costs at most 5 % of a core
ANIMATION_ROUTINE = "hips-and-hamstrings"  # the preset with the most phases
ANIMATION_PHASE_SECONDS = 1.5


def _run(sandbox: Sandbox, listener: MapListener, helpers: Helpers, durations: Durations,
         speed: float) -> tuple[CpuWindow | None, int, str]:
    """One run: the CPU window, how many phases started, and what went wrong ("" if not)."""
    launched, why = session_running(sandbox, ANIMATION_ROUTINE, speed, listener, kind=None)
    try:
        if why:
            return None, 0, why
        window = cpu_over([launched.pid, *helpers.pids.values()], durations.cpu_window)
        changes = sum(1 for e in launched.events() if e.get("event") == "phase_started")
        trouble = launched.trouble()
    finally:
        launched.stop()
    return (None if trouble else window), changes, trouble


def _app_pid(window: CpuWindow, helpers: Helpers) -> int:
    """The one process in a CPU window that is not a helper: the app."""
    return next(pid for pid in window.percent if pid not in helpers.pids.values())


def measure_animation(sandbox: Sandbox, listener: MapListener, helpers: Helpers,
                      durations: Durations, settings: Settings) -> list[Figure]:
    """The animation figure and its still floor; `settings` are saved again at the end.

    If the app stalls with its sound on, the runs are repeated with sound off (the note
    says so): the figures are about drawing, and the stall is reported where it belongs.
    """
    timeline = sandbox.timeline(ANIMATION_ROUTINE, settings)
    speed = timeline.total_seconds / len(timeline) / ANIMATION_PHASE_SECONDS
    label = f"CPU, pose animation (phase every {ANIMATION_PHASE_SECONDS:g} s)"
    still_label = "CPU, the same phases with reduced motion (the figure never moves)"
    note = f"{ANIMATION_ROUTINE} at --speed {speed:.1f}"
    played = settings
    try:
        window, changes, trouble = _run(sandbox, listener, helpers, durations, speed)
        if window is None and changes:
            note += (f"; with sound on {trouble} ({changes} phase{'s' if changes > 1 else ''}"
                     " in), so these runs had sound off")
            played = sandbox.save_settings(replace(settings, sound_mode=SoundMode.SILENT))
            window, changes, trouble = _run(sandbox, listener, helpers, durations, speed)
        if window is None:
            return [not_measured("cpu_animation", label, "%", trouble, ANIMATION_TARGET),
                    not_measured("cpu_animation_still", still_label, "%", trouble)]
        moving = Figure("cpu_animation", label, "%", window.percent[_app_pid(window, helpers)],
                        target=ANIMATION_TARGET, note=f"{note}; {changes} phases started",
                        detail=cpu_detail(window.percent, helpers))
        sandbox.save_settings(replace(played, motion=Motion.REDUCED))
        still_window, still_changes, still_trouble = _run(sandbox, listener, helpers,
                                                          durations, speed)
    finally:
        sandbox.save_settings(settings)
    if still_window is None:
        return [moving, not_measured("cpu_animation_still", still_label, "%", still_trouble)]
    still = Figure("cpu_animation_still", still_label, "%",
                   still_window.percent[_app_pid(still_window, helpers)],
                   note=(f"the row above with Motion set to Reduced: each new pose drawn once; "
                         f"{still_changes} phases started"),
                   detail=cpu_detail(still_window.percent, helpers))
    return [moving, still]


__all__ = ["ANIMATION_PHASE_SECONDS", "ANIMATION_ROUTINE", "ANIMATION_TARGET",
           "measure_animation"]
