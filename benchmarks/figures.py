"""One measured figure beside its target, its baseline and its verdict."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum


class Verdict(Enum):
    """Whether a figure meets its target."""

    PASS = "PASS"
    MISS = "MISS"
    INFO = "info"  # no target: shown for context
    NOT_MEASURED = "n/a"  # the part could not be measured (yet); the note says why


@dataclass(frozen=True)
class Target:
    """A limit on a figure: on the value itself, or on its ratio to the baseline."""

    limit: float
    on_ratio: bool = False

    def describe(self, unit: str) -> str:
        """How the target reads in the table ("≤ 1.5×", "≤ 20 ms")."""
        if self.on_ratio:
            return f"≤ {self.limit:g}×"
        return f"≤ {self.limit:g} {unit}".rstrip()


@dataclass(frozen=True)
class Figure:
    """One row of the table (and one entry of the JSON file)."""

    key: str
    label: str
    unit: str
    value: float | None
    baseline: float | None = None
    target: Target | None = None
    note: str = ""
    detail: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """The value as a multiple of the baseline's."""
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> Verdict:
        """PASS or MISS against the target; info without one; n/a when not measured."""
        if self.value is None:
            return Verdict.NOT_MEASURED
        if self.target is None:
            return Verdict.INFO
        measured = self.ratio if self.target.on_ratio else self.value
        if measured is None:
            return Verdict.NOT_MEASURED
        return Verdict.PASS if measured <= self.target.limit else Verdict.MISS

    def as_json(self) -> dict[str, object]:
        """The figure as plain JSON data."""
        return {
            "label": self.label,
            "unit": self.unit,
            "value": _rounded(self.value),
            "baseline": _rounded(self.baseline),
            "ratio": _rounded(self.ratio),
            "target": self.target.describe(self.unit) if self.target else None,
            "verdict": self.verdict.value,
            "note": self.note,
            **({"detail": self.detail} if self.detail else {}),
        }


def not_measured(key: str, label: str, unit: str, why: str,
                 target: Target | None = None) -> Figure:
    """A row for a part that cannot be measured now, saying why instead of a number."""
    return Figure(key, label, unit, None, target=target, note=why)


def percentile(values: Sequence[float], share: float) -> float:
    """The `share` (0..1) percentile, interpolated between the nearest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    """The median of `values`."""
    return statistics.median(values)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
