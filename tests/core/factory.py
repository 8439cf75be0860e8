"""Small made-up libraries for core tests, written as real YAML files."""

from __future__ import annotations

import textwrap
from pathlib import Path

from stretchdesk.core.library import Library, load_library

ONE_SIDED = """\
id: side-reach
name: Side reach
summary: A made-up one-sided stretch.
position: supine
sides: one
side_order: {order}
hold_seconds: {{beginner: 10, intermediate: 20, advanced: [40, 60]}}
reps: {{beginner: 1, intermediate: 2, advanced: [3, 4]}}
steps:
  prepare: [Lie down.]
  hold: [Reach.]
  release: [Let go.]
muscles: {{primary: [Back]}}
"""

TWO_SIDED = """\
id: both-knees
name: Both knees
summary: A made-up two-sided stretch.
position: supine
sides: both
hold_seconds: {beginner: 15, intermediate: 30, advanced: 45}
reps: {beginner: 2, intermediate: 2, advanced: 3}
steps:
  prepare: [Lie down.]
  hold: [Hug both knees.]
  release: [Lower the feet.]
muscles: {primary: [Lower back]}
"""

ROCKING = """\
id: rocking
name: Rocking
summary: A made-up dynamic stretch.
position: supine
sides: both
motion: dynamic
breath_seconds: 4
hold_seconds: {beginner: 20, intermediate: 20, advanced: 20}
reps: {beginner: 1, intermediate: 1, advanced: 1}
steps:
  prepare: [Lie down.]
  hold: [Rock.]
  release: [Stop.]
muscles: {primary: [Lower back]}
"""

ROUTINE = """\
id: {ident}
name: Routine {ident}
purpose: Testing.
items:
{items}
"""


def write(path: Path, text: str) -> Path:
    """Writes `text` (dedented) to `path`, making folders as needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def routine_text(ident: str, *items: str) -> str:
    """A routine file listing `items` (each a stretch id, or a YAML flow mapping)."""
    lines = "\n".join(
        f"  - {item}" if item.startswith("{") else f"  - stretch: {item}" for item in items
    )
    return ROUTINE.format(ident=ident, items=lines)


def make_data(root: Path, order: str = "alternate") -> Path:
    """A data folder with a one-sided, a two-sided and a dynamic stretch and a routine."""
    write(root / "stretches" / "side-reach.yaml", ONE_SIDED.format(order=order))
    write(root / "stretches" / "both-knees.yaml", TWO_SIDED)
    write(root / "stretches" / "rocking.yaml", ROCKING)
    write(root / "routines" / "mixed.yaml", routine_text("mixed", "side-reach", "both-knees"))
    return root


def make_library(root: Path, order: str = "alternate") -> Library:
    """Loads the made-up data folder."""
    return load_library(make_data(root, order))
