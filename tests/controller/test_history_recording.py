"""The controller records every session it runs, offers a session cut short, and asks the
back check-in: through the real history file, on a fake clock."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from stretchdesk.audio.player import SilentPlayer
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.history.check_in import BackCheckIn, CheckInMoment
from stretchdesk.core.library import Library
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind, build_timeline
from tests.controller.conftest import FakeView
from tests.controller.test_app_controller import run_out
from tests.core.clock import FakeClock
from tests.core.history.sessions import T0, rows
from tests.helpers.timers import FakeTimers

ROUTINE = "desk-break"
OTHER = Path(__file__).resolve().parents[1] / "core" / "history" / "other_process.py"


class App:
    """One run of the app's controller over a history folder: what a start of it does."""

    def __init__(self, library: Library, folder: Path, settings: Settings | None = None) -> None:
        self.clock, self.timers = FakeClock(), FakeTimers()
        self.wall = T0
        service = LibraryService(lambda: library, folder / "routines", timers=self.timers)
        keeper = SettingsKeeper(SettingsStore(folder / "config", lambda: 0.0))
        self.controller = AppController(service, keeper, settings or Settings(), clock=self.clock,
                                        timers=self.timers, wall_clock=lambda: self.wall)
        self.controller.set_view(FakeView())
        self.controller.attach_sound(SilentPlayer())
        self.notices: list[str] = []
        self.questions: list[BackCheckIn | None] = []
        self.controller.notice.connect(self.notices.append)
        self.controller.check_in_changed.connect(self.questions.append)
        self.controller.open_history(folder)

    def next_phase(self) -> None:
        session = self.controller.session
        assert session is not None
        self.clock.advance(session.remaining)
        self.wall += session.remaining
        self.timers.fire("session tick")

    def run_out(self) -> None:
        run_out(self.controller, self.clock, self.timers)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def path(folder: Path) -> Path:
    return folder / "history.sqlite3"


def test_a_session_is_recorded_from_its_start_phase_by_phase_to_its_end(
        library: Library, folder: Path, path: Path) -> None:
    app = App(library, folder)
    timeline = build_timeline(library.routines[ROUTINE], library, Settings())
    assert app.controller.start_routine(ROUTINE)
    assert rows(path, "SELECT routine_id, routine_name, level, started_at, outcome "
                      "FROM session") == [(ROUTINE, "Desk break", "intermediate", T0, None)]
    app.next_phase()
    app.next_phase()
    assert [r[0] for r in rows(path, "SELECT kind FROM phase ORDER BY seq")] == [
        timeline[0].kind.value, timeline[1].kind.value]
    app.run_out()
    assert rows(path, "SELECT count(*) FROM phase") == [(len(timeline),)]
    assert rows(path, "SELECT outcome, active_seconds FROM session") == [
        ("finished", pytest.approx(timeline.total_seconds))]
    assert app.notices == []


def test_a_stopped_session_is_recorded_with_the_phase_it_stopped_in(
        library: Library, folder: Path, path: Path) -> None:
    app = App(library, folder)
    app.controller.start_routine(ROUTINE)
    app.next_phase()
    app.clock.advance(2.0)
    app.controller.stop()
    assert rows(path, "SELECT outcome FROM session") == [("stopped",)]
    assert [r[1] for r in rows(path, "SELECT kind, actual_seconds FROM phase")] == [
        10.0, pytest.approx(2.0)]


