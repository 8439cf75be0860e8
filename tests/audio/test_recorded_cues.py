"""What a person on the mat hears, proven on a real PulseAudio server.

Each test records the null sink's monitor while tests/audio/session_run.py plays a
short routine with every phase kind through the real QtCuePlayer, then checks the
recording against the run's event log (both on the time.monotonic() clock).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.audio.conftest import SessionRun, run_session
from tools.onsets import find_onsets, frame_power, identify, load_chromas

pytestmark = pytest.mark.audio

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"
# An onset may show up to a few ms before its due instant: the null sink renders a block
# ahead, and the recording's clock is known to about a millisecond.
EARLY = 0.005
LATE = 0.100


def chime_onsets(run: SessionRun) -> list[tuple[str, float, float]]:
    """(chime, due, heard) for every chime the log says was played, found in the recording.

    Fails naming the first chime that did not sound (or not as itself) within 100 ms.
    """
    rec = run.recording
    known = load_chromas({p.stem: p for p in SOUNDS.glob("*.wav")})
    onsets = find_onsets(rec.samples, rec.rate)
    found = []
    for cue in run.of("cue"):
        if cue["chime"] is None:
            continue
        near = [i for i in onsets if -EARLY <= rec.instant(i) - cue["due"] <= LATE]
        heard = [i for i in near if identify(rec.samples, rec.rate, i, known)[0] == cue["chime"]]
        assert heard, (
            f"{cue['chime']} (for {cue['text']!r}) did not sound within 100 ms of "
            f"{cue['due']:.3f}; sounds starting then: "
            f"{[identify(rec.samples, rec.rate, i, known) for i in near]}"
        )
        found.append((cue["chime"], cue["due"], rec.instant(heard[0])))
    return found


def test_every_chime_sounds_in_order_within_100_ms_of_its_moment(
    monitor: str, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    run = run_session(tmp_path, monitor, "--speed", "3")
    assert run.returncode == 0, run.stderr
    assert run.of("ready")[0]["missing"] == ""
    played = [c["chime"] for c in run.of("cue") if c["chime"]]
    # Every phase kind and every timed cue happened in this run.
    assert set(played) == {p.stem for p in SOUNDS.glob("*.wav")}

    found = chime_onsets(run)
    assert [name for name, _, _ in found] == played
    heard = [t for _, _, t in found]
    assert heard == sorted(heard), "chimes sounded out of order"

    # Phase boundary to sound: the Benchmarks figure (target p95 <= 20 ms).
    latency = [(t - due) * 1000 for name, due, t in found if name not in ("tick",)]
    phase = [
        (t - due) * 1000
        for (name, due, t), cue in zip(found, [c for c in run.of("cue") if c["chime"]],
                                       strict=True)
        if cue["phase_start"]
    ]  # fmt: skip
    p50 = statistics.median(phase)
    p95 = sorted(phase)[math.ceil(0.95 * len(phase)) - 1]
    record_property("phase_chime_latency_ms", {"p50": p50, "p95": p95, "first": phase[0]})
    print(f"phase chime onset latency: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
          f"first {phase[0]:.1f} ms, all cues max {max(latency):.1f} ms")  # fmt: skip
    assert phase[0] <= LATE * 1000, "the first cue of the session was late"


def speech_frames(run: SessionRun, start: float, end: float) -> list[bool]:
    """For each 10 ms of [start, end): whether something above -45 dBFS was playing."""
    rec = run.recording
    first, last = rec.index(start), rec.index(end)
    power = frame_power(rec.samples[first:last], rec.rate)
    loud = 10 ** (-45 / 10)
    frames = [p > loud for p in power]
    return [any(frames[i : i + 10]) for i in range(0, len(frames), 10)]


def test_voice_says_each_line_after_its_phase_starts_and_lines_never_pile_up(
    monitor: str, tmp_path: Path
) -> None:
    run = run_session(tmp_path, monitor, "--voice", "--speed", "1")
    assert run.returncode == 0, run.stderr
    assert run.of("ready")[0]["missing"] == ""
    spoken = [c for c in run.of("cue") if c["spoken"]]
    assert [c["text"] for c in spoken] == [
        "Starting position: side reach, left side",
        "Left side. Hold for 1 second",
        "Release slowly",
        "Switch to your right side",
        "Rest. Next up: rocking",
        "Routine complete",
    ]
    starts = [c["due"] for c in spoken]
    # Silence before the first line: what follows is the voice, not noise.
    assert not any(speech_frames(run, starts[0] - 1.0, starts[0]))
    for cue, nxt in zip(spoken, [*starts[1:], starts[-1] + 1.5], strict=True):
        frames = speech_frames(run, cue["due"], nxt)
        assert any(frames[:60]), f"no speech within 0.6 s of {cue['text']!r}"
        assert sum(frames) >= 30, f"{cue['text']!r} was not said (under 300 ms of speech)"
    # Most lines are longer than their phase: each is cut off by the next, so the voice
    # falls silent soon after "Routine complete". Queued lines would go on for seconds.
    went_on = any(speech_frames(run, starts[-1] + 2.0, starts[-1] + 6.0))
    assert not went_on, "speech went on after the last line: lines piled up"


def test_without_a_sound_server_the_routine_finishes_silently_and_says_why(
    monitor: str, tmp_path: Path
) -> None:
    nowhere = tmp_path / "no-server"
    run = run_session(
        tmp_path, monitor, "--speed", "20",
        env={"PULSE_SERVER": f"unix:{nowhere}/native",
             "SPEECHD_ADDRESS": f"unix_socket:{nowhere}/speechd.sock"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert len(run.of("finished")) == 1
    missing = run.of("ready")[0]["missing"]
    # One reason covers chimes and voice alike (both would play through the server).
    assert "No sound server is running" in missing
    # The cues still reach the captions.
    assert "Routine complete" in [c["text"] for c in run.of("cue")]
    # And nothing at all was heard on the real server meanwhile.
    rec = run.recording
    first, last = rec.index(run.rows[0]["t"]), rec.index(run.rows[-1]["t"])
    assert max((abs(s) for s in rec.samples[first:last]), default=0) == 0
