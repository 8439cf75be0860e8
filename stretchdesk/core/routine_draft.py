"""A routine being edited: its name, purpose and items, changed freely and checked as it goes.

The editor's views show a RoutineDraft and change it only through its methods, each of
which the undo stack can reverse (`insert` takes back what `remove` returned). Every
item has a `key` that stays with it when it moves, so a view and an undo step can find
it again. `problems` says in words what stops the draft from being saved, field by
field, using the loader's own checks so that the editor and the files agree.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import Library, Position, Routine, RoutineItem, SideOrder, Stretch
from stretchdesk.core.phrasebook import N_, t
from stretchdesk.core.routine_size import check_routine_size
from stretchdesk.core.schema import NEEDS, parse_routine
from stretchdesk.core.yaml_source import Document

_keys = itertools.count(1)


def new_key() -> int:
    """A key no other draft item has."""
    return next(_keys)


@dataclass(frozen=True)
class DraftItem:
    """One stretch of the draft, with the overrides the person chose (None: inherited)."""

    stretch_id: str
    hold_seconds: float | None = None
    reps: int | None = None
    side_order: SideOrder | None = None
    key: int = field(default_factory=new_key, compare=False)

    def as_item(self) -> RoutineItem:
        """The routine item this becomes."""
        return RoutineItem(self.stretch_id, self.hold_seconds, self.reps, self.side_order)

    @classmethod
    def of(cls, item: RoutineItem) -> DraftItem:
        """A draft item (with a new key) for a routine's item."""
        return cls(item.stretch_id, item.hold_seconds, item.reps, item.side_order)


@dataclass(frozen=True)
class DraftProblems:
    """What stops a draft from being saved, in words, by field ("" when the field is fine).

    `holds`, `reps` and `stretches` are keyed by the item's key.
    """

    name: str = ""
    purpose: str = ""
    items: str = ""
    holds: Mapping[int, str] = field(default_factory=dict)
    reps: Mapping[int, str] = field(default_factory=dict)
    stretches: Mapping[int, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the draft can be saved."""
        return not self.messages()

    def messages(self) -> list[str]:
        """Every problem, once, in the order of the fields on screen."""
        out = [m for m in (self.name, self.purpose, self.items) if m]
        for table in (self.stretches, self.holds, self.reps):
            out += [m for m in table.values() if m not in out]
        return out


def one_line(text: str) -> str:
    """`text` as the one line a routine file keeps: control characters and line breaks
    become spaces, and the ends are trimmed (as the loader trims them)."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") else ch for ch in text
    )
    return cleaned.strip()


def needs_for(stretch_ids: Iterable[str], stretches: Mapping[str, Stretch]) -> tuple[str, ...]:
    """What a routine of these stretches needs (floor, chair, desk), from the stretches."""
    found: set[str] = set()
    for sid in stretch_ids:
        stretch = stretches.get(sid)
        if stretch is None:
            continue
        if stretch.position.needs_floor:
            found.add("floor")
        if stretch.position is Position.SEATED or "chair" in stretch.equipment:
            found.add("chair")
        if "desk" in stretch.equipment:
            found.add("desk")
    return tuple(need for need in NEEDS if need in found)


