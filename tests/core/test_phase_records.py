"""What the session records of every phase, and when it next needs a tick."""

from __future__ import annotations

import pytest

from stretchdesk.core.phase_record import PhaseKey
from stretchdesk.core.session import Session, SessionState
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline
from tests.core.clock import FakeClock

H, R = PhaseKind.HOLD, PhaseKind.RELEASE


def three_holds() -> Timeline:
    return Timeline([Phase(H, "x", None, rep, 3, 10.0, 0) for rep in (1, 2, 3)])


def test_each_phase_records_its_plan_and_what_happened() -> None:
    clock = FakeClock()
    s = Session(three_holds(), clock)
    s.start()
    s.extend(5)
    clock.advance(15)
    s.tick()  # the first hold ran its 15 s; the second begins
    clock.advance(3)
    s.skip()
    clock.advance(4)
    s.stop()
    first, second, third = s.records
    assert (first.planned_seconds, first.actual_seconds, first.extended_by) == (10, 15, 5)
    assert (first.completed, first.skipped) == (True, False)
    assert (second.actual_seconds, second.skipped, second.completed) == (3, True, False)
    # Stopped during the third: neither completed nor skipped.
    assert (third.actual_seconds, third.skipped, third.completed) == (4, False, False)
    assert [r.key for r in s.records] == [PhaseKey(0, "x", H, None, rep) for rep in (1, 2, 3)]


def test_going_back_runs_a_phase_again_and_keeps_its_extension() -> None:
    clock = FakeClock()
    s = Session(three_holds(), clock)
    s.start()
    clock.advance(5)
    s.extend(5)
    s.back()  # 5 s in: the phase starts over
    assert s.records[0].actual_seconds == 0 and s.records[0].extended_by == 5
    clock.advance(12)
    s.skip()
    assert (s.records[0].actual_seconds, s.records[0].skipped) == (12, True)
    assert len(s.records) == 2


def test_next_due_is_the_next_timed_event_or_the_end() -> None:
    clock = FakeClock(1000.0)
    breathing = Phase(H, "x", None, 1, 1, 30.0, 0, breath_seconds=4.0)
    s = Session(Timeline([breathing, Phase(R, "x", None, 1, 1, 10.0, 0)]), clock)
    assert s.next_due() is None  # not started
    s.start()
    assert s.next_due() == 1004.0  # the first breath
    clock.advance(4)
    s.tick()
    assert s.next_due() == 1008.0
    clock.advance(10)  # breaths at 8 and 12 are sent; halfway (15) comes before 16
    s.tick()
    assert s.next_due() == 1015.0
    clock.advance(12)  # 26 s in: the breaths are over, the countdown is next
    s.tick()
    assert s.next_due() == 1027.0
    clock.advance(3.5)  # 3-2-1 and the last breath sent: the hold's end is next
    s.tick()
    assert s.next_due() == 1030.0
    clock.advance(1)  # the release began at 1030; its countdown starts at 1037
    s.tick()
    assert s.next_due() == pytest.approx(1037.0)
    s.pause()
    assert s.next_due() is None
    s.resume()
    clock.advance(8.5)
    s.tick()
    assert s.next_due() == pytest.approx(1040.0)  # only the end is left
    clock.advance(1)
    s.tick()
    assert s.state is SessionState.FINISHED and s.next_due() is None


def test_a_late_tick_never_leaves_an_event_behind_next_due() -> None:
    clock = FakeClock(0.0)
    s = Session(Timeline([Phase(H, "x", None, 1, 1, 60.0, 0, breath_seconds=3.0)]), clock)
    s.start()
    clock.advance(20)  # nothing ticked meanwhile: six breaths are overdue
    due = s.next_due()
    assert due is not None and due <= clock.now
    s.tick()
    due = s.next_due()
    assert due is not None and due > clock.now
