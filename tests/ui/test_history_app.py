"""The real app keeps its history whatever happens to it: killed at any moment, started on
a damaged file, and exported afterwards by `stretchdesk --export-history`.

Each test runs `stretchdesk` as a person would, in folders of its own, with its event log
on a pipe (`--event-log /dev/stdout`): the test reads the log as the app writes it, and
kills the app right after a line chosen at random, wherever it has got to by then.
"""

from __future__ import annotations

import csv
import json
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, app_env

ROUTINE = "desk-break"
SPEED = "1000"  # a 10 s phase lasts 10 ms: the whole routine well under a second
KILLS = 100
LINE_WAIT = 60.0  # seconds: a line that takes longer means the app hung


class RunningApp:
    """`stretchdesk --routine ROUTINE --start` with its event log read line by line."""

    def __init__(self, home: Path, *extra: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "stretchdesk", "--routine", ROUTINE, "--start", "--speed",
             SPEED, "--event-log", "/dev/stdout", *extra],
            env=app_env(home), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert self.process.stdout is not None
        self._out = self.process.stdout
        os.set_blocking(self._out.fileno(), False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._out, selectors.EVENT_READ)
        self._buffer = b""
        self.events: list[dict[str, Any]] = []

    def read_line(self) -> bool:
        """Reads the next line of the log; False once the app has ended."""
        while b"\n" not in self._buffer:
            assert self._selector.select(LINE_WAIT), "the app wrote nothing for a minute"
            chunk = self._out.read()
            if not chunk:
                return False
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        self.events.append(json.loads(line))
        return True

    def kill_after(self, lines: int) -> None:
        """Kills the app (SIGKILL) once it has written `lines` lines, then reads the rest."""
        while len(self.events) < lines and self.read_line():
            pass
        self.process.send_signal(signal.SIGKILL)
        self.finish()

    def finish(self) -> int:
        """Reads what is left of the log; the app's exit status."""
        while self.read_line():
            pass
        self._selector.close()
        self._out.close()
        return self.process.wait(timeout=LINE_WAIT)

    def phase_starts(self) -> list[int]:
        """The index of every phase_started line, in order."""
        return [e["index"] for e in self.events if e["event"] == "phase_started"]

    def named(self, event: str) -> list[dict[str, Any]]:
        """The lines of `event`."""
        return [e for e in self.events if e["event"] == event]


def read(path: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def silent_home(home: Path) -> Path:
    """Folders for an app that plays no sound (its start does not wait for a voice)."""
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.yaml").write_text("version: 3\nsound_mode: silent\n")
    return home


def whole_run(home: Path) -> RunningApp:
    app = RunningApp(home, "--quit-when-done")
    assert app.finish() == 0
    return app


def kill_series(home: Path, seed: int, kills: int) -> int:
    """Kills the app `kills` times in `home`, checking the history after each kill;
    returns how many kills came during a session."""
    history = home / "data" / "history.sqlite3"
    lines = len(whole_run(home).events)  # a whole run, to know how long one is
    rng = random.Random(seed)
    kept = {session: read(history, "SELECT * FROM phase WHERE session_id = ?", session)
            for (session,) in read(history, "SELECT id FROM session")}  # every phase so far
    during = 0
    for _ in range(kills):
        app = RunningApp(home, "--quit-when-done")  # a kill after its end finds it gone
        app.kill_after(rng.randint(1, lines))
        assert read(history, "PRAGMA integrity_check") == [("ok",)]
        sessions = [row[0] for row in read(history, "SELECT id FROM session ORDER BY id")]
        new = [s for s in sessions if s not in kept]
        started = app.phase_starts()
        if not app.named("started"):  # killed before the session began
            assert new == []
            continue
        during += not app.named("finished")
        assert len(new) == 1  # its row is written before the log says "started"
        recorded = [r[0] for r in read(history, "SELECT phase_index FROM phase "
                                                "WHERE session_id = ? ORDER BY seq", *new)]
        # Every phase that ended before the last start in the log is there, once and in
        # order; the one in progress may be or not. (More may be there than the log says:
        # a late tick ends several phases at once, and they are recorded before they are
        # logged.)
        assert started == list(range(len(started)))
        assert recorded == list(range(len(recorded)))
        assert len(recorded) >= len(started) - 1, (started, recorded)
        if app.named("finished"):
            assert read(history, "SELECT outcome FROM session WHERE id = ?", *new) == [
                ("finished",)]
        for session, phases in kept.items():  # nothing recorded before is ever lost
            assert read(history, "SELECT * FROM phase WHERE session_id = ?", session) == phases
        for session in new:
            kept[session] = read(history, "SELECT * FROM phase WHERE session_id = ?", session)
    return during


@pytest.mark.slow
def test_killed_at_any_moment_it_loses_at_most_the_phase_in_progress(tmp_path: Path) -> None:
    # Two apps at a time, each in folders of its own: one for each core of the machine.
    homes = [silent_home(tmp_path / f"home-{n}") for n in range(2)]
    with ThreadPoolExecutor(len(homes)) as pool:
        series = [pool.submit(kill_series, home, 17 + n, KILLS // len(homes))
                  for n, home in enumerate(homes)]
        during = sum(done.result() for done in series)
    assert during >= KILLS * 0.8  # most kills came in the middle of a session


def test_a_damaged_file_is_kept_aside_and_said_once(tmp_path: Path) -> None:
    silent_home(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 64  # a header, then rubbish
    (data / "history.sqlite3").write_bytes(damaged)
    app = whole_run(tmp_path)
    notices = app.named("notice")
    assert len(notices) == 1 and "was damaged" in notices[0]["text"], notices
    (kept,) = data.glob("history.sqlite3.corrupt-*")
    assert kept.read_bytes() == damaged
    assert kept.name in notices[0]["text"]
    assert read(data / "history.sqlite3", "SELECT routine_id, outcome FROM session") == [
        (ROUTINE, "finished")]
    again = whole_run(tmp_path)  # the new file is fine: nothing more to say
    assert again.named("notice") == []


def test_the_export_holds_what_the_app_recorded(tmp_path: Path) -> None:
    app = whole_run(silent_home(tmp_path))
    starts = app.named("phase_started")
    env = app_env(tmp_path)
    exported = {}
    for name in ("history.csv", "history.json"):
        done = subprocess.run([sys.executable, "-m", "stretchdesk", "--export-history",
                               str(tmp_path / name)], env=env, cwd=REPO, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert f"Wrote 1 session ({len(starts)} phases) to " in done.stdout
        exported[name] = (tmp_path / name).read_text(encoding="utf-8")
    rows = list(csv.DictReader(exported["history.csv"].splitlines()))
    session, *phases = rows
    assert (session["record"], session["routine_id"], session["outcome"]) == (
        "session", ROUTINE, "finished")
    assert [(p["kind"], p["side"], p["stretch_id"], int(p["phase_index"])) for p in phases] == [
        (s["kind"], s.get("side", ""), s["stretch"], s["index"]) for s in starts]
    document = json.loads(exported["history.json"])
    (whole,) = document["sessions"]
    assert [p["kind"] for p in whole["phases"]] == [s["kind"] for s in starts]
    assert whole["outcome"] == "finished" and whole["routine_id"] == ROUTINE
