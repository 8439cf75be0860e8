"""The finish screen's summary, counted from the phase records of a session."""

from __future__ import annotations

from pathlib import Path

from stretchdesk.core.session import Session, SessionState
from stretchdesk.core.session_summary import summarize
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind
from tests.core.clock import FakeClock
from tests.core.factory import make_library

H = PhaseKind.HOLD


def run_out(s: Session, clock: FakeClock) -> None:
    while s.state is SessionState.RUNNING:
        clock.advance(max(s.remaining, 0.5))
        s.tick()


def test_a_whole_routine_done_as_planned(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    clock = FakeClock()
    from stretchdesk.core.timeline import build_timeline

    timeline = build_timeline(lib.routines["mixed"], lib, Settings())
    s = Session(timeline, clock)
    s.start()
    run_out(s, clock)
    summary = summarize(s)
    assert summary.completed and summary.routine_id == "mixed"
    assert (summary.stretches_done, summary.stretches_total) == (2, 2)
    assert summary.seconds == timeline.total_seconds
    assert (summary.holds_extended, summary.holds_shortened, summary.holds_skipped) == (0, 0, 0)
    assert summary.changed_holds == ()
    assert len(summary.records) == len(timeline)


def test_a_change_stays_with_its_phase_when_new_settings_renumber_the_phases(
    tmp_path: Path,
) -> None:
    """+ during a rest, then Settings mid-session: no hold change appears from nowhere."""
    from stretchdesk.core.timeline import build_timeline

    lib = make_library(tmp_path)
    routine = lib.routines["mixed"]
    clock = FakeClock()
    s = Session(build_timeline(routine, lib, Settings()), clock)
    s.start()
    s.tick()
    s.skip()  # the starting position; now the first hold of the side reach (20 s)
    s.extend(5)
    while s.phase.kind is not PhaseKind.REST:
        clock.advance(max(s.remaining, 0.5))
        s.tick()
    s.extend(5)  # five seconds more rest
    # No more starting positions: every phase after the first is renumbered, and the
    # rest's old index now belongs to a hold of the other stretch.
    s.adopt(build_timeline(routine, lib, Settings(prepare_seconds=0)))
    run_out(s, clock)
    summary = summarize(s)
    assert summary.holds_extended == 1 and summary.seconds_added == 5
    assert summary.changed_holds == (("side-reach", 25.0),)
    rest = [r for r in summary.records if r.key.kind is PhaseKind.REST]
    assert rest[0].extended_by == 5


def test_stopping_mid_hold_neither_counts_the_stretch_nor_a_skip(tmp_path: Path) -> None:
    from stretchdesk.core.timeline import build_timeline

    lib = make_library(tmp_path)
    clock = FakeClock()
    s = Session(build_timeline(lib.routines["mixed"], lib, Settings()), clock)
    s.start()
    s.tick()
    s.skip()  # into the first hold
    assert s.phase.kind is H
    clock.advance(3)
    s.stop()
    summary = summarize(s)
    assert not summary.completed
    assert (summary.stretches_done, summary.holds_skipped) == (0, 0)
    assert summary.seconds == 3


def test_skipped_holds_are_counted_and_a_shortened_hold_is_remembered(tmp_path: Path) -> None:
    from stretchdesk.core.timeline import build_timeline

    lib = make_library(tmp_path)
    clock = FakeClock()
    s = Session(build_timeline(lib.routines["mixed"], lib, Settings()), clock)
    s.start()
    s.tick()
    while s.phase.stretch_id != "both-knees" or s.phase.kind is not H:
        s.skip()
    s.extend(-10)  # 30 s hold, 20 s now
    run_out(s, clock)
    summary = summarize(s)
    assert summary.holds_skipped == 4  # every side-reach hold
    assert summary.stretches_done == 1
    assert (summary.holds_shortened, summary.seconds_added) == (1, -10)
    assert summary.changed_holds == (("both-knees", 20.0),)
