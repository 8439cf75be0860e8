"""The benchmark's arithmetic and reporting, checked without starting any process.

Not part of `make test` (testpaths is tests/); run it with
`.venv/bin/python -m pytest benchmarks -q`. The end-to-end smoke check is
`python -m benchmarks --quick`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import run as bench_run
from benchmarks.cues import match_onsets
from benchmarks.figures import Figure, Target, Verdict, not_measured, percentile
from benchmarks.footprint import duplicate_copies
from benchmarks.report import DOCS_END, DOCS_START, Run, text_table, update_docs
from benchmarks.timing import _trend, phase_errors


def _phase(index: int, t: float, kind: str = "hold") -> dict[str, object]:
    return {"event": "phase_started", "index": index, "kind": kind, "t": t}


def test_a_figure_twice_the_baseline_misses_a_ratio_target() -> None:
    slow = Figure("first_window_warm", "First window", "ms", 300.0, 150.0, Target(1.5, True))
    fast = Figure("first_window_warm", "First window", "ms", 200.0, 150.0, Target(1.5, True))
    assert slow.ratio == pytest.approx(2.0)
    assert slow.verdict is Verdict.MISS
    assert fast.verdict is Verdict.PASS


def test_a_part_that_cannot_be_measured_says_why_instead_of_a_number() -> None:
    figure = not_measured("cue_p95", "Cue latency p95", "ms", "no sound server", Target(20))
    run = Run("today", {"cpu": "x", "cores": 2, "kernel": "k", "python": "3", "pyside6": "6"},
              (0.1, 0.1, 0.1), (0.2, 0.2, 0.2), False, [figure], [])
    table = text_table(run)
    assert figure.verdict is Verdict.NOT_MEASURED
    assert "not measured" in table and "no sound server" in table
    assert figure.as_json()["value"] is None


def test_percentiles_interpolate_between_ranks() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == pytest.approx(50.5)
    assert percentile(values, 0.95) == pytest.approx(95.05)
    assert percentile([7.0], 0.95) == 7.0


def test_phase_errors_are_against_absolute_deadlines_so_one_late_phase_does_not_carry_on() -> None:
    # Planned 10 s phases at speed 10: starts due at 100.0, 101.0, 102.0, end at 103.0.
    events = [_phase(0, 100.0), _phase(1, 101.050), _phase(2, 102.002),
              {"event": "finished", "t": 103.003}]
    result = phase_errors(events, [10.0, 10.0, 10.0], speed=10.0)
    assert result is not None
    assert result.errors_ms == pytest.approx([50.0, 2.0])
    assert result.drift_ms == pytest.approx(3.0)
    assert result.worst[0][:2] == (1, "hold")
    assert result.kinds_match


def test_jitter_around_a_steady_lateness_shows_no_trend_and_a_slipping_clock_does() -> None:
    planned = [10.0] * 6
    steady = [_phase(i, 100.0 + i + (0.004 if i % 2 else 0.002)) for i in range(6)]
    slipping = [_phase(i, 100.0 + i + 0.003 * i) for i in range(6)]
    assert abs(_trend(phase_errors(steady, planned, 10.0).errors_ms)) < 1.0  # type: ignore[union-attr]
    assert _trend(phase_errors(slipping, planned, 10.0).errors_ms) == pytest.approx(12.0)  # type: ignore[union-attr]


def test_a_run_that_stopped_early_is_flagged() -> None:
    result = phase_errors([_phase(0, 5.0), _phase(1, 6.0)], [10.0, 10.0, 10.0], speed=10.0)
    assert result is not None and not result.kinds_match and result.drift_ms is None


def test_each_phase_gets_the_first_onset_after_its_start_and_a_silent_phase_gets_none() -> None:
    events = [_phase(0, 10.0, "prepare"), {"event": "cue", "chime": "prepare", "t": 10.001},
              _phase(1, 11.0), _phase(2, 12.0, "release")]
    onsets = [10.012, 10.3, 12.008]
    timings = match_onsets(events, onsets, speed=10.0, planned=[10.0, 10.0, 10.0])
    assert [t.onset for t in timings] == [10.012, None, 12.008]
    assert timings[0].expected == "prepare" and timings[0].played == 10.001
    assert timings[2].planned == pytest.approx(12.0)


def test_version_aliases_of_a_library_count_as_copies(tmp_path: Path) -> None:
    for name in ("libavcodec.so", "libavcodec.so.61", "libavcodec.so.61.3"):
        (tmp_path / name).write_bytes(b"x" * 5000)
    (tmp_path / "libQt6Core.so.6").write_bytes(b"y" * 100)
    assert sorted(duplicate_copies(tmp_path)) == ["libavcodec.so.61", "libavcodec.so.61.3"]


def test_the_docs_block_is_replaced_and_the_prose_around_it_kept(tmp_path: Path) -> None:
    docs = tmp_path / "performance.md"
    docs.write_text(f"# Performance\n\nWhy.\n\n{DOCS_START}\nold table\n{DOCS_END}\n\nMore.\n")
    figure = Figure("venv", ".venv installed size", "MiB", 500.0, target=Target(450.0))
    run = Run("2026-01-01", {"cpu": "c", "cores": 2, "kernel": "k", "python": "3.11",
                             "pyside6": "6.11"}, (1, 1, 1), (1, 1, 1), False, [figure], [])
    update_docs(run, docs)
    update_docs(run, docs)
    text = docs.read_text()
    assert text.count(DOCS_START) == 1 and "old table" not in text
    assert text.startswith("# Performance\n\nWhy.") and text.rstrip().endswith("More.")
    assert "| .venv installed size | 500.0 MiB |" in text and "MISS" in text


def test_only_takes_named_parts_in_the_table_order_and_refuses_unknown_ones() -> None:
    assert bench_run.parse_parts("venv, startup") == ("startup", "venv")
    assert bench_run.parse_parts("startup") == ("startup",)
    with pytest.raises(SystemExit):
        bench_run.main(["--only", "startup,warp-speed"])
    with pytest.raises(SystemExit):
        bench_run.main(["--only", ","])


def test_a_partial_run_keeps_the_full_runs_json_and_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    latest, docs = tmp_path / "latest.json", tmp_path / "performance.md"
    latest.write_text("{}\n")
    docs.write_text(f"{DOCS_START}\nfull table\n{DOCS_END}\n")
    monkeypatch.setattr(bench_run, "DEFAULT_JSON", latest)
    monkeypatch.setattr(bench_run, "DOCS", docs)
    asked: list[tuple[str, ...]] = []

    def fake_run(plan: object, quick: bool, python: str, keep: bool = False,
                 parts: tuple[str, ...] = bench_run.PARTS) -> Run:
        asked.append(tuple(parts))
        figure = Figure("first_window_warm", "First window", "ms", 150.0, 100.0,
                        Target(1.5, True))
        return Run("today", {"cpu": "c", "cores": 2, "kernel": "k", "python": "3",
                             "pyside6": "6"}, (0, 0, 0), (0, 0, 0), quick, [figure], [])

    monkeypatch.setattr(bench_run, "run", fake_run)
    assert bench_run.main(["--only", "startup", "--write-docs"]) == 0
    assert asked == [("startup",)]
    assert "150 ms" in capsys.readouterr().out
    assert latest.read_text() == "{}\n" and "full table" in docs.read_text()
    chosen = tmp_path / "startup.json"
    bench_run.main(["--only", "startup", "--json", str(chosen)])
    assert '"first_window_warm"' in chosen.read_text()


def test_history_figures_take_the_p95_of_every_commit_and_the_median_first_opening() -> None:
    from benchmarks.history import HistoryResult, history_figures

    commits: dict[str, object] = {"phase_ms": [0.05] * 94 + [3.0] * 6, "end_ms": [4.0, 6.0],
                                  "saved": True}
    opens: list[dict[str, object]] = [{"first_ms": v, "again_ms": [20.0]}
                                      for v in (150.0, 250.0, 190.0)]
    figures = {f.key: f for f in history_figures(HistoryResult(3650, 200_000, 15.0, commits,
                                                               opens))}
    assert figures["history_commit_p95"].verdict is Verdict.MISS  # 6 % of commits are slow
    assert figures["history_open"].value == 190.0
    assert figures["history_open"].verdict is Verdict.PASS
    failed = history_figures(HistoryResult(3650, 200_000, 15.0, None, [], "a probe failed"))
    assert [f.verdict for f in failed] == [Verdict.NOT_MEASURED, Verdict.NOT_MEASURED]
    assert "a probe failed" in failed[0].note


def test_enter_to_first_frame_is_the_median_of_the_runs_and_failures_are_kept() -> None:
    from benchmarks.first_start import ENTER_TARGET, EnterRun, _enter_figures

    runs: list[EnterRun | str] = [EnterRun(180.0, 190.0, 900.0, 80.0),
                                  EnterRun(320.0, 330.0, 1200.0, 81.0),
                                  "no first frame after Enter", EnterRun(250.0, 262.0, None, 80.5)]
    figure = _enter_figures("enter_sound", "Enter to first frame", runs, ENTER_TARGET, "note")
    assert figure.value == 250.0 and figure.verdict.value == "PASS"
    assert figure.detail["failed"] == ["no first frame after Enter"]
    assert figure.detail["sounds_ready_after_window_ms"] == [900, 1200]
    nothing = _enter_figures("enter_sound", "Enter to first frame", ["no window"], ENTER_TARGET,
                             "note")
    assert nothing.value is None and nothing.note == "no window"


def test_a_session_without_the_floors_voice_is_not_held_to_the_floor_target() -> None:
    from benchmarks.resources import _unequal_sounds

    assert _unequal_sounds("", "") == ""
    no_engine = "No voice: no speech engine found"
    assert _unequal_sounds(no_engine, no_engine) == ""
    why = _unequal_sounds("No voice: Connection to speech-dispatcher failed", "")
    assert "not compared" in why and "speech-dispatcher" in why and "all working" in why


def test_the_apps_sound_status_is_read_from_its_last_sound_event(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from benchmarks.launched import Launched, OutputCapture
    from benchmarks.resources import _app_missing

    log = tmp_path / "events.jsonl"
    lines = [{"event": "sound", "missing": "No voice: starting"}, {"event": "phase_started"},
             {"event": "sound", "missing": ""}]
    log.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-c", "pass"], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    launched = Launched(process, 0.0, log, OutputCapture(process))
    process.wait()
    assert _app_missing(launched) == ""
    log.write_text(json.dumps(lines[0]) + "\n", encoding="utf-8")
    assert _app_missing(launched) == "No voice: starting"


def test_the_first_window_in_french_is_set_beside_the_same_bare_window() -> None:
    from benchmarks.startup import StartupResult, startup_figures

    result = StartupResult([300.0, 310.0, 320.0], [200.0, 210.0, 220.0],
                           [330.0, 340.0, 350.0], None, None, "skipped")
    figures = {figure.key: figure for figure in startup_figures(result)}
    french = figures["first_window_french"]
    assert french.value == 340.0 and french.baseline == 210.0
    assert french.verdict is Verdict.MISS  # 1.62× the bare window
    assert figures["first_window_warm"].verdict is Verdict.PASS  # 1.48×


def test_the_tray_is_measured_with_the_pickers_routines_and_no_history_to_resume() -> None:
    from benchmarks.sandbox import Sandbox
    from benchmarks.tray import _tray_data

    sandbox = Sandbox(":99", None)
    try:
        (sandbox.data / "routines" / "mine.yaml").write_text("id: mine\n", encoding="utf-8")
        (sandbox.data / "history.sqlite3").write_bytes(b"a session cut short")
        data = _tray_data(sandbox)
        assert data != sandbox.data
        assert sorted(path.name for path in data.rglob("*")) == ["mine.yaml", "routines"]
    finally:
        sandbox.remove()


def test_the_animation_is_measured_beside_the_same_phases_with_a_still_figure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from benchmarks import animation
    from benchmarks.procstats import CpuWindow
    from benchmarks.resources import Durations, Helpers
    from benchmarks.sandbox import Sandbox
    from stretchdesk.core.settings import Motion
    from stretchdesk.core.settings_store import SettingsStore

    sandbox = Sandbox(":99", None)
    motions: list[Motion] = []

    def run(sandbox: Sandbox, *_: object) -> tuple[CpuWindow, int, str]:
        motion = SettingsStore(sandbox.config, clock=time.time).load().motion
        motions.append(motion)
        return CpuWindow(30.0, {1234: 9.0 if motion is Motion.REDUCED else 25.0}), 20, ""

    monkeypatch.setattr(animation, "_run", run)
    try:
        settings = sandbox.write_settings()
        listener: Any = None  # the fake run never waits for a window
        figures = animation.measure_animation(sandbox, listener, Helpers(), Durations(), settings)
        saved = SettingsStore(sandbox.config, clock=time.time).load()
    finally:
        sandbox.remove()
    assert motions == [Motion.SYSTEM, Motion.REDUCED]
    assert [(f.key, f.value) for f in figures] == [("cpu_animation", 25.0),
                                                   ("cpu_animation_still", 9.0)]
    assert figures[0].verdict is Verdict.MISS and figures[1].verdict is Verdict.INFO
    assert saved == settings  # the parts after it play with the settings they were given


def test_the_run_says_how_much_cpu_time_the_host_took_and_stolen_time_only_grows() -> None:
    import os

    from benchmarks.procstats import stolen_seconds
    from benchmarks.run import _stolen_note

    before = stolen_seconds()
    assert before >= 0.0 and stolen_seconds() >= before
    note = _stolen_note(6.0, 100.0)
    assert "6.0 s" in note and "100 s" in note and "steal" in note
    assert f"{600.0 / (100.0 * (os.cpu_count() or 1)):.1f} %" in note
