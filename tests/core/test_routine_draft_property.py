"""Any routine the editor's model can build is saved, loaded back, and found equal."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Routine, SideOrder
from stretchdesk.core.routine_draft import DraftItem, RoutineDraft
from stretchdesk.core.routine_folder import RoutineFolder

LIBRARY = load_library(paths.data_dir())
STRETCHES = sorted(LIBRARY.stretches)

# Values every version of the loader's limits accepts; out-of-range ones are the
# validation tests' business (test_routine_draft.py), not this round trip's.
holds = st.none() | st.integers(5, 300).map(float) | st.sampled_from([7.5, 12.5, 45.25])
reps = st.none() | st.integers(1, 20)
orders = st.none() | st.sampled_from(list(SideOrder))
items = st.builds(DraftItem, st.sampled_from(STRETCHES), holds, reps, orders)
text = st.text(min_size=1, max_size=80)

# An edit: (what, where, where to / what to put).
edits = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 20), items),
    st.tuples(st.just("remove"), st.integers(0, 20), st.none()),
    st.tuples(st.just("move"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(st.just("change"), st.integers(0, 20),
              st.tuples(st.sampled_from(["hold_seconds", "reps", "side_order"]),
                        st.integers(0, 2))),
)


def apply(draft: RoutineDraft, edit: tuple[str, int, object]) -> None:
    """One editor action on `draft`, as the undo steps make them."""
    what, where, extra = edit
    count = len(draft.items)
    if what == "insert":
        assert isinstance(extra, DraftItem)
        draft.insert(where, replace(extra))
    elif count == 0:
        return
    elif what == "remove":
        draft.remove(where % count)
    elif what == "move":
        assert isinstance(extra, int)
        draft.move(where % count, extra % count)
    else:
        assert isinstance(extra, tuple)
        field, pick = extra
        values: dict[str, list[object]] = {
            "hold_seconds": [None, 20.0, 61.5], "reps": [None, 1, 4],
            "side_order": [None, *SideOrder],
        }
        draft.replace(where % count, draft.change(where % count, **{field: values[field][pick]}))


def comparable(routine: Routine) -> Routine:
    return replace(routine, source_file="", user=False)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(name=text, purpose=text, start=st.lists(items, min_size=1, max_size=6),
       steps=st.lists(edits, max_size=12), rename=text)
def test_a_draft_saves_and_loads_back_equal(name: str, purpose: str, start: list[DraftItem],
                                            steps: list[tuple[str, int, object]],
                                            rename: str) -> None:
    draft = RoutineDraft(name, purpose, start)
    for step in steps:
        apply(draft, step)
    assume(draft.problems(LIBRARY).ok)
    with tempfile.TemporaryDirectory() as home:
        folder = RoutineFolder(Path(home) / "routines")
        new_id = folder.new_id(draft.name, set(LIBRARY.routines))
        built = draft.routine(LIBRARY.stretches, new_id)
        path = folder.save(built, LIBRARY.stretches)
        loaded = load_library(paths.data_dir(), [folder.folder])
        assert loaded.problems == []
        again = loaded.routines[new_id]
        assert comparable(again) == comparable(built)
        assert again.source_file == str(path) and again.user
        # Edited and saved over its own file, it still reads back as the editor has it.
        edited = RoutineDraft.from_routine(again)
        edited.name = rename
        assume(edited.problems(loaded).ok)
        folder.save(edited.routine(loaded.stretches), LIBRARY.stretches, previous=again)
        reloaded = load_library(paths.data_dir(), [folder.folder]).routines[new_id]
        assert comparable(reloaded) == comparable(edited.routine(loaded.stretches))
