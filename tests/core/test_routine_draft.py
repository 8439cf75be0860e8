"""The editor's model: changing a routine freely, and saying in words what stops saving it."""

from __future__ import annotations

import pytest

from stretchdesk import paths
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.item_defaults import inherited
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Level, Routine, RoutineItem, SideOrder
from stretchdesk.core.routine_draft import DraftItem, RoutineDraft, needs_for, one_line
from stretchdesk.core.schema import parse_routine
from stretchdesk.core.settings import HoldMode, Settings, SideOrderChoice
from stretchdesk.core.timeline import resolve_hold
from stretchdesk.core.yaml_source import parse_document


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(paths.data_dir())


def draft_of(*stretch_ids: str, name: str = "Mine", purpose: str = "Testing.") -> RoutineDraft:
    return RoutineDraft(name, purpose, [DraftItem(s) for s in stretch_ids])


def test_a_good_draft_has_no_problems(library: Library) -> None:
    assert draft_of("cat-cow").problems(library).ok


def test_an_empty_draft_says_what_is_missing_field_by_field(library: Library) -> None:
    problems = RoutineDraft().problems(library)
    assert problems.name == "Give the routine a name."
    assert problems.purpose == "Say in a few words what the routine is for."
    assert problems.items.startswith("Add at least one stretch")
    assert problems.messages() == [problems.name, problems.purpose, problems.items]
    assert draft_of("cat-cow", name="   \n ").problems(library).name == problems.name


def test_a_name_another_routine_has_is_refused_but_its_own_is_not(library: Library) -> None:
    taken = draft_of("cat-cow", name="  desk BREAK ").problems(library)
    assert taken.name == "“Desk break” is already the name of another routine; choose another."
    own = RoutineDraft.from_routine(library.routines["desk-break"])
    assert own.problems(library).ok


def loader_refuses(field: str, value: float) -> str:
    """What the routine loader says about an item with this value in a file ("" if fine)."""
    text = f"id: x\nname: X\npurpose: Y.\nitems:\n  - stretch: cat-cow\n    {field}: {value:g}\n"
    try:
        parse_routine(parse_document("x.yaml", text))
    except LibraryError as exc:
        return exc.message
    return ""


@pytest.mark.parametrize("seconds", [0, 0.5, 1, 4, 5, 12.5, 30, 299, 300, 301, 599, 600, 601,
                                     3600])
def test_a_hold_is_refused_exactly_when_the_loader_would_refuse_it(
    library: Library, seconds: float,
) -> None:
    draft = RoutineDraft("Mine", "Testing.", [DraftItem("cat-cow", hold_seconds=seconds)])
    said = loader_refuses("hold_seconds", seconds)
    problem = draft.problems(library).holds.get(draft.items[0].key, "")
    assert problem == (f"The hold {said}." if said else "")
    if seconds == 3600:
        assert problem.startswith("The hold is 3600 seconds; it must be")


@pytest.mark.parametrize("reps", [0, 1, 2, 19, 20, 21, 99])
def test_repetitions_are_refused_exactly_when_the_loader_would_refuse_them(
    library: Library, reps: int,
) -> None:
    draft = RoutineDraft("Mine", "Testing.", [DraftItem("cat-cow", reps=reps)])
    said = loader_refuses("reps", reps)
    problem = draft.problems(library).reps.get(draft.items[0].key, "")
    assert problem == (f"The number of repetitions {said}." if said else "")
    assert draft.problems(library).ok is not bool(said)


def test_an_item_whose_stretch_is_gone_is_named_and_left_out_of_the_routine(
    library: Library,
) -> None:
    draft = draft_of("cat-cow", "gone-stretch")
    gone = draft.items[1]
    assert "gone-stretch" in draft.problems(library).stretches[gone.key]
    assert [i.stretch_id for i in draft.routine(library.stretches).items] == ["cat-cow"]


