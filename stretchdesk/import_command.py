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
from stretchdesk.core.phrasebook import N_, t, tn
from stretchdesk.core.routine_exchange import read_shared_routine
from stretchdesk.core.routine_folder import ImportHow, RoutineFolder, RoutineSaveError
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import build_timeline
from stretchdesk.core.words import format_duration
from stretchdesk.run_language import start_language

# A routine's length at each level, as --import reports it.
_AT_LEVEL = {Level.BEGINNER: N_("{length} beginner"),
             Level.INTERMEDIATE: N_("{length} intermediate"),
             Level.ADVANCED: N_("{length} advanced")}


def import_file(file: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Imports the routine in `file` into the person's routine folder; the exit status."""
    out, err = out or sys.stdout, err or sys.stderr
    settings = SettingsStore(paths.config_dir(), time.time).load()
    start_language(settings.language)  # the messages and stretch names follow it
    folder = paths.user_routines_dir()
    try:
        library = load_library(paths.data_dir(), [folder])
    except LibraryError as exc:
        print("stretchdesk: " + t("StretchDesk's own data is damaged: {problem}", problem=exc),
              file=err)
        return 1
    try:
        shared = read_shared_routine(Path(file), library.stretches)
        imported = RoutineFolder(folder).import_routine(shared.routine, library)
    except (LibraryError, RoutineSaveError) as exc:
        print("stretchdesk: " + t("{file} was not imported, and nothing was changed.",
                                  file=file) + f"\n{exc}", file=err)
        return 1
    routine = imported.routine
    names = ", ".join(library.stretches[i.stretch_id].name for i in routine.items)
    said = _added(imported.how, shared.routine, len(routine.items), name=routine.name,
                  id=routine.id, stretches=names,
                  lengths=level_lengths(routine, library, settings))
    print(said + "\n" + t("Saved in {path}", path=imported.path), file=out)
    return 0


def _added(how: ImportHow, shared: Routine, n: int, **fields: object) -> str:
    """What --import says of the `n` stretches' routine it added `how`; `shared` is the
    routine as the file had it (its id or name was taken when it came in as a copy)."""
    if how is ImportHow.NEW:
        return tn("Imported “{name}” (id {id}): {n} stretch ({stretches}); {lengths}.",
                  "Imported “{name}” (id {id}): {n} stretches ({stretches}); {lengths}.",
                  n, **fields)
    if how is ImportHow.REPLACED:
        return tn("Imported “{name}” (id {id}) over your routine of the same id: {n} stretch "
                  "({stretches}); {lengths}.",
                  "Imported “{name}” (id {id}) over your routine of the same id: {n} "
                  "stretches ({stretches}); {lengths}.", n, **fields)
    if shared.id != fields["id"]:
        return tn("Imported “{name}” (id {id}) as a copy (the id {taken} was taken): {n} "
                  "stretch ({stretches}); {lengths}.",
                  "Imported “{name}” (id {id}) as a copy (the id {taken} was taken): {n} "
                  "stretches ({stretches}); {lengths}.", n, taken=repr(shared.id), **fields)
    return tn("Imported “{name}” (id {id}) as a copy (the name “{taken}” was taken): {n} "
              "stretch ({stretches}); {lengths}.",
              "Imported “{name}” (id {id}) as a copy (the name “{taken}” was taken): {n} "
              "stretches ({stretches}); {lengths}.", n, taken=shared.name, **fields)


def level_lengths(routine: Routine, library: Library, settings: Settings) -> str:
    """"8:20 beginner, 11:00 intermediate, 14:10 advanced": the routine's length at each level."""
    parts = []
    for level in Level:
        timeline = build_timeline(routine, library, replace(settings, level=level))
        parts.append(t(_AT_LEVEL[level], length=format_duration(timeline.total_seconds)))
    return ", ".join(parts)
