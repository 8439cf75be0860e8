"""The one table of phase and side words, and how lengths are written."""

from __future__ import annotations

import pytest

from stretchdesk.core.cues import CuePlan
from stretchdesk.core.model import Side
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import Phase, PhaseKind
from stretchdesk.core.words import (
    PHASE_WORDS,
    SIDE_NAMES,
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


def test_spoken_lines_take_their_words_from_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # A translation replaces the table; the cue lines follow it.
    monkeypatch.setitem(PHASE_WORDS, PhaseKind.PREPARE, "Position de départ")
    monkeypatch.setitem(PHASE_WORDS, PhaseKind.REST, "Repos")
    monkeypatch.setitem(SIDE_NAMES, Side.LEFT, "gauche")
    plan = CuePlan({"x": "Cat-cow"}, Settings())
    prepare = Phase(PhaseKind.PREPARE, "x", Side.LEFT, 1, 1, 10.0)
    rest = Phase(PhaseKind.REST, "x", None, 1, 1, 10.0)
    assert plan.phase_line(prepare) == "Position de départ: cat-cow, gauche side"
    assert plan.phase_line(rest) == "Repos. Next up: cat-cow"
