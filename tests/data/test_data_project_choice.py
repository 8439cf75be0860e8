"""Holds and repetitions either follow a seed page or say, in the data, why the project chose them.

Which amounts each page gives (the seed tests check the values themselves):
000 a hold of 20-30 s; 001 holds by level and 2-4 repetitions for the lying single and
double knee to chest, 20-30 s of rocking; 002 a 30-45 s hold and 3-4 sets; 003 about
10 s. Nothing else is on a page, so everything else carries a `project_choice` reason.
"""

from __future__ import annotations

from stretchdesk.core.model import Library

PAGE_GIVES = {
    "lying-crossover-knee-pull-down": {"hold_seconds"},
    "single-knee-to-chest": {"hold_seconds", "reps"},
    "double-knee-to-chest": {"hold_seconds", "reps"},
    "knee-to-chest-rocking": {"hold_seconds"},
    "seated-knee-to-chest": set(),
    "knees-to-chest-hug": {"hold_seconds", "reps"},
    "standing-hamstring-crossover": {"hold_seconds"},
}


def test_every_amount_no_page_gives_is_explained(library: Library) -> None:
    for stretch in library.stretches.values():
        amounts = {"hold_seconds", "reps"} | ({"breath_seconds"} if stretch.dynamic else set())
        missing = amounts - PAGE_GIVES.get(stretch.id, set()) - set(stretch.project_choice)
        assert not missing, f"{stretch.id}: say why the project chose {sorted(missing)}"


def test_no_choice_is_claimed_where_a_page_gives_the_amount(library: Library) -> None:
    for stretch_id, given in PAGE_GIVES.items():
        assert not given & set(library.stretches[stretch_id].project_choice), stretch_id


def test_the_page_stretches_are_the_ones_from_pages(library: Library) -> None:
    from_pages = {s.id for s in library.stretches.values() if s.source != "common"}
    assert from_pages == set(PAGE_GIVES)


def test_each_reason_is_a_real_sentence(library: Library) -> None:
    for stretch in library.stretches.values():
        for field, reason in stretch.project_choice.items():
            assert len(reason.split()) >= 8, f"{stretch.id}.{field}: {reason!r}"
            assert reason[0].isupper() and reason.endswith("."), f"{stretch.id}.{field}"
