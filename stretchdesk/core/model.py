"""The stretch library's vocabulary: stretches, routines and the enums they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from stretchdesk.core.errors import LibraryError


class Level(Enum):
    """How experienced the person is; each stretch recommends holds per level."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Position(Enum):
    """The body position a stretch is done in."""

    SUPINE = "supine"
    SEATED = "seated"
    STANDING = "standing"
    KNEELING = "kneeling"
    QUADRUPED = "quadruped"

    @property
    def needs_floor(self) -> bool:
        """Whether a person must get down on the floor for this position."""
        return self in (Position.SUPINE, Position.KNEELING, Position.QUADRUPED)


class Side(Enum):
    """The side of the body a one-sided stretch works on."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        """The opposite side."""
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class SideOrder(Enum):
    """How the repetitions of a one-sided stretch are spread over the two sides."""

    ALTERNATE = "alternate"  # L1 R1 L2 R2
    ONE_SIDE_FIRST = "one-side-first"  # L1 L2 R1 R2


class Motion(Enum):
    """Whether a stretch is held still or moved through with the breath."""

    STATIC = "static"
    DYNAMIC = "dynamic"


@dataclass(frozen=True)
class Span:
    """A recommended amount: a single value (low == high) or a range."""

    low: float
    high: float

    def __str__(self) -> str:
        def fmt(x: float) -> str:
            return f"{x:g}"

        return fmt(self.low) if self.low == self.high else f"{fmt(self.low)}–{fmt(self.high)}"


@dataclass(frozen=True)
class Steps:
    """What to do in each part of a stretch, as short spoken-style sentences."""

    prepare: tuple[str, ...]
    hold: tuple[str, ...]
    release: tuple[str, ...]


@dataclass(frozen=True)
class Modification:
    """An easier or safer way to do a stretch in a given situation."""

    when: str
    do: str


@dataclass(frozen=True)
class Stretch:
    """One stretch as the library describes it."""

    id: str
    name: str
    summary: str
    position: Position
    unilateral: bool
    side_order: SideOrder
    first_side: Side
    motion: Motion
    breath_seconds: float | None
    hold_seconds: dict[Level, Span]
    reps: dict[Level, Span]
    steps: Steps
    equipment: tuple[str, ...] = ()
    primary_muscles: tuple[str, ...] = ()
    secondary_muscles: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    mistakes: tuple[str, ...] = ()
    modifications: tuple[Modification, ...] = ()
    cautions: tuple[str, ...] = ()
    source: str = ""

    @property
    def dynamic(self) -> bool:
        """Whether the hold is a paced movement rather than stillness."""
        return self.motion is Motion.DYNAMIC

    def hold_for(self, level: Level) -> float:
        """The recommended hold in seconds for `level` (the low end of a range)."""
        return self.hold_seconds[level].low

    def reps_for(self, level: Level) -> int:
        """The recommended repetitions (per side) for `level` (the low end of a range)."""
        return int(self.reps[level].low)


@dataclass(frozen=True)
class RoutineItem:
    """One stretch in a routine, with the routine's own overrides (None: not overridden)."""

    stretch_id: str
    hold_seconds: float | None = None
    reps: int | None = None
    side_order: SideOrder | None = None  # for a one-sided stretch


@dataclass(frozen=True)
class Routine:
    """A named sequence of stretches with a purpose a person recognises."""

    id: str
    name: str
    purpose: str
    items: tuple[RoutineItem, ...]
    needs: tuple[str, ...] = ()
    source_file: str = ""
    user: bool = False

    @property
    def needs_floor(self) -> bool:
        """Whether the routine asks the person to get on the floor."""
        return "floor" in self.needs


@dataclass(frozen=True)
class Library:
    """Every stretch and routine that loaded, plus what went wrong with user files."""

    stretches: dict[str, Stretch]
    routines: dict[str, Routine]
    problems: list[LibraryError] = field(default_factory=list)
