"""A throw-away home for the processes under test: folders, settings, routines, env.

Both StretchDesk and the baseline start from the same interpreter with the same
environment, pointed at private config/data/runtime folders so that nothing a person or
another test keeps on this machine changes what is measured (and nothing is left behind).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.launched import Launched, OutputCapture
from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Library
from stretchdesk.core.settings import Level, Settings, SoundMode
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import Timeline, build_timeline

APP_MODULE = "stretchdesk"
BASELINE_MODULE = "benchmarks.baseline_window"
FLOOR_MODULE = "benchmarks.floor_window"
REPO = Path(__file__).resolve().parents[1]
LEVEL = Level.INTERMEDIATE


@dataclass(frozen=True)
class RoutineItemSpec:
    """One item of a routine file the benchmark writes for itself."""

    stretch: str
    hold_seconds: float | None = None
    reps: int | None = None


class Sandbox:
    """Private folders and one environment shared by every process the benchmark starts."""

    def __init__(self, display: str, pulse_server: str | None,
                 python: str = sys.executable) -> None:
        self.python = python
        self.root = Path(tempfile.mkdtemp(prefix="stretchdesk-bench-"))
        self.config = self.root / "config"
        self.data = self.root / "data"
        self.runtime = self.root / "runtime"
        self.logs = self.root / "logs"
        for folder in (self.config, self.data / "routines", self.runtime, self.logs):
            folder.mkdir(parents=True)
        self.runtime.chmod(0o700)
        self._count = 0
        self.env = self._environment(display, pulse_server)

    def _environment(self, display: str, pulse_server: str | None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PULSE_"))}
        env.update({
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(self.root / "xdg-config"),
            "XDG_DATA_HOME": str(self.root / "xdg-data"),
            "XDG_CACHE_HOME": str(self.root / "xdg-cache"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "STRETCHDESK_CONFIG_DIR": str(self.config),
            "STRETCHDESK_DATA_DIR": str(self.data),
            "PYTHONPATH": str(REPO),
        })  # fmt: skip
        if pulse_server:
            env["PULSE_SERVER"] = pulse_server
        return env

    # -- what the app will find -------------------------------------------------------

    def write_routine(self, routine_id: str, items: Sequence[RoutineItemSpec]) -> str:
        """Writes a user routine file (the person's own routines folder); returns its id."""
        lines = [f"id: {routine_id}", f"name: Benchmark {routine_id}",
                 "purpose: A routine the benchmark runs.", "needs: []", "items:"]
        for item in items:
            lines.append(f"  - stretch: {item.stretch}")
            if item.hold_seconds is not None:
                lines.append(f"    hold_seconds: {item.hold_seconds:g}")
            if item.reps is not None:
                lines.append(f"    reps: {item.reps}")
        path = self.data / "routines" / f"{routine_id}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return routine_id

    def write_settings(self, sound: SoundMode = SoundMode.CHIME_AND_VOICE,
                       quiet_extras: bool = False, phase_seconds: float | None = None) -> Settings:
        """Saves the settings every run uses; cautions are already acknowledged.

        `quiet_extras` turns off countdown ticks, halfway and breath cues, so the only
        sounds are the chimes at phase starts (what the cue-latency figure is about);
        `phase_seconds` sets PREPARE, RELEASE, SWITCH and REST to that length.
        """
        library = self.library()
        settings = Settings(level=LEVEL, sound_mode=sound,
                            hidden_cautions=frozenset(library.routines))
        if quiet_extras:
            settings = replace(settings, countdown_ticks=False, halfway_cue=False,
                               breath_cues=False)
        if phase_seconds is not None:
            settings = replace(settings, prepare_seconds=phase_seconds,
                               release_seconds=phase_seconds, switch_seconds=phase_seconds,
                               rest_seconds=phase_seconds)
        return self.save_settings(settings)

    def save_settings(self, settings: Settings) -> Settings:
        """Saves `settings` as they are (a variant of what write_settings made); returns them."""
        SettingsStore(self.config, clock=time.time).save(settings)
        return settings

    def library(self) -> Library:
        """Shipped stretches and routines plus the benchmark's own routine files."""
        return load_library(paths.data_dir(), [self.data / "routines"])

    def timeline(self, routine_id: str, settings: Settings) -> Timeline:
        """The phases StretchDesk should run for `routine_id` with `settings`."""
        library = self.library()
        return build_timeline(library.routines[routine_id], library, settings)

    # -- starting processes -----------------------------------------------------------

    def launch(self, module: str, args: Iterable[str] = (), log_events: bool = False,
               env: Mapping[str, str] | None = None) -> Launched:
        """Starts `python -m module args` in this sandbox (with `env` on top of its
        environment), timing from just before fork."""
        self._count += 1
        event_log = self.logs / f"events-{self._count}.jsonl" if log_events else None
        argv = [self.python, "-m", module, *args]
        if event_log is not None:
            argv += ["--event-log", str(event_log)]
        started = time.monotonic()
        process = subprocess.Popen(argv, env={**self.env, **(env or {})}, cwd=REPO,
                                   stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
        return Launched(process, started, event_log, OutputCapture(process),
                        self.logs / f"output-{self._count}.txt")

    def leftover_pids(self) -> list[int]:
        """Processes still running from this sandbox (e.g. a speech-dispatcher it spawned)."""
        marker = f"XDG_RUNTIME_DIR={self.runtime}".encode()
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
        return found

    def remove(self) -> None:
        """Deletes every folder the sandbox made."""
        shutil.rmtree(self.root, ignore_errors=True)
