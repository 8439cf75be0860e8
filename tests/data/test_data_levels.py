"""Seed 001's levels: double knee-to-chest comes in at intermediate, rocking at advanced.

Beginner: single knee to chest with short holds. Intermediate: longer holds, and the
double knee to chest joins. Advanced: gentle rocking joins, holds of 45-60 s.
"""

from __future__ import annotations

import pytest

from stretchdesk.core.model import Level, Library
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline

LATER = {"double-knee-to-chest": Level.INTERMEDIATE, "knee-to-chest-rocking": Level.ADVANCED}


def stretches_in_session(library: Library, routine_id: str, level: Level) -> list[str]:
    timeline = build_timeline(library.routines[routine_id], library, Settings(level=level))
    return list(dict.fromkeys(p.stretch_id for p in timeline if p.kind is PhaseKind.HOLD))


def test_the_progressions_start_at_the_pages_levels(library: Library) -> None:
    for stretch_id, level in LATER.items():
        assert library.stretches[stretch_id].from_level is level
    assert library.stretches["single-knee-to-chest"].from_level is Level.BEGINNER


@pytest.mark.parametrize("level", list(Level), ids=lambda lv: lv.value)
def test_no_session_holds_a_stretch_before_its_level(library: Library, level: Level) -> None:
    for routine_id in library.routines:
        for stretch_id in stretches_in_session(library, routine_id, level):
            first = library.stretches[stretch_id].from_level
            assert first.rank <= level.rank, f"{routine_id} at {level.value}: {stretch_id}"


def test_rocking_is_in_an_advanced_session(library: Library) -> None:
    sessions = [stretches_in_session(library, rid, Level.ADVANCED) for rid in library.routines]
    assert any("knee-to-chest-rocking" in s for s in sessions)


def test_the_progression_routine_adds_a_stretch_at_each_level(library: Library) -> None:
    beginner, intermediate, advanced = (
        stretches_in_session(library, "knee-to-chest-progression", lv) for lv in Level
    )
    assert "single-knee-to-chest" in beginner
    assert not {"double-knee-to-chest", "knee-to-chest-rocking"} & set(beginner)
    assert set(intermediate) - set(beginner) == {"double-knee-to-chest"}
    assert set(advanced) - set(intermediate) == {"knee-to-chest-rocking"}
    # The page follows the series with cat-cow.
    assert advanced.index("cat-cow") > advanced.index("knee-to-chest-rocking")
