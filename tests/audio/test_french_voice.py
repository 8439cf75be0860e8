"""A French session is said in French, by a French voice, on a real PulseAudio server.

Modelled on test_recorded_cues.py's voice test: tests/audio/session_run.py plays the
short spoken routine in French through the real QtCuePlayer while the null sink's monitor
is recorded, and each line must be followed by speech.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.audio.conftest import run_session
from tests.audio.test_recorded_cues import speech_frames

pytestmark = pytest.mark.audio


def test_a_french_session_is_said_line_by_line_in_the_french_voice(
    monitor: str, tmp_path: Path
) -> None:
    run = run_session(tmp_path, monitor, "--voice", "--speed", "1", "--language", "fr")
    assert run.returncode == 0, run.stderr
    ready = run.of("ready")[0]
    assert ready["missing"] == ""  # a French voice was found: no notice
    assert ready["voice"].startswith("fr_"), f"the voice speaks {ready['voice']!r}"
    spoken = [c for c in run.of("cue") if c["spoken"]]
    assert [c["text"] for c in spoken] == [
        "Position de départ\u00a0: side reach, côté gauche",
        "Côté gauche. Maintenez 1 seconde",
        "Relâchez doucement",
        "Passez sur le côté droit",
        "Repos. À suivre\u00a0: rocking",
        "Routine terminée",
    ]
    starts = [c["due"] for c in spoken]
    assert not any(speech_frames(run, starts[0] - 1.0, starts[0]))
    for cue, nxt in zip(spoken, [*starts[1:], starts[-1] + 1.5], strict=True):
        frames = speech_frames(run, cue["due"], nxt)
        assert any(frames[:60]), f"no speech within 0.6 s of {cue['text']!r}"
        assert sum(frames) >= 30, f"{cue['text']!r} was not said (under 300 ms of speech)"
