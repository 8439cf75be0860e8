"""What a hostile routine file costs to load: time and peak memory, each in a fresh process.

`python -m benchmarks.hostile [--json PATH]` writes the files of issue 21 (an alias bomb
of 10^7 values in 456 bytes, the classic "billion laughs", a 1.2 GB file, the largest
file StretchDesk reads, a pipe and a link to /dev/zero) and loads each as a routine in
a process of its own, capped at 3 GB and 60 s so that a loader without limits cannot take
the machine down. It prints the time, the process's peak resident memory and what the
loader said. The numbers are in docs/data-format.md ("What a bad file costs").
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.sandbox import REPO

CAP_BYTES = 3 << 30
CAP_SECONDS = 60.0

LOAD = """
import sys
from pathlib import Path
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.schema import parse_routine
from stretchdesk.core.yaml_source import read_document
try:
    parse_routine(read_document(Path(sys.argv[1])))
    print("loaded")
except LibraryError as exc:
    print("refused:", exc.message[:90])
"""


def _alias_bomb(folder: Path) -> Path:
    lines = ["id: bomb", "name: Bomb", "purpose: x", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 7)]
    path = folder / "alias-bomb.yaml"
    path.write_text("\n".join([*lines, "items: [{stretch: childs-pose}]"]) + "\n")
    return path


def _billion_laughs(folder: Path) -> Path:
    lines = ["id: laughs", "lol0: &l0 lol"]
    lines += [f"lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 10)]
    path = folder / "billion-laughs.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.yaml"
    with path.open("wb") as out:
        out.truncate(1_200_000_000)  # sparse: reading it still costs what a real one would
    return path


def _largest_read(folder: Path) -> Path:
    try:
        from stretchdesk.core.limits import MAX_FILE_BYTES
    except ImportError:  # measuring a StretchDesk from before the limits
        MAX_FILE_BYTES = 100_000
    body = "id: largest\nname: Largest\npurpose: x\nitems: [" + "1, " * 30_000
    path = folder / "largest.yaml"
    path.write_text(body[:MAX_FILE_BYTES - 10] + "1]\n")
    return path


def _pipe(folder: Path) -> Path:
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def _device_link(folder: Path) -> Path:
    path = folder / "zero.yaml"
    path.symlink_to("/dev/zero")
    return path


FILES: dict[str, Callable[[Path], Path]] = {
    "alias bomb (456 bytes, 10^7 values)": _alias_bomb,
    "billion laughs (9^9 values)": _billion_laughs,
    "1.2 GB file": _huge,
    "largest file read (100 kB, 30,000 values)": _largest_read,
    "named pipe": _pipe,
    "link to /dev/zero": _device_link,
}


def load_once(path: Path) -> dict[str, object]:
    """Loads `path` in a fresh, capped process: seconds, peak memory (MiB), outcome."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", LOAD, str(path)], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             preexec_fn=cap)
    watchdog = threading.Timer(CAP_SECONDS, child.send_signal, (signal.SIGKILL,))
    watchdog.start()
    _pid, status, usage = os.wait4(child.pid, 0)  # the child's own peak memory
    watchdog.cancel()
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.stdout is not None
    lines = child.stdout.read().strip().splitlines()
    child.stdout.close()
    if child.returncode == -signal.SIGKILL:
        outcome = f"stopped after {CAP_SECONDS:.0f} s"
    else:
        outcome = lines[-1][:120] if lines else f"exit {child.returncode}"
    return {"seconds": round(seconds, 3), "peak_mib": round(usage.ru_maxrss / 1024),
            "outcome": outcome}


def main(argv: list[str] | None = None) -> int:
    """Measures every file; prints a table, and writes JSON where --json says."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hostile")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, object]] = {}
    baseline = load_once(Path(os.devnull))  # what a fresh process costs with no file at all
    with tempfile.TemporaryDirectory(prefix="stretchdesk-hostile-") as tmp:
        for name, make in FILES.items():
            results[name] = load_once(make(Path(tmp)))
    print(f"{'file':44} {'seconds':>8} {'peak MiB':>9}  outcome")
    print(f"{'(an empty process)':44} {baseline['seconds']:>8} {baseline['peak_mib']:>9}")
    for name, result in results.items():
        print(f"{name:44} {result['seconds']:>8} {result['peak_mib']:>9}  {result['outcome']}")
    if args.json:
        args.json.write_text(json.dumps({"baseline": baseline, "files": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