def test_closing_mid_session_leaves_it_to_resume_next_time_as_one_session(
        library: Library, folder: Path, path: Path) -> None:
    app = App(library, folder)
    timeline = build_timeline(library.routines[ROUTINE], library, Settings())
    app.controller.start_routine(ROUTINE)
    for _ in range(5):
        app.next_phase()
    app.clock.advance(1.0)
    app.controller.shut_down()  # the window closed during phase 5
    app.controller.history.close()  # type: ignore[union-attr]
    assert rows(path, "SELECT outcome FROM session") == [(None,)]
    assert rows(path, "SELECT count(*) FROM phase") == [(5,)]  # not the one in progress

    again = App(library, folder)
    offer = again.controller.resume_offer()
    assert offer is not None and offer.index == 5
    phase = timeline[5]
    assert offer.question.startswith("Resume Desk break: ")
    assert library.stretches[phase.stretch_id].name.lower() in offer.question.lower()
    started: list[int] = []
    again.controller.phase_started.connect(lambda index, _phase: started.append(index))
    assert again.controller.start_routine(ROUTINE, offer.level, ask_cautions=False,
                                          resume=offer)
    assert started == [5]  # from the start of the phase it was cut short in
    again.run_out()
    assert rows(path, "SELECT count(*), outcome FROM session") == [(1, "finished")]
    assert [r[0] for r in rows(path, "SELECT phase_index FROM phase ORDER BY seq")] == list(
        range(len(timeline)))
    summary = again.controller.last_summary
    assert summary is not None and summary.stretches_done == summary.stretches_total
    assert again.controller.resume_offer() is None


def test_turning_the_offer_down_records_it_as_interrupted(
        library: Library, folder: Path, path: Path) -> None:
    app = App(library, folder)
    app.controller.start_routine(ROUTINE)
    app.next_phase()
    app.controller.shut_down()
    again = App(library, folder)
    offer = again.controller.resume_offer()
    assert offer is not None and again.controller.history is not None
    again.controller.history.discard(offer)
    assert rows(path, "SELECT outcome FROM session") == [("interrupted",)]
    assert again.controller.resume_offer() is None


def test_a_routine_started_as_asked_leaves_the_one_cut_short_on_offer(
        library: Library, folder: Path) -> None:
    app = App(library, folder)
    app.controller.start_routine(ROUTINE)
    app.next_phase()
    app.controller.shut_down()
    again = App(library, folder)  # stretchdesk --routine before-bed --start
    again.controller.start_routine("before-bed", ask_cautions=False)
    again.run_out()
    again.controller.shut_down()
    third = App(library, folder)
    offer = third.controller.resume_offer()
    assert offer is not None and offer.routine.id == ROUTINE


def test_the_back_question_shows_on_the_first_phase_and_at_the_end(
        library: Library, folder: Path, path: Path) -> None:
    app = App(library, folder)
    before = CheckInMoment.BEFORE
    app.controller.start_routine(ROUTINE)
    assert app.questions == [BackCheckIn(before)]
    history = app.controller.history
    assert history is not None
    assert history.answer_back(7)
    assert history.answer_back(4)  # a second key changes the answer
    assert app.questions[-1] == BackCheckIn(before, 4, 4)
    app.next_phase()  # the first phase ended: the question goes, unasked or not
    assert app.questions[-1] is None
    assert not history.answer_back(9)
    app.run_out()
    assert app.questions[-1] == BackCheckIn(CheckInMoment.AFTER, before=4)
    history.answer_back(10)
    assert app.questions[-1] == BackCheckIn(CheckInMoment.AFTER, 10, 4)
    assert rows(path, "SELECT back_before, back_after FROM session") == [(4, 10)]


@pytest.mark.parametrize("how", ["finished", "stopped"])
def test_the_checkpoint_and_question_after_come_once_the_end_is_told(
        library: Library, folder: Path, path: Path, how: str) -> None:
    """Asking it builds the finish screen (~15 ms), and the file's checkpoint takes ~2.5 ms:
    done among the end's own events, they held up the driver's "finished" line and the
    session's end (the benchmark's drift). They come once it has ended; the end itself is
    on disk before (a kill right after the line loses nothing)."""
    app = App(library, folder)
    told: list[bool] = []  # whether the session's end was told as each question is asked
    app.controller.check_in_changed.connect(
        lambda _question: told.append(app.controller.last_summary is not None))
    order: list[object] = []  # the driver telling the end (with the outcome on disk then)
    for signal in (app.controller.driver.finished, app.controller.driver.stopped):
        signal.connect(lambda: order.append(rows(path, "SELECT outcome FROM session")))
    history = app.controller.history
    assert history is not None
    checkpoint = history.store.checkpoint

    def checkpoint_told() -> None:
        order.append("checkpoint")
        checkpoint()

    history.store.checkpoint = checkpoint_told  # type: ignore[method-assign]
    app.controller.start_routine(ROUTINE)
    app.next_phase()
    told.clear()
    if how == "finished":
        app.run_out()
    else:
        app.controller.stop()
    assert told == [True]
    assert order == [[(how,)], "checkpoint"]  # on disk before, checkpointed after
    assert app.controller.state is SessionState(how)
    assert app.questions[-1] == BackCheckIn(CheckInMoment.AFTER)


