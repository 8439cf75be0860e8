"""The first start of a session: Enter on the routine list to its first frame on screen.

The app opens on the routine list and gets its sounds ready in the background. Each run
waits until they are (the "sound" line of --event-log), presses Enter in the window
(xdotool: the X server's own test input), and reads in the log when the app heard the
key ("start_requested") and when the first Starting-position frame was painted ("frame"
of phase 0, written after the paint). The same clock runs in both processes.

Measured with a private PulseAudio and chimes and voice, and with no sound server at all
(PULSE_SERVER at a socket nobody listens on). Beside them, for context: Enter pressed
as soon as the window shows (the start may have to get ready first), `--start` with no
sound server (no wait for sounds that cannot load), and the memory of the routine list
once the sounds are ready, beside the bare window's (the sounds load after the first
paint, so the list holds them: docs/performance.md).
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass

from benchmarks.figures import Figure, Target, median, not_measured
from benchmarks.launched import Event, Launched, number
from benchmarks.procstats import memory
from benchmarks.sandbox import APP_MODULE, BASELINE_MODULE, Sandbox
from benchmarks.xserver import MapListener
from stretchdesk.core.history.database import FILE_NAME as HISTORY_FILE

ENTER_TARGET = Target(300.0)  # ms from Enter to the first Starting-position frame, warm
RSS_TARGET = Target(1.5, on_ratio=True)
ROUTINE = "desk-break"
READY_TIMEOUT = 60.0
FRAME_TIMEOUT = 20.0  # after Enter: the start waits 3 s at most for its sounds
SETTLE_SECONDS = 1.0  # after the sounds are ready: the app is idle in the picker
NO_SERVER = "unix:/nonexistent/stretchdesk-bench/pulse"


@dataclass(frozen=True)
class EnterRun:
    """One press of Enter: ms from the key reaching the app (and from sending it) to the frame."""

    app_ms: float
    sent_ms: float
    ready_after_map_ms: float | None  # when the sounds were ready, after the window showed
    rss: float | None  # MiB in the picker with the sounds ready, just before Enter


def _first(events: list[Event], name: str, index: int | None = None) -> Event | None:
    for event in events:
        if event.get("event") == name and (index is None or event.get("index") == index):
            return event
    return None


def _press_enter(launched: Launched, display: str) -> float:
    """Focuses the app's window and types Enter; returns the instant it was sent."""
    env = {"DISPLAY": display, "PATH": "/usr/bin:/bin"}
    found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                            str(launched.pid)], capture_output=True, text=True, timeout=30,
                           env=env, check=False)
    windows = found.stdout.split()
    if windows:
        subprocess.run(["xdotool", "windowfocus", "--sync", windows[0]], env=env, timeout=30,
                       check=False)
    sent = time.monotonic()
    subprocess.run(["xdotool", "key", "Return"], env=env, timeout=30, check=False)
    return sent


def _one_enter(sandbox: Sandbox, listener: MapListener, display: str,
               wait_for_sounds: bool) -> EnterRun | str:
    """Opens the app, (waits for its sounds,) presses Enter and times the first frame."""
    _forget_sessions(sandbox)
    launched = sandbox.launch(APP_MODULE, ["--routine", ROUTINE], log_events=True)
    try:
        mapped = listener.wait_for_pid(launched.pid, 60.0)
        if mapped is None:
            return "no window was mapped within 60 s"
        ready_after = None
        rss = None
        if wait_for_sounds:
            sound = launched.wait_for_event("sound", READY_TIMEOUT)
            if sound is None:
                return "the sounds never got ready (no 'sound' line)"
            ready_after = (number(sound, "t") - mapped) * 1000.0
            time.sleep(SETTLE_SECONDS)
            rss = memory(launched.pid).rss
        sent = _press_enter(launched, display)
        if launched.wait_for_event("frame", FRAME_TIMEOUT) is None:
            return f"no first frame after Enter: {launched.trouble() or launched.printed()[-200:]}"
        events = launched.events()
    finally:
        launched.stop()
    asked, frame = _first(events, "start_requested"), _first(events, "frame", 0)
    if asked is None or frame is None:
        return "the event log lacks start_requested or the frame of phase 0"
    shown = number(frame, "t")
    return EnterRun((shown - number(asked, "t")) * 1000.0, (shown - sent) * 1000.0,
                    ready_after, rss)


def _start_option(sandbox: Sandbox, listener: MapListener) -> tuple[float, float] | str:
    """`--start`: ms from fork to the window, and to the first frame of the session."""
    _forget_sessions(sandbox)
    launched = sandbox.launch(APP_MODULE, ["--routine", ROUTINE, "--start"], log_events=True)
    try:
        mapped = listener.wait_for_pid(launched.pid, 60.0)
        frame = launched.wait_for_event("frame", READY_TIMEOUT)
    finally:
        launched.stop()
    if mapped is None or frame is None:
        return "no window or no first frame"
    return (mapped - launched.started) * 1000.0, (number(frame, "t") - launched.started) * 1000.0


