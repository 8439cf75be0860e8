"""Killed at any moment, the history keeps every phase it said was saved and stays whole.

A real process records phases as fast as it can and is killed (SIGKILL) at a random
moment, over and over on the same file, as a person's laptop might lose the program.
(The test that kills the app itself belongs with the app's controller.)
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from tests.core.history.sessions import rows

OTHER = Path(__file__).with_name("other_process.py")
KILLS = 25


def test_every_saved_phase_survives_a_kill_and_the_file_passes_its_integrity_check(
        tmp_path: Path) -> None:
    choose = random.Random(17)
    folder = tmp_path / "data"
    path = folder / "history.sqlite3"
    for _ in range(KILLS):
        writer = subprocess.Popen([sys.executable, str(OTHER), "record", str(folder)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        session = int(writer.stdout.readline().split()[1])
        said = [writer.stdout.readline() for _ in range(choose.randrange(1, 80))]
        writer.kill()  # SIGKILL: no chance to tidy up
        # and what it said before it died (whole lines only)
        said += writer.communicate()[0].split("\n")[:-1]
        last_said = int(said[-1].split()[1]) if said else -1
        assert rows(path, "PRAGMA integrity_check") == [("ok",)]
        on_disk = [index for (index,) in rows(
            path, "SELECT phase_index FROM phase WHERE session_id = ? ORDER BY seq", session)]
        # Every phase it reported saved is there; at most the one in progress is extra.
        assert on_disk[:last_said + 1] == list(range(last_said + 1))
        assert len(on_disk) - (last_said + 1) in (0, 1)
    assert rows(path, "SELECT count(*) FROM session") == [(KILLS,)]