def test_with_the_check_in_off_nothing_is_asked(library: Library, folder: Path,
                                                path: Path) -> None:
    app = App(library, folder, replace(Settings(), back_check_in=False))
    app.controller.start_routine(ROUTINE)
    app.run_out()
    assert app.questions == [None, None]
    assert app.controller.history is not None
    assert not app.controller.history.answer_back(3)
    assert rows(path, "SELECT back_before, back_after FROM session") == [(None, None)]


@pytest.fixture
def locked(path: Path, library: Library) -> Iterator[subprocess.Popen[str]]:
    """The history file, held by another program's write lock."""
    App(library, path.parent).controller.shut_down()  # makes the file
    with subprocess.Popen([sys.executable, str(OTHER), "lock", str(path)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout is not None and other.stdout.readline().strip() == "locked"
        yield other
        other.kill()


def test_a_locked_file_is_told_once_and_the_session_runs_on(
        library: Library, folder: Path, path: Path, locked: subprocess.Popen[str]) -> None:
    app = App(library, folder)
    timeline = build_timeline(library.routines[ROUTINE], library, Settings())
    assert app.controller.start_routine(ROUTINE)
    for _ in range(3):
        app.next_phase()
    assert len(app.notices) == 1 and "Another program is using" in app.notices[0]
    assert locked.stdin is not None and locked.stdout is not None
    locked.stdin.write("\n")
    locked.stdin.flush()
    assert locked.stdout.readline().strip() == "free"
    app.run_out()  # the next phase writes what waited
    assert len(app.notices) == 1
    assert rows(path, "SELECT count(*) FROM phase") == [(len(timeline),)]
    assert rows(path, "SELECT outcome FROM session") == [("finished",)]


def test_a_damaged_file_is_kept_aside_told_once_and_a_new_one_started(
        library: Library, folder: Path, path: Path) -> None:
    folder.mkdir(parents=True)
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    app = App(library, folder)
    assert app.controller.start_routine(ROUTINE)
    app.run_out()
    assert len(app.notices) == 1 and "was damaged" in app.notices[0]
    (kept,) = folder.glob("history.sqlite3.corrupt-*")
    assert kept.read_bytes().startswith(b"this is not a database")
    assert rows(path, "SELECT outcome FROM session") == [("finished",)]


def test_a_read_only_folder_is_told_once_and_the_session_runs_on(
        library: Library, folder: Path) -> None:
    from tests.core.history.disks import read_only_view

    App(library, folder).controller.shut_down()
    with read_only_view(folder) as view:
        app = App(library, view)
        assert app.controller.start_routine(ROUTINE)
        app.run_out()
        assert app.controller.last_summary is not None
        assert app.controller.last_summary.completed
        assert len(app.notices) == 1 and "cannot be written" in app.notices[0]
        app.controller.shut_down()
    assert rows(folder / "history.sqlite3", "SELECT count(*) FROM session") == [(0,)]


def test_new_settings_mid_session_are_followed_by_the_record(
        library: Library, folder: Path, path: Path) -> None:
    app = App(library, folder)
    app.controller.start_routine(ROUTINE)
    app.next_phase()
    app.controller.apply_settings(replace(app.controller.settings, release_seconds=0.0))
    app.run_out()
    kinds = [r[0] for r in rows(path, "SELECT kind FROM phase ORDER BY seq")]
    assert kinds.count(PhaseKind.RELEASE.value) == 0
    assert rows(path, "SELECT outcome FROM session") == [("finished",)]
