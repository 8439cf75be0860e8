"""The session state machine on a fake clock: phases, commands and timed events."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from stretchdesk.core.model import Side
from stretchdesk.core.session import (
    Breath,
    Countdown,
    Finished,
    Halfway,
    PhaseStarted,
    Session,
    SessionState,
    Stopped,
)
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline, build_timeline
from tests.core.clock import FakeClock
from tests.core.factory import make_library

H = PhaseKind.HOLD


def timeline_of(*seconds: float, kind: PhaseKind = H) -> Timeline:
    """Phases of `kind` with these lengths: the repetitions 1, 2, ... of one stretch."""
    n = len(seconds)
    return Timeline([Phase(kind, "x", None, rep, n, s, 0) for rep, s in enumerate(seconds, 1)])


def started(events) -> list[int]:
    return [e.index for e in events if isinstance(e, PhaseStarted)]


def run_to_end(session: Session, clock: FakeClock, step: float = 0.25) -> list:
    events = []
    while session.state is SessionState.RUNNING:
        clock.advance(step)
        events += session.tick()
    return events


@pytest.mark.parametrize("order", ["alternate", "one-side-first"])
def test_whole_sequence_of_a_routine(tmp_path: Path, order: str) -> None:
    lib = make_library(tmp_path, order)
    tl = build_timeline(lib.routines["mixed"], lib, Settings())
    clock = FakeClock()
    s = Session(tl, clock)
    s.start()
    events = s.tick() + run_to_end(s, clock)
    phases = [e.phase for e in events if isinstance(e, PhaseStarted)]
    assert phases == list(tl)
    assert [(p.kind, p.side) for p in phases if p.item == 0][:4] == (
        [(PhaseKind.PREPARE, Side.LEFT), (H, Side.LEFT), (PhaseKind.RELEASE, Side.LEFT),
         (PhaseKind.SWITCH, Side.RIGHT)] if order == "alternate" else
        [(PhaseKind.PREPARE, Side.LEFT), (H, Side.LEFT), (PhaseKind.RELEASE, Side.LEFT),
         (H, Side.LEFT)]
    )
    assert events.count(Finished()) == 1
    assert isinstance(events[-1], Finished)
    assert s.state is SessionState.FINISHED
    assert s.elapsed == pytest.approx(tl.total_seconds, abs=1e-6)


def test_phase_zero_is_announced_on_the_first_tick() -> None:
    clock = FakeClock()
    s = Session(timeline_of(5, 5), clock)
    assert s.tick() == []
    assert s.state is SessionState.IDLE
    s.start()
    assert s.tick() == [PhaseStarted(0, s.timeline[0])]
    assert s.remaining == 5


def test_remaining_follows_the_clock() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10, 10), clock)
    s.start()
    s.tick()
    clock.advance(3.25)
    s.tick()
    assert s.remaining == pytest.approx(6.75, abs=1e-6)
    assert s.elapsed == pytest.approx(3.25, abs=1e-6)


def test_pause_freezes_remaining_time_across_ten_minutes() -> None:
    clock = FakeClock()
    s = Session(timeline_of(30, 10), clock)
    s.start()
    clock.advance(12)
    s.tick()
    s.pause()
    assert s.state is SessionState.PAUSED
    frozen = s.remaining
    for _ in range(600):
        clock.advance(1)
        assert s.tick() == []
        assert s.remaining == frozen
    s.resume()
    assert s.state is SessionState.RUNNING
    assert s.remaining == pytest.approx(18, abs=1e-6)
    clock.advance(18)
    assert started(s.tick()) == [1]
    assert s.elapsed == pytest.approx(30, abs=1e-6)


def test_skip_ends_the_phase_now() -> None:
    clock = FakeClock()
    s = Session(timeline_of(30, 10), clock)
    s.start()
    s.tick()
    clock.advance(4)
    s.skip()
    assert s.index == 1
    assert s.remaining == 10
    assert started(s.tick()) == [1]
    assert [(r.key.rep, r.skipped, r.actual_seconds) for r in s.records] == [
        (1, True, pytest.approx(4)), (2, False, 0.0)]
    assert s.elapsed == pytest.approx(4, abs=1e-6)


def test_skip_on_the_last_phase_finishes() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10), clock)
    s.start()
    s.tick()
    s.skip()
    assert s.tick() == [Finished()]
    assert s.state is SessionState.FINISHED


def test_back_restarts_the_phase_after_two_seconds() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10, 10), clock)
    s.start()
    clock.advance(12.5)  # 2.5 s into phase 1
    assert started(s.tick()) == [0, 1]
    s.back()
    assert s.index == 1
    assert s.remaining == 10
    assert started(s.tick()) == [1]


def test_back_goes_to_the_previous_phase_within_two_seconds() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10, 10), clock)
    s.start()
    clock.advance(11.5)  # 1.5 s into phase 1
    s.tick()
    s.back()
    assert s.index == 0
    assert s.remaining == 10
    assert started(s.tick()) == [0]
    assert s.elapsed == 0


def test_back_at_the_first_phase_restarts_it() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10, 10), clock)
    s.start()
    s.tick()
    clock.advance(1)
    s.back()
    assert (s.index, s.remaining) == (0, 10)


def test_extend_lengthens_and_shortens_the_current_phase() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10, 10), clock)
    s.start()
    s.tick()
    clock.advance(2)
    s.extend(5)
    assert s.remaining == pytest.approx(13)
    assert s.phase_seconds == 15
    s.extend(-5)
    assert s.remaining == pytest.approx(8)
    clock.advance(8)
    assert started(s.tick()) == [1]
    assert s.records[0].extended_by == 0.0
    assert s.records[0].actual_seconds == pytest.approx(10)


def test_shortening_past_the_end_skips() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10, 10), clock)
    s.start()
    s.tick()
    clock.advance(7)
    s.extend(-5)
    assert s.index == 1


def test_extend_plays_the_countdown_again_before_the_new_end() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10), clock)
    s.start()
    s.tick()
    clock.advance(7.5)
    assert [e for e in s.tick() if isinstance(e, Countdown)] == [Countdown(3)]
    s.extend(5)
    clock.advance(7.5)
    assert [e for e in s.tick() if isinstance(e, Countdown)] == [
        Countdown(3), Countdown(2), Countdown(1)]


def test_stop_reports_stopped_once_and_freezes() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10, 10), clock)
    s.start()
    s.tick()
    clock.advance(3)
    s.stop()
    assert s.tick() == [Stopped()]
    assert s.state is SessionState.STOPPED
    clock.advance(100)
    assert s.tick() == []
    s.stop()
    assert s.tick() == []


def test_countdown_three_two_one_once_per_phase_of_four_seconds_or_more() -> None:
    clock = FakeClock()
    s = Session(timeline_of(4, 3.5, 10, 6), clock)
    s.start()
    events = s.tick() + run_to_end(s, clock, step=0.1)
    per_phase: dict[int, list[int]] = {}
    current = -1
    for e in events:
        if isinstance(e, PhaseStarted):
            current = e.index
            per_phase[current] = []
        elif isinstance(e, Countdown):
            per_phase[current].append(e.seconds_left)
    assert per_phase == {0: [3, 2, 1], 1: [], 2: [3, 2, 1], 3: [3, 2, 1]}


def test_countdown_comes_at_the_right_moment() -> None:
    clock = FakeClock()
    s = Session(timeline_of(10), clock)
    s.start()
    s.tick()
    clock.advance(6.999)
    assert s.tick() == []
    clock.advance(0.001)
    assert s.tick() == [Countdown(3)]


def test_halfway_once_in_every_hold_of_twenty_seconds_or_more() -> None:
    clock = FakeClock()
    phases = [Phase(H, "x", None, 1, 1, 20, 0), Phase(H, "x", None, 1, 1, 19.5, 0),
              Phase(PhaseKind.REST, "x", None, 1, 1, 30, 0), Phase(H, "x", None, 1, 1, 60, 0)]
    s = Session(Timeline(phases), clock)
    s.start()
    s.tick()
    clock.advance(9.99)
    assert not [e for e in s.tick() if isinstance(e, Halfway)]
    clock.advance(0.01)
    assert s.tick() == [Halfway(0)]
    events = run_to_end(s, clock)
    assert [e for e in events if isinstance(e, Halfway)] == [Halfway(3)]


def test_breath_events_pace_a_dynamic_hold() -> None:
    clock = FakeClock()
    s = Session(Timeline([Phase(H, "x", None, 1, 1, 13, 0, breath_seconds=4)]), clock)
    s.start()
    events = s.tick() + run_to_end(s, clock, step=0.5)
    assert [e for e in events if isinstance(e, Breath)] == [
        Breath(0, inhale=False), Breath(0, inhale=True), Breath(0, inhale=False)]


def test_a_late_tick_catches_up_in_order() -> None:
    clock = FakeClock()
    tl = timeline_of(5, 5, 20, 5)
    s = Session(tl, clock)
    s.start()
    s.tick()
    clock.advance(31)
    events = s.tick()
    assert started(events) == [1, 2, 3]
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["Countdown", "Countdown", "Countdown", "PhaseStarted",
                     "Countdown", "Countdown", "Countdown", "PhaseStarted",
                     "Halfway", "Countdown", "Countdown", "Countdown", "PhaseStarted"]
    assert s.remaining == pytest.approx(4)
    clock.advance(100)
    assert s.tick()[-1] == Finished()
    assert s.tick() == []


def test_random_ticks_never_move_a_boundary() -> None:
    rng = random.Random(20261122)
    lengths = [rng.choice([0.5, 3, 4, 5, 7.5, 10, 20, 30.25]) for _ in range(1000)]
    tl = timeline_of(*lengths)
    clock = FakeClock(5000.0)
    origin = clock.now
    s = Session(tl, clock)
    s.start()
    boundaries = [origin]
    for seconds in lengths:
        boundaries.append(boundaries[-1] + seconds)
    s.tick()
    seen = 0
    while s.state is SessionState.RUNNING:
        clock.advance(rng.uniform(0.01, 1.5))
        for event in s.tick():
            if isinstance(event, PhaseStarted):
                seen += 1
                assert boundaries[event.index] <= clock.now
        if s.state is SessionState.RUNNING:
            # position is a function of time alone
            assert boundaries[s.index] <= clock.now < boundaries[s.index + 1]
            assert s.remaining == pytest.approx(boundaries[s.index + 1] - clock.now, abs=1e-6)
    assert seen == len(lengths) - 1
    assert abs(s.elapsed - tl.total_seconds) < 1e-6


def test_adopt_continues_with_new_settings_from_the_next_phase(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    routine = lib.routines["mixed"]
    clock = FakeClock()
    s = Session(build_timeline(routine, lib, Settings()), clock)
    s.start()
    clock.advance(15)  # 5 s into the first hold (20 s)
    s.tick()
    assert s.phase.kind is H
    s.pause()
    s.adopt(build_timeline(routine, lib, Settings(release_seconds=2, rest_seconds=30)))
    assert s.phase.kind is H and s.phase_seconds == 20
    s.resume()
    clock.advance(15)
    events = s.tick()
    assert [e.phase.seconds for e in events if isinstance(e, PhaseStarted)] == [2]


def test_phase_started_carries_its_boundary_even_when_reported_late() -> None:
    clock = FakeClock(100.0)
    s = Session(timeline_of(5, 5, 5), clock)
    s.start()
    clock.advance(12.5)
    events = s.tick()
    assert [e.at for e in events if isinstance(e, PhaseStarted)] == [100.0, 105.0, 110.0]
    assert PhaseStarted(1, s.timeline[1]) in events  # equality ignores the instant
