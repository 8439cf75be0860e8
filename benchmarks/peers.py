"""StretchDesk beside the break reminders people use: Workrave and Safe Eyes (Debian's builds).

`python -m benchmarks.peers` (what `make bench-peers` runs once scripts/peer-apps.sh has
installed them) measures, in one run under a private Xvfb, D-Bus and PulseAudio:

- first window: fork to the MapNotify of the program's first window (median of 3 after
  one unmeasured start, programs taken in turn); Safe Eyes opens none at start (it sits
  in the tray until a break), so it has no figure there;
- RSS 10 s after start and CPU over the next 30 s, all programs running side by side.

Only the program's own process is counted (not the D-Bus services it activates). Not
part of `make bench` or `make test`; `--write-docs` puts the table into
docs/performance.md between its peers markers.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.launched import Launched, OutputCapture, end_process
from benchmarks.procstats import cpu_over, load_average, machine, memory
from benchmarks.pulse import PrivatePulse
from benchmarks.sandbox import APP_MODULE, BASELINE_MODULE, REPO, Sandbox
from benchmarks.xserver import MapListener, Xvfb

DOCS = REPO / "docs" / "performance.md"
START, END = "<!-- peers:start (written by `make bench-peers`) -->", "<!-- peers:end -->"
RUNS, SETTLE, CPU_WINDOW, WINDOW_WAIT = 3, 10.0, 30.0, 20.0


@dataclass(frozen=True)
class Program:
    """One program in the comparison: its name, how it starts, and whether it opens a window."""

    name: str
    argv: tuple[str, ...]
    opens_window: bool = True
    version: str = ""


@dataclass
class Row:
    """What was measured for one program."""

    program: Program
    first_window_ms: list[float]
    rss: float | None = None
    cpu: float | None = None
    trouble: str = ""


def _debian_version(package: str) -> str:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else ""


def programs(python: str) -> list[Program]:
    """StretchDesk, the bare window, and each peer that is installed."""
    found = [Program("StretchDesk", (python, "-m", APP_MODULE)),
             Program("Bare PySide6 window", (python, "-m", BASELINE_MODULE))]
    if shutil.which("workrave"):
        found.append(Program("Workrave", ("workrave",), version=_debian_version("workrave")))
    if shutil.which("safeeyes"):
        found.append(Program("Safe Eyes", ("safeeyes",), opens_window=False,
                             version=_debian_version("safeeyes")))
    return found


class Buses:
    """A private session bus, and one standing in for the system bus (Safe Eyes asks it)."""

    def __init__(self, folder: Path) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []
        self.addresses: dict[str, str] = {}
        for variable, name in (("DBUS_SESSION_BUS_ADDRESS", "session"),
                               ("DBUS_SYSTEM_BUS_ADDRESS", "system")):
            address = f"unix:path={folder / name}"
            self.processes.append(subprocess.Popen(
                ["dbus-daemon", "--session", "--nofork", f"--address={address}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            self.addresses[variable] = address
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline and not all(
                (folder / name).exists() for name in ("session", "system")):
            time.sleep(0.05)

    def stop(self) -> None:
        for process in self.processes:
            end_process(process)


def _launch(sandbox: Sandbox, program: Program) -> Launched:
    started = time.monotonic()
    process = subprocess.Popen(list(program.argv), env=sandbox.env, cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return Launched(process, started, None, OutputCapture(process))


def first_windows(sandbox: Sandbox, listener: MapListener, rows: list[Row]) -> None:
    """Time to the first window, each program in turn, RUNS times after one warm-up."""
    for attempt in range(RUNS + 1):
        for row in rows:
            if not row.program.opens_window:
                continue
            launched = _launch(sandbox, row.program)
            try:
                mapped = listener.wait_for_pid(launched.pid, WINDOW_WAIT)
            finally:
                launched.stop()
            if mapped is None:
                row.trouble = f"no window within {WINDOW_WAIT:g} s"
            elif attempt:
                row.first_window_ms.append((mapped - launched.started) * 1000.0)


def side_by_side(sandbox: Sandbox, listener: MapListener, rows: list[Row]) -> None:
    """All programs at once: RSS after SETTLE s, then CPU over CPU_WINDOW s."""
    running = [(row, _launch(sandbox, row.program)) for row in rows]
    try:
        for row, launched in running:
            if row.program.opens_window:
                listener.wait_for_pid(launched.pid, WINDOW_WAIT)
        time.sleep(SETTLE)
        alive = [(row, launched) for row, launched in running if launched.process.poll() is None]
        for row, launched in running:
            if launched.process.poll() is not None:
                row.trouble = f"exited ({launched.process.returncode}): {launched.printed()[-160:]}"
        for row, launched in alive:
            row.rss = memory(launched.pid).rss
        window = cpu_over([launched.pid for _, launched in alive], CPU_WINDOW)
        for row, launched in alive:
            row.cpu = window.percent[launched.pid]
    finally:
        for _, launched in running:
            launched.stop()


def table(rows: Sequence[Row], header: Sequence[str]) -> str:
    """The Markdown table with its date, machine and load lines."""
    lines = [f"- {line}" for line in header] + [
        "", "| Program | First window (median of 3) | RSS after 10 s | CPU idle over 30 s | Note |",
        "|---|---:|---:|---:|---|"]
    for row in rows:
        first = (f"{statistics.median(row.first_window_ms):.0f} ms" if row.first_window_ms
                 else "none at start (tray only)" if not row.program.opens_window else "—")
        rss = f"{row.rss:.1f} MiB" if row.rss is not None else "—"
        cpu = f"{row.cpu:.2f} %" if row.cpu is not None else "—"
        name = row.program.name + (f" {row.program.version}" if row.program.version else "")
        lines.append(f"| {name} | {first} | {rss} | {cpu} | {row.trouble.replace('|', '/')} |")
    return "\n".join(lines)


def update_docs(text: str, path: Path = DOCS) -> None:
    """Replaces the peers block of docs/performance.md (added at the end if missing)."""
    block = f"{START}\n{text}\n{END}"
    current = path.read_text(encoding="utf-8")
    if START in current and END in current:
        before, rest = current.split(START, 1)
        current = before + block + rest.split(END, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(current, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m benchmarks.peers [--write-docs]`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.peers", description=__doc__)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args(argv)
    load_before = load_average()
    xvfb = Xvfb()
    display = xvfb.start()
    sandbox = Sandbox(display, None)
    home = sandbox.root / "home"
    (home / ".config").mkdir(parents=True)
    # Safe Eyes makes its folder under ~/.config but writes under XDG_CONFIG_HOME.
    sandbox.env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")})
    buses = Buses(sandbox.root)
    sandbox.env.update(buses.addresses)
    pulse = PrivatePulse(sandbox.root / "pulse")
    listener = MapListener(display)
    rows = [Row(program, []) for program in programs(sys.executable)]
    try:
        if pulse.start() is None:
            sandbox.env["PULSE_SERVER"] = pulse.server
        sandbox.write_settings()
        print("peers: first windows", file=sys.stderr)
        first_windows(sandbox, listener, rows)
        print("peers: memory and idle CPU, side by side", file=sys.stderr)
        side_by_side(sandbox, listener, rows)
    finally:
        listener.close()
        pulse.stop()
        buses.stop()
        xvfb.stop()
        sandbox.remove()
    m = machine(sys.executable)
    header = [
        f"Beside the break reminders, {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"Machine: {m['cpu']}, {m['cores']} cores, Linux {m['kernel']}, Python {m['python']}, "
        f"PySide6 {m['pyside6']}; Workrave and Safe Eyes from Debian",
        f"Load average (1/5/15 min): {' / '.join(f'{v:.2f}' for v in load_before)} before, "
        f"{' / '.join(f'{v:.2f}' for v in load_average())} after",
    ]
    text = table(rows, header)
    print(text)
    if args.write_docs:
        update_docs(text)
        print(f"peers: updated {DOCS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
