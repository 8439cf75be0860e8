"""A stretch meant for a later level is left out of sessions below it (seed 001's levels)."""

from __future__ import annotations

from pathlib import Path

from stretchdesk.core.library import load_library
from stretchdesk.core.model import Library
from stretchdesk.core.settings import Level, Settings
from stretchdesk.core.timeline import PhaseKind, build_timeline, session_items
from tests.core.factory import TWO_SIDED, make_data, routine_text, write


def library_with_later_stretch(root: Path) -> Library:
    make_data(root)
    later = TWO_SIDED.replace("id: both-knees", "id: later").replace(
        "name: Both knees", "name: Later") + "from_level: advanced\n"
    write(root / "stretches" / "later.yaml", later)
    write(root / "routines" / "mixed.yaml",
          routine_text("mixed", "side-reach", "later", "both-knees"))
    write(root / "routines" / "only-later.yaml", routine_text("only-later", "later"))
    return load_library(root)


def held(lib: Library, routine_id: str, level: Level) -> list[tuple[str, int]]:
    timeline = build_timeline(lib.routines[routine_id], lib, Settings(level=level))
    return list(dict.fromkeys((p.stretch_id, p.item) for p in timeline
                              if p.kind is PhaseKind.HOLD))


def test_the_later_stretch_joins_only_at_its_level(tmp_path: Path) -> None:
    lib = library_with_later_stretch(tmp_path)
    assert held(lib, "mixed", Level.INTERMEDIATE) == [("side-reach", 0), ("both-knees", 2)]
    assert held(lib, "mixed", Level.ADVANCED) == [("side-reach", 0), ("later", 1),
                                                  ("both-knees", 2)]


def test_the_session_counts_only_the_stretches_it_includes(tmp_path: Path) -> None:
    lib = library_with_later_stretch(tmp_path)
    timeline = build_timeline(lib.routines["mixed"], lib, Settings(level=Level.BEGINNER))
    assert timeline.item_count == 2
    # Item 2 of the routine is the second stretch of this session, not the third.
    assert timeline.stretch_number(0) == 1
    assert timeline.stretch_number(2) == 2
    rests = [p for p in timeline if p.kind is PhaseKind.REST]
    assert [p.stretch_id for p in rests] == ["both-knees"]


def test_a_routine_of_later_stretches_only_still_runs(tmp_path: Path) -> None:
    lib = library_with_later_stretch(tmp_path)
    routine = lib.routines["only-later"]
    assert [i for i, _ in session_items(routine, lib, Level.BEGINNER)] == [0]
    assert held(lib, "only-later", Level.BEGINNER) == [("later", 0)]
