"""A real Session's phase records go into the history, and a resume finds its phase again."""

from __future__ import annotations

from dataclasses import replace

from stretchdesk import paths
from stretchdesk.core.events import PhaseStarted
from stretchdesk.core.history import HistoryStore, Outcome, RecordedPhase
from stretchdesk.core.library import load_library
from stretchdesk.core.phase_record import PhaseKey
from stretchdesk.core.session import Session
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline
from tests.core.clock import FakeClock
from tests.core.history.sessions import PARIS, T0, rows

LIBRARY = load_library(paths.data_dir())
ROUTINE = LIBRARY.routines["after-sitting"]


def test_each_phase_a_session_ends_is_recorded_as_it_happened(store: HistoryStore) -> None:
    timeline = build_timeline(ROUTINE, LIBRARY, Settings())
    clock = FakeClock()
    session = Session(timeline, clock)
    recording = store.start_session(ROUTINE.id, ROUTINE.name, "intermediate", T0, PARIS)
    session.start()
    session.tick()

    def record_the_phase_before(index: int) -> None:
        ended = timeline[index - 1]
        (record,) = [r for r in session.records if r.key == PhaseKey.of(ended)]
        recording.record_phase(RecordedPhase.of(record, index - 1), T0 + clock.now)

    def next_started() -> int:
        return next(e.index for e in session.tick() if isinstance(e, PhaseStarted))

    clock.advance(timeline[0].seconds)  # the first phase runs its course
    record_the_phase_before(next_started())
    session.extend(10.0)  # the first hold: 10 s more
    clock.advance(timeline[1].seconds + 10.0)
    record_the_phase_before(next_started())
    clock.advance(1.0)
    session.skip()  # the release, after 1 s
    record_the_phase_before(next_started())
    assert rows(store.path, "SELECT phase_index, item, stretch_id, kind, planned_seconds, "
                "actual_seconds, skipped, extended_by FROM phase ORDER BY seq") == [
        (0, 0, timeline[0].stretch_id, "prepare", timeline[0].seconds, timeline[0].seconds,
         0, 0.0),
        (1, 0, timeline[1].stretch_id, "hold", timeline[1].seconds, timeline[1].seconds + 10,
         0, 10.0),
        (2, 0, timeline[2].stretch_id, "release", timeline[2].seconds, 1.0, 1, 0.0)]
    recording.end(Outcome.STOPPED, T0 + clock.now)


def test_a_resume_finds_the_phase_after_the_last_one_in_a_renumbered_timeline(
        store: HistoryStore) -> None:
    before = build_timeline(ROUTINE, LIBRARY, Settings())
    recording = store.start_session(ROUTINE.id, ROUTINE.name, "intermediate", T0, PARIS)
    holds = [i for i, p in enumerate(before) if p.kind is PhaseKind.HOLD]
    cut = holds[2] + 1  # the release after the third hold
    for index, phase in enumerate(before[:cut + 1]):
        recording.record_phase(RecordedPhase(index, phase.stretch_id, phase.kind, phase.side,
                                             phase.rep, phase.seconds, phase.seconds,
                                             item=phase.item), T0 + index)
    store.close()  # the program stops here
    later = HistoryStore(store.folder, now=T0 + 3600)
    offer = later.open_session()
    assert offer is not None and offer.last_phase is not None
    # The person has since set rests to nothing: the timeline is renumbered.
    after = build_timeline(ROUTINE, LIBRARY, replace(Settings(), rest_seconds=0))
    assert len(after) < len(before)
    found = [i for i, p in enumerate(after) if PhaseKey.of(p) == offer.last_phase.key]
    assert len(found) == 1
    assert PhaseKey.of(after[found[0]]) == PhaseKey.of(before[cut])
    assert offer.next_index == cut + 1
    later.close()
