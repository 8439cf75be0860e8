"""--event-log: one JSON line for every phase start, timed event and command."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from stretchdesk.audio.player import SilentPlayer
from stretchdesk.controller.driver import SessionDriver
from stretchdesk.core.event_log import EventLog
from stretchdesk.core.library import Library
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import build_timeline
from stretchdesk.ui.main_window import MainWindow
from tests.core.clock import FakeClock
from tests.helpers.event_log import first_tick_phases


def read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_phase_start_and_command_is_logged(
    qtbot: QtBot, library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    real = FakeClock(50.0)  # stands in for time.monotonic, which the log really uses
    path = tmp_path / "events.jsonl"
    driver = SessionDriver(clock=clock, event_log=EventLog(path, clock=real))
    timeline = build_timeline(library.routines["desk-break"], library, Settings())
    driver.load(timeline)
    driver.start()
    clock.advance(3.0)
    real.advance(3.0)
    driver.pause()
    driver.resume()
    driver.extend(5.0)
    driver.extend(-5.0)
    driver.skip()
    driver.back()
    for _ in range(int(timeline.total_seconds) + 5):
        clock.advance(1.0)
        real.advance(1.0)
        driver.tick()
    assert driver.event_log is not None
    driver.event_log.close()

    events = read(path)
    names = [e["event"] for e in events]
    assert names[0] == "started"
    for command in ("paused", "resumed", "extended", "skipped", "back"):
        assert command in names, command
    assert names[-1] == "finished"
    started = [e["index"] for e in events if e["event"] == "phase_started"]
    # every phase began, in order, with phase 1 skipped and then returned to by back
    assert started == [0, 1, 0, *range(1, len(timeline))]
    first = next(e for e in events if e["event"] == "phase_started")
    assert first == {"t": 50.0, "event": "phase_started", "index": 0, "kind": "prepare",
                     "side": "left", "stretch": "seated-knee-to-chest", "rep": 1, "reps": 2,
                     "seconds": 10.0, "due": 1000.0}  # due: on the driver's (fake) clock
    paused = next(e for e in events if e["event"] == "paused")
    assert (paused["t"], paused["index"], paused["kind"]) == (53.0, 0, "prepare")
    extended = [e["seconds"] for e in events if e["event"] == "extended"]
    assert extended == [5.0, -5.0]
    assert [e["seconds_left"] for e in events if e["event"] == "countdown"][:3] == [3, 2, 1]
    times = [float(e["t"]) for e in events]  # type: ignore[arg-type]
    assert times == sorted(times)


def test_stop_and_other_parts_of_the_app_log_too(
    qtbot: QtBot, library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "events.jsonl"
    driver = SessionDriver(clock=clock, event_log=EventLog(path, clock))
    driver.load(build_timeline(library.routines["desk-break"], library, Settings()))
    driver.start()
    driver.log_event("cue", chime="prepare", text="Starting position: seated knee to chest")
    driver.stop()
    assert driver.event_log is not None
    driver.event_log.close()
    events = read(path)
    cue = next(e for e in events if e["event"] == "cue")
    assert cue["text"] == "Starting position: seated knee to chest"
    assert cue["chime"] == "prepare"
    assert events[-1]["event"] == "stopped"
    assert events[-1]["index"] == 0


def test_an_unwritable_log_is_reported_and_the_session_goes_on(
    qtbot: QtBot, library: Library, clock: FakeClock, tmp_path: Path, capsys: object
) -> None:
    log = EventLog(tmp_path / "no-such-folder" / "events.jsonl", clock)
    assert not log.writing
    driver = SessionDriver(clock=clock, event_log=log)
    driver.load(build_timeline(library.routines["desk-break"], library, Settings()))
    driver.start()
    clock.advance(1.0)
    driver.tick()
    assert driver.session is not None and driver.session.index == 0
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "cannot write the event log" in err


def test_phase_started_lines_say_when_the_phase_was_due(qtbot: QtBot, tmp_path: Path) -> None:
    import pytest

    from stretchdesk.core.timeline import Phase, PhaseKind, Timeline

    clock = FakeClock(1000.0)
    log_path = tmp_path / "log.jsonl"
    log = EventLog(log_path, clock=clock)
    driver = SessionDriver(clock=clock, speed=10, event_log=log)
    driver.load(Timeline([Phase(PhaseKind.HOLD, "x", None, 1, 1, s, 0) for s in (10, 10)]))
    driver.start()
    driver.tick()
    clock.advance(1.5)  # the second phase was due 0.5 s ago (10 s at 10× speed)
    driver.tick()
    log.close()
    lines = [json.loads(x) for x in log_path.read_text().splitlines()]
    starts = [x for x in lines if x["event"] == "phase_started"]
    assert [x["due"] for x in starts] == pytest.approx([1000.0, 1001.0])
    assert starts[1]["t"] == pytest.approx(1001.5)


def test_a_slow_start_logs_the_cue_of_the_last_phase_its_first_tick_began(
    window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    """What tests of a whole session at high speed read (tests/helpers/event_log.py)."""
    controller = window.controller
    controller.attach_sound(SilentPlayer())
    path = tmp_path / "events.jsonl"
    controller.driver.event_log = EventLog(path, clock)

    def slow_to_show(state: SessionState) -> None:
        if state is SessionState.RUNNING:
            clock.advance(12.0)  # past the 10 s starting position before the first tick

    controller.driver.state_changed.connect(slow_to_show)
    controller.start_routine("desk-break")
    controller.driver.event_log.close()
    events = read(path)
    begun = first_tick_phases(events)
    assert [(e["index"], e["kind"]) for e in begun] == [(0, "prepare"), (1, "hold")]
    cues = [e for e in events if e["event"] == "cue"]
    assert cues[0]["chime"] == "hold" and cues[0]["text"].startswith("Left side")
