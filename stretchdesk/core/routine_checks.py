"""Every check the library gives one of the person's routine files, in one call.

The routine editor, its saving, and importing a shared routine all hold a routine to
exactly what `load_user_routines` will accept: the schema (parse_routine) and the
routine's size (check_routine_size). A routine they pass therefore always loads.
"""

from __future__ import annotations

from collections.abc import Mapping

from stretchdesk.core.model import Routine, Stretch
from stretchdesk.core.routine_size import check_routine_size
from stretchdesk.core.schema import parse_routine
from stretchdesk.core.yaml_source import Document


def read_routine(doc: Document, stretches: Mapping[str, Stretch]) -> Routine:
    """The routine in `doc`, as the library would load it; LibraryError when it would not."""
    routine = parse_routine(doc, set(stretches))
    check_routine_size(routine, stretches, doc)
    return routine
