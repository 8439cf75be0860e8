"""What a Session reports as time passes: frozen events, in the order they happen."""

from __future__ import annotations

from dataclasses import dataclass, field

from stretchdesk.core.timeline import Phase


@dataclass(frozen=True)
class PhaseStarted:
    """A phase began (also phase 0 after start, and a phase restarted by back).

    `at` is the instant on the session's clock the phase began: its boundary, which a
    late tick reports after the fact (not part of equality: two reports of the same
    phase start are the same event).
    """

    index: int
    phase: Phase
    at: float = field(default=0.0, compare=False)


@dataclass(frozen=True)
class Countdown:
    """3, 2 or 1 seconds are left in a phase of 4 seconds or more."""

    seconds_left: int


@dataclass(frozen=True)
class Halfway:
    """Half of a hold of 20 seconds or more has passed."""

    index: int


@dataclass(frozen=True)
class Breath:
    """Time for the next breath in a dynamic hold: in (inhale) or out."""

    index: int
    inhale: bool


@dataclass(frozen=True)
class Finished:
    """The last phase ended: the routine is complete."""


@dataclass(frozen=True)
class Stopped:
    """The person stopped the session before its end."""


Event = PhaseStarted | Countdown | Halfway | Breath | Finished | Stopped
