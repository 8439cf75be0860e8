"""A process under test: its start instant, what it printed, and its event log."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

KEEP_BYTES = 16_384
FLOOD_LINES = 10_000  # more than this many lines of output is a loop, not a message


class OutputCapture:
    """Reads a process's stdout on a thread, keeping only its start and its end.

    A process stuck in a loop of warnings can print gigabytes in a minute (seen with
    QtMultimedia: "QSocketNotifier: Invalid socket ... disabling..."), so nothing is
    written to disk and only the first and last 16 KB are kept, with a line count.
    """

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.head = b""
        self.tail = b""
        self.lines = 0
        self._stream = process.stdout
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._stream is not None
        fd = self._stream.fileno()
        while chunk := os.read(fd, 65_536):
            self.lines += chunk.count(b"\n")
            if len(self.head) < KEEP_BYTES:
                self.head += chunk[: KEEP_BYTES - len(self.head)]
            self.tail = (self.tail + chunk)[-KEEP_BYTES:]
        self._stream.close()

    def text(self) -> str:
        """The start of the output, and its end if there was more than both hold."""
        self._reader.join(timeout=1.0)
        if len(self.head) < KEEP_BYTES:
            return self.head.decode("utf-8", "replace")
        return (f"{self.head.decode('utf-8', 'replace')}\n[... {self.lines} lines in all ...]\n"
                f"{self.tail.decode('utf-8', 'replace')}")


Event = dict[str, object]  # one line of the --event-log file


def number(event: Event, key: str) -> float:
    """A numeric field of an event log line ("t", "index", ...)."""
    value = event[key]
    if not isinstance(value, int | float):
        raise ValueError(f"{key} is not a number in {event}")
    return float(value)



def end_process(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Ends `process` if it still runs: SIGTERM, then SIGKILL if it has not gone in 5 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5.0)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

@dataclass
class Launched:
    """A process under test: its Popen, the instant it was started and its event log."""

    process: subprocess.Popen[bytes]
    started: float
    event_log: Path | None
    output: OutputCapture
    keep_output_as: Path | None = None

    @property
    def pid(self) -> int:
        """The process id (the Python interpreter itself: no wrapper in between)."""
        return self.process.pid

    def printed(self) -> str:
        """What the process wrote to stdout and stderr (its start and end, if long)."""
        return self.output.text()

    def crash(self) -> str:
        """Why the process died by itself, if it did: its signal and last words; else ""."""
        code = self.process.poll()
        if code is None or code == 0 or code == -signal.SIGTERM:
            return ""
        how = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
        words = [ln for ln in self.printed().splitlines() if ln.strip()]
        last = words[-1] if words else ""
        fatal = next((ln for ln in words if "Fatal" in ln or "Error" in ln), last)
        return f"the app died ({how}: {fatal.strip().split(': bug')[0][:90]})"

    def trouble(self) -> str:
        """A crash, or a flood of output (a loop of warnings stalls the event loop); else ""."""
        crash = self.crash()
        if crash or self.output.lines < FLOOD_LINES:
            return crash
        last = self.output.tail.decode("utf-8", "replace").strip().splitlines()
        return f"the app printed {self.output.lines:,} lines, ending in {last[-1][:70]!r}"

    def events(self) -> list[Event]:
        """The event log's lines so far (a half-written last line is left out)."""
        if self.event_log is None or not self.event_log.exists():
            return []
        found = []
        for line in self.event_log.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                found.append(record)
        return found

    def wait_for_event(
        self, name: str, timeout: float, kind: str | None = None, poll: float = 0.05
    ) -> Event | None:
        """The first `name` event (of phase `kind`, if given), reading the log every `poll` s.

        Gives up early when the process ends or floods its output.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            for event in self.events():
                if event.get("event") == name and (kind is None or event.get("kind") == kind):
                    return event
            if self.output.lines >= FLOOD_LINES:
                return None
            time.sleep(poll)
        return None

    def wait_to_exit(self, timeout: float) -> bool:
        """Whether the process ended by itself within `timeout` seconds."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def stop(self) -> None:
        """Ends the process (SIGTERM, then SIGKILL if it does not go)."""
        end_process(self.process)
        if self.keep_output_as is not None:
            self.keep_output_as.write_text(self.printed(), encoding="utf-8")
