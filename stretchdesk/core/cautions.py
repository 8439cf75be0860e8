"""Which cautions a routine brings with it, merged and grouped so a person reads them,
and what the person said.

Shared cautions (data/cautions.yaml) are merged by id, so a caution that several
stretches carry is listed once; they are grouped by kind ("Ask your doctor or
physiotherapist first if…", "Stop if…", "Take care"), in the book's order. A stretch's
own sentences, which no other stretch shares, go with the take-care group.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from stretchdesk.core.model import Library, Routine, Stretch
from stretchdesk.core.phrasebook import N_, t

TAKE_CARE = "take-care"
OWN_HEADING = N_("Take care")  # when the caution book has no take-care group


@dataclass(frozen=True)
class CautionAnswer:
    """What the person decided on reading the cautions: start or not, and see them again."""

    start: bool
    hide_next_time: bool


def _stretches(routine: Routine, library: Library) -> list[Stretch]:
    return [library.stretches[item.stretch_id] for item in routine.items]


def _own_sentences(stretch: Stretch, library: Library) -> list[str]:
    shared = {library.cautions.cautions[c].sentence for c in stretch.caution_ids
              if c in library.cautions.cautions}
    return [s for s in stretch.cautions if s not in shared]


def routine_cautions(routine: Routine, library: Library) -> list[str]:
    """Every caution of the routine's stretches as a sentence, each once, in the order
    they come up."""
    seen: dict[str, None] = {}
    for stretch in _stretches(routine, library):
        for caution in stretch.cautions:
            seen.setdefault(caution, None)
    return list(seen)


def caution_groups(routine: Routine, library: Library) -> list[tuple[str, list[str]]]:
    """The routine's cautions as (heading, items), one group per kind, each caution once.

    Items of a shared caution read on from the heading ("Stop if…" / "you feel sharp or
    shooting pain"); a stretch's own sentences are listed whole under "Take care".
    """
    book = library.cautions
    by_group: dict[str, dict[str, None]] = {group.id: {} for group in book.groups}
    own: dict[str, None] = {}
    for stretch in _stretches(routine, library):
        for caution_id in stretch.caution_ids:
            caution = book.cautions.get(caution_id)
            if caution is not None:
                by_group.setdefault(caution.group, {}).setdefault(caution.text, None)
        for sentence in _own_sentences(stretch, library):
            own.setdefault(sentence, None)
    groups: list[tuple[str, list[str]]] = []
    for group in book.groups:
        items = list(by_group.get(group.id, {}))
        if group.id == TAKE_CARE:
            items += [s for s in own if s not in items]
            own = {}
        if items:
            groups.append((group.heading, items))
    if own:
        groups.append((t(OWN_HEADING), list(own)))
    return groups


def caution_count(routine: Routine, library: Library) -> int:
    """How many items the routine's cautions list holds once merged."""
    return sum(len(items) for _, items in caution_groups(routine, library))


def position_notes(routines: Iterable[Routine], library: Library) -> list[str]:
    """The cautions that come with a body position the routines use (lying on the back in
    later pregnancy ...), each once as a sentence of its own, in the book's order.

    The warning-signs screen shows them beside the red flags: they concern whether to do
    such a routine at all, not how to do one stretch.
    """
    positions = {library.stretches[item.stretch_id].position.value
                 for routine in routines for item in routine.items
                 if item.stretch_id in library.stretches}
    return [c.sentence for c in library.cautions.cautions.values()
            if positions.intersection(c.positions)]
