"""Which cautions a routine brings with it, how they are grouped, and what the person said."""

from __future__ import annotations

from dataclasses import dataclass

from stretchdesk.core.model import Library, Routine


@dataclass(frozen=True)
class CautionAnswer:
    """What the person decided on reading the cautions: start or not, and see them again."""

    start: bool
    hide_next_time: bool


def routine_cautions(routine: Routine, library: Library) -> list[str]:
    """Every caution of the routine's stretches, each once, in the order they come up."""
    seen: dict[str, None] = {}
    for item in routine.items:
        for caution in library.stretches[item.stretch_id].cautions:
            seen.setdefault(caution, None)
    return list(seen)


def caution_groups(routine: Routine, library: Library) -> list[tuple[str, list[str]]]:
    """The cautions as (heading, cautions): those shared by several stretches first, then
    each stretch's own under its name, so "this stretch" always says which one."""
    names: dict[str, list[str]] = {}
    for item in routine.items:
        stretch = library.stretches[item.stretch_id]
        for caution in stretch.cautions:
            names.setdefault(caution, [])
            if stretch.name not in names[caution]:
                names[caution].append(stretch.name)
    groups: list[tuple[str, list[str]]] = []
    shared = [c for c, owners in names.items() if len(owners) > 1]
    if shared:
        groups.append(("Throughout", shared))
    for item in routine.items:
        stretch = library.stretches[item.stretch_id]
        own = [c for c in stretch.cautions if names[c] == [stretch.name]]
        if own and all(stretch.name != heading for heading, _ in groups):
            groups.append((stretch.name, own))
    return groups
