"""When the session driver wakes next: only when something the person sees changes.

The screen shows the whole seconds left and a countdown ring that moves in steps; the
session also has events due (a countdown, halfway, a breath, the phase's end). Between
those nothing changes, so the driver's timer sleeps. The ring's steps divide whole
seconds, so a second and a step never fall a moment apart (two wake-ups for one change).
Qt-free: the driver (controller/driver.py) owns the timer and passes the session in.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from stretchdesk.core.session import Session

RING_STEPS = 120  # the countdown ring moves in this many steps over a phase
MIN_REPAINT_SECONDS = 0.1  # real seconds between ring steps at most: 10 Hz
WAKE_SLACK_SECONDS = 0.002  # wake just after a ring step, never just before it
EARLY_WAKE_SECONDS = 0.002  # how far ahead of an event the driver may wake and wait


def ring_grid(length: float, speed: float) -> float:
    """Session seconds between ring steps in a phase of `length`; it divides whole seconds."""
    step = max(length / RING_STEPS, MIN_REPAINT_SECONDS * speed)
    return 1.0 / math.floor(1.0 / step) if step < 1.0 else 1.0


def shown_step(index: int, remaining: float, length: float,
               speed: float) -> tuple[int, int, int]:
    """What the screen shows with `remaining` seconds left of phase `index` (of `length`):
    the phase, the whole second and the ring's step."""
    grid = ring_grid(length, speed)
    return index, math.ceil(remaining - 1e-9), math.ceil(remaining / grid - 1e-9)


def wake_ms(session: Session, speed: float, clock: Callable[[], float]) -> int:
    """Real milliseconds until the next second or ring step shown, or the next event due.

    `clock` is the session's own (scaled) clock; an event overdue is sent at once, and
    the wait is never under a millisecond. A ring step is woken for just after it, an
    event just before it (the driver then waits the last fraction of a millisecond).
    """
    remaining = session.remaining
    grid = ring_grid(session.phase_seconds, speed)
    to_step = remaining - (math.ceil(remaining / grid - 1e-9) - 1) * grid
    wait = to_step if to_step > 1e-6 else grid
    due = session.next_due()
    to_event = None if due is None else due - clock()
    if to_event is not None and to_event <= wait:
        # For an event: up to a millisecond before it (Qt's timers count whole ms); the
        # driver waits out the rest (SessionDriver.tick), so it starts on the dot.
        return max(1, math.floor(max(0.0, to_event) / speed * 1000))
    real_wait = max(1e-3, wait) / speed
    return max(1, math.ceil((real_wait + WAKE_SLACK_SECONDS) * 1000))
