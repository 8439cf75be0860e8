"""A running session is recorded phase by phase, each phase on disk as soon as it ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.history import HistoryStore, Outcome
from stretchdesk.core.history.recorder import SessionRecorder
from stretchdesk.core.model import Side
from stretchdesk.core.session import Session
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline
from tests.core.clock import FakeClock
from tests.core.history.sessions import PARIS, T0, rows

P, H, R, S = PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.RELEASE, PhaseKind.SWITCH
L, RIGHT = Side.LEFT, Side.RIGHT
PHASES = """SELECT phase_index, item, stretch_id, kind, side, repetition, planned_seconds,
                   actual_seconds, skipped, extended_by FROM phase ORDER BY seq"""


def one_sided(release: float = 5.0) -> Timeline:
    phases = [Phase(P, "tilt", L, 1, 2, 10.0, 0), Phase(H, "tilt", L, 1, 2, 30.0, 0),
              Phase(R, "tilt", L, 1, 2, release, 0), Phase(S, "tilt", RIGHT, 1, 2, 5.0, 0),
              Phase(H, "tilt", RIGHT, 1, 2, 30.0, 0), Phase(R, "tilt", RIGHT, 1, 2, release, 0)]
    return Timeline([p for p in phases if p.seconds > 0], "after-sitting")


class Run:
    """A session on a fake clock, recorded into a real history file as the app does."""

    def __init__(self, folder: Path, timeline: Timeline) -> None:
        self.clock = FakeClock()
        self.store = HistoryStore(folder, T0)
        self.session = Session(timeline, self.clock)
        self.recording = self.store.start_session("after-sitting", "After long sitting",
                                                  "beginner", T0, PARIS)
        self.recorder = SessionRecorder(self.session, self.recording)

    def wall(self) -> float:
        return T0 + self.clock.now

    def tick(self, seconds: float = 0.0) -> None:
        self.clock.advance(seconds)
        self.recorder.take(self.session.tick(), self.wall())

    def start(self) -> None:
        self.session.start()
        self.tick()

    def next_phase(self) -> None:
        self.tick(self.session.remaining)

    def command(self, name: str, *args: float) -> None:
        getattr(self.session, name)(*args)
        self.tick()


@pytest.fixture
def path(folder: Path) -> Path:
    return folder / "history.sqlite3"


def test_each_phase_is_on_disk_as_soon_as_the_next_one_begins(folder: Path, path: Path) -> None:
    run = Run(folder, one_sided())
    run.start()
    assert rows(path, PHASES) == []
    run.next_phase()
    assert rows(path, PHASES) == [(0, 0, "tilt", "prepare", "left", 1, 10.0, 10.0, 0, 0.0)]
    for _ in range(5):
        run.next_phase()
    assert [r[:6] for r in rows(path, PHASES)] == [
        (0, 0, "tilt", "prepare", "left", 1), (1, 0, "tilt", "hold", "left", 1),
        (2, 0, "tilt", "release", "left", 1), (3, 0, "tilt", "switch", "right", 1),
        (4, 0, "tilt", "hold", "right", 1), (5, 0, "tilt", "release", "right", 1)]
    assert rows(path, "SELECT outcome, active_seconds, ended_at FROM session") == [
        ("finished", 85.0, run.wall())]


def test_skips_changes_and_a_stop_are_recorded_as_they_were(folder: Path, path: Path) -> None:
    run = Run(folder, one_sided())
    run.start()
    run.tick(4.0)
    run.command("skip")  # the starting position after 4 s
    run.command("extend", 10.0)  # a longer hold
    run.next_phase()
    run.tick(2.0)
    run.command("stop")  # 2 s into the release
    assert [(r[3], r[7], r[8], r[9]) for r in rows(path, PHASES)] == [
        ("prepare", 4.0, 1, 0.0), ("hold", 40.0, 0, 10.0), ("release", 2.0, 0, 0.0)]
    assert rows(path, "SELECT outcome, active_seconds FROM session") == [("stopped", 46.0)]


def test_a_phase_gone_back_to_is_recorded_once_when_the_session_moves_on(
        folder: Path, path: Path) -> None:
    run = Run(folder, one_sided())
    run.start()
    run.next_phase()
    run.tick(1.0)
    run.command("back")  # 1 s into the hold: back to the starting position
    assert len(rows(path, PHASES)) == 1
    run.tick(3.0)
    run.command("back")  # 3 s in: the starting position starts over
    run.next_phase()
    run.next_phase()
    # The starting position twice (each run as it went), the hold once.
    assert [(r[0], r[3], r[7]) for r in rows(path, PHASES)] == [
        (0, "prepare", 10.0), (0, "prepare", 10.0), (1, "hold", 30.0)]


def test_a_late_tick_records_every_phase_it_passed(folder: Path, path: Path) -> None:
    run = Run(folder, one_sided())
    run.start()
    run.tick(10.0 + 30.0 + 5.0 + 1.0)  # the app was busy: three phases end at once
    assert [r[0] for r in rows(path, PHASES)] == [0, 1, 2]
    assert run.recorder.ended is False


def test_new_settings_mid_session_keep_each_record_with_its_phase(
        folder: Path, path: Path) -> None:
    run = Run(folder, one_sided())
    run.start()
    run.next_phase()
    run.session.adopt(one_sided(release=0.0))  # no release any more: phases renumbered
    run.recorder.adopted()
    run.tick()
    while run.session.state.value == "running":
        run.next_phase()
    recorded = rows(path, PHASES)
    assert [(r[0], r[3], r[4]) for r in recorded] == [
        (0, "prepare", "left"), (1, "hold", "left"), (2, "switch", "right"),
        (3, "hold", "right")]
    assert rows(path, "SELECT outcome FROM session") == [(Outcome.FINISHED.value,)]
