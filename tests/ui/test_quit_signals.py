"""SIGTERM and Ctrl+C end the app through its quit steps (ui/quit_signals.py)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from stretchdesk.ui.quit_signals import QuitOnSignals
from tests.conftest import REPO, app_env


@pytest.fixture
def asked() -> Iterator[list[str]]:
    """What the quit callback was called for; the signals' old handlers are checked after."""
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    calls: list[str] = []
    yield calls
    assert {number: signal.getsignal(number) for number in before} == before


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_quits_once_from_the_event_loop(qtbot: QtBot, asked: list[str],
                                                 number: signal.Signals) -> None:
    watcher = QuitOnSignals(lambda: asked.append("quit"))
    try:
        os.kill(os.getpid(), number)
        assert asked == []  # nothing runs inside the handler itself
        qtbot.waitUntil(lambda: asked == ["quit"], timeout=5000)
        os.kill(os.getpid(), number)  # pressed again while quitting
        qtbot.waitUntil(lambda: watcher.received == [number, number], timeout=5000)
        assert asked == ["quit"]
    finally:
        watcher.stop()


def _wakeup_fd() -> int:
    current = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(current)
    return current


def test_stop_gives_the_signals_back(qtbot: QtBot, asked: list[str]) -> None:
    before = _wakeup_fd()
    watcher = QuitOnSignals(lambda: asked.append("quit"))
    assert _wakeup_fd() != before
    watcher.stop()
    watcher.stop()  # twice is harmless
    assert _wakeup_fd() == before  # no wakeup pipe left behind


def test_going_with_its_parent_gives_the_signals_back(qtbot: QtBot, asked: list[str]) -> None:
    before = _wakeup_fd()
    parent = QObject()
    QuitOnSignals(lambda: asked.append("quit"), parent)
    assert _wakeup_fd() != before
    del parent  # (the window closing, at the end of a test that launched the app)
    assert _wakeup_fd() == before


def test_other_signals_are_not_a_quit(qtbot: QtBot, asked: list[str]) -> None:
    seen: list[int] = []
    old = signal.signal(signal.SIGUSR1, lambda number, _frame: seen.append(number))
    watcher = QuitOnSignals(lambda: asked.append("quit"))
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        qtbot.waitUntil(lambda: seen == [signal.SIGUSR1], timeout=5000)
        qtbot.wait(50)  # (the pipe's byte has been read by then)
        assert asked == [] and watcher.received == []
    finally:
        watcher.stop()
        signal.signal(signal.SIGUSR1, old)


def _events(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.endswith("}")]


def test_sigterm_mid_session_runs_the_quit_steps(tmp_path: Path) -> None:
    """A real run, terminated as a logout does: it exits 0 having saved the window's place
    and closed its event log, instead of dying on the signal."""
    log = tmp_path / "events.jsonl"
    app = subprocess.Popen(
        [sys.executable, "-m", "stretchdesk", "--routine", "desk-break", "--start",
         "--event-log", str(log)],
        env=app_env(tmp_path), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    try:
        deadline = time.monotonic() + 60
        while not any(e.get("event") == "phase_started" for e in _events(log)):
            assert app.poll() is None, app.communicate()[1][-2000:]
            assert time.monotonic() < deadline, "no phase started within 60 s"
            time.sleep(0.1)
        app.send_signal(signal.SIGTERM)
        _out, errors = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, errors[-2000:]
    window_state = (tmp_path / "config" / "window.ini").read_text()
    assert "desk-break" in window_state  # the routine chosen, kept for the next start
    history = tmp_path / "data" / "history.sqlite3"
    assert not Path(f"{history}-wal").exists()  # closed, not dropped: the log was folded in
    with closing(sqlite3.connect(history)) as db:
        rows = db.execute("SELECT routine_id, ended_at FROM session").fetchall()
    assert rows == [("desk-break", None)]  # left as it was, to be resumed at the next start


def test_two_at_once_closed_in_either_order(qtbot: QtBot, asked: list[str]) -> None:
    before = _wakeup_fd()
    first = QuitOnSignals(lambda: asked.append("first"))
    second = QuitOnSignals(lambda: asked.append("second"))
    first.stop()  # the older one first: the newer keeps listening
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: asked == ["second"], timeout=5000)
    second.stop()
    assert _wakeup_fd() == before