def test_items_keep_their_key_through_moves_removals_and_reinsertion() -> None:
    draft = draft_of("a", "b", "c")
    a, b, c = draft.items
    draft.move(0, 2)
    assert [i.key for i in draft.items] == [b.key, c.key, a.key]
    taken = draft.remove(draft.index_of(c.key))
    draft.insert(0, taken)
    assert [i.stretch_id for i in draft.items] == ["c", "b", "a"]
    assert draft.index_of(c.key) == 0
    changed = draft.change(2, hold_seconds=40.0)
    assert changed.key == a.key and draft.items[2].hold_seconds is None  # nothing changed yet
    draft.replace(2, changed)
    assert draft.items[2].hold_seconds == 40.0
    with pytest.raises(ValueError, match="no item"):
        draft.index_of(-1)


def test_the_routine_it_makes(library: Library) -> None:
    draft = RoutineDraft(" Evening\nback ", "\tFor the evening. ", [
        DraftItem("seated-spinal-twist", 20, 2, SideOrder.ONE_SIDE_FIRST),
        DraftItem("cat-cow"),
    ])
    routine = draft.routine(library.stretches)
    assert routine == Routine("draft", "Evening back", "For the evening.", (
        RoutineItem("seated-spinal-twist", 20, 2, SideOrder.ONE_SIDE_FIRST),
        RoutineItem("cat-cow"),
    ), needs=("floor", "chair"), user=True)
    edited = RoutineDraft.from_routine(library.routines["desk-break"])
    assert edited.routine(library.stretches).id == "desk-break"
    copy = RoutineDraft.from_routine(library.routines["desk-break"], as_copy_named="Copy")
    assert copy.editing is None and copy.name == "Copy"


def test_needs_follow_the_stretches(library: Library) -> None:
    s = library.stretches
    assert needs_for([], s) == ()
    assert needs_for(["cat-cow"], s) == ("floor",)
    assert needs_for(["seated-figure-four"], s) == ("chair",)
    assert "desk" in needs_for(["standing-hamstring-crossover"], s)


def test_one_line_turns_breaks_and_controls_into_spaces() -> None:
    assert one_line("  a\nb\u2028c\x07d\u0085e  ") == "a b c d e"


def test_inherited_values_are_what_the_timeline_would_use(library: Library) -> None:
    stretch = library.stretches["single-knee-to-chest"]
    plain = inherited(stretch, Settings(level=Level.BEGINNER))
    assert plain.hold_seconds == stretch.hold_for(Level.BEGINNER)
    assert plain.hold_from == "beginner level"
    assert plain.side_order is stretch.side_order and plain.side_order_from == "the stretch"
    own = inherited(stretch, Settings(hold_overrides={stretch.id: 42.0},
                                      side_order=SideOrderChoice.ONE_SIDE_FIRST))
    assert (own.hold_seconds, own.hold_from) == (42.0, "your hold for this stretch")
    assert own.side_order is SideOrder.ONE_SIDE_FIRST and own.side_order_from == "your settings"
    fixed = inherited(stretch, Settings(hold_mode=HoldMode.FIXED, hold_seconds=25))
    assert fixed.hold_seconds == resolve_hold(RoutineItem(stretch.id), stretch,
                                              Settings(hold_mode=HoldMode.FIXED, hold_seconds=25))
    assert inherited(library.stretches["cat-cow"], Settings()).side_order is None


def test_a_routine_the_library_would_refuse_as_a_whole_is_said_so(library: Library) -> None:
    many = RoutineDraft("Mine", "Testing.", [DraftItem("cat-cow") for _ in range(200)])
    try:
        parse_routine(parse_document("x.yaml", "id: x\nname: X\npurpose: Y.\nitems:\n"
                                     + "  - stretch: cat-cow\n" * 200))
        said = ""
    except LibraryError as exc:
        said = exc.message
    assert said and many.problems(library).items == f"This routine {said}."
    long = RoutineDraft("Mine", "Testing.",
                        [DraftItem("single-knee-to-chest", 300, 20) for _ in range(10)])
    problem = long.problems(library).items
    assert problem.startswith("These stretches would be held for up to") and not long.problems(
        library).ok
    assert RoutineDraft("Mine", "Testing.", [DraftItem("cat-cow", 30, 2)] * 3).problems(
        library).items == ""
