"""The limits every file is held to, so that no file can cost the app its time or memory.

A stretch, routine or settings file is a few kilobytes; the limits sit far above what
any real file needs and far below what would make loading slow (docs/data-format.md,
"Limits"). They live in one place so that the loader, the settings file, the Settings
window and the documentation say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

MAX_FILE_BYTES = 100_000  # the largest shipped file is about 4 kB
MAX_VALUES = 20_000  # values in one file once every alias (*name) is expanded
MAX_DEPTH = 32  # lists and mappings inside each other; real files use four levels
MAX_NUMBER_CHARS = 32  # characters of one number; 32 digits are far beyond any hold
MAX_FOLDER_FILES = 500  # routine files read from one of the person's folders

MAX_ROUTINE_ITEMS = 50  # stretches in one routine (the shipped ones have 4 to 6)
MAX_ROUTINE_HOLD_SECONDS = 2 * 3600  # holding time of a routine at its longest
MAX_REPS = 20  # repetitions of one stretch in one routine item or level
MAX_NAME_CHARS = 80  # a routine's name: one line in the list and the window title
MAX_PURPOSE_CHARS = 400  # a routine's purpose: a sentence or two


@dataclass(frozen=True)
class Bounds:
    """The smallest and largest value a person may choose for a number, and its unit."""

    low: float
    high: float
    unit: str = ""

    def clamp(self, value: float) -> float:
        """`value` moved inside the bounds."""
        return float(min(max(value, self.low), self.high))

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.low <= value <= self.high


# One hold range everywhere: stretch files, routine files and Settings.
HOLD_BOUNDS = Bounds(5, 300, "s")
PHASE_BOUNDS = Bounds(0, 120, "s")  # 0 leaves the phase out (say, no rest)

# Every number a person can set, by its Settings field: the settings file clamps to these
# (and says so), the Settings window's spin boxes and sliders stop at them.
SETTING_BOUNDS: Mapping[str, Bounds] = MappingProxyType({
    "hold_seconds": HOLD_BOUNDS,
    "hold_overrides": HOLD_BOUNDS,  # each per-stretch hold
    "reps": Bounds(1, 10),
    "prepare_seconds": PHASE_BOUNDS,
    "release_seconds": PHASE_BOUNDS,
    "switch_seconds": PHASE_BOUNDS,
    "rest_seconds": PHASE_BOUNDS,
    "speech_rate": Bounds(-1, 1),  # QTextToSpeech's rate: -1 slowest, 0 normal, 1 fastest
    "volume": Bounds(0, 1),
    "text_scale": Bounds(0.75, 2),
    # -- history (issue 17) --
    "weekly_goal_minutes": Bounds(0, 1000, "min"),  # 0: no goal; 1000 min is ~2.5 h a day
})


def size_words(size: int) -> str:
    """A file size as a person reads it, in the run's language: "812 bytes", "96 kB"."""
    # Imported here: the phrasebook reads YAML through yaml_source, which needs this module.
    from stretchdesk.core.phrasebook import N_, t, tn

    if size < 1000:
        return tn("{n} byte", "{n} bytes", size)
    units = ((N_("{amount} kB"), 1e3), (N_("{amount} MB"), 1e6), (N_("{amount} GB"), 1e9),
             (N_("{amount} TB"), 1e12))
    for unit, scale in units:
        if size < scale * 1000 or scale == 1e12:
            amount = size / scale
            return t(unit, amount=f"{amount:.1f}" if amount < 10 else f"{amount:.0f}")
    raise AssertionError("unreachable")
