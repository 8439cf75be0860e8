"""The phase sequence a routine turns into, and where hold lengths come from."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from stretchdesk.core.library import load_library
from stretchdesk.core.model import RoutineItem, SideOrder
from stretchdesk.core.settings import HoldMode, Level, Settings, SideOrderChoice
from stretchdesk.core.timeline import PhaseKind, Side, build_timeline, resolve_hold
from tests.core.factory import make_data, make_library, routine_text, write

P, H, R, S, REST = (PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.RELEASE, PhaseKind.SWITCH,
                    PhaseKind.REST)
L, RT = Side.LEFT, Side.RIGHT


def shape(timeline):
    return [(p.kind, p.stretch_id, p.side, p.rep, p.seconds) for p in timeline]


def test_one_sided_alternating_two_reps(tmp_path: Path) -> None:
    lib = make_library(tmp_path, "alternate")
    routine = lib.routines["mixed"]
    tl = build_timeline(routine, lib, Settings())
    sr, bk = "side-reach", "both-knees"
    assert shape(tl) == [
        (P, sr, L, 1, 10), (H, sr, L, 1, 20), (R, sr, L, 1, 5),
        (S, sr, RT, 1, 5), (H, sr, RT, 1, 20), (R, sr, RT, 1, 5),
        (S, sr, L, 2, 5), (H, sr, L, 2, 20), (R, sr, L, 2, 5),
        (S, sr, RT, 2, 5), (H, sr, RT, 2, 20), (R, sr, RT, 2, 5),
        (REST, bk, None, 1, 10),
        (P, bk, None, 1, 10), (H, bk, None, 1, 30), (R, bk, None, 1, 5),
        (H, bk, None, 2, 30), (R, bk, None, 2, 5),
    ]
    assert tl.total_seconds == sum(p.seconds for p in tl)
    assert [p.item for p in tl] == [0] * 12 + [1] * 6


def test_one_sided_one_side_first(tmp_path: Path) -> None:
    lib = make_library(tmp_path, "one-side-first")
    tl = build_timeline(lib.routines["mixed"], lib, Settings())
    first = [(p.kind, p.side, p.rep) for p in tl if p.item == 0]
    assert first == [
        (P, L, 1), (H, L, 1), (R, L, 1), (H, L, 2), (R, L, 2),
        (S, RT, 1), (H, RT, 1), (R, RT, 1), (H, RT, 2), (R, RT, 2),
    ]


def test_settings_override_the_side_order(tmp_path: Path) -> None:
    lib = make_library(tmp_path, "alternate")
    tl = build_timeline(lib.routines["mixed"], lib,
                        Settings(side_order=SideOrderChoice.ONE_SIDE_FIRST))
    holds = [(p.side, p.rep) for p in tl if p.kind is H and p.item == 0]
    assert holds == [(L, 1), (L, 2), (RT, 1), (RT, 2)]


def test_a_routine_item_sets_its_own_side_order_over_stretch_and_settings(
    tmp_path: Path,
) -> None:
    make_data(tmp_path, "alternate")
    write(tmp_path / "routines" / "own-order.yaml", routine_text(
        "own-order", "{stretch: side-reach, side_order: one-side-first}", "side-reach"))
    lib = load_library(tmp_path)
    routine = lib.routines["own-order"]
    assert routine.items[0].side_order is SideOrder.ONE_SIDE_FIRST
    for choice in SideOrderChoice:  # the item's own order wins over any setting
        tl = build_timeline(routine, lib, Settings(side_order=choice))
        assert [(p.side, p.rep) for p in tl if p.kind is H and p.item == 0] == [
            (L, 1), (L, 2), (RT, 1), (RT, 2)]
    plain = build_timeline(routine, lib, Settings())  # the other item follows the stretch
    assert [(p.side, p.rep) for p in plain if p.kind is H and p.item == 1] == [
        (L, 1), (RT, 1), (L, 2), (RT, 2)]


def test_unilateral_has_two_holds_per_rep_and_two_sided_one(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    for level in Level:
        tl = build_timeline(lib.routines["mixed"], lib, Settings(level=level))
        holds = [p for p in tl if p.kind is H]
        assert sum(p.item == 0 for p in holds) == 2 * lib.stretches["side-reach"].reps_for(level)
        assert sum(p.item == 1 for p in holds) == lib.stretches["both-knees"].reps_for(level)


def test_routine_ends_on_the_last_release(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    tl = build_timeline(lib.routines["mixed"], lib, Settings())
    assert tl[-1].kind is R
    assert sum(p.kind is REST for p in tl) == len(lib.routines["mixed"].items) - 1


def test_hold_resolution_order(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    stretch = lib.stretches["both-knees"]
    plain, own = RoutineItem("both-knees"), RoutineItem("both-knees", hold_seconds=12)
    overrides = MappingProxyType({"both-knees": 50.0})
    # Level recommendation when nothing else applies.
    assert resolve_hold(plain, stretch, Settings(level=Level.BEGINNER)) == 15
    assert resolve_hold(plain, stretch, Settings(level=Level.ADVANCED)) == 45
    # The global default when the person chose one fixed length.
    assert resolve_hold(plain, stretch, Settings(hold_mode=HoldMode.FIXED, hold_seconds=25)) == 25
    # The person's own per-stretch hold beats level and default.
    assert resolve_hold(plain, stretch, Settings(hold_overrides=overrides)) == 50
    assert resolve_hold(plain, stretch, Settings(hold_overrides=overrides,
                                                 hold_mode=HoldMode.FIXED)) == 50
    # The routine item's own hold beats everything.
    assert resolve_hold(own, stretch, Settings(hold_overrides=overrides)) == 12


def test_hold_resolution_reaches_the_timeline(tmp_path: Path) -> None:
    root = make_data(tmp_path)
    write(root / "routines" / "own.yaml",
          routine_text("own", "{stretch: both-knees, hold_seconds: 12, reps: 1}", "both-knees"))
    from stretchdesk.core.library import load_library

    lib = load_library(root)
    settings = Settings(hold_overrides=MappingProxyType({"both-knees": 50.0}))
    holds = [(p.item, p.seconds) for p in build_timeline(lib.routines["own"], lib, settings)
             if p.kind is H]
    assert holds == [(0, 12), (1, 50), (1, 50)]


def test_range_recommendation_uses_its_low_end(tmp_path: Path) -> None:
    lib = make_library(tmp_path)
    stretch = lib.stretches["side-reach"]
    assert stretch.hold_for(Level.ADVANCED) == 40
    assert str(stretch.hold_seconds[Level.ADVANCED]) == "40\u201360"
    assert stretch.reps_for(Level.ADVANCED) == 3


def test_dynamic_hold_carries_its_breathing_tempo(tmp_path: Path) -> None:
    root = make_data(tmp_path)
    write(root / "routines" / "rock.yaml", routine_text("rock", "rocking"))
    from stretchdesk.core.library import load_library

    lib = load_library(root)
    tl = build_timeline(lib.routines["rock"], lib, Settings())
    assert [p.breath_seconds for p in tl] == [None, 4, None]


@pytest.mark.parametrize("field", ["rest_seconds", "prepare_seconds"])
def test_a_phase_set_to_zero_is_left_out(tmp_path: Path, field: str) -> None:
    lib = make_library(tmp_path)
    tl = build_timeline(lib.routines["mixed"], lib, Settings(**{field: 0.0}))
    kind = REST if field == "rest_seconds" else P
    assert all(p.kind is not kind for p in tl)
