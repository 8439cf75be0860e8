"""A session can start at a given phase, carrying the records of the one it resumes."""

from __future__ import annotations

import pytest

from stretchdesk.core.events import PhaseStarted
from stretchdesk.core.phase_record import PhaseKey, PhaseRecord
from stretchdesk.core.session import Session, SessionState
from stretchdesk.core.session_summary import summarize
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline
from tests.core.clock import FakeClock

P, H, R = PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.RELEASE


def two_stretches() -> Timeline:
    return Timeline([
        Phase(P, "a", None, 1, 1, 10.0, 0), Phase(H, "a", None, 1, 1, 30.0, 0),
        Phase(R, "a", None, 1, 1, 5.0, 0),
        Phase(P, "b", None, 1, 1, 10.0, 1), Phase(H, "b", None, 1, 1, 20.0, 1),
        Phase(R, "b", None, 1, 1, 5.0, 1),
    ], "r")


def done(phase: Phase, seconds: float) -> PhaseRecord:
    return PhaseRecord(PhaseKey.of(phase), phase.seconds, seconds, completed=True)


def test_a_session_starts_at_the_phase_asked_for_with_its_whole_length() -> None:
    clock = FakeClock()
    timeline = two_stretches()
    session = Session(timeline, clock)
    session.start(3)
    (started,) = session.tick()
    assert started == PhaseStarted(3, timeline[3], clock.now)
    assert session.remaining == 10.0
    clock.advance(10.0)
    assert [e.index for e in session.tick() if isinstance(e, PhaseStarted)] == [4]


def test_there_is_no_phase_past_the_end_to_start_at() -> None:
    session = Session(two_stretches(), FakeClock())
    with pytest.raises(IndexError):
        session.start(6)
    assert session.state is SessionState.IDLE


def test_a_resumed_session_counts_what_was_done_before_it() -> None:
    clock = FakeClock()
    timeline = two_stretches()
    earlier = [done(timeline[0], 10.0), done(timeline[1], 30.0), done(timeline[2], 5.0)]
    session = Session(timeline, clock, earlier)
    session.start(3)
    for _ in range(3):
        clock.advance(session.remaining)
        session.tick()
    assert session.state is SessionState.FINISHED
    summary = summarize(session)
    assert (summary.stretches_done, summary.stretches_total) == (2, 2)
    assert summary.seconds == pytest.approx(80.0)
    assert [r.key.stretch_id for r in summary.records] == ["a"] * 3 + ["b"] * 3


def test_without_earlier_records_only_this_run_counts() -> None:
    clock = FakeClock()
    session = Session(two_stretches(), clock)
    session.start(3)
    clock.advance(12.0)
    session.stop()
    summary = summarize(session)
    assert summary.stretches_done == 0
    assert summary.seconds == pytest.approx(12.0)
