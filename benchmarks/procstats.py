"""What a process costs, read from /proc: memory, CPU time, and what the machine is.

CPU is utime + stime of /proc/PID/stat (every thread, including ones that have ended),
in clock ticks of 1/100 s: over a 30 s window one tick is 0.03 % of a core, which is
the resolution of the "0 % idle" figure.
"""

from __future__ import annotations

import os
import platform
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Memory:
    """Resident and proportional set size of one process, in MiB."""

    rss: float
    pss: float


def memory(pid: int) -> Memory:
    """RSS and PSS from /proc/PID/smaps_rollup (PSS shares libraries fairly)."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("Rss:", "Pss:"):
            fields[parts[0]] = int(parts[1]) / 1024
    return Memory(rss=fields["Rss:"], pss=fields["Pss:"])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far, in seconds."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name (field 2) may hold spaces; the fields after it are plain.
    rest = stat[stat.rindex(")") + 2 :].split()
    return (int(rest[11]) + int(rest[12])) / _TICKS


@dataclass(frozen=True)
class CpuWindow:
    """CPU use of some processes over one stretch of wall time."""

    seconds: float
    percent: dict[int, float]  # pid -> % of one core


def cpu_over(pids: Sequence[int], seconds: float) -> CpuWindow:
    """Sleeps `seconds` and returns each process's CPU as a percentage of one core."""
    before = {pid: cpu_seconds(pid) for pid in pids}
    start = time.monotonic()
    time.sleep(seconds)
    after = {pid: cpu_seconds(pid) for pid in pids}
    elapsed = time.monotonic() - start
    return CpuWindow(elapsed, {pid: 100.0 * (after[pid] - before[pid]) / elapsed for pid in pids})


def load_average() -> tuple[float, float, float]:
    """The 1, 5 and 15 minute load averages (other people's work on the same cores)."""
    one, five, fifteen = os.getloadavg()
    return (round(one, 2), round(five, 2), round(fifteen, 2))


def stolen_seconds() -> float:
    """CPU time the host gave to other guests while this machine's cores wanted to run:
    the `steal` column of /proc/stat, summed over cores, in seconds. On a shared virtual
    machine it is what makes timers fire late in one run and not in the next."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    return int(fields[8]) / os.sysconf("SC_CLK_TCK") if len(fields) > 8 else 0.0


def machine(python: str) -> dict[str, str | int]:
    """CPU model, cores, kernel, and the Python and PySide6 of the interpreter measured."""
    model = platform.processor() or "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    probe = subprocess.run(
        [python, "-c", "import platform, PySide6; "
         "print(platform.python_version(), PySide6.__version__)"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    versions = probe.stdout.split() if probe.returncode == 0 else ["?", "?"]
    return {
        "cpu": model,
        "cores": os.cpu_count() or 0,
        "kernel": platform.release(),
        "python": versions[0],
        "pyside6": versions[1],
    }


def drop_page_cache() -> str:
    """Empties the kernel's page cache for a cold start; says whether that was allowed."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:
        return f"not dropped ({exc.strerror}): cold run is only the first run"
    return "page cache dropped (sync; echo 3 > /proc/sys/vm/drop_caches)"
