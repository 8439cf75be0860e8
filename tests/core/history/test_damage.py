"""A damaged, locked, read-only or full history: the session goes on, nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from stretchdesk.core.history import HistoryStore, Outcome, ProblemKind, StoreProblem
from stretchdesk.core.history.database import connect
from tests.core.history.disks import fill, read_only_view, small_disk
from tests.core.history.sessions import PARIS, T0, phase, record, rows

OTHER = Path(__file__).with_name("other_process.py")
PAGE = 4096


def _garble(path: Path, page: int, pages: int = 1) -> bytes:
    """Writes garbage over whole pages of `path` (0 is the first); returns the new bytes."""
    data = bytearray(path.read_bytes())
    garbage = bytes((n * 151 + 7) % 256 for n in range(PAGE * pages))
    data[page * PAGE:(page + pages) * PAGE] = garbage
    path.write_bytes(bytes(data))
    return bytes(data)


def _settle(path: Path) -> None:
    """Moves everything from the log into the file itself, as a clean exit leaves it."""
    connection = connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def test_a_file_damaged_at_its_start_is_kept_aside_and_a_new_one_started(
        folder: Path, store: HistoryStore) -> None:
    record(store, T0, minutes=3)
    store.close()
    _settle(store.path)
    damaged = _garble(store.path, 0)
    problems: list[StoreProblem] = []
    fresh = HistoryStore(folder, now=T0 + 60, on_problem=problems.append)
    kept = folder / "history.sqlite3.corrupt-20260105T070100Z"
    assert kept.read_bytes() == damaged  # kept byte for byte, not deleted or repaired
    assert [p.kind for p in problems] == [ProblemKind.CORRUPT]
    assert kept.name in str(problems[0]) and str(fresh.path) in str(problems[0])
    record(fresh, T0 + 120, minutes=2)
    assert rows(fresh.path, "SELECT count(*) FROM phase") == [(2,)]
    assert rows(fresh.path, "PRAGMA integrity_check") == [("ok",)]
    fresh.close()


def test_a_second_damaged_file_never_replaces_the_first_one_kept(folder: Path) -> None:
    for _ in range(2):
        store = HistoryStore(folder, now=T0)
        record(store, T0, minutes=1)
        store.close()
        _settle(store.path)
        _garble(store.path, 0)
    HistoryStore(folder, now=T0).close()
    kept = sorted(p.name for p in folder.glob("history.sqlite3.corrupt-*"))
    assert kept == ["history.sqlite3.corrupt-20260105T070000Z",
                    "history.sqlite3.corrupt-20260105T070000Z-2"]


def _stretch_page(path: Path, stretch: str) -> int:
    data = path.read_bytes()
    return data.index(stretch.encode()) // PAGE


def test_damage_found_while_reading_keeps_what_is_readable_and_the_session_in_progress(
        folder: Path, store: HistoryStore, problems: list[StoreProblem]) -> None:
    for day in range(20):  # 20 sessions, each with its own stretch name to find its page
        record(store, T0 + day * 86400, minutes=30, stretch=f"stretch-{day:02d}-" + "x" * 40)
    store.close()
    _settle(store.path)
    _garble(store.path, _stretch_page(store.path, "stretch-10-"))
    again = HistoryStore(folder, now=T0 + 20 * 86400, on_problem=problems.append)
    live = again.start_session("r", "R", "beginner", T0 + 20 * 86400, PARIS)
    live.record_phase(phase(0, stretch="live"), T0 + 20 * 86400 + 60)
    totals = again.totals(date(2026, 1, 1))  # reads every phase: finds the damage
    assert [p.kind for p in problems] == [ProblemKind.CORRUPT]
    assert "sessions that could still be read" in str(problems[0])
    salvaged = {s for (s,) in rows(again.path, "SELECT DISTINCT stretch_id FROM phase")}
    assert "stretch-00-" + "x" * 40 in salvaged and "stretch-19-" + "x" * 40 in salvaged
    assert "stretch-10-" + "x" * 40 not in salvaged  # only the damaged page is lost
    assert rows(again.path, "SELECT count(*) FROM session") == [(21,)]
    # The session in progress went on into the new file and goes on recording there.
    assert "live" in salvaged and totals.stretch_holds["live"] == 60.0
    assert live.record_phase(phase(1, stretch="live"), T0 + 20 * 86400 + 120)
    assert rows(again.path, "SELECT count(*) FROM phase WHERE stretch_id = 'live'") == [(2,)]
    assert rows(again.path, "PRAGMA integrity_check") == [("ok",)]
    # One damaged file kept, with the log that belongs to it.
    kept = {p.name.removesuffix("-wal").removesuffix("-shm")
            for p in folder.glob("history.sqlite3.corrupt-*")}
    assert kept == {"history.sqlite3.corrupt-20260125T070000Z"}
    again.close()


@pytest.fixture
def other_program() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        process.kill()
        process.communicate()  # waits, and closes its pipes


def _hold_lock(path: Path, started: list[subprocess.Popen[str]],
               command: str = "lock") -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, str(OTHER), command, str(path)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    started.append(process)
    assert process.stdout is not None and process.stdout.readline() == "locked\n"
    return process


def _release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("go\n")
    process.stdin.flush()
    assert process.stdout.readline() == "free\n"


def test_a_file_locked_by_another_program_keeps_the_phases_until_it_is_free(
        store: HistoryStore, problems: list[StoreProblem],
        other_program: list[subprocess.Popen[str]]) -> None:
    recording = store.start_session("r", "R", "beginner", T0, PARIS)
    locker = _hold_lock(store.path, other_program)
    assert recording.record_phase(phase(0), T0 + 60) is False
    assert recording.record_phase(phase(1), T0 + 120) is False
    assert [p.kind for p in problems] == [ProblemKind.LOCKED]  # told once
    assert store.unsaved
    _release(locker)
    assert recording.record_phase(phase(2), T0 + 180)
    assert rows(store.path, "SELECT phase_index FROM phase ORDER BY seq") == [(0,), (1,), (2,)]
    assert not store.unsaved and len(problems) == 1


def test_a_file_locked_from_the_start_is_recorded_once_it_is_free(
        folder: Path, problems: list[StoreProblem],
        other_program: list[subprocess.Popen[str]]) -> None:
    first = HistoryStore(folder, now=T0)
    record(first, T0, minutes=1)
    first.close()
    locker = _hold_lock(folder / "history.sqlite3", other_program, "lock-all")
    store = HistoryStore(folder, now=T0 + 60, on_problem=problems.append)
    recording = store.start_session("r", "R", "beginner", T0 + 60, PARIS)
    assert recording.record_phase(phase(0), T0 + 120) is False
    assert store.totals(date(2026, 1, 1)).days == ()  # nothing to show yet, no error
    assert [p.kind for p in problems] == [ProblemKind.LOCKED]
    _release(locker)
    assert recording.record_phase(phase(1), T0 + 180)
    assert rows(store.path, "SELECT count(*) FROM session") == [(2,)]
    assert rows(store.path, "SELECT count(*) FROM phase") == [(3,)]
    store.close()


def test_a_read_only_history_is_still_shown_and_the_session_goes_on(
        folder: Path, store: HistoryStore) -> None:
    record(store, T0, minutes=4)
    store.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with read_only_view(folder) as view:
        problems: list[StoreProblem] = []
        locked_out = HistoryStore(view, now=T0 + 60, on_problem=problems.append)
        assert locked_out.totals(date(2026, 1, 1)).days[0].seconds == 240.0
        recording = locked_out.start_session("r", "R", "beginner", T0 + 60, PARIS)
        assert recording.record_phase(phase(0), T0 + 120) is False
        assert recording.record_phase(phase(1), T0 + 180) is False
        assert [p.kind for p in problems] == [ProblemKind.READ_ONLY]
        assert "cannot be written" in str(problems[0])
        locked_out.close()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_read_only_folder_without_a_history_yet_is_told_once(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with read_only_view(folder) as view:
        problems: list[StoreProblem] = []
        store = HistoryStore(view, now=T0, on_problem=problems.append)
        assert store.totals(date(2026, 1, 1)).days == ()
        record(store, T0, minutes=2)
        assert [p.kind for p in problems] == [ProblemKind.READ_ONLY]
        store.close()


def test_a_full_disk_keeps_the_session_in_memory_until_there_is_room(tmp_path: Path) -> None:
    problems: list[StoreProblem] = []
    with small_disk(tmp_path / "small") as disk:
        store = HistoryStore(disk or tmp_path / "small", now=T0, on_problem=problems.append)
        if disk is not None:
            filler = fill(disk, leave_kib=48)
        else:  # no tmpfs here: cap the file's size instead (SQLite says "full" the same way)
            assert store._connection is not None
            pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
            store._connection.execute(f"PRAGMA max_page_count = {pages + 2}")
        recording = store.start_session("r", "R", "beginner", T0, PARIS)
        index = 0
        while recording.record_phase(phase(index, stretch="s" * 500), T0 + index):
            index += 1
            assert index < 2000, "the disk never filled up"
        assert recording.record_phase(phase(index + 1, stretch="s" * 500), T0 + index + 1) is False
        assert [p.kind for p in problems] == [ProblemKind.DISK_FULL]
        assert "full" in str(problems[0])
        if disk is not None:
            os.unlink(filler)
        else:
            assert store._connection is not None
            store._connection.execute("PRAGMA max_page_count = 1073741823")
        assert recording.record_phase(phase(index + 2, stretch="s" * 500), T0 + index + 2)
        assert rows(store.path, "SELECT count(*) FROM phase") == [(index + 3,)]
        assert rows(store.path, "PRAGMA integrity_check") == [("ok",)]
        store.close()


def test_a_session_whose_end_waits_for_a_lock_is_not_offered_for_resume(
        store: HistoryStore, other_program: list[subprocess.Popen[str]]) -> None:
    recording = store.start_session("r", "R", "beginner", T0, PARIS)
    recording.record_phase(phase(0), T0 + 60)
    locker = _hold_lock(store.path, other_program)
    assert recording.end(Outcome.FINISHED, T0 + 60) is False  # on disk it is still open
    assert store.open_session() is None  # yet it is this program's, not one cut short
    _release(locker)
    store.close()
    assert rows(store.path, "SELECT outcome FROM session") == [("finished",)]
