"""The person's preferences that shape a session: level, holds, phase lengths and cues."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

from stretchdesk.core.model import Level, SideOrder
from stretchdesk.core.reminders.settings import ReminderSettings, Weekday

__all__ = [
    "Contrast",
    "HoldMode",
    "Level",
    "Motion",
    "RepsMode",
    "Settings",
    "SideOrderChoice",
    "SoundMode",
    "Theme",
    "Weekday",
]


class HoldMode(Enum):
    """Where hold lengths come from when no per-stretch override applies."""

    LEVEL = "level"  # each stretch's recommendation for the person's level
    FIXED = "fixed"  # one length (Settings.hold_seconds) for every stretch


class RepsMode(Enum):
    """Where repetition counts come from."""

    LEVEL = "level"
    FIXED = "fixed"


class SideOrderChoice(Enum):
    """Which side order one-sided stretches follow."""

    STRETCH = "stretch"  # what the stretch data says
    ALTERNATE = "alternate"
    ONE_SIDE_FIRST = "one-side-first"

    def resolve(self, own: SideOrder) -> SideOrder:
        """The order to use for a stretch whose own order is `own`."""
        return own if self is SideOrderChoice.STRETCH else SideOrder(self.value)


class SoundMode(Enum):
    """What the person hears."""

    CHIME_AND_VOICE = "chime+voice"
    CHIME = "chime"
    SILENT = "silent"


class Theme(Enum):
    """The colour scheme of the window."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Contrast(Enum):
    """Whether the window uses the high-contrast colours (light or dark, as the theme is)."""

    SYSTEM = "system"  # as the desktop asks, where it says
    HIGH = "high"
    STANDARD = "standard"


class Motion(Enum):
    """Whether the pictures move between poses or change at once."""

    SYSTEM = "system"  # as the desktop asks, where it says
    REDUCED = "reduced"  # every change is instant: no movement on screen
    FULL = "full"


def _frozen_map() -> Mapping[str, float]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Settings:
    """Every preference, with the defaults a new person starts from.

    `hold_seconds` is the global default hold; with `hold_mode` FIXED it replaces the
    level recommendations. `hold_overrides` maps a stretch id to the person's own hold.
    `reminders` holds every reminder preference (core.reminders.settings).
    History: `back_check_in` asks how the back feels before and after a routine; the
    history screen measures the week against `weekly_goal_minutes` (0: no goal), and a
    day in `rest_days` never breaks a streak. `language` is "system" (the system's
    locale variables choose) or a language code ("en", "fr"; core.language), read once at
    start-up.
    """

    level: Level = Level.INTERMEDIATE
    hold_mode: HoldMode = HoldMode.LEVEL
    hold_seconds: float = 30.0
    hold_overrides: Mapping[str, float] = field(default_factory=_frozen_map)
    reps_mode: RepsMode = RepsMode.LEVEL
    reps: int = 2
    side_order: SideOrderChoice = SideOrderChoice.STRETCH
    prepare_seconds: float = 10.0
    release_seconds: float = 5.0
    switch_seconds: float = 5.0
    rest_seconds: float = 10.0
    countdown_ticks: bool = True
    halfway_cue: bool = True
    breath_cues: bool = True
    sound_mode: SoundMode = SoundMode.CHIME_AND_VOICE
    voice: str = ""
    speech_rate: float = 0.0
    volume: float = 0.8
    theme: Theme = Theme.SYSTEM
    text_scale: float = 1.0
    contrast: Contrast = Contrast.SYSTEM
    motion: Motion = Motion.SYSTEM
    hidden_cautions: frozenset[str] = frozenset()
    # -- reminders (issue 18): routines at set times, the desk break, login and tray --
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    # -- history and the back check-in (issue 17) --
    back_check_in: bool = True
    weekly_goal_minutes: int = 60
    rest_days: frozenset[Weekday] = frozenset()
    # -- the interface's language (issue 19): applies at the next start --
    language: str = "system"

    def __hash__(self) -> int:
        return hash((*sorted(self.hold_overrides.items()), self.level, self.hold_seconds))
