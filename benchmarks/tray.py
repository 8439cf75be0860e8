"""The `tray` part: CPU and memory of a process waiting in the tray with reminders armed.

The harness (benchmarks/tray_harness.py) runs beside a tray host (trayer) and a private
session bus, on the benchmark's Xvfb. "0 %" is the same limit as the idle picker's.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time

from benchmarks.figures import Figure, Target, not_measured
from benchmarks.launched import Launched
from benchmarks.procstats import cpu_over, memory
from benchmarks.resources import IDLE_TARGET, Helpers
from benchmarks.sandbox import Sandbox

HARNESS = "benchmarks.tray_harness"
RSS_TARGET = Target(1.0, on_ratio=True)  # the issue: not above the picker's memory
SETTLE_SECONDS = 2.0
READY_SECONDS = 30.0


def measure_tray(sandbox: Sandbox, helpers: Helpers, seconds: float,
                 picker_rss: float | None) -> list[Figure]:
    """CPU over `seconds` and memory of the harness waiting in the tray."""
    bus_pid, address = _session_bus(sandbox)
    tray_host = _tray_host(sandbox)
    saved = dict(sandbox.env)
    if address:
        sandbox.env["DBUS_SESSION_BUS_ADDRESS"] = address
    launched = sandbox.launch(HARNESS)
    sandbox.env.clear()
    sandbox.env.update(saved)
    try:
        armed = _wait_armed(launched)
        if not armed:
            why = f"the harness did not arm: {launched.printed()[-300:]}"
            return [not_measured("cpu_tray", "CPU, waiting in the tray", "%", why, IDLE_TARGET),
                    not_measured("rss_tray", "RSS in the tray", "MiB", why)]
        time.sleep(SETTLE_SECONDS)
        pids = [launched.pid, *helpers.pids.values()]
        if tray_host is not None:
            pids.append(tray_host.pid)
        window = cpu_over(pids, seconds)
        mem = memory(launched.pid)
    finally:
        launched.stop()
        if tray_host is not None:
            tray_host.terminate()
            tray_host.wait(timeout=5)
        if bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, signal.SIGTERM)
    note = f"harness, not yet the app; {armed}"
    detail: dict[str, object] = {f"{name}_cpu_percent": round(window.percent[pid], 3)
                                 for name, pid in helpers.pids.items()}
    if tray_host is not None:
        detail["trayer_cpu_percent"] = round(window.percent[tray_host.pid], 3)
    return [
        Figure("cpu_tray", f"CPU, waiting in the tray over {window.seconds:.0f} s", "%",
               window.percent[launched.pid], target=IDLE_TARGET, note=note, detail=detail),
        Figure("rss_tray", "RSS waiting in the tray (no window)", "MiB", mem.rss, picker_rss,
               RSS_TARGET if picker_rss else None,
               note="beside the picker's RSS" if picker_rss else "picker part not run"),
        Figure("pss_tray", "PSS waiting in the tray (no window)", "MiB", mem.pss),
    ]


def _wait_armed(launched: Launched) -> str:
    """The harness's `armed …` line, or "" if it exits or stays silent."""
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        for line in launched.printed().splitlines():
            if line.startswith("armed "):
                return line
        if launched.process.poll() is not None:
            return ""
        time.sleep(0.1)
    return ""


def _session_bus(sandbox: Sandbox) -> tuple[int, str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        return 0, ""
    out = subprocess.run([daemon, "--session", "--fork", "--nopidfile", "--print-address=1",
                          "--print-pid=1"], env=sandbox.env, capture_output=True, text=True,
                         timeout=10, check=False)
    parts = out.stdout.split()
    return (int(parts[1]), parts[0]) if out.returncode == 0 and len(parts) >= 2 else (0, "")


def _tray_host(sandbox: Sandbox) -> subprocess.Popen[bytes] | None:
    trayer = shutil.which("trayer")
    if trayer is None:
        return None
    return subprocess.Popen([trayer, "--edge", "top", "--align", "right", "--widthtype",
                             "request", "--height", "32", "--SetDockType", "true"],
                            env=sandbox.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
