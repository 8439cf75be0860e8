"""Cue latency: from a phase boundary to the chime's onset in a recording of the sink.

The null sink's monitor is recorded with the audio engineer's MonitorRecorder (parec
with 1 ms pieces, stamped on time.monotonic()), and onsets are found with their
find_onsets, so the benchmark hears exactly what the audio tests hear. Only phase-start
chimes sound in this run (no voice, ticks, halfway or breath cues), so the first onset
after a boundary is that phase's chime; each is also checked against the chime the
event log says was played.

Every phase lasts 2 s of real time (5 s phases, the shortest hold a routine file may
have, at --speed 2.5): a chime rings for up to 1.2 s, and an onset over the still-loud
tail of the chime before cannot be told apart reliably, so phases are not squeezed
shorter than the sound.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.figures import Figure, Target, not_measured, percentile
from benchmarks.launched import Event, number
from benchmarks.pulse import MONITOR
from benchmarks.sandbox import APP_MODULE, RoutineItemSpec, Sandbox
from stretchdesk import paths
from stretchdesk.core.settings import Settings, SoundMode
from tools.onsets import find_onsets, identify, load_chromas
from tools.recording import MonitorRecorder, Recording

CUE_P95 = Target(20.0)
EARLY_SECONDS = 0.02  # an onset this much before the logged boundary still counts
LATE_SECONDS = 0.5  # a chime later than this is counted as missing
TAIL_SECONDS = 1.5  # recording kept after the end, for the last chime
CUE_ROUTINE = "bench-cues"
PHASE_SECONDS = 5.0  # as the routine file and the settings write them (holds: 5 s at least)
SPEED = 2.5  # so that each phase lasts 2 s of real time


def write_cue_routine(sandbox: Sandbox, short: bool) -> None:
    """Every phase kind (PREPARE, HOLD, RELEASE, SWITCH, REST): 22 phases, or 10 if short."""
    hold = PHASE_SECONDS
    items = [RoutineItemSpec("single-knee-to-chest", hold, 1 if short else 2),
             RoutineItemSpec("double-knee-to-chest", hold, 1 if short else 2)]
    if not short:
        items.append(RoutineItemSpec("cat-cow", hold, 1))
    sandbox.write_routine(CUE_ROUTINE, items)


def cue_settings(sandbox: Sandbox) -> Settings:
    """Chimes only, every other phase as long as a hold."""
    return sandbox.write_settings(SoundMode.CHIME, quiet_extras=True,
                                  phase_seconds=PHASE_SECONDS)


@dataclass(frozen=True)
class CueTiming:
    """One phase's chime: when the app started the phase and when the sound began."""

    index: int
    boundary: float
    planned: float
    onset: float | None
    expected: str | None
    heard: str | None
    played: float | None = None  # the "t" of the cue line: when the app asked for the sound


def _chime_name(event: Event) -> str | None:
    chime = event.get("chime")
    return Path(str(chime)).stem if chime else None


def match_onsets(events: list[Event], onsets: list[float],
                 speed: float, planned: list[float]) -> list[CueTiming]:
    """Pairs each phase start in the log with the first onset that follows it."""
    # The boundary is the instant the phase was due ("due", on the same monotonic clock),
    # not when the app got round to logging it: the cue sounds before the log line.
    starts = sorted((int(number(e, "index")), number(e, "due" if "due" in e else "t"))
                    for e in events if e.get("event") == "phase_started")
    cues = [e for e in events if e.get("event") == "cue" and e.get("chime")]
    timings = []
    origin = starts[0][1] if starts else 0.0
    for n, (index, boundary) in enumerate(starts):
        following = starts[n + 1][1] if n + 1 < len(starts) else boundary + LATE_SECONDS
        limit = min(following - EARLY_SECONDS, boundary + LATE_SECONDS)
        heard = [o for o in onsets if boundary - EARLY_SECONDS <= o < limit]
        cue = next((c for c in cues if boundary - EARLY_SECONDS <= number(c, "t") < limit),
                   None)
        planned_at = origin + sum(planned[:index]) / speed
        timings.append(CueTiming(index, boundary, planned_at, heard[0] if heard else None,
                                 _chime_name(cue) if cue else None, None,
                                 number(cue, "t") if cue else None))
    return timings


