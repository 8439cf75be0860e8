"""The limits every file is held to, so that no file can cost the app its time or memory.

A stretch, routine or settings file is a few kilobytes; the limits sit far above what
any real file needs and far below what would make loading slow (docs/data-format.md,
"Limits"). They live in one place so that the loader, the settings file, the Settings
window and the documentation say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def size_words(size: int) -> str:
    """A file size as a person reads it: "812 bytes", "96 kB", "1.2 GB"."""
    if size < 1000:
        return f"{size} bytes"
    for unit, scale in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12)):
        if size < scale * 1000 or unit == "TB":
            amount = size / scale
            return f"{amount:.1f} {unit}" if amount < 10 else f"{amount:.0f} {unit}"
    raise AssertionError("unreachable")
