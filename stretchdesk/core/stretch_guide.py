"""What a person can learn about a stretch beyond its steps, ready for the screen.

The picker's routine details say what each stretch works; an "about this stretch"
view shows tips, common mistakes, easier and harder versions, muscles and cautions;
the rest before a stretch can give its one key tip. Muscle names map to the body area
a person would call them in data/muscles.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from stretchdesk.core.fields import FieldReader
from stretchdesk.core.model import Level, Library, Modification, ModificationKind, Routine, Stretch
from stretchdesk.core.phrasebook import t
from stretchdesk.core.timeline import session_items
from stretchdesk.core.yaml_source import Document, read_document

MUSCLES_FILE = "muscles.yaml"


class MuscleAreas(dict[str, str]):
    """Muscle name -> body area in plain words, and `names`: muscle -> its name as shown.

    The muscle names in the stretch files are English ids; in another language `names`
    gives each one's name there (data/lang/<code>/muscles.yaml), and the shown name is a
    key too, so whatever shows a guide's muscles finds their area.
    """

    def __init__(self, areas: Mapping[str, str] | None = None,
                 names: Mapping[str, str] | None = None) -> None:
        super().__init__(areas or {})
        self.names = dict(names or {})
        for muscle, name in self.names.items():
            if muscle in self:
                self.setdefault(name, self[muscle])


def shown_muscles(muscles: tuple[str, ...], areas: Mapping[str, str]) -> tuple[str, ...]:
    """The muscles as a person reads them: translated when `areas` has their names."""
    names = areas.names if isinstance(areas, MuscleAreas) else {}
    return tuple(names.get(muscle, muscle) for muscle in muscles)


@dataclass(frozen=True)
class StretchGuide:
    """Everything about one stretch that is not a step, in the order to show it."""

    stretch_id: str
    name: str
    summary: str
    works: tuple[str, ...]  # body areas in plain words, from the primary muscles
    primary_muscles: tuple[str, ...]
    secondary_muscles: tuple[str, ...]
    tips: tuple[str, ...]
    mistakes: tuple[str, ...]
    easier: tuple[Modification, ...]
    harder: tuple[Modification, ...]
    adaptations: tuple[Modification, ...]  # ways round one problem (sore knees ...)
    cautions: tuple[str, ...]

    @property
    def key_tip(self) -> str:
        """The one tip worth hearing before the stretch starts (the first one)."""
        return self.tips[0] if self.tips else ""


def key_tip(stretch: Stretch) -> str:
    """The stretch's one key tip, shown while resting before it ("" when it has none)."""
    return stretch.tips[0] if stretch.tips else ""


def parse_muscle_areas(doc: Document) -> dict[str, str]:
    """Muscle name -> body area, from a muscles file; raises LibraryError when malformed."""
    r = FieldReader(doc, "muscles")
    if not isinstance(doc.value, dict):
        raise r.error((), t("the file should map each muscle name to a body area"))
    return {name: r.text((name,)) for name in r.mapping(())}


def load_muscle_areas(
    data_dir: Path | str, read: Callable[[Path], Document] = read_document
) -> dict[str, str]:
    """The muscle areas in `data_dir`/muscles.yaml (empty if the file is not there)."""
    path = Path(data_dir) / MUSCLES_FILE
    return parse_muscle_areas(read(path)) if path.is_file() else {}


def works(stretch: Stretch, areas: Mapping[str, str]) -> tuple[str, ...]:
    """The body areas the stretch works, each once, from its primary muscles.

    A muscle the table does not know is named as it is.
    """
    found: dict[str, None] = {}
    for muscle in stretch.primary_muscles:
        found.setdefault(areas.get(muscle, muscle), None)
    return tuple(found)


def stretch_guide(stretch: Stretch, areas: Mapping[str, str]) -> StretchGuide:
    """The guide to one stretch."""
    return StretchGuide(
        stretch_id=stretch.id,
        name=stretch.name,
        summary=stretch.summary,
        works=works(stretch, areas),
        primary_muscles=shown_muscles(stretch.primary_muscles, areas),
        secondary_muscles=shown_muscles(stretch.secondary_muscles, areas),
        tips=stretch.tips,
        mistakes=stretch.mistakes,
        easier=stretch.modifications_of(ModificationKind.EASIER),
        harder=stretch.modifications_of(ModificationKind.HARDER),
        adaptations=stretch.modifications_of(ModificationKind.ADAPT),
        cautions=stretch.cautions,
    )


def routine_overview(
    routine: Routine, library: Library, level: Level, areas: Mapping[str, str]
) -> list[StretchGuide]:
    """The guide to each stretch a session of `routine` at `level` includes, in order."""
    return [stretch_guide(library.stretches[item.stretch_id], areas)
            for _, item in session_items(routine, library, level)]
