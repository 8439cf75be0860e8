"""How long a routine would hold its stretches, and the limit a routine file is held to."""

from __future__ import annotations

from collections.abc import Mapping

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.limits import MAX_ROUTINE_HOLD_SECONDS
from stretchdesk.core.model import Routine, Stretch
from stretchdesk.core.phrasebook import t
from stretchdesk.core.yaml_source import Document


def longest_hold_time(routine: Routine, stretches: Mapping[str, Stretch]) -> float:
    """Seconds `routine` holds stretches at most: the longest holds, the most repetitions.

    A routine item's own hold or repetitions count as given; otherwise the stretch's
    highest recommendation at any level. Both sides of a one-sided stretch count.
    """
    total = 0.0
    for item in routine.items:
        stretch = stretches.get(item.stretch_id)
        if stretch is None:
            continue
        reps = item.reps or max(span.high for span in stretch.reps.values())
        hold = item.hold_seconds or max(span.high for span in stretch.hold_seconds.values())
        total += reps * hold * (2 if stretch.unilateral else 1)
    return total


def check_routine_size(routine: Routine, stretches: Mapping[str, Stretch], doc: Document) -> None:
    """Raises LibraryError when `routine` (read from `doc`) would hold for too long."""
    seconds = longest_hold_time(routine, stretches)
    if seconds <= MAX_ROUTINE_HOLD_SECONDS:
        return
    limit_hours = MAX_ROUTINE_HOLD_SECONDS / 3600
    raise LibraryError(doc.file, doc.line_of(("items",)), f"routines[{routine.id}].items", t(
        "these stretches would be held for up to {length} in all; a routine holds for at "
        "most {hours} hours. Use fewer repetitions or shorter holds, or split it into two "
        "routines", length=_duration(seconds), hours=f"{limit_hours:g}"))


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
