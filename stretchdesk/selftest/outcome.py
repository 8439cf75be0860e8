"""What the self-test's checks share: a check's report, its failure, and what it found.

Each check returns a CheckReport (one summary line, warnings that do not fail it) or
raises CheckFailed with a message for a person; Found carries what one check learnt to
the checks after it, so a broken library is reported once, not by every later check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from stretchdesk.core.model import Library


class CheckFailed(Exception):
    """A check found something wrong; the message says what, for a person."""


@dataclass
class CheckReport:
    """What one check found: a summary line and any warnings that do not fail it."""

    summary: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Places:
    """The shipped folders the self-test looks at."""

    data: Path
    assets: Path


@dataclass
class Found:
    """What one check learnt that later ones build on (None when that check failed)."""

    library: Library | None = None

