"""`stretchdesk --import FILE`: adds a shared routine to the person's routines, asking nothing.

Exit 0 and a line saying what was imported (as a copy when its id or name is taken,
never over anything); exit 1 and the reason when the file is refused, with nothing
changed. No window, and no Qt: this runs from a terminal or a file manager's action.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from stretchdesk import paths
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level, Library, Routine
from stretchdesk.core.routine_exchange import read_shared_routine
from stretchdesk.core.routine_folder import ImportHow, RoutineFolder, RoutineSaveError
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import build_timeline
from stretchdesk.core.words import format_duration


def import_file(file: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Imports the routine in `file` into the person's routine folder; the exit status."""
    out, err = out or sys.stdout, err or sys.stderr
    folder = paths.user_routines_dir()
    try:
        library = load_library(paths.data_dir(), [folder])
    except LibraryError as exc:
        print(f"stretchdesk: StretchDesk's own data is damaged: {exc}", file=err)
        return 1
    try:
        shared = read_shared_routine(Path(file), library.stretches)
        imported = RoutineFolder(folder).import_routine(shared.routine, library)
    except (LibraryError, RoutineSaveError) as exc:
        print(f"stretchdesk: {file} was not imported, and nothing was changed.\n{exc}",
              file=err)
        return 1
    routine = imported.routine
    settings = SettingsStore(paths.config_dir(), time.time).load()
    lengths = level_lengths(routine, library, settings)
    taken = ("id " + repr(shared.routine.id) if shared.routine.id != routine.id
             else f"name “{shared.routine.name}”")
    how = {
        ImportHow.NEW: "",
        ImportHow.COPY: f" as a copy (the {taken} was taken)",
        ImportHow.REPLACED: " over your routine of the same id",
    }[imported.how]
    names = ", ".join(library.stretches[i.stretch_id].name for i in routine.items)
    print(f"Imported “{routine.name}” (id {routine.id}){how}: {len(routine.items)} stretches "
          f"({names}); {lengths}.\nSaved in {imported.path}", file=out)
    return 0


def level_lengths(routine: Routine, library: Library, settings: Settings) -> str:
    """"8:20 beginner, 11:00 intermediate, 14:10 advanced": the routine's length at each level."""
    parts = []
    for level in Level:
        timeline = build_timeline(routine, library, replace(settings, level=level))
        parts.append(f"{format_duration(timeline.total_seconds)} {level.value}")
    return ", ".join(parts)
