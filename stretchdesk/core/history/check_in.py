"""The back check-in: "How does your back feel?" from 0 (no pain) to 10 (the worst).

It is asked on the first phase of a routine (the Starting position) and on the finish
screen, answered with one key, and never holds the routine up: the first question goes
when that phase ends, answered or not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from stretchdesk.core.words import back_question

__all__ = ["LOWEST", "WORST", "BackCheckIn", "CheckInMoment"]

LOWEST = 0  # no pain
WORST = 10  # the worst pain: the back chart draws 0 at the bottom and 10 at the top


class CheckInMoment(Enum):
    """When the question is asked."""

    BEFORE = "before"  # on the routine's first phase
    AFTER = "after"  # on the finish screen


@dataclass(frozen=True)
class BackCheckIn:
    """The question on screen now: when it is asked and the answers so far.

    `answer` is the answer to this question (None until given; a new key changes it);
    `before` the answer given before the routine, shown after it to compare.
    """

    moment: CheckInMoment
    answer: int | None = None
    before: int | None = None

    @property
    def question(self) -> str:
        """The question, in the words the person reads."""
        return back_question(after=self.moment is not CheckInMoment.BEFORE)

    def answered(self, score: int) -> BackCheckIn:
        """This question with `score` as its answer (0–10)."""
        if not LOWEST <= score <= WORST:
            raise ValueError(f"a back score is {LOWEST} to {WORST}, not {score}")
        if self.moment is CheckInMoment.BEFORE:
            return replace(self, answer=score, before=score)
        return replace(self, answer=score)
