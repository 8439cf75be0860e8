"""A copy of what can still be used in a routine file the app cannot read.

The file itself is never changed: the editor opens the copy as a new routine, with
the name, purpose and items that read well enough, and the person saves it under a
new name. Whatever is unusable (an unknown stretch, a value of the wrong kind) is left
out; a file whose YAML cannot be read at all gives an empty routine named after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from pathlib import Path
from typing import Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import SideOrder, Stretch
from stretchdesk.core.routine_draft import DraftItem, RoutineDraft, one_line
from stretchdesk.core.routine_writer import copy_name
from stretchdesk.core.yaml_source import read_document


def salvage(path: Path, stretches: Mapping[str, Stretch], names: Set[str]) -> RoutineDraft:
    """A new draft with what reads well in `path`, named so that it is not in `names`."""
    try:
        value: Any = read_document(path).value
    except LibraryError:
        value = None
    if not isinstance(value, dict):
        value = {}
    name = value.get("name")
    name = one_line(name) if isinstance(name, str) and one_line(name) else path.stem
    purpose = value.get("purpose")
    items = value.get("items")
    return RoutineDraft(
        copy_name(name, names),
        one_line(purpose) if isinstance(purpose, str) else "",
        [item for item in map(_item, items if isinstance(items, list) else [])
         if item is not None and item.stretch_id in stretches],
    )


def _item(entry: Any) -> DraftItem | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("stretch"), str):
        return None
    hold, reps, order = entry.get("hold_seconds"), entry.get("reps"), entry.get("side_order")
    seconds: float | None = None
    if isinstance(hold, int | float) and not isinstance(hold, bool):
        try:
            seconds = float(hold)
        except OverflowError:  # a whole number too large for any hold
            seconds = None
    return DraftItem(
        entry["stretch"],
        seconds,
        reps if isinstance(reps, int) and not isinstance(reps, bool) else None,
        SideOrder(order) if isinstance(order, str) and order in _ORDERS else None,
    )


_ORDERS = {o.value for o in SideOrder}
