"""Turns validated YAML documents into Stretch and Routine objects (docs/data-format.md)."""

from __future__ import annotations

import re
from pathlib import Path

from stretchdesk.core.caution_book import CautionBook, stretch_cautions
from stretchdesk.core.fields import FieldReader, shown, too_long, unknown_field
from stretchdesk.core.limits import (
    HOLD_BOUNDS,
    MAX_NAME_CHARS,
    MAX_PURPOSE_CHARS,
    MAX_REPS,
    MAX_ROUTINE_ITEMS,
)
from stretchdesk.core.model import (
    Level,
    Modification,
    ModificationKind,
    Motion,
    Position,
    Routine,
    RoutineItem,
    Side,
    SideOrder,
    Span,
    Steps,
    Stretch,
)
from stretchdesk.core.phrasebook import t
from stretchdesk.core.yaml_source import Document, FieldKey

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ID_CHARS = 64
EQUIPMENT = ("mat", "chair", "step", "desk", "towel", "pillow", "strap", "wall")
NEEDS = ("floor", "chair", "desk", "bed")
# Fields a stretch may explain with `project_choice` (values no source page gives).
CHOSEN_FIELDS = ("hold_seconds", "reps", "side_order", "breath_seconds")

STRETCH_FIELDS = frozenset({
    "id", "name", "summary", "source", "position", "equipment", "sides", "side_order",
    "first_side", "motion", "breath_seconds", "hold_seconds", "reps", "steps", "muscles",
    "tips", "mistakes", "modifications", "cautions", "from_level", "project_choice",
})
ROUTINE_FIELDS = frozenset({"id", "name", "purpose", "needs", "items", "for_newcomers"})
ITEM_FIELDS = frozenset({"stretch", "hold_seconds", "reps", "side_order"})


def _reader(doc: Document, kind: str) -> FieldReader:
    """A reader labelled ``kind[id]``, using the file name until the id is known."""
    reader = FieldReader(doc, f"{kind}[{Path(doc.file).stem}]")
    if not isinstance(doc.value, dict):
        raise reader.error((), (
            t("the file holds a list; it should be a mapping with an 'id' field")
            if isinstance(doc.value, list)
            else t("the file holds a single value; it should be a mapping with an 'id' field")))
    ident = reader.text(("id",))
    if not ID_PATTERN.match(ident) or len(ident) > MAX_ID_CHARS:
        raise reader.error(("id",), t(
            "{id} is not a valid id; use lowercase letters, digits and dashes (at most {most})",
            id=shown(ident), most=MAX_ID_CHARS))
    reader.label = f"{kind}[{ident}]"
    return reader


def _reject_unknown(reader: FieldReader, key: FieldKey, allowed: frozenset[str]) -> None:
    for name in reader.mapping(key):
        if name not in allowed:
            raise reader.error((*key, name), unknown_field(sorted(allowed)))


def _per_level(reader: FieldReader, key: FieldKey, high: float, integer: bool) -> dict[Level, Span]:
    """A value per level: each a number or a [low, high] range."""
    table = reader.mapping(key)
    for name in table:
        if name not in {lv.value for lv in Level}:
            raise reader.error((*key, name), t(
                "{name} is not a level; use beginner, intermediate, advanced", name=shown(name)))
    low_bound = 1 if integer else HOLD_BOUNDS.low
    out: dict[Level, Span] = {}
    for level in Level:
        at = (*key, level.value)
        if not reader.has(at):
            raise reader.error(at, t("is missing; give a value for every level"))
        value = reader.raw(at)
        if isinstance(value, list):
            if len(value) != 2:
                raise reader.error(at, t("a range should be two numbers: [low, high]"))
            lo, hi = (
                reader.check_number((*at, i), v, low_bound, high, integer, not integer)
                for i, v in enumerate(value)
            )
            if lo > hi:
                raise reader.error(at, t("the range [{low}, {high}] runs backwards",
                                         low=f"{lo:g}", high=f"{hi:g}"))
            out[level] = Span(lo, hi)
        else:
            n = reader.check_number(at, value, low_bound, high, integer, not integer)
            out[level] = Span(n, n)
    return out


