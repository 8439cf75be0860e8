"""The stretch library's vocabulary: stretches, routines and the enums they use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from stretchdesk.core.caution_book import CautionBook
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.safety import SafetyNotes


class Level(Enum):
    """How experienced the person is; each stretch recommends holds per level."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"

    @property
    def rank(self) -> int:
        """0 for beginner, 1 for intermediate, 2 for advanced."""
        return list(Level).index(self)


class Position(Enum):
    """The body position a stretch is done in."""

    SUPINE = "supine"
    SEATED = "seated"
    STANDING = "standing"
    KNEELING = "kneeling"
    QUADRUPED = "quadruped"
    PRONE = "prone"  # lying face down

    @property
    def needs_floor(self) -> bool:
        """Whether a person must get down on the floor for this position."""
        return self in (Position.SUPINE, Position.PRONE, Position.KNEELING, Position.QUADRUPED)

    @property
    def lying(self) -> bool:
        """Whether the person lies down (on the back or the front): a bed will do."""
        return self in (Position.SUPINE, Position.PRONE)


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


class ModificationKind(Enum):
    """What a modification is for."""

    EASIER = "easier"  # a gentler version for when the stretch is too much
    HARDER = "harder"  # the next step once it feels easy
    ADAPT = "adapt"  # a way round one problem (sore knees, a stiff neck ...)


@dataclass(frozen=True)
class Modification:
    """An easier, harder or adapted way to do a stretch in a given situation."""

    when: str
    do: str
    kind: ModificationKind = ModificationKind.ADAPT


@dataclass(frozen=True)
class Stretch:
    """One stretch as the library describes it.

    `cautions` are sentences a person can read on their own; `caution_ids` name the
    shared ones among them (the rest are the stretch's own). `from_level` is the first
    level whose sessions include the stretch. `project_choice` says, per field
    ("hold_seconds", "reps" ...), why the project chose a value no source page gives.
    """

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
    caution_ids: tuple[str, ...] = ()  # the shared cautions (data/cautions.yaml) among them
    from_level: Level = Level.BEGINNER
    project_choice: Mapping[str, str] = field(default_factory=dict)

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

    def modifications_of(self, kind: ModificationKind) -> tuple[Modification, ...]:
        """The modifications of one kind, in the order the stretch file gives them."""
        return tuple(m for m in self.modifications if m.kind is kind)


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
    for_newcomers: bool = False  # the routine a first run selects (see core/newcomer.py)

    @property
    def needs_floor(self) -> bool:
        """Whether the routine asks the person to get on the floor."""
        return "floor" in self.needs


@dataclass(frozen=True)
class Library:
    """Every stretch and routine that loaded, plus what went wrong with user files.

    `muscle_areas` names each muscle's body area in plain words (data/muscles.yaml);
    `safety` holds the warning signs shown before any stretching (data/safety.yaml).
    In another language than English, `translation_problems` lists what in its content
    files (data/lang/<code>/) could not be used, and `untranslated` every text still
    shown in English ("lang/fr/routines/x.yaml: routines[x].purpose").
    """

    stretches: dict[str, Stretch]
    routines: dict[str, Routine]
    problems: list[LibraryError] = field(default_factory=list)
    cautions: CautionBook = field(default_factory=lambda: CautionBook())
    muscle_areas: Mapping[str, str] = field(default_factory=dict)
    safety: SafetyNotes | None = None
    translation_problems: list[LibraryError] = field(default_factory=list)
    untranslated: tuple[str, ...] = ()
