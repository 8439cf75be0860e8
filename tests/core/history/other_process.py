"""Another program using the history file, run as its own process by the tests.

    python other_process.py lock FILE     takes the write lock, says "locked", holds it
                                          until a line comes on stdin, says "free"
    python other_process.py record FOLDER  records phases one after the other, saying
                                          "saved N" after each is on disk, until killed
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path


def hold_lock(path: str, exclusive: bool) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    if exclusive:  # nobody may even read
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    if exclusive:
        connection.execute("SELECT count(*) FROM session").fetchall()
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("COMMIT")
    connection.close()
    print("free", flush=True)
    sys.stdin.readline()


def record_until_killed(folder: str) -> None:
    from stretchdesk.core.history import HistoryStore, RecordedPhase
    from stretchdesk.core.timeline import PhaseKind
    from tests.core.history.sessions import PARIS, T0

    store = HistoryStore(Path(folder), now=T0)
    recording = store.start_session("r", "R", "beginner", T0, PARIS)
    print(f"session {recording.session_id}", flush=True)
    index = 0
    while True:
        # A long stretch id makes each commit write more than one page of the log.
        saved = recording.record_phase(RecordedPhase(
            index, "x" * (index % 3000), PhaseKind.HOLD, None, 1, 30.0, 30.0), T0 + index)
        if saved:
            print(f"saved {index}", flush=True)
        index += 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    command, target = sys.argv[1], sys.argv[2]
    if command == "record":
        record_until_killed(target)
    else:
        hold_lock(target, exclusive=command == "lock-all")
