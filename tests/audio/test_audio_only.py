"""QtMultimedia runs without its media backend: chimes load, FFmpeg stays out, nothing is said."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from pytestqt.logging import QtLoggingPlugin

from stretchdesk.audio import audio_only

REPO = Path(__file__).resolve().parents[2]

# Loads every chime the way the app does and reports what the process then has mapped.
PROBE = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from stretchdesk.audio.qt_player import QtCuePlayer
player = QtCuePlayer(Path("assets/sounds"))
loop = QEventLoop()
player.ready.connect(loop.quit)
QTimer.singleShot(10_000, loop.quit)
player.prepare()
loop.exec()
maps = Path("/proc/self/maps").read_text()
print(json.dumps({
    "ready": player.is_ready(), "chimes": player.has_chimes, "missing": player.missing(),
    "ffmpeg": "libffmpegmediaplugin" in maps or "libavcodec" in maps,
    "quick": "libQt6Quick" in maps, "backend": os.environ.get("QT_MEDIA_BACKEND"),
}))
"""


def _probe(**chosen: str) -> tuple[dict[str, object], str]:
    env = {k: v for k, v in os.environ.items() if k != audio_only.BACKEND_VARIABLE}
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO, env={**env, "QT_QPA_PLATFORM": "offscreen", **chosen},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1]), done.stderr


def test_chimes_load_without_the_ffmpeg_backend(monitor: str) -> None:
    report, stderr = _probe()
    assert report["ready"] and report["chimes"], report
    assert "chime" not in str(report["missing"]).lower()
    assert not report["ffmpeg"], "Qt's FFmpeg media backend was loaded"
    assert not report["quick"], "Qt Quick came in with the media backend"
    assert audio_only.NO_BACKEND_NOTICE not in stderr


def test_a_backend_the_person_chose_is_kept(monitor: str) -> None:
    # (make's .venv has no FFmpeg plugin: scripts/trim_qt.py removes it, so Qt falls
    # back to sound effects only here too; the choice itself must not be overridden.)
    report, _ = _probe(**{audio_only.BACKEND_VARIABLE: "ffmpeg"})
    assert report["chimes"], report
    assert report["backend"] == "ffmpeg", report


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_only_the_no_backend_notice_is_dropped(qtlog: QtLoggingPlugin) -> None:
    with audio_only.without_notice(audio_only.NO_BACKEND_NOTICE):
        qWarning(f"{audio_only.NO_BACKEND_NOTICE}. Only QSoundEffect is available.")
        qWarning("something else went wrong")
    qWarning("after the first use")
    messages = [record.message for record in qtlog.records]
    assert messages == ["something else went wrong", "after the first use"]
