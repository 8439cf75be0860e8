"""A whole session at --speed 20 with chimes and voice runs to its end on the installed Qt.

Cues that follow each other faster than they ring once stalled the app on PySide6 6.10 to
6.12: QSoundEffect's shared audio thread touched socket notifiers it did not own, and Qt
printed "Invalid socket N and type 'Read', disabling..." without end while the session
stood still. The recorded app test runs at --speed 2, too slowly to set that off, so this
one plays the preset desk-break (about 20 s at --speed 20, countdown ticks and every
spoken line included) through the null sink and reads everything the app prints.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.core.settings_store import SettingsStore

pytestmark = [pytest.mark.audio, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
ROUTINE, SPEED = "desk-break", 20
# desk-break lasts about 7 minutes at the intermediate level: 21 s at --speed 20. A
# stalled session never ends, so the wait is bounded.
TIMEOUT_SECONDS = 90
# The stall's signature; a flood is any of these lines, or far more output than a
# session prints (a few Qt notices at start-up).
FLOOD_MARKERS = (b"QSocketNotifier", b"Invalid socket")
MOST_LINES = 200


class Output:
    """What a process prints, read as it comes: a count, its first lines, and flood marks."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.lines = 0
        self.marked = 0
        self.head = b""
        self._process = process
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self.lines += 1
            if any(marker in line for marker in FLOOD_MARKERS):
                self.marked += 1
            if len(self.head) < 4000:
                self.head += line
            if self.lines > 100 * MOST_LINES:
                self._process.kill()  # a flood prints gigabytes: no need to read on

    def finish(self) -> None:
        self._reader.join(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()

    @property
    def flooded(self) -> bool:
        return self.marked > 0 or self.lines > MOST_LINES


def test_a_session_at_speed_20_with_chimes_and_voice_finishes_without_a_flood(
    monitor: str, tmp_path: Path
) -> None:
    config, log = tmp_path / "config", tmp_path / "events.jsonl"
    SettingsStore(config, lambda: 0.0).save(
        Settings(sound_mode=SoundMode.CHIME_AND_VOICE, countdown_ticks=True))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STRETCHDESK_CONFIG_DIR": str(config),
           "STRETCHDESK_DATA_DIR": str(tmp_path / "data")}
    process = subprocess.Popen(
        [sys.executable, "-m", "stretchdesk", "--routine", ROUTINE, "--start", "--speed",
         str(SPEED), "--quit-when-done", "--event-log", str(log)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    output = Output(process)
    started = time.monotonic()
    try:
        process.wait(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    took = time.monotonic() - started
    output.finish()
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    phases = [r for r in rows if r["event"] == "phase_started"]
    said = f"{output.lines} lines printed, starting:\n{output.head.decode(errors='replace')}"

    assert not output.flooded, f"the app flooded its output ({output.marked} socket lines); {said}"
    assert process.returncode == 0, f"exit status {process.returncode} after {took:.0f} s; {said}"
    assert rows[-1]["event"] == "finished" or "finished" in [r["event"] for r in rows], (
        f"the session stopped after {len(phases)} phases; {said}")
    sound = next(r for r in rows if r["event"] == "sound")
    assert sound.get("missing") in ("", None), sound  # chimes and voice were both there
    cues = [r for r in rows if r["event"] == "cue"]
    assert {"tick", "finish"} <= {r.get("chime") for r in cues}
    assert any(r.get("spoken") for r in cues)
