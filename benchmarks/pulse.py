"""A private PulseAudio server with one null sink, for this benchmark run alone.

Its own socket in the sandbox keeps other people's audio tests (which share the
machine's default server) from playing into the recording, and starting it with -n
loads nothing but what is listed here: no module-suspend-on-idle, so the sink never
sleeps and the first chime of a session is not delayed by a wake-up.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from benchmarks.launched import end_process

SINK = "stretchdesk_bench"
MONITOR = f"{SINK}.monitor"


class PrivatePulse:
    """pulseaudio -n with a null sink and a unix socket under `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "native"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        """The PULSE_SERVER value clients use to reach it."""
        return f"unix:{self.socket}"

    @property
    def pid(self) -> int | None:
        """The server's process id, while it runs."""
        return self._process.pid if self._process else None

    def start(self) -> str | None:
        """Starts the server; returns None, or why it could not start."""
        if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
            return "pulseaudio or parec is not installed (Debian: pulseaudio, pulseaudio-utils)"
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        env = {"HOME": str(self.folder), "XDG_RUNTIME_DIR": str(self.folder),
               "PULSE_RUNTIME_PATH": str(self.folder), "PATH": "/usr/bin:/bin"}
        with (self.folder / "log").open("wb") as log:  # the server keeps its own copy
            self._process = subprocess.Popen(
                ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                 "--use-pid-file=no", "--disallow-exit", "--log-target=stderr",
                 "--log-level=error",
                 "-L", f"module-null-sink sink_name={SINK} rate=44100 channels=2",
                 "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1"],
                env=env, stdout=subprocess.DEVNULL, stderr=log,
            )  # fmt: skip
        deadline = time.monotonic() + 10.0
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return f"pulseaudio exited: {(self.folder / 'log').read_text()[-300:]}"
            probe = subprocess.run(["pactl", "--server", self.server, "info"],
                                   capture_output=True, check=False)
            if probe.returncode == 0:
                return None
            time.sleep(0.1)
        self.stop()
        return "pulseaudio did not answer within 10 s"

    def stop(self) -> None:
        """Stops the server."""
        if self._process is not None:
            end_process(self._process)
        self._process = None
