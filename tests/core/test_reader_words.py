"""What a screen reader is told about phases, the time left and the pictures."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.library import Library
from stretchdesk.core.model import Side
from stretchdesk.core.reader_words import (
    banner_words,
    phase_announcement,
    pose_description,
    pose_name,
    seconds_words,
    time_left_words,
)
from stretchdesk.core.timeline import Phase, PhaseKind
from tests.core.factory import make_library


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return make_library(tmp_path)


def hold(side: Side | None = Side.LEFT, rep: int = 1, reps: int = 3) -> Phase:
    return Phase(PhaseKind.HOLD, "side-reach", side, rep, reps, 30.0)


@pytest.mark.parametrize(("seconds", "words"), [
    (0, "0 seconds"), (1, "1 second"), (0.2, "1 second"), (23, "23 seconds"),
    (60, "1 minute"), (61, "1 minute 1 second"), (125, "2 minutes 5 seconds"),
])
def test_seconds_are_said_as_a_person_says_them(seconds: float, words: str) -> None:
    assert seconds_words(seconds) == words


def test_a_phase_announcement_says_phase_side_length_stretch_and_round() -> None:
    assert phase_announcement(hold(), "Side reach") == (
        "Hold, left side, 30 seconds. Side reach, round 1 of 3.")


def test_a_two_sided_single_round_phase_leaves_out_side_and_round() -> None:
    phase = Phase(PhaseKind.PREPARE, "both-knees", None, 1, 1, 10.0)
    assert phase_announcement(phase, "Both knees") == "Starting position, 10 seconds. Both knees."


def test_rest_names_the_stretch_that_comes_next() -> None:
    phase = Phase(PhaseKind.REST, "both-knees", None, 1, 2, 10.0)
    assert phase_announcement(phase, "Both knees") == "Rest, 10 seconds. Next up: Both knees."


def test_the_time_left_reads_like_the_screen() -> None:
    assert time_left_words(hold(), "Side reach", 22.4) == (
        "Hold, left side, 23 seconds left, Side reach, round 1 of 3")
    assert time_left_words(hold(Side.RIGHT, 2), "Side reach", 5, paused=True) == (
        "Paused, Hold, right side, 5 seconds left, Side reach, round 2 of 3")


def test_the_banner_in_words() -> None:
    assert banner_words(hold()) == "Hold, left side"
    assert banner_words(hold(None), paused=True) == "Paused, Hold"


def test_a_picture_is_named_by_stretch_pose_and_side(library: Library) -> None:
    one_sided, two_sided = library.stretches["side-reach"], library.stretches["both-knees"]
    assert pose_name(one_sided, "hold") == "Picture: Side reach, the stretch held, left side"
    assert pose_name(one_sided, "start", mirrored=True) == (
        "Picture: Side reach, the starting position, right side")
    assert pose_name(two_sided, "start") == "Picture: Both knees, the starting position"


def test_a_picture_is_described_from_the_stretch_data(library: Library) -> None:
    stretch = library.stretches["both-knees"]
    assert pose_description(stretch, "start") == "Lying on your back. Lie down."
    assert pose_description(stretch, "hold") == (
        "Lying on your back. A made-up two-sided stretch. Hug both knees.")
