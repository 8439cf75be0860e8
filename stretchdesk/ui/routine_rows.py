"""What the routine list shows for each routine, and the order its rows come in.

routine_facts gathers, from the library and the person's settings, what the picker tells
about one routine at the level in use (its stretches and what each works, its needs, its
length, how many cautions it has); name_order sorts the rows as a reader expects.
"""

from __future__ import annotations

from stretchdesk.core.cautions import routine_cautions
from stretchdesk.core.model import Library, Routine
from stretchdesk.core.settings import Settings
from stretchdesk.core.stretch_guide import works
from stretchdesk.core.timeline import session_items
from stretchdesk.ui.routine_details import RoutineFacts


def name_order(name: str) -> str:
    """How a routine's name sorts: case and accents aside ("Étirer" comes before "Fesses").

    Plain ASCII has no accents to set aside, and Unicode's tables (unicodedata, ~0.2 MiB
    mapped for as long as the app runs) are loaded only for a name that has some.
    """
    folded = name.casefold()
    if folded.isascii():
        return folded
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def routine_facts(routine: Routine, library: Library, settings: Settings,
                  seconds: float) -> RoutineFacts:
    """What the picker shows about `routine`, `seconds` long, for a person with `settings`."""
    stretches = [library.stretches[item.stretch_id]
                 for _, item in session_items(routine, library, settings.level)]
    return RoutineFacts(
        id=routine.id,
        name=routine.name,
        purpose=routine.purpose,
        seconds=seconds,
        stretch_names=tuple(stretch.name for stretch in stretches),
        stretch_works=tuple(works(stretch, library.muscle_areas) for stretch in stretches),
        needs=routine.needs,
        level_word=settings.level.value,
        caution_count=len(routine_cautions(routine, library)),
        cautions_hidden=routine.id in settings.hidden_cautions,
        user=routine.user,
    )
