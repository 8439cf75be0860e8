"""The `tray` part: the real app waiting in the tray with reminders armed, CPU and memory.

Two StretchDesk processes, side by side over the same window: one opened as a person
opens it, its window then closed with the window system's close request (it stays in
the tray: reminders are on), and one started as the login entry starts it (`--tray`,
the window never shown). Both have a routine reminder three hours away and the desk
break armed, beside a tray host (trayer), a notification server (dunst) and a private
session bus on the benchmark's Xvfb. "0 %" is the idle picker's limit; memory is held
against the picker's, which the issue names.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.figures import Figure, Target, not_measured
from benchmarks.launched import Launched
from benchmarks.procstats import Memory, cpu_over, memory
from benchmarks.resources import IDLE_TARGET, Helpers
from benchmarks.sandbox import APP_MODULE, LEVEL, Sandbox
from benchmarks.xserver import MapListener
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore

RSS_TARGET = Target(1.0, on_ratio=True)  # the issue: not above the picker's memory
SETTLE_SECONDS = 2.0
READY_SECONDS = 30.0
WARNING_SIGNS_KEY = "safety/warning-signs-read"  # ui/first_start.py: read once, not asked


def measure_tray(sandbox: Sandbox, listener: MapListener, helpers: Helpers, seconds: float,
                 picker_rss: float | None) -> list[Figure]:
    """CPU over `seconds` and memory of the app in the tray: window closed, and --tray."""
    bus_pid, address = _session_bus(sandbox)
    saved = dict(sandbox.env)
    sandbox.env["STRETCHDESK_CONFIG_DIR"] = str(_tray_config(sandbox))
    sandbox.env["STRETCHDESK_DATA_DIR"] = str(_tray_data(sandbox))
    if address:
        sandbox.env["DBUS_SESSION_BUS_ADDRESS"] = address
    hosts = {name: p for name, p in (
        ("trayer", _start(sandbox, "trayer", "--edge", "top", "--align", "right", "--widthtype",
                          "request", "--height", "32", "--SetDockType", "true")),
        ("dunst", _start(sandbox, "dunst") if address else None)) if p is not None}
    closed = sandbox.launch(APP_MODULE, log_events=True)
    quiet = sandbox.launch(APP_MODULE, ["--tray"], log_events=True)
    sandbox.env.clear()
    sandbox.env.update(saved)
    try:
        why = _close_into_tray(closed, listener) or _armed(quiet)
        if why:
            return [not_measured("cpu_tray", "CPU, waiting in the tray", "%", why, IDLE_TARGET),
                    not_measured("rss_tray", "RSS in the tray", "MiB", why, RSS_TARGET)]
        time.sleep(SETTLE_SECONDS)
        pids = [closed.pid, quiet.pid, *helpers.pids.values(), *(p.pid for p in hosts.values())]
        window = cpu_over(pids, seconds)
        mem_closed, mem_quiet = memory(closed.pid), memory(quiet.pid)
        armed = closed.wait_for_event("reminders", 0.1) or {}
    finally:
        for launched in (closed, quiet):
            launched.stop()
        for host in hosts.values():
            host.terminate()
            host.wait(timeout=5)
        if bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, signal.SIGTERM)
    detail: dict[str, object] = {f"{name}_cpu_percent": round(window.percent[pid], 3)
                                 for name, pid in helpers.pids.items()}
    for name, host in hosts.items():
        detail[f"{name}_cpu_percent"] = round(window.percent[host.pid], 3)
    detail["reminders"] = {k: v for k, v in armed.items() if k not in ("t", "event")}
    note = (f"window closed into the tray; tray {armed.get('tray', '?')}, notifications "
            f"{armed.get('notifications', '?')}")
    return [
        Figure("cpu_tray", f"CPU, in the tray with the window closed, over {window.seconds:.0f} s",
               "%", window.percent[closed.pid], target=IDLE_TARGET, note=note, detail=detail),
        Figure("cpu_tray_login", f"CPU, started with --tray, over {window.seconds:.0f} s", "%",
               window.percent[quiet.pid], target=IDLE_TARGET, note="the login entry's start"),
        *_memory_figures("rss_tray", "the window closed", mem_closed, picker_rss),
        *_memory_figures("rss_tray_login", "started with --tray", mem_quiet, picker_rss),
    ]


def _memory_figures(key: str, how: str, mem: Memory, picker_rss: float | None) -> list[Figure]:
    note = "beside the picker's RSS" if picker_rss else "picker part not run"
    return [Figure(key, f"RSS in the tray, {how}", "MiB", mem.rss, picker_rss,
                   RSS_TARGET if picker_rss else None, note=note),
            Figure(key.replace("rss", "pss"), f"PSS in the tray, {how}", "MiB", mem.pss)]


def _tray_config(sandbox: Sandbox) -> Path:
    """A config folder of its own: reminders armed, warning signs and cautions seen."""
    from PySide6.QtCore import QSettings

    config = sandbox.root / "tray-config"
    config.mkdir(exist_ok=True)
    library = sandbox.library()
    later = (datetime.now() + timedelta(hours=3)).time().replace(second=0, microsecond=0)
    reminders = ReminderSettings(
        routines=(RoutineReminder("morning-stiffness", later, EVERY_DAY),),
        desk_break=DeskBreak(enabled=True))
    SettingsStore(config, clock=time.time).save(Settings(
        level=LEVEL, hidden_cautions=frozenset(library.routines), reminders=reminders))
    if library.safety is not None:
        state = QSettings(str(config / "window.ini"), QSettings.Format.IniFormat)
        state.setValue(WARNING_SIGNS_KEY, library.safety.fingerprint)
        state.sync()
    return config


def _tray_data(sandbox: Sandbox) -> Path:
    """A data folder of its own: the routines the picker had, and no history.

    The parts before this one leave sessions cut short in the shared history, and a start
    that finds one asks whether to resume it: the app would be measured with that question
    open, not in the state the picker was measured in.
    """
    data = sandbox.root / "tray-data"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(sandbox.data / "routines", data / "routines")
    return data


def _close_into_tray(launched: Launched, listener: MapListener) -> str:
    """Waits for the window and the reminders, then closes the window; why not, or ""."""
    if listener.wait_for_pid(launched.pid, 60.0) is None:
        return "no window was mapped within 60 s"
    why = _armed(launched)
    if why:
        return why
    listener.close_window(launched.pid)
    time.sleep(SETTLE_SECONDS)
    if launched.process.poll() is not None:
        return "the app quit when its window was closed (it should stay in the tray)"
    return ""


def _armed(launched: Launched) -> str:
    if launched.wait_for_event("reminders", READY_SECONDS) is None:
        said = launched.trouble() or launched.printed()[-300:]
        return f"the app never armed its reminders: {said}"
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


def _start(sandbox: Sandbox, program: str, *args: str) -> subprocess.Popen[bytes] | None:
    path = shutil.which(program)
    if path is None:
        return None
    return subprocess.Popen([path, *args], env=sandbox.env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
