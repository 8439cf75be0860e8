"""What the data knows beyond the steps is complete: tips, mistakes, easier and harder
versions, muscles in one vocabulary, and the safety words shown before any routine."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.model import Library, ModificationKind
from stretchdesk.core.safety import load_safety
from stretchdesk.core.stretch_guide import load_muscle_areas, stretch_guide

# The Rest screen reads one tip aloud under "Next up": short enough to hear in passing.
MAX_KEY_TIP_CHARS = 90


@pytest.fixture(scope="module")
def areas(data_dir: Path) -> dict[str, str]:
    return load_muscle_areas(data_dir)


def test_every_stretch_has_an_easier_and_a_harder_version(library: Library) -> None:
    for stretch in library.stretches.values():
        for kind in (ModificationKind.EASIER, ModificationKind.HARDER):
            assert stretch.modifications_of(kind), f"{stretch.id} has no {kind.value} version"


def test_every_stretch_has_tips_mistakes_and_a_short_key_tip(
    library: Library, areas: dict[str, str]
) -> None:
    for stretch in library.stretches.values():
        guide = stretch_guide(stretch, areas)
        assert len(guide.tips) >= 2 and len(guide.mistakes) >= 2, stretch.id
        assert 0 < len(guide.key_tip) <= MAX_KEY_TIP_CHARS, stretch.id
        texts = (*guide.tips, *guide.mistakes,
                 *(m.do for m in stretch.modifications), *(m.when for m in stretch.modifications))
        for text in texts:
            assert text[0].isupper(), f"{stretch.id}: {text!r}"
        for text in (*guide.tips, *guide.mistakes, *(m.do for m in stretch.modifications)):
            assert text.endswith("."), f"{stretch.id}: {text!r}"


def test_every_muscle_is_in_the_vocabulary_and_every_entry_used(
    library: Library, areas: dict[str, str]
) -> None:
    named = set()
    for stretch in library.stretches.values():
        muscles = stretch.primary_muscles + stretch.secondary_muscles
        assert len(set(muscles)) == len(muscles), f"{stretch.id} names a muscle twice"
        for muscle in muscles:
            assert muscle in areas, f"{stretch.id}: {muscle!r} is not in data/muscles.yaml"
        named |= set(muscles)
    assert named == set(areas)


def test_every_stretch_says_what_it_works_in_plain_words(
    library: Library, areas: dict[str, str]
) -> None:
    for stretch in library.stretches.values():
        works = stretch_guide(stretch, areas).works
        assert works and all(area in areas.values() for area in works), stretch.id


def test_the_safety_words_cover_the_red_flags(data_dir: Path) -> None:
    notes = load_safety(data_dir)
    assert "not medical advice" in notes.not_medical_advice
    signs = " ".join(notes.red_flags).lower()
    # Saddle numbness, bladder or bowel trouble, a weak leg, fever, a fall, night pain.
    for topic in ("saddle", "bladder", "bowel", "weak", "fever", "fall", "night"):
        assert topic in signs, topic
    assert "doctor" in notes.red_flags_heading.lower()