def measure_cues(sandbox: Sandbox, audio_problem: str | None) -> list[Figure]:
    """Records the cue routine with chimes only and measures every chime's onset."""
    label = "Cue latency p95 (boundary → onset)"
    if audio_problem:
        return [not_measured("cue_p95", label, "ms", audio_problem, CUE_P95)]
    routine_id, speed = CUE_ROUTINE, SPEED
    timeline = sandbox.timeline(routine_id, cue_settings(sandbox))
    recorder = MonitorRecorder(MONITOR, sandbox.root / "recording")
    try:
        recorder.start()
    except RuntimeError as exc:
        return [not_measured("cue_p95", label, "ms", str(exc), CUE_P95)]
    args = ["--routine", routine_id, "--start", "--speed", f"{speed:g}", "--quit-when-done"]
    launched = sandbox.launch(APP_MODULE, args, log_events=True)
    try:
        launched.wait_for_event("finished", timeout=timeline.total_seconds / speed + 30.0)
        time.sleep(TAIL_SECONDS)
        crash = launched.trouble()
    finally:
        launched.stop()
        recording = recorder.stop()
    events = launched.events()
    if not any(e.get("event") == "phase_started" for e in events):
        return [not_measured("cue_p95", label, "ms",
                             "no phase_started in the event log (no session UI yet)", CUE_P95)]
    if not any(e.get("event") == "cue" for e in events):
        return [not_measured("cue_p95", label, "ms",
                             "no cue lines in the event log (cue player not wired in yet)",
                             CUE_P95)]
    onsets = [recording.instant(i) for i in find_onsets(recording.samples, recording.rate)]
    timings = _identified(recording, match_onsets(events, onsets, speed,
                                                  [p.seconds for p in timeline]))
    figures = _figures(timings, routine_id, speed)
    if crash:
        figures = [replace(f, note=f"{f.note}; {crash}") for f in figures]
    return figures


def _identified(recording: Recording, timings: list[CueTiming]) -> list[CueTiming]:
    """Names the chime heard at each onset (to catch an onset that is some other sound)."""
    known = load_chromas({p.stem: p for p in sorted(paths.sounds_dir().glob("*.wav"))})
    return [
        replace(t, heard=identify(recording.samples, recording.rate,
                                  recording.index(t.onset), known)[0])
        if t.onset is not None else t
        for t in timings
    ]


def _figures(timings: list[CueTiming], routine_id: str, speed: float) -> list[Figure]:
    heard = [t for t in timings if t.onset is not None]
    label = "Cue latency p95 (boundary → onset)"
    if not heard:
        return [not_measured("cue_p95", label, "ms",
                             f"no chime onset within {LATE_SECONDS:g} s of any phase start",
                             CUE_P95)]
    latency = [(t.onset - t.boundary) * 1000.0 for t in heard]  # type: ignore[operator]
    end_to_end = [(t.onset - t.planned) * 1000.0 for t in heard]  # type: ignore[operator]
    wrong = [t.index for t in heard if t.expected and t.heard != t.expected]
    first = timings[0]
    first_ms = (first.onset - first.boundary) * 1000.0 if first.onset is not None else None
    note = (f"{len(timings)} phases of {PHASE_SECONDS / speed:g} s: {len(heard)} chimes heard"
            + (f", {len(wrong)} not the chime logged" if wrong else ""))
    played = [t for t in heard if t.played is not None]
    split = ""
    if played:
        in_app = percentile([(t.played - t.boundary) * 1000.0 for t in played], 0.5)  # type: ignore[operator]
        path = percentile([(t.onset - t.played) * 1000.0 for t in played], 0.5)  # type: ignore[operator]
        split = f"; medians: {in_app:.1f} ms in the app, {path:.1f} ms from play() to sound"
    detail: dict[str, object] = {
        "latency_ms": [round(v, 2) for v in latency],
        "first_cue_ms": None if first_ms is None else round(first_ms, 2),
        "from_planned_deadline_p50_ms": round(percentile(end_to_end, 0.5), 2),
        "from_planned_deadline_p95_ms": round(percentile(end_to_end, 0.95), 2),
        # Where the time goes: inside the app (phase start -> cue line) and after it.
        "in_app_ms": [round((t.played - t.boundary) * 1000.0, 2) for t in heard
                      if t.played is not None],
        "sound_path_ms": [round((t.onset - t.played) * 1000.0, 2) for t in heard  # type: ignore[operator]
                          if t.played is not None],
        "missing_phase_indices": [t.index for t in timings if t.onset is None],
        "not_the_logged_chime": [(t.index, t.expected, t.heard) for t in heard
                                 if t.expected and t.heard != t.expected],
    }
    return [
        Figure("cue_p50", "Cue latency p50 (boundary → onset)", "ms",
               percentile(latency, 0.5), note=note),
        Figure("cue_p95", label, "ms", percentile(latency, 0.95), target=CUE_P95,
               note=note + split, detail=detail),
        Figure("cue_first", "Cue latency, first cue of the session", "ms", first_ms,
               note="the prepare chime right after --start"),
    ]
