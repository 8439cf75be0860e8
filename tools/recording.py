"""Records what a PulseAudio sink plays, stamped on the time.monotonic() clock.

Used by the audio tests and the cue-latency benchmark to hear what StretchDesk really
played: ``parec`` reads the sink's monitor in 1 ms pieces and each piece is stamped as
it arrives, so any sample's instant can be put on the same clock as an event log.

The capture runs in its own process (``python -m tools.recording``): a
reader thread inside a Qt process both disturbs the timing being measured and, with
QtMultimedia's PulseAudio backend, once in a while sets off an endless stream of
QSocketNotifier warnings.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import struct
import subprocess
import sys
import time
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]

RATE = 44_100
ARRIVAL = struct.Struct("<qd")  # samples received so far, monotonic arrival


@dataclass(frozen=True)
class Recording:
    """Mono 16-bit samples, the monotonic instant of the first one and the sample period.

    The period is measured, not assumed: PulseAudio's null sink runs a little fast or
    slow against time.monotonic() (it rounds each block to whole microseconds).
    """

    samples: array[int]
    rate: int
    start: float
    period: float

    def instant(self, index: int) -> float:
        """The monotonic instant at which sample `index` was played."""
        return self.start + index * self.period

    def index(self, instant: float) -> int:
        """The sample played at a monotonic instant (clamped to the recording)."""
        return max(0, min(len(self.samples), round((instant - self.start) / self.period)))


def fit_clock(arrivals: Sequence[tuple[int, float]]) -> tuple[float, float]:
    """The instant of sample 0 and the sample period, from when the pieces arrived.

    A piece arrives after its last sample was played, never before, so the earliest
    arrivals trace the true clock: a least-squares line through the fastest arrival of
    each half second, then moved down until no arrival is earlier than it allows. What
    remains is late by the quickest delivery seen, well under a millisecond.
    """
    if not arrivals:
        return time.monotonic(), 1.0 / RATE
    stretch = RATE // 2
    fastest: dict[int, tuple[float, int, float]] = {}
    for count, arrived in arrivals:
        bound = arrived - count / RATE
        key = count // stretch
        if key not in fastest or bound < fastest[key][0]:
            fastest[key] = (bound, count, arrived)
    points = [(count, arrived) for _, count, arrived in fastest.values()]
    period = 1.0 / RATE
    if len(points) >= 3:
        mean_c = sum(c for c, _ in points) / len(points)
        mean_a = sum(a for _, a in points) / len(points)
        spread = sum((c - mean_c) ** 2 for c, _ in points)
        period = sum((c - mean_c) * (a - mean_a) for c, a in points) / spread
    return min(a - c * period for c, a in arrivals), period


class MonitorRecorder:
    """Records a PulseAudio source (a sink's monitor) from start() until stop()."""

    def __init__(self, source: str, folder: Path) -> None:
        self._source = source
        self._folder = folder
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Starts recording and returns once sound is flowing."""
        self._folder.mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tools.recording", self._source, str(self._folder)],
            stdout=subprocess.PIPE, cwd=CHECKOUT,  # where `tools` can be imported from
        )  # fmt: skip
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], 10.0)
        line = self._process.stdout.readline() if ready else b""
        if line.strip() != b"recording":
            self.stop()
            raise RuntimeError(f"could not record {self._source}: parec gave no sound")

    def stop(self) -> Recording:
        """Stops recording and returns everything recorded."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.send_signal(signal.SIGTERM)
            self._process.wait(timeout=10.0)
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None
        return load(self._folder)


def load(folder: Path) -> Recording:
    """Reads a recording written by `record`."""
    samples = array("h")
    raw = folder / "samples.raw"
    if raw.exists():
        samples.frombytes(raw.read_bytes())
    stamps = (folder / "arrivals.bin").read_bytes() if (folder / "arrivals.bin").exists() else b""
    arrivals = [ARRIVAL.unpack_from(stamps, i) for i in range(0, len(stamps), ARRIVAL.size)]
    start, period = fit_clock(arrivals)
    return Recording(samples, RATE, start, period)


def record(source: str, folder: Path) -> int:
    """Copies parec's samples into `folder` with each piece's arrival, until SIGTERM."""
    parec = subprocess.Popen(
        ["parec", f"--device={source}", "--format=s16le", f"--rate={RATE}", "--channels=1",
         "--latency-msec=1", "--raw"],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert parec.stdout is not None
    stopping = False

    def stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    fd = parec.stdout.fileno()
    count = 0
    pending = b""
    with (folder / "samples.raw").open("wb") as out, (folder / "arrivals.bin").open("wb") as log:
        while not stopping:
            try:
                ready, _, _ = select.select([fd], [], [], 0.1)
            except InterruptedError:
                continue
            if not ready:
                continue
            piece = os.read(fd, 65_536)
            arrived = time.monotonic()
            if not piece:
                break
            pending += piece
            usable = len(pending) - len(pending) % 2
            out.write(pending[:usable])
            pending = pending[usable:]
            if count == 0 and usable:
                print("recording", flush=True)
            count += usable // 2
            log.write(ARRIVAL.pack(count, arrived))
    parec.terminate()
    parec.wait(timeout=5.0)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Record a PulseAudio source with stamps.")
    parser.add_argument("source", help="e.g. stretchdesk_null.monitor")
    parser.add_argument("folder", type=Path, help="where samples.raw and arrivals.bin go")
    args = parser.parse_args(argv)
    return record(args.source, args.folder)


if __name__ == "__main__":
    raise SystemExit(main())
