"""Finding stretches in the library: by words of their name, where they are done, and what
they work. The editor's stretch list filters with this on every key the person types.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from stretchdesk.core.model import Position, Stretch
from stretchdesk.core.phrasebook import N_, t
from stretchdesk.core.stretch_guide import works as areas_worked


class Place(Enum):
    """Where a person does a stretch, as they would choose it."""

    FLOOR = "floor"
    CHAIR = "chair"
    STANDING = "standing"


PLACE_WORDS = {Place.FLOOR: N_("On the floor"), Place.CHAIR: N_("On a chair"),
               Place.STANDING: N_("Standing")}


def place_word(place: Place) -> str:
    """The filter's word for `place`, in the run's language."""
    return t(PLACE_WORDS[place])


def place_of(stretch: Stretch) -> Place:
    """The floor (lying, kneeling, on all fours), a chair (seated), or standing."""
    if stretch.position is Position.SEATED:
        return Place.CHAIR
    if stretch.position is Position.STANDING:
        return Place.STANDING
    return Place.FLOOR


def works(stretch: Stretch, areas: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """What the stretch works: body areas in plain words (from `areas`, muscle -> area,
    data/muscles.yaml), or its primary muscles as the library names them."""
    return areas_worked(stretch, areas) if areas else stretch.primary_muscles


def all_worked(stretches: Iterable[Stretch],
               areas: Mapping[str, str] | None = None) -> list[str]:
    """Everything any of `stretches` works, each once, in alphabetical order (accents
    aside: "épaules" comes before "fesses")."""
    return sorted({w for s in stretches for w in works(s, areas)}, key=_folded)


def _folded(text: str) -> str:
    """`text` for matching: no accents, no case, dashes as spaces ("Cat–cow" ~ "cat cow")."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    for dash in "-–—":
        plain = plain.replace(dash, " ")
    return plain.casefold()


@dataclass(frozen=True)
class StretchQuery:
    """What the person asked for: words of the name, a place, and something worked."""

    text: str = ""
    place: Place | None = None
    worked: str | None = None
    areas: Mapping[str, str] | None = field(default=None, compare=False, hash=False)

    def matches(self, stretch: Stretch) -> bool:
        """Whether `stretch` is one the person is looking for."""
        if self.place is not None and place_of(stretch) is not self.place:
            return False
        if self.worked is not None and self.worked not in works(stretch, self.areas):
            return False
        name = _folded(stretch.name)
        return all(word in name for word in _folded(self.text).split())
