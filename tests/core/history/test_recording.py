"""Recording sessions: each phase on disk as it ends, read back after a restart, resumed."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.history import HistoryStore, Outcome, StoreProblem
from stretchdesk.core.model import Side
from stretchdesk.core.timeline import PhaseKind
from tests.core.history.sessions import NEW_YORK, PARIS, T0, local, phase, record, rows


def test_each_phase_is_on_disk_when_record_phase_returns(store: HistoryStore) -> None:
    recording = store.start_session("after-sitting", "After long sitting", "beginner", T0, PARIS)
    assert rows(store.path, "SELECT routine_id, outcome FROM session") == [
        ("after-sitting", None)]
    for index in range(5):
        assert recording.record_phase(phase(index), T0 + 60 * (index + 1))
        # Another connection sees it at once: it was committed, not merely buffered.
        assert rows(store.path, "SELECT count(*) FROM phase") == [(index + 1,)]


def test_the_file_is_in_wal_mode_with_the_current_schema_version(store: HistoryStore) -> None:
    assert rows(store.path, "PRAGMA journal_mode") == [("wal",)]
    assert rows(store.path, "PRAGMA user_version") == [(1,)]


def test_a_session_reads_back_after_a_restart_with_everything_it_recorded(
        folder: Path, store: HistoryStore) -> None:
    phases = [phase(0, PhaseKind.PREPARE, "piriformis-stretch", 10.0, Side.LEFT),
              phase(1, PhaseKind.HOLD, "piriformis-stretch", 40.0, Side.LEFT, extended=10.0),
              phase(2, PhaseKind.RELEASE, "piriformis-stretch", 1.5, Side.LEFT, skipped=True)]
    record(store, T0, phases=phases, before=6, after=3)
    store.close()
    again = HistoryStore(folder, now=T0 + 100)
    assert again.open_session() is None
    assert rows(again.path, "SELECT routine_name, level, outcome, back_before, back_after, "
                "active_seconds, ended_at - started_at FROM session") == [
        ("After long sitting", "beginner", "finished", 6, 3, 51.5, 51.5)]
    assert rows(again.path, "SELECT seq, phase_index, stretch_id, kind, side, repetition, "
                "planned_seconds, actual_seconds, skipped, extended_by FROM phase") == [
        (0, 0, "piriformis-stretch", "prepare", "left", 1, 10.0, 10.0, 0, 0.0),
        (1, 1, "piriformis-stretch", "hold", "left", 1, 30.0, 40.0, 0, 10.0),
        (2, 2, "piriformis-stretch", "release", "left", 1, 1.5, 1.5, 1, 0.0)]
    again.close()


def test_a_session_keeps_the_local_day_it_began_on_in_its_own_time_zone(
        store: HistoryStore) -> None:
    # 23:30 in Paris is 17:30 in New York: each is recorded on its own local day.
    record(store, local(PARIS, 2026, 3, 27, 23, 30), PARIS)
    record(store, local(NEW_YORK, 2026, 3, 27, 23, 30), NEW_YORK)
    assert rows(store.path, "SELECT local_day, utc_offset, time_zone FROM session") == [
        ("2026-03-27", 3600, "Europe/Paris"), ("2026-03-27", -4 * 3600, "America/New_York")]


def test_a_back_score_outside_0_to_10_is_refused(store: HistoryStore) -> None:
    recording = store.start_session("r", "R", "beginner", T0, PARIS)
    with pytest.raises(ValueError, match="0 to 10"):
        recording.set_back_before(11)
    assert recording.set_back_before(0)


def test_the_after_score_is_kept_after_the_session_ended(store: HistoryStore) -> None:
    record(store, T0, minutes=2, after=2)
    assert rows(store.path, "SELECT outcome, back_after FROM session") == [("finished", 2)]


def test_a_session_cut_short_is_offered_with_its_last_finished_phase(
        folder: Path, store: HistoryStore) -> None:
    record(store, T0 - 86400, minutes=3)  # yesterday's, finished
    cut = record(store, T0, outcome=None, phases=[
        phase(0, PhaseKind.PREPARE, "pelvic-tilt", 10.0),
        phase(1, PhaseKind.HOLD, "pelvic-tilt", 30.0, rep=1),
        phase(2, PhaseKind.RELEASE, "pelvic-tilt", 5.0, rep=1)])
    assert store.open_session() is None  # the one in progress here is not "cut short"
    store.close()  # the window closed mid-session (or the program was killed)
    later = HistoryStore(folder, now=T0 + 3600)
    offer = later.open_session()
    assert offer is not None
    assert (offer.session_id, offer.routine_id, offer.routine_name, offer.level) == (
        cut.session_id, "after-sitting", "After long sitting", "beginner")
    assert offer.last_phase == phase(2, PhaseKind.RELEASE, "pelvic-tilt", 5.0, rep=1)
    assert offer.next_index == 3
    later.close()


def test_a_resumed_session_is_recorded_as_one_session(folder: Path, store: HistoryStore) -> None:
    record(store, T0, outcome=None, minutes=2, before=7)
    store.close()
    later = HistoryStore(folder, now=T0 + 7200)
    offer = later.open_session()
    assert offer is not None and offer.next_index == 2
    resumed = later.resume(offer, T0 + 7200)
    assert later.open_session() is None
    resumed.record_phase(phase(2), T0 + 7260)
    resumed.end(Outcome.FINISHED, T0 + 7260)
    resumed.set_back_after(4)
    assert rows(later.path, "SELECT count(*), outcome, back_before, back_after, active_seconds, "
                "ended_at FROM session") == [(1, "finished", 7, 4, 180.0, T0 + 7260)]
    assert rows(later.path, "SELECT seq, phase_index FROM phase") == [(0, 0), (1, 1), (2, 2)]
    later.close()


def test_discarding_an_offer_ends_it_as_interrupted_and_older_ones_with_it(
        folder: Path, store: HistoryStore) -> None:
    older = record(store, T0, outcome=None, minutes=1)
    latest = record(store, T0 + 3600, outcome=None, minutes=2)
    store.close()
    later = HistoryStore(folder, now=T0 + 7200)
    offer = later.open_session()
    assert offer is not None and offer.session_id == latest.session_id
    later.discard(offer, T0 + 7200)
    assert later.open_session() is None  # the older one is not offered next
    assert rows(later.path, "SELECT id, outcome, ended_at FROM session ORDER BY id") == [
        (older.session_id, "interrupted", T0 + 60), (latest.session_id, "interrupted",
                                                    T0 + 3600 + 120)]
    later.close()


def test_a_new_session_leaves_the_one_on_offer_for_next_time(
        folder: Path, store: HistoryStore) -> None:
    cut = record(store, T0, outcome=None, minutes=1)
    store.close()
    later = HistoryStore(folder, now=T0 + 3600)
    record(later, T0 + 3600, minutes=2)  # `--routine ID --start`: a new one, run to the end
    offer = later.open_session()
    assert offer is not None and offer.session_id == cut.session_id
    later.close()


def test_nothing_is_reported_when_all_is_well(store: HistoryStore,
                                              problems: list[StoreProblem]) -> None:
    record(store, T0)
    assert problems == [] and store.problem is None and not store.unsaved
