"""A session cut short is offered again, resumes at the phase it was in, and stays one session."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.core.history import HistoryStore
from stretchdesk.core.history.recorder import SessionRecorder
from stretchdesk.core.history.resume import ResumeOffer, resume_index, resume_offer
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Level, Side
from stretchdesk.core.phase_record import PhaseKey
from stretchdesk.core.session import Session, SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, Timeline, build_timeline
from stretchdesk.core.words import resume_question
from tests.core.clock import FakeClock
from tests.core.history.sessions import PARIS, T0, rows

ROUTINE = "after-sitting"
SETTINGS = Settings(level=Level.INTERMEDIATE)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(paths.data_dir())


def timeline_of(library: Library, settings: Settings = SETTINGS) -> Timeline:
    return build_timeline(library.routines[ROUTINE], library, settings)


def where(timeline: Timeline, kind: PhaseKind, stretch: str, side: Side | None,
          rep: int) -> int:
    (index,) = [i for i, p in enumerate(timeline)
                if (p.kind, p.stretch_id, p.side, p.rep) == (kind, stretch, side, rep)]
    return index


def run(session: Session, recorder: SessionRecorder, clock: FakeClock,
        until: int | None = None) -> None:
    """Runs the session on the clock, phase by phase, until phase `until` has begun."""
    while session.state is SessionState.RUNNING and session.index != until:
        clock.advance(session.remaining)
        recorder.take(session.tick(), T0 + clock.now)


def cut_short(folder: Path, library: Library, at: int) -> None:
    """A session that ran until phase `at` began, then the app went away."""
    clock = FakeClock()
    store = HistoryStore(folder, T0)
    session = Session(timeline_of(library), clock)
    recording = store.start_session(ROUTINE, "After long sitting", "intermediate", T0, PARIS)
    recording.set_back_before(6)
    recorder = SessionRecorder(session, recording)
    session.start()
    recorder.take(session.tick(), T0)
    run(session, recorder, clock, until=at)
    store.close()  # what a kill leaves too: every phase that ended, and no end


def offer_from(folder: Path, library: Library, settings: Settings = SETTINGS) -> ResumeOffer:
    store = HistoryStore(folder, T0 + 3600)
    open_session = store.open_session()
    assert open_session is not None
    offer = resume_offer(open_session, library, timeline_of(library, settings), settings.level,
                         store.phases_of(open_session))
    store.close()
    assert offer is not None
    return offer


def test_the_offer_names_the_phase_the_session_was_cut_short_in(
        folder: Path, library: Library) -> None:
    timeline = timeline_of(library)
    at = where(timeline, PhaseKind.HOLD, "piriformis-stretch", Side.LEFT, 2)
    cut_short(folder, library, at)
    offer = offer_from(folder, library)
    assert offer.question == "Resume After long sitting: piriformis stretch, left side, round 2?"
    assert offer.index == at
    assert len(offer.earlier) == at  # every phase before it, none of it


def test_a_resumed_session_is_recorded_as_one_session_from_that_phase_on(
        folder: Path, library: Library) -> None:
    timeline = timeline_of(library)
    at = where(timeline, PhaseKind.HOLD, "piriformis-stretch", Side.LEFT, 2)
    cut_short(folder, library, at)
    offer = offer_from(folder, library)
    clock = FakeClock()
    store = HistoryStore(folder, T0 + 3600)
    session = Session(offer.timeline, clock, offer.records())
    recorder = SessionRecorder(session, store.resume(offer.open_session, T0 + 3600))
    session.start(offer.index)
    recorder.take(session.tick(), T0 + 3600)
    run(session, recorder, clock)
    store.close()
    path = folder / "history.sqlite3"
    assert rows(path, "SELECT outcome, back_before, active_seconds FROM session") == [
        ("finished", 6, pytest.approx(timeline.total_seconds))]
    assert [r[0] for r in rows(path, "SELECT phase_index FROM phase ORDER BY seq")] == list(
        range(len(timeline)))
    assert rows(path, "SELECT seq FROM phase ORDER BY seq") == [(n,) for n in range(len(timeline))]


def test_new_settings_since_find_the_same_phase(folder: Path, library: Library) -> None:
    before = timeline_of(library)
    at = where(before, PhaseKind.HOLD, "piriformis-stretch", Side.LEFT, 2)
    cut_short(folder, library, at)
    quicker = replace(SETTINGS, release_seconds=0.0, rest_seconds=0.0)
    offer = offer_from(folder, library, quicker)
    now = timeline_of(library, quicker)
    assert offer.index == where(now, PhaseKind.HOLD, "piriformis-stretch", Side.LEFT, 2)
    assert offer.index < at


def test_a_phase_left_out_since_resumes_at_the_start_of_its_stretch(library: Library) -> None:
    timeline = timeline_of(library, replace(SETTINGS, release_seconds=0.0))
    release = PhaseKey(2, "piriformis-stretch", PhaseKind.RELEASE, Side.LEFT, 1)
    index = resume_index(timeline, release)
    assert index is not None
    assert (timeline[index].kind, timeline[index].item) == (PhaseKind.PREPARE, 2)


def test_nothing_is_left_to_resume_after_the_last_phase(library: Library) -> None:
    timeline = timeline_of(library)
    assert resume_index(timeline, None) == 0
    assert resume_index(timeline, PhaseKey.of(timeline[len(timeline) - 1])) is None


def test_the_question_names_the_stretch_in_a_sentence() -> None:
    assert resume_question("After long sitting", "Pelvic tilt", Side.LEFT, 2, 2) == (
        "Resume After long sitting: pelvic tilt, left side, round 2?")
    assert resume_question("Desk break", "McKenzie press-up", None, 1, 1) == (
        "Resume Desk break: McKenzie press-up?")
    assert resume_question("Desk break", "Cat-cow", None, 1, 3, rest=True) == (
        "Resume Desk break: rest before cat-cow?")
