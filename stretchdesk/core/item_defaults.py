"""What a routine item inherits when the routine does not say: its hold, repetitions and
side order, and where each comes from, in words for the editor.

The values come from the timeline's own resolvers (`resolve_hold`, `resolve_reps`,
`resolve_side_order`), asked about an item without overrides, so the editor shows what
a session would really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from stretchdesk.core.model import RoutineItem, SideOrder, Stretch
from stretchdesk.core.settings import HoldMode, RepsMode, Settings, SideOrderChoice
from stretchdesk.core.timeline import resolve_hold, resolve_reps, resolve_side_order

SIDE_ORDER_WORDS = {
    SideOrder.ALTERNATE: "alternate sides (left, right, left, right)",
    SideOrder.ONE_SIDE_FIRST: "one side first (left, left, right, right)",
}


@dataclass(frozen=True)
class Inherited:
    """What an item of `stretch` does without overrides, and why (e.g. "intermediate level")."""

    hold_seconds: float
    hold_from: str
    reps: int
    reps_from: str
    side_order: SideOrder | None  # None for a two-sided stretch
    side_order_from: str


def inherited(stretch: Stretch, settings: Settings) -> Inherited:
    """What an item of `stretch` inherits from the stretch and the person's settings."""
    bare = RoutineItem(stretch.id)
    level = f"{settings.level.value} level"
    if stretch.id in settings.hold_overrides:
        hold_from = "your hold for this stretch"
    elif settings.hold_mode is HoldMode.LEVEL:
        hold_from = level
    else:
        hold_from = "your hold for every stretch"
    reps_from = "your repetitions" if settings.reps_mode is RepsMode.FIXED else level
    side_order: SideOrder | None = None
    side_from = ""
    if stretch.unilateral:
        side_order = resolve_side_order(bare, stretch, settings)
        side_from = ("the stretch" if settings.side_order is SideOrderChoice.STRETCH
                     else "your settings")
    return Inherited(
        hold_seconds=resolve_hold(bare, stretch, settings), hold_from=hold_from,
        reps=resolve_reps(bare, stretch, settings), reps_from=reps_from,
        side_order=side_order, side_order_from=side_from,
    )
