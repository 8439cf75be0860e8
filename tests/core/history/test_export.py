"""Exports: the CSV and JSON layouts, and `stretchdesk --export-history FILE`."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.app import main
from stretchdesk.core.history import HistoryStore, Outcome
from stretchdesk.core.history.export import (
    CSV_COLUMNS,
    Exported,
    ExportError,
    export_file,
    export_history,
)
from stretchdesk.core.model import Side
from stretchdesk.core.timeline import PhaseKind
from tests.core.history.sessions import NEW_YORK, PARIS, local, phase, record

START = local(PARIS, 2026, 3, 2, 7, 30)


def _two_sessions(store: HistoryStore) -> None:
    record(store, START, name="=cmd|' /C calc'!A0", phases=[
        phase(0, PhaseKind.PREPARE, "pelvic-tilt", 10.0),
        phase(1, PhaseKind.HOLD, "pelvic-tilt", 35.0, Side.LEFT, rep=2, extended=5.0),
        phase(2, PhaseKind.RELEASE, "pelvic-tilt", 1.0, Side.LEFT, rep=2, skipped=True)],
           before=6, after=4)
    record(store, local(NEW_YORK, 2026, 3, 3, 21), NEW_YORK, outcome=None, minutes=1)


def _export(store: HistoryStore, path: Path, overwrite: bool = False) -> Exported:
    def write(connection: sqlite3.Connection) -> Exported:
        return export_history(connection, path, overwrite)

    done = store.read(write, None)
    assert done is not None
    return done


def test_csv_has_a_session_row_then_one_row_per_phase(store: HistoryStore,
                                                      tmp_path: Path) -> None:
    _two_sessions(store)
    done = _export(store, tmp_path / "history.csv")
    assert (done.format, done.sessions, done.phases) == ("csv", 2, 4)
    with (tmp_path / "history.csv").open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert tuple(table[0]) == CSV_COLUMNS
    assert [row["record"] for row in table] == ["session", "phase", "phase", "phase",
                                                "session", "phase"]
    first = table[0]
    assert (first["routine_id"], first["level"], first["outcome"], first["back_before"],
            first["back_after"], first["actual_seconds"], first["time_zone"]) == (
        "after-sitting", "beginner", "finished", "6", "4", "46.0", "Europe/Paris")
    assert first["started_at"] == "2026-03-02T07:30:00+01:00"  # local time with its offset
    assert first["ended_at"] == "2026-03-02T07:30:46+01:00"
    # A routine name that a spreadsheet would run as a formula is made plain text.
    assert first["routine_name"] == "'=cmd|' /C calc'!A0"
    hold = table[2]
    assert (hold["session_id"], hold["seq"], hold["stretch_id"], hold["kind"], hold["side"],
            hold["repetition"], hold["planned_seconds"], hold["actual_seconds"],
            hold["skipped"], hold["extended_by"], hold["ended_at"], hold["routine_id"]) == (
        first["session_id"], "1", "pelvic-tilt", "hold", "left", "2", "30.0", "35.0", "0",
        "5.0", "2026-03-02T07:30:45+01:00", "")
    assert table[3]["skipped"] == "1"
    unfinished = table[4]
    assert unfinished["outcome"] == "" and unfinished["ended_at"] == ""
    assert unfinished["started_at"] == "2026-03-03T21:00:00-05:00"


def test_json_nests_each_sessions_phases(store: HistoryStore, tmp_path: Path) -> None:
    _two_sessions(store)
    _export(store, tmp_path / "history.JSON")
    data = json.loads((tmp_path / "history.JSON").read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("stretchdesk-history", 1)
    first, second = data["sessions"]
    assert first["routine_name"] == "=cmd|' /C calc'!A0"  # JSON keeps text as it is
    assert (first["outcome"], first["back_before"], first["active_seconds"]) == (
        "finished", 6, 46.0)
    assert first["phases"][2] == {
        "seq": 2, "phase_index": 2, "item": 0, "stretch_id": "pelvic-tilt", "kind": "release",
        "side": "left", "repetition": 2, "planned_seconds": 1.0, "actual_seconds": 1.0,
        "skipped": True, "extended_by": 0.0, "ended_at": "2026-03-02T07:30:46+01:00"}
    assert second["outcome"] is None and second["ended_at"] is None
    assert len(second["phases"]) == 1


def test_an_empty_history_exports_as_an_empty_list(store: HistoryStore,
                                                   tmp_path: Path) -> None:
    _export(store, tmp_path / "none.json")
    assert json.loads((tmp_path / "none.json").read_text())["sessions"] == []


def test_an_existing_file_is_kept_unless_replacing_it_was_asked(
        store: HistoryStore, tmp_path: Path) -> None:
    record(store, START)
    target = tmp_path / "mine.csv"
    target.write_text("the person's own notes\n")
    with pytest.raises(ExportError, match="already there"):
        _export(store, target)
    assert target.read_text() == "the person's own notes\n"
    _export(store, target, overwrite=True)
    assert target.read_text().startswith("record,session_id")


def test_a_folder_that_cannot_be_written_leaves_no_half_file(store: HistoryStore,
                                                             tmp_path: Path) -> None:
    record(store, START)
    with pytest.raises(ExportError, match="no-such-folder"):
        _export(store, tmp_path / "no-such-folder" / "history.csv")
    with pytest.raises(ExportError, match=r"\.csv or \.json"):
        _export(store, tmp_path / "history.xlsx")
    assert os.listdir(tmp_path) == ["data"]


@pytest.fixture
def person_history() -> Iterator[HistoryStore]:
    """A history in the person's data folder (the tests' private one)."""
    folder = paths.user_data_dir()
    store = HistoryStore(folder, now=START)
    yield store
    store.close()
    for file in folder.glob("history.sqlite3*"):
        file.unlink()


def test_export_history_on_the_command_line(person_history: HistoryStore, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _two_sessions(person_history)
    assert main(["--export-history", str(tmp_path / "out.json")]) == 0
    assert "Wrote 2 sessions (4 phases)" in capsys.readouterr().out
    assert len(json.loads((tmp_path / "out.json").read_text())["sessions"]) == 2
    assert main(["--export-history", str(tmp_path / "out.json")]) == 1
    assert "already there" in capsys.readouterr().err
    assert main(["--export-history", str(tmp_path / "out.txt")]) == 1
    err = capsys.readouterr().err
    assert "out.txt" in err and ".csv or .json" in err


def test_export_history_without_any_history_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--export-history", str(tmp_path / "out.csv")]) == 1
    assert "no history to export yet" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()


def test_exporting_never_changes_the_history_file(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "data", now=START)
    record(store, START, minutes=2)
    recording = store.start_session("r", "R", "beginner", START + 600, PARIS)
    recording.record_phase(phase(0), START + 660)  # in progress, in the log
    database = tmp_path / "data" / "history.sqlite3"
    # The log's shared-memory index (-shm) notes readers; the data is in the other two.
    data = (database, database.with_name("history.sqlite3-wal"))
    before = [p.read_bytes() for p in data]
    done = export_file(database, tmp_path / "out.csv")
    assert (done.sessions, done.phases) == (2, 3)
    assert [p.read_bytes() for p in data] == before
    recording.end(Outcome.STOPPED, START + 700)
    store.close()