def parse_stretch(doc: Document, cautions: CautionBook | None = None) -> Stretch:
    """Builds a Stretch from a stretch file, or raises LibraryError.

    Caution ids in the file are looked up in `cautions` (the shared caution book).
    """
    r = _reader(doc, "stretches")
    _reject_unknown(r, (), STRETCH_FIELDS)
    sides = r.choice(("sides",), ("one", "both"))
    motion = Motion(r.choice(("motion",), [m.value for m in Motion], False, "static"))
    breath: float | None = None
    if motion is Motion.DYNAMIC:
        breath = r.number(("breath_seconds",), 1, 15, seconds=True)
    elif r.has(("breath_seconds",)):
        raise r.error(("breath_seconds",), t("only dynamic stretches have a breathing tempo"))
    r.mapping(("steps",))
    r.mapping(("muscles",))
    raw_modifications = r.raw(("modifications",)) if r.has(("modifications",)) else None
    if not isinstance(raw_modifications, list | None):
        raise r.error(("modifications",), t("should be a list of {when, do} entries"))
    modifications = []
    for i in range(len(raw_modifications or [])):
        r.mapping(("modifications", i))
        kind = r.choice(("modifications", i, "kind"), [k.value for k in ModificationKind],
                        False, ModificationKind.ADAPT.value)
        modifications.append(Modification(
            r.text(("modifications", i, "when")), r.text(("modifications", i, "do")),
            ModificationKind(kind),
        ))
    position = Position(r.choice(("position",), [p.value for p in Position]))
    caution_ids, caution_texts = stretch_cautions(
        r, ("cautions",), cautions or CautionBook(), position.value
    )
    return Stretch(
        id=r.text(("id",)),
        name=r.text(("name",)),
        summary=r.text(("summary",)),
        position=position,
        unilateral=sides == "one",
        side_order=SideOrder(
            r.choice(("side_order",), [o.value for o in SideOrder], False, "alternate")
        ),
        first_side=Side(r.choice(("first_side",), ("left", "right"), False, "left")),
        motion=motion,
        breath_seconds=breath,
        hold_seconds=_per_level(r, ("hold_seconds",), HOLD_BOUNDS.high, integer=False),
        reps=_per_level(r, ("reps",), MAX_REPS, integer=True),
        steps=Steps(
            prepare=r.texts(("steps", "prepare"), required=True),
            hold=r.texts(("steps", "hold"), required=True),
            release=r.texts(("steps", "release"), required=True),
        ),
        equipment=r.choices(("equipment",), EQUIPMENT),
        primary_muscles=r.texts(("muscles", "primary"), required=True),
        secondary_muscles=r.texts(("muscles", "secondary")),
        tips=r.texts(("tips",)),
        mistakes=r.texts(("mistakes",)),
        modifications=tuple(modifications),
        cautions=caution_texts,
        source=str(r.raw(("source",))) if r.has(("source",)) else "",
        caution_ids=caution_ids,
        from_level=Level(r.choice(("from_level",), [lv.value for lv in Level], False, "beginner")),
        project_choice=_project_choice(r),
    )


def _project_choice(r: FieldReader) -> dict[str, str]:
    """Why the project chose a value the source pages do not give, per field."""
    table = r.mapping(("project_choice",), required=False)
    for name in table:
        if name not in CHOSEN_FIELDS:
            raise r.error(("project_choice", name), t(
                "is not a field a choice can explain; use one of: {fields}",
                fields=", ".join(CHOSEN_FIELDS)))
    return {name: r.text(("project_choice", name)) for name in table}


def parse_routine(doc: Document, stretch_ids: set[str] | None = None) -> Routine:
    """Builds a Routine from a routine file, checking stretch ids against `stretch_ids`."""
    r = _reader(doc, "routines")
    _reject_unknown(r, (), ROUTINE_FIELDS)
    raw_items = r.raw(("items",))
    if not r.has(("items",)):
        raise r.error(("items",), t("is missing; list the stretches of the routine"))
    if not isinstance(raw_items, list) or not raw_items:
        raise r.error(("items",), t("should be a non-empty list of {stretch: id} entries"))
    if len(raw_items) > MAX_ROUTINE_ITEMS:
        raise r.error(("items",), t(
            "lists {n} stretches; a routine has at most {most}. Split it into shorter routines",
            n=len(raw_items), most=MAX_ROUTINE_ITEMS))
    items = []
    for i in range(len(raw_items)):
        key: FieldKey = ("items", i)
        _reject_unknown(r, key, ITEM_FIELDS)
        stretch_id = r.text((*key, "stretch"))
        if stretch_ids is not None and stretch_id not in stretch_ids:
            near = sorted(s for s in stretch_ids if s.split("-")[0] == stretch_id.split("-")[0])
            raise r.error((*key, "stretch"), (
                t("no stretch has the id {id}; did you mean {near}?", id=shown(stretch_id),
                  near=", ".join(near[:3])) if near
                else t("no stretch has the id {id}", id=shown(stretch_id))))
        hold = None
        if r.has((*key, "hold_seconds")):
            hold = r.number(
                (*key, "hold_seconds"), HOLD_BOUNDS.low, HOLD_BOUNDS.high, seconds=True
            )
        reps = None
        if r.has((*key, "reps")):
            reps = int(r.number((*key, "reps"), 1, MAX_REPS, integer=True))
        side_order = None
        if r.has((*key, "side_order")):
            side_order = SideOrder(r.choice((*key, "side_order"), [o.value for o in SideOrder]))
        items.append(RoutineItem(stretch_id, hold, reps, side_order))
    return Routine(
        id=r.text(("id",)),
        name=_short_text(r, ("name",), MAX_NAME_CHARS),
        purpose=_short_text(r, ("purpose",), MAX_PURPOSE_CHARS),
        items=tuple(items),
        needs=r.choices(("needs",), NEEDS),
        for_newcomers=r.flag(("for_newcomers",), default=False),
        source_file=doc.file,
    )


def _short_text(r: FieldReader, key: FieldKey, most: int) -> str:
    """Required text of at most `most` characters (a name or purpose a person will read)."""
    text = r.text(key)
    if len(text) > most:
        raise r.error(key, too_long(len(text), most))
    return text
