"""The made-up history used by the benchmarks and screenshots: lifelike, repeatable, safe."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.core.history import HistoryStore, Outcome, read_statistics
from stretchdesk.core.history.synthetic import make_history, synthetic_sessions
from stretchdesk.core.library import load_library
from tests.core.history.sessions import PARIS, local, record

LIBRARY = load_library(paths.data_dir())


def test_a_year_looks_like_a_person_stretching_most_days() -> None:
    sessions = list(synthetic_sessions(LIBRARY, date(2026, 5, 14), 365, PARIS, seed=7))
    days = {s.header.local_day for s in sessions}
    finished = [s for s in sessions if s.outcome is Outcome.FINISHED]
    assert 200 < len(days) < 330 and len(sessions) > len(days)  # gaps, and some double days
    assert 0.8 < len(finished) / len(sessions) < 0.97
    assert all(s.phases[-1][1] == s.ended_at for s in finished)
    assert max(s.header.local_day for s in sessions) == "2026-05-14"
    assert any(p.skipped for s in sessions for p, _ in s.phases)
    assert any(p.extended_by > 0 for s in sessions for p, _ in s.phases)
    scored = [s for s in sessions if s.back_before is not None and s.back_after is not None]
    assert all((s.back_after or 0) <= (s.back_before or 0) for s in scored)


def test_the_same_seed_makes_the_same_history() -> None:
    def made(seed: int) -> list[object]:
        return list(synthetic_sessions(LIBRARY, date(2026, 5, 14), 60, PARIS, seed=seed))

    assert made(3) == made(3) and made(3) != made(4)


def test_every_day_gives_one_session_a_day(tmp_path: Path) -> None:
    count, phases = make_history(tmp_path, LIBRARY, date(2026, 5, 14), 30, PARIS,
                                 every_day=True)
    assert count == 30 and phases > 30 * 20
    store = HistoryStore(tmp_path, now=local(PARIS, 2026, 5, 14, 23))
    stats = read_statistics(store, local(PARIS, 2026, 5, 14, 23), PARIS)
    assert len(stats.day_minutes) == 30
    store.close()


def test_it_never_writes_over_a_real_history(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path, now=local(PARIS, 2026, 5, 1))
    record(store, local(PARIS, 2026, 5, 1))
    store.close()
    before = (tmp_path / "history.sqlite3").read_bytes()
    with pytest.raises(FileExistsError):
        make_history(tmp_path, LIBRARY, date(2026, 5, 14), 30, PARIS)
    assert (tmp_path / "history.sqlite3").read_bytes() == before
