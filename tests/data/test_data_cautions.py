"""Every safety warning on the seed pages reaches the person, defined once and shared.

These check facts (which caution ids exist, which stretches carry them, that a topic is
named), not the pages' wording: the sentences are the project's own.
"""

from __future__ import annotations

import itertools
import re

import pytest

from stretchdesk.core.cautions import caution_groups
from stretchdesk.core.model import Library, Position

# Each warning on a page: the shared caution that carries it, and a word naming its topic.
SEED_CAUTIONS = {
    # 001: see a healthcare provider first if you have...
    "001 recent surgery": ("recent-surgery", "operation"),
    "001 discs": ("disc-trouble", "disc"),
    "001 acute injury": ("acute-back", "hurt"),
    "001 osteoporosis and fractures": ("bone-weakness", "osteoporosis"),
    "001 hip replacement or injury": ("hip-or-knee", "hip"),
    "001 pregnancy complications": ("pregnancy-complications", "pregnancy"),
    "001 aneurysm": ("aneurysm", "aneurysm"),
    # 001: general safety tips
    "001 sharp pain": ("sharp-pain", "sharp"),
    "001 never force": ("never-force", "force"),
    "001 hip or knee replacement": ("hip-or-knee", "knee"),
    "001 sciatica flare-ups": ("acute-back", "sciatica"),
    "001 pain down the leg": ("pain-spreads", "leg"),
    # 002
    "002 acute disc herniation": ("disc-trouble", "herniated"),
    # 000: stop if it hurts
    "000 pain": ("sharp-pain", "hurts"),
}
# Which stretch(es) a page's cautions must reach.
PAGE_STRETCHES = {
    "000": ("lying-crossover-knee-pull-down",),
    "001": ("single-knee-to-chest", "double-knee-to-chest", "knee-to-chest-rocking",
            "seated-knee-to-chest"),
    "002": ("knees-to-chest-hug",),
}
# One movement in five variants: the same risks, so the same cautions (issue 14).
KNEE_TO_CHEST_FAMILY = ("single-knee-to-chest", "double-knee-to-chest", "knee-to-chest-rocking",
                        "seated-knee-to-chest", "knees-to-chest-hug")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize(("caution_id", "topic"), SEED_CAUTIONS.values(), ids=SEED_CAUTIONS.keys())
def test_seed_caution_is_a_shared_caution_naming_its_topic(
    library: Library, caution_id: str, topic: str
) -> None:
    caution = library.cautions.cautions[caution_id]
    assert topic in caution.text.lower()


@pytest.mark.parametrize("seed", SEED_CAUTIONS, ids=str)
def test_seed_caution_reaches_the_stretches_of_its_page(library: Library, seed: str) -> None:
    caution_id = SEED_CAUTIONS[seed][0]
    for stretch_id in PAGE_STRETCHES[seed[:3]]:
        assert caution_id in library.stretches[stretch_id].caution_ids, stretch_id


def test_shipped_stretches_name_shared_cautions_only(library: Library) -> None:
    """Defined once, in data/cautions.yaml: no stretch keeps a private copy that can drift."""
    for stretch in library.stretches.values():
        assert stretch.caution_ids, stretch.id
        assert len(stretch.cautions) == len(stretch.caution_ids), stretch.id
        sentences = [library.cautions.cautions[c].sentence for c in stretch.caution_ids]
        assert list(stretch.cautions) == sentences, stretch.id


def test_the_knee_to_chest_family_shares_the_full_set(library: Library) -> None:
    listed = {sid: set(library.stretches[sid].caution_ids) - positional(library)
              for sid in KNEE_TO_CHEST_FAMILY}
    full = set().union(*listed.values())
    for stretch_id, ids in listed.items():
        assert ids == full, f"{stretch_id} lacks {sorted(full - ids)}"
    assert {c[0] for k, c in SEED_CAUTIONS.items() if k.startswith("001")} <= full


def positional(library: Library) -> set[str]:
    return {c.id for c in library.cautions.cautions.values() if c.positions}


def test_every_stretch_says_when_to_stop(library: Library) -> None:
    for stretch in library.stretches.values():
        groups = {library.cautions.cautions[c].group for c in stretch.caution_ids}
        assert "stop-if" in groups, stretch.id


@pytest.mark.parametrize("stretch_id", ["knee-to-chest-rocking", "childs-pose",
                                        "supine-spinal-twist", "seated-spinal-twist"])
def test_rounding_and_twisting_stretches_carry_the_osteoporosis_caution(
    library: Library, stretch_id: str
) -> None:
    assert "bone-weakness" in library.stretches[stretch_id].caution_ids


def test_the_standing_crossover_warns_about_balance_and_discs(library: Library) -> None:
    crossover = library.stretches["standing-hamstring-crossover"]
    assert {"disc-trouble", "unsteady", "desk-support"} <= set(crossover.caution_ids)
    # At every level a hand steadies on the desk as you fold (issue 14: the beginner version).
    assert any("hand" in step and "desk" in step for step in crossover.steps.hold)


def test_lying_on_the_back_brings_the_pregnancy_caution(library: Library) -> None:
    for stretch in library.stretches.values():
        on_back = stretch.position is Position.SUPINE
        assert ("pregnancy-lying-on-back" in stretch.caution_ids) == on_back, stretch.id


def content_words(text: str) -> set[str]:
    small = {"a", "an", "the", "or", "and", "if", "you", "your", "of", "in", "on", "it", "is",
             "to", "have", "has", "any", "as", "into", "be", "that", "than"}
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in small}


def test_no_two_cautions_say_nearly_the_same(library: Library) -> None:
    cautions = list(library.cautions.cautions.values())
    for a, b in itertools.combinations(cautions, 2):
        wa, wb = content_words(a.text), content_words(b.text)
        overlap = len(wa & wb) / len(wa | wb)
        assert overlap < 0.4, f"{a.id} and {b.id} overlap {overlap:.0%}"


def test_replaced_joints_are_one_caution(library: Library) -> None:
    """Three hip-replacement lines used to reach the same list; now one says it."""
    about_replacement = [c.id for c in library.cautions.cautions.values()
                         if "replace" in c.text.lower()]
    assert about_replacement == ["hip-or-knee"]


def test_cautions_before_each_routine_are_grouped_short_and_unique(library: Library) -> None:
    headings = [g.heading for g in library.cautions.groups]
    for routine in library.routines.values():
        groups = caution_groups(routine, library)
        shown = [heading for heading, _ in groups]
        assert shown == [h for h in headings if h in shown], routine.id  # the book's order
        items = [item for _, group in groups for item in group]
        assert len(items) == len(set(items)), routine.id
        assert len(items) <= 14, f"{routine.id} lists {len(items)} cautions"
        for a, b in itertools.combinations(items, 2):
            wa, wb = content_words(a), content_words(b)
            assert len(wa & wb) / len(wa | wb) < 0.4, (routine.id, a, b)


def test_every_caution_id_is_used_and_well_formed(library: Library) -> None:
    used = {c for s in library.stretches.values() for c in s.caution_ids}
    assert used == set(library.cautions.cautions)
    assert all(ID.match(c) for c in used)