class RoutineDraft:
    """A routine being edited; `editing` is the saved routine it changes (None: a new one)."""

    def __init__(self, name: str = "", purpose: str = "", items: Iterable[DraftItem] = (),
                 editing: Routine | None = None) -> None:
        self.name = name
        self.purpose = purpose
        self._items: list[DraftItem] = list(items)
        self.editing = editing

    @classmethod
    def from_routine(cls, routine: Routine, *, as_copy_named: str | None = None) -> RoutineDraft:
        """A draft of `routine`: to edit it, or (`as_copy_named`) to start a new one from it."""
        items = [DraftItem.of(item) for item in routine.items]
        if as_copy_named is not None:
            return cls(as_copy_named, routine.purpose, items)
        return cls(routine.name, routine.purpose, items, editing=routine)

    # -- items ---------------------------------------------------------------------------

    @property
    def items(self) -> tuple[DraftItem, ...]:
        """The items in order."""
        return tuple(self._items)

    def index_of(self, key: int) -> int:
        """Where the item with `key` is now (ValueError when it is not there)."""
        for index, item in enumerate(self._items):
            if item.key == key:
                return index
        raise ValueError(f"no item has the key {key}")

    def insert(self, index: int, item: DraftItem) -> None:
        """Puts `item` at `index` (at the end when `index` is past it)."""
        self._items.insert(max(0, min(index, len(self._items))), item)

    def remove(self, index: int) -> DraftItem:
        """Takes the item at `index` out and returns it (to be inserted back on undo)."""
        return self._items.pop(index)

    def move(self, source: int, target: int) -> None:
        """Moves the item at `source` so that it ends up at `target`."""
        item = self._items.pop(source)
        self._items.insert(max(0, min(target, len(self._items))), item)

    def replace(self, index: int, item: DraftItem) -> DraftItem:
        """Puts `item` in place of the item at `index` and returns the one it replaced."""
        old, self._items[index] = self._items[index], item
        return old

    def change(self, index: int, **overrides: Any) -> DraftItem:
        """The item at `index` with some overrides changed (same key); the draft is unchanged."""
        return replace(self._items[index], **overrides)

    # -- the routine it makes ------------------------------------------------------------

    def routine(self, stretches: Mapping[str, Stretch], routine_id: str = "") -> Routine:
        """The routine this draft describes (its id is `routine_id`, or the edited one's).

        Items whose stretch is not in `stretches` are left out (their problem is shown).
        """
        ident = routine_id or (self.editing.id if self.editing is not None else "draft")
        items = tuple(i.as_item() for i in self._items if i.stretch_id in stretches)
        return Routine(
            id=ident, name=one_line(self.name), purpose=one_line(self.purpose), items=items,
            needs=needs_for((i.stretch_id for i in items), stretches),
            source_file=self.editing.source_file if self.editing is not None else "",
            user=True,
        )

    def problems(self, library: Library) -> DraftProblems:
        """What stops this draft from being saved into `library`, field by field."""
        name, purpose = one_line(self.name), one_line(self.purpose)
        name_problem = (
            t("Give the routine a name.") if not name
            else _duplicate_name(name, library, self.editing)
            or _said(N_("The name {problem}."), _loader_says({"name": name}))
        )
        purpose_problem = (
            t("Say in a few words what the routine is for.") if not purpose
            else _said(N_("The purpose {problem}."), _loader_says({"purpose": purpose}))
        )
        items_problem = (
            t("Add at least one stretch: choose it on the left and press Enter.")
            if not self._items else self._whole_routine_problem(library)
        )
        holds: dict[int, str] = {}
        reps: dict[int, str] = {}
        unknown: dict[int, str] = {}
        for item in self._items:
            if item.stretch_id not in library.stretches:
                unknown[item.key] = t("There is no stretch {stretch} any more; remove this "
                                      "item.", stretch=repr(item.stretch_id))
            if item.hold_seconds is not None:
                said = _loader_says({"items": [{"stretch": item.stretch_id,
                                                "hold_seconds": _number(item.hold_seconds)}]})
                if said:
                    holds[item.key] = _said(N_("The hold {problem}."), said)
            if item.reps is not None:
                said = _loader_says({"items": [{"stretch": item.stretch_id, "reps": item.reps}]})
                if said:
                    reps[item.key] = _said(N_("The number of repetitions {problem}."), said)
        return DraftProblems(name_problem, purpose_problem, items_problem, holds, reps, unknown)

    def _whole_routine_problem(self, library: Library) -> str:
        """What the library says about the routine as a whole: how many stretches, and
        how long it would hold them ("" when both are fine)."""
        said = _loader_says({"items": [{"stretch": i.stretch_id} for i in self._items]})
        if said:
            return t("This routine {problem}.", problem=said)
        try:
            check_routine_size(self.routine(library.stretches), library.stretches,
                               Document("draft", {}, {}))
        except LibraryError as exc:
            return _sentence(exc.message)
        return ""


def _sentence(message: str) -> str:
    """A loader's message as a sentence of its own."""
    return f"{message[:1].upper()}{message[1:]}." if message else ""


def _duplicate_name(name: str, library: Library, editing: Routine | None) -> str:
    own_id = editing.id if editing is not None else None
    for routine in library.routines.values():
        if routine.id != own_id and routine.name.casefold() == name.casefold():
            return t("“{name}” is already the name of another routine; choose another.",
                     name=routine.name)
    return ""


def _number(value: float) -> float | int:
    """Whole seconds as an int, so that a message says "601 seconds", not "601.0"."""
    return int(value) if float(value).is_integer() else value


def _said(sentence: str, message: str) -> str:
    """The loader's `message` about a field, put in a `sentence` about that field ("The
    name {problem}."); "" stays ""."""
    return t(sentence, problem=message) if message else ""


_SAMPLE: dict[str, Any] = {"id": "draft", "name": "Draft", "purpose": "Checking one field.",
                           "items": [{"stretch": "any"}]}


def _loader_says(fields: dict[str, Any]) -> str:
    """What the routine loader says about these fields of a routine file ("" if fine).

    The draft's values are put into an otherwise valid routine and read as a file
    would be, so the editor accepts exactly what the app can load back.
    """
    try:
        parse_routine(Document("draft", {**_SAMPLE, **fields}, {}))
    except LibraryError as exc:
        return exc.message
    return ""
