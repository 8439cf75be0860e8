"""Writes a Routine as YAML in the schema of data/routines, and makes ids from names.

What is written here reads back, through the loader, as the same routine: the text is
checked by parsing it again (`routine_yaml`), so a name full of quotes, colons, `#`,
"yes" or characters YAML would change is written in a form that keeps it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from typing import Any

from stretchdesk.core.model import Routine

__all__ = [
    "MAX_ID_CHARS", "copy_name", "routine_to_data", "routine_yaml", "unique_id", "yaml_text",
]

MAX_ID_CHARS = 48  # ids become file names: keep them short enough to read
ROUTINE_HEADER = (
    "# A StretchDesk routine (the format is in docs/data-format.md). StretchDesk's editor\n"
    "# writes this file; you may edit it by hand too, and the app reloads it.\n"
)


def routine_to_data(routine: Routine) -> dict[str, Any]:
    """The routine as plain data in the routine file's schema (only overrides it has)."""
    items: list[dict[str, Any]] = []
    for item in routine.items:
        entry: dict[str, Any] = {"stretch": item.stretch_id}
        if item.hold_seconds is not None:
            entry["hold_seconds"] = _number(item.hold_seconds)
        if item.reps is not None:
            entry["reps"] = item.reps
        if item.side_order is not None:
            entry["side_order"] = item.side_order.value
        items.append(entry)
    data: dict[str, Any] = {"id": routine.id, "name": routine.name, "purpose": routine.purpose}
    if routine.needs:
        data["needs"] = list(routine.needs)
    if routine.for_newcomers:
        data["for_newcomers"] = True
    data["items"] = items
    return data


def routine_yaml(routine: Routine) -> str:
    """The text of a routine file for `routine`, with a short header."""
    return ROUTINE_HEADER + yaml_text(routine_to_data(routine))


def yaml_text(data: dict[str, Any]) -> str:
    """`data` as block-style YAML that a safe loader reads back as `data`."""
    import yaml  # only when writing: loading the library does not need the emitter

    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
    if yaml.safe_load(text) != data:
        # A line-break character such as NEL or U+2028 written raw reads back as a
        # space; fully escaped output keeps every character.
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=False, width=88)
    return str(text)


def unique_id(name: str, taken: Collection[str]) -> str:
    """An id made from `name` (lowercase letters, digits and dashes) that is not `taken`.

    "Evening: back & hips" becomes "evening-back-hips"; when that is taken, "-2", "-3" ...
    is added. A name with no letters or digits to keep gives "routine".
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:MAX_ID_CHARS].strip("-")
    base = base or "routine"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        suffix = f"-{n}"
        candidate = base[: MAX_ID_CHARS - len(suffix)].strip("-") + suffix
    return candidate


def copy_name(name: str, taken: Iterable[str]) -> str:
    """"Name (copy)", or "Name (copy 2)" ... : a name for a duplicate not yet `taken`."""
    used = {n.casefold() for n in taken}
    candidate, n = f"{name} (copy)", 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{name} (copy {n})"
    return candidate


def _number(value: float) -> int | float:
    """Whole seconds as an int (written `30`, not `30.0`)."""
    return int(value) if float(value).is_integer() else float(value)
