"""timeline_seconds: a routine's length without its phases, always the timeline's own."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Library, Routine, RoutineItem, SideOrder
from stretchdesk.core.settings import HoldMode, Level, RepsMode, Settings, SideOrderChoice
from stretchdesk.core.timeline import build_timeline, timeline_seconds


@cache
def shipped() -> Library:
    return load_library(paths.data_dir())


# Phase lengths a person may set, zero (left out) and awkward fractions among them.
lengths = st.sampled_from([0.0, 0.1, 0.3, 1.0, 2.5, 5.0, 7.7, 10.0, 30.0])
people = st.builds(
    Settings,
    level=st.sampled_from(list(Level)),
    hold_mode=st.sampled_from(list(HoldMode)),
    hold_seconds=st.sampled_from([5.0, 12.3, 30.0, 0.1 + 0.2]),
    reps_mode=st.sampled_from(list(RepsMode)),
    reps=st.integers(1, 6),
    side_order=st.sampled_from(list(SideOrderChoice)),
    prepare_seconds=lengths, release_seconds=lengths, switch_seconds=lengths,
    rest_seconds=lengths,
)


@settings(max_examples=150, deadline=None)
@given(person=people, routine_id=st.sampled_from(sorted(shipped().routines)))
def test_every_shipped_routine_agrees_with_its_timeline(person: Settings,
                                                        routine_id: str) -> None:
    routine = shipped().routines[routine_id]
    expected = build_timeline(routine, shipped(), person).total_seconds
    assert timeline_seconds(routine, shipped(), person) == expected


@settings(max_examples=100, deadline=None)
@given(person=people, picks=st.lists(st.sampled_from(sorted(shipped().stretches)),
                                     min_size=1, max_size=30),
       reps=st.lists(st.none() | st.integers(1, 8), min_size=30, max_size=30),
       holds=st.lists(st.none() | st.sampled_from([5.0, 17.5, 45.0]), min_size=30,
                      max_size=30),
       orders=st.lists(st.none() | st.sampled_from(list(SideOrder)), min_size=30,
                       max_size=30))
def test_a_persons_own_long_routine_agrees_too(person: Settings, picks: list[str],
                                               reps: list[int | None],
                                               holds: list[float | None],
                                               orders: list[SideOrder | None]) -> None:
    items = tuple(RoutineItem(stretch_id=s, reps=r, hold_seconds=h, side_order=o)
                  for s, r, h, o in zip(picks, reps, holds, orders, strict=False))
    routine = Routine(id="mine", name="Mine", purpose="", needs=(), items=items)
    expected = build_timeline(routine, shipped(), person).total_seconds
    assert timeline_seconds(routine, shipped(), person) == expected
