"""The one table of phase and side words, and how lengths are written."""

from __future__ import annotations

from stretchdesk.core import language
from stretchdesk.core.cues import CuePlan
from stretchdesk.core.model import Side
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import Phase, PhaseKind
from stretchdesk.core.words import (
    PHASE_WORDS,
    format_duration,
    phase_word,
    side_name,
    side_word,
)


def test_format_duration() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(65.4) == "1:05"
    assert format_duration(3725) == "1:02:05"


def test_every_phase_has_a_word_and_sides_read_both_ways() -> None:
    assert set(PHASE_WORDS) == set(PhaseKind)
    assert phase_word(PhaseKind.PREPARE) == "Starting position"
    assert (side_word(Side.LEFT), side_name(Side.RIGHT)) == ("Left side", "right")
    assert side_word(None) == side_name(None) == ""


def test_spoken_lines_are_whole_sentences_in_the_runs_language() -> None:
    # A translation is a file of whole sentences (core/phrasebook.py), never the table's
    # words put together: French places and agrees the side its own way.
    plan = CuePlan({"x": "Cat-cow"}, Settings())
    prepare = Phase(PhaseKind.PREPARE, "x", Side.LEFT, 1, 1, 10.0)
    rest = Phase(PhaseKind.REST, "x", None, 1, 1, 10.0)
    language.set_current("fr")
    try:
        assert (phase_word(PhaseKind.PREPARE), side_word(Side.LEFT), side_name(Side.RIGHT)) == (
            "Position de départ", "Côté gauche", "droite")
        assert plan.phase_line(prepare) == "Position de départ\u00a0: cat-cow, côté gauche"
        assert plan.phase_line(rest) == "Repos. À suivre\u00a0: cat-cow"
    finally:
        language.set_current(language.ENGLISH)
    assert plan.phase_line(prepare) == "Starting position: cat-cow, left side"