def _baseline_rss(sandbox: Sandbox, listener: MapListener) -> float | None:
    launched = sandbox.launch(BASELINE_MODULE)
    try:
        if listener.wait_for_pid(launched.pid, 60.0) is None:
            return None
        time.sleep(SETTLE_SECONDS + 2.0)
        return memory(launched.pid).rss
    finally:
        launched.stop()


def _enter_figures(key: str, label: str, runs: list[EnterRun | str], target: Target | None,
                   note: str) -> Figure:
    done = [run for run in runs if isinstance(run, EnterRun)]
    if not done:
        why = next((run for run in runs if isinstance(run, str)), "no run")
        return not_measured(key, label, "ms", why, target)
    detail: dict[str, object] = {
        "app_ms": [round(r.app_ms, 1) for r in done],
        "from_sending_the_key_ms": [round(r.sent_ms, 1) for r in done],
    }
    ready = [r.ready_after_map_ms for r in done if r.ready_after_map_ms is not None]
    if ready:
        detail["sounds_ready_after_window_ms"] = [round(v) for v in ready]
    failed = [run for run in runs if isinstance(run, str)]
    if failed:
        detail["failed"] = failed
    return Figure(key, f"{label}, median of {len(done)}", "ms", median([r.app_ms for r in done]),
                  target=target, note=note, detail=detail)


def _forget_sessions(sandbox: Sandbox) -> None:
    """Removes the history: each run is stopped in the middle of its session, and the next
    start would offer to resume that session (a dialog Enter would answer) instead of
    showing the routine list as a first start does."""
    for path in sandbox.data.glob(f"{HISTORY_FILE}*"):
        path.unlink()


def _warning_signs_read(sandbox: Sandbox) -> None:
    """Marks the warning signs as read, as a person has once: else they come first, and
    Enter would answer them instead of starting the routine."""
    from PySide6.QtCore import QSettings

    from stretchdesk.ui.first_start import READ_KEY
    from stretchdesk.ui.window_state import FILE_NAME

    safety = sandbox.library().safety
    if safety is not None:
        state = QSettings(str(sandbox.config / FILE_NAME), QSettings.Format.IniFormat)
        state.setValue(READ_KEY, safety.fingerprint)
        state.sync()


def measure_first_start(sandbox: Sandbox, listener: MapListener, display: str,
                        server: str | None, runs: int) -> list[Figure]:
    """Enter → first frame, with sound and without a server; memory; --start; early Enter."""
    _warning_signs_read(sandbox)
    figures: list[Figure] = []
    baseline = _baseline_rss(sandbox, listener)
    for name, pulse in (("sound", server), ("no_server", NO_SERVER)):
        if pulse is None:
            figures.append(not_measured(f"enter_{name}", "Enter to first frame", "ms",
                                        "no private PulseAudio", ENTER_TARGET))
            continue
        sandbox.env["PULSE_SERVER"] = pulse
        _one_enter(sandbox, listener, display, True)  # unmeasured: fills the caches
        warm = [_one_enter(sandbox, listener, display, True) for _ in range(runs)]
        where = ("chimes and voice, private PulseAudio" if name == "sound"
                 else "no sound server (PULSE_SERVER at a dead socket)")
        figures.append(_enter_figures(f"enter_{name}", "Enter to first frame, sounds ready",
                                      warm, ENTER_TARGET, where))
        rss = [run.rss for run in warm if isinstance(run, EnterRun) and run.rss is not None]
        if rss:
            figures.append(Figure(f"rss_picker_ready_{name}",
                                  "RSS in the picker, sounds ready", "MiB", median(rss),
                                  baseline, RSS_TARGET, note=where))
        early = [_one_enter(sandbox, listener, display, False)
                 for _ in range(max(1, runs // 2))]
        figures.append(_enter_figures(f"enter_early_{name}",
                                      "Enter as the window shows, to first frame", early, None,
                                      f"{where}; includes getting ready"))
        if name == "no_server":
            started = _start_option(sandbox, listener)
            if isinstance(started, str):
                figures.append(not_measured("start_no_server", "--start, no server", "ms",
                                            started))
            else:
                window, frame = started
                figures.append(Figure("start_no_server", "--start with no sound server: "
                                      "first session frame", "ms", frame, window,
                                      note="baseline column: the window's own first map"))
    if server is not None:
        sandbox.env["PULSE_SERVER"] = server
    return figures
