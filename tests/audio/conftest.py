"""Shared set-up for the audio tests: the sound server and recorded session runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tools.recording import MonitorRecorder, Recording

REPO = Path(__file__).resolve().parents[2]
SINK = "stretchdesk_null"


def _sink_exists() -> bool:
    try:
        out = subprocess.run(
            ["pactl", "list", "short", "sinks"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return any(line.split("\t")[1:2] == [SINK] for line in out.stdout.splitlines())


@pytest.fixture(scope="session")
def monitor() -> str:
    """The null sink's monitor, starting the services (scripts/audio-services.sh) if needed.

    The audio tests fail rather than skip without them: `make test` starts them, and a
    skipped proof would prove nothing.
    """
    if not _sink_exists() or os.environ.get("STRETCHDESK_AUDIO_RESTART"):
        done = subprocess.run(
            ["bash", str(REPO / "scripts" / "audio-services.sh")],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if done.returncode != 0:
            pytest.fail(f"audio services did not start:\n{done.stderr}")
        return done.stdout.strip().splitlines()[-1]
    subprocess.run(["pactl", "set-default-sink", SINK], check=True, timeout=10)
    return f"{SINK}.monitor"


@dataclass(frozen=True)
class SessionRun:
    """What one recorded run of tests/audio/session_run.py logged and sounded like."""

    rows: list[dict[str, Any]]
    recording: Recording
    returncode: int
    stderr: str

    def of(self, event: str) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["event"] == event]


def run_session(
    folder: Path, monitor: str, *args: str, env: dict[str, str] | None = None
) -> SessionRun:
    """Records the sink while tests/audio/session_run.py plays a session in its own process."""
    log = folder / "events.jsonl"
    recorder = MonitorRecorder(monitor, folder / "recording")
    recorder.start()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.audio.session_run", str(log), *args],
            cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
            capture_output=True, text=True, timeout=150,
        )  # fmt: skip
    finally:
        recording = recorder.stop()
    rows = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return SessionRun(rows, recording, done.returncode, done.stderr)
