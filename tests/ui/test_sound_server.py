"""With no sound server the app says so plainly, starts at once, and recovers when one starts.

Real servers only: "missing" is PULSE_SERVER pointing at a socket nobody listens on, and
"there" is a private PulseAudio (benchmarks/pulse.py) on its own socket, never the shared
one. Each run is a fresh process, since Qt Multimedia connects once per process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks.pulse import PrivatePulse
from stretchdesk.audio.sound_server import ask_sound_server
from tests.conftest import REPO, app_env
from tests.helpers.event_log import first_tick_phases


def private_env(home: Path, server: str) -> dict[str, str]:
    """A run's environment that plays to the test's own sound `server`."""
    return app_env(home) | {"PULSE_SERVER": server}


def recovery_run(tmp_path: Path, how: str) -> dict[str, Any]:
    folder = tmp_path / "pulse"  # its socket appears only once the server starts
    env = private_env(tmp_path, f"unix:{folder / 'native'}")
    done = subprocess.run([sys.executable, "-m", "tests.ui.sound_server_run", str(folder), how],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(report, dict)
    return report


def test_the_sound_server_question_gets_a_real_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody'}")
    assert ask_sound_server() == "connection refused"
    pulse = PrivatePulse(tmp_path / "pulse")
    assert pulse.start() is None
    try:
        monkeypatch.setenv("PULSE_SERVER", pulse.server)
        assert ask_sound_server() == ""
    finally:
        pulse.stop()


@pytest.mark.parametrize("how", ["test", "start"])
def test_without_a_server_it_says_so_and_recovers_when_one_starts(
    tmp_path: Path, how: str
) -> None:
    report = recovery_run(tmp_path, how)
    before = report["no_server"]
    assert before["audible"] is False
    assert before["missing"] == "No sound server is running (connection refused)"
    # Said once, plainly, at the top of the routine list...
    assert before["picker_notice_shown"]
    assert before["picker_notice"] == (
        "No sound: no sound server is running (connection refused). Cues show as "
        "captions; the Test button in Settings tries the sound again.")
    # ...and on the session screen, where the sound button cannot claim "Sound on".
    session = report["no_server_session"]
    assert session["button"] == "No sound"  # and a click (or M) tries the sound again
    assert "No sound server is running" in session["button_tip"]
    if how == "test":
        # The Settings page tells the truth, then Test tries again and it works.
        assert report["settings_before"]["status"] == (
            "No sound: no sound server is running (connection refused). Cues show as "
            "captions; Test tries the sound again.")
        assert "chimes still play" not in report["settings_before"]["voice_hint"]
        assert not report["settings_after"]["status_shown"]
    after = report["server"]
    assert after["audible"] is True and after["missing"] == ""
    assert not after["picker_notice_shown"]
    assert after["button"] == "Sound on" and after["button_enabled"]
    assert report["chimes_loaded"]


def test_with_no_server_a_start_from_the_command_line_begins_at_once(tmp_path: Path) -> None:
    """`--routine ID --start` never waits out the sounds' 3 s when there is nothing to load."""
    log = tmp_path / "events.jsonl"
    env = private_env(tmp_path, f"unix:{tmp_path / 'nobody'}")
    done = subprocess.run(
        [sys.executable, "-m", "stretchdesk", "--routine", "desk-break", "--start",
         "--speed", "1000", "--quit-when-done", "--event-log", str(log)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    # The start followed the answer "no server" (nothing to load), not the 3 s wait,
    # which starts a session before any "sound" line.
    assert [e["event"] for e in events[:3]] == ["start_requested", "sound", "started"]
    assert events[1]["missing"].startswith("No sound server is running")
    frame = next(e for e in events if e["event"] == "frame")  # the first tick, painted
    assert frame["index"] == first_tick_phases(events)[-1]["index"]
    assert "finished" in [e["event"] for e in events]
