"""The editor's unsaved work, kept in a file so that it survives a crash and is offered back.

The editor writes the draft here (atomically) shortly after each change, and removes
the file once the routine is saved or the person lets the changes go. The file is the
app's own, JSON, and read leniently: a draft that cannot be read is simply not offered.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from stretchdesk.core.atomic_file import write_atomically
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import Routine, SideOrder
from stretchdesk.core.routine_draft import DraftItem, RoutineDraft
from stretchdesk.core.routine_writer import routine_to_data
from stretchdesk.core.schema import parse_routine
from stretchdesk.core.yaml_source import Document

DRAFT_FILE = "routine-draft.json"
DRAFT_VERSION = 1
MAX_DRAFT_BYTES = 1_000_000


def draft_data(draft: RoutineDraft) -> dict[str, Any]:
    """The draft as JSON data (the routine it edits included, to check it on saving)."""
    editing = draft.editing
    return {
        "version": DRAFT_VERSION,
        "name": draft.name,
        "purpose": draft.purpose,
        "items": [
            {"stretch": i.stretch_id, "hold_seconds": i.hold_seconds, "reps": i.reps,
             "side_order": i.side_order.value if i.side_order else None}
            for i in draft.items
        ],
        "editing": None if editing is None else {
            "routine": routine_to_data(editing), "file": editing.source_file,
        },
    }


def draft_from_data(data: Any) -> RoutineDraft | None:
    """The draft `data` describes, or None when it is not one this version can use."""
    if not isinstance(data, dict) or data.get("version") != DRAFT_VERSION:
        return None
    name, purpose, items = data.get("name"), data.get("purpose"), data.get("items")
    if not isinstance(name, str) or not isinstance(purpose, str) or not isinstance(items, list):
        return None
    made: list[DraftItem] = []
    for entry in items:
        item = _item(entry)
        if item is None:
            return None
        made.append(item)
    return RoutineDraft(name, purpose, made, editing=_editing(data.get("editing")))


def _item(entry: Any) -> DraftItem | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("stretch"), str):
        return None
    hold, reps, order = entry.get("hold_seconds"), entry.get("reps"), entry.get("side_order")
    if hold is not None and (isinstance(hold, bool) or not isinstance(hold, int | float)):
        return None
    if reps is not None and (isinstance(reps, bool) or not isinstance(reps, int)):
        return None
    if order is not None and order not in {o.value for o in SideOrder}:
        return None
    return DraftItem(entry["stretch"], None if hold is None else float(hold), reps,
                     None if order is None else SideOrder(order))


def _editing(entry: Any) -> Routine | None:
    """The routine the draft was editing, if the record of it still reads as one."""
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        return None
    try:
        routine = parse_routine(Document(entry["file"], entry.get("routine"), {}))
    except LibraryError:
        return None
    return Routine(routine.id, routine.name, routine.purpose, routine.items, routine.needs,
                   entry["file"], user=True)


class DraftFile:
    """The one draft file in the person's data folder."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / DRAFT_FILE

    def save(self, draft: RoutineDraft) -> None:
        """Keeps `draft` (raises OSError when the disk refuses)."""
        write_atomically(self.path, json.dumps(draft_data(draft), ensure_ascii=False, indent=1))

    def load(self) -> RoutineDraft | None:
        """The kept draft, or None when there is none or it cannot be used."""
        try:
            if not self.path.is_file() or self.path.stat().st_size > MAX_DRAFT_BYTES:
                return None
            return draft_from_data(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError, RecursionError):
            return None

    def discard(self) -> None:
        """Removes the kept draft (nothing happens when there is none)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
