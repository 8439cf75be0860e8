"""The person's routine folder: saving, deleting and restoring their own routine files.

Nothing the person made is lost or overwritten by mistake:

* every file is written atomically, and is read back through the loader before it
  replaces anything, so a saved routine is always one the app can read;
* a file the app cannot read is never written over: saving into it is refused with
  what is wrong (file, line, field), and new ids avoid every name in the folder;
* a file changed by hand since the editor opened it is not written over either
  (`RoutineChanged`); the person chooses what to keep;
* a deleted routine is moved into a hidden `.deleted` folder beside it, from where
  `restore` puts it back; `forget` removes it for good once the undo has passed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping, Set
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from stretchdesk.core.atomic_file import sync_folder, write_atomically
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import Library, Routine, Stretch
from stretchdesk.core.os_words import os_reason
from stretchdesk.core.phrasebook import t
from stretchdesk.core.routine_checks import read_routine
from stretchdesk.core.routine_writer import copy_name, routine_yaml, unique_id
from stretchdesk.core.yaml_source import parse_document, read_document

DELETED_FOLDER = ".deleted"


class RoutineSaveError(Exception):
    """A routine was not saved (or deleted); `str()` says why in words, and nothing changed."""


class RoutineChanged(RoutineSaveError):
    """The routine's file was changed (by hand, or by another window) since it was opened.

    `on_disk` is the routine as the file holds it now.
    """

    def __init__(self, message: str, on_disk: Routine) -> None:
        super().__init__(message)
        self.on_disk = on_disk


class ImportHow(Enum):
    """How an imported routine was added."""

    NEW = "new"  # under its own id
    COPY = "copy"  # its id (or name) was taken: a new id, and a new name when needed
    REPLACED = "replaced"  # over the person's routine with the same id


@dataclass(frozen=True)
class Imported:
    """A routine added from a shared file: as saved, where, and how."""

    routine: Routine
    path: Path
    how: ImportHow


@dataclass(frozen=True)
class DeletedRoutine:
    """A routine moved out of the folder: `original` is where it was, `kept` where it is."""

    routine: Routine
    original: Path
    kept: Path


class RoutineFolder:
    """Reads and writes the person's routine files in `folder` (made when first written)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def taken_names(self) -> set[str]:
        """The names (without .yaml / .yml) of every file in the folder, readable or not."""
        if not self.folder.is_dir():
            return set()
        try:
            return {p.stem for p in self.folder.iterdir() if p.suffix in (".yaml", ".yml")}
        except OSError:
            return set()

    def new_id(self, name: str, taken_ids: Set[str]) -> str:
        """An id from `name` free among `taken_ids` and the names of the folder's files."""
        return unique_id(name, set(taken_ids) | self.taken_names())

    def save(self, routine: Routine, stretches: Mapping[str, Stretch],
             previous: Routine | None = None) -> Path:
        """Writes `routine` to its file and returns the path.

        A new routine (`previous` None) gets `folder/<id>.yaml`, which must not exist yet.
        An edited one (`previous` is the routine as it was loaded) replaces its own
        file, which must still hold `previous`. Raises RoutineSaveError (RoutineChanged
        when the file changed meanwhile) with nothing written; OSError is turned into
        RoutineSaveError too.
        """
        if previous is None:
            path = self.folder / f"{routine.id}.yaml"
            if os.path.lexists(path):
                raise RoutineSaveError(t(
                    "{path} already exists; the routine was not saved over it", path=path))
        else:
            path = self._own_file(previous)
            self._check_unchanged(path, previous, routine.id, stretches)
        text = routine_yaml(routine)
        self._check_reads_back(text, path, routine, stretches)
        try:
            write_atomically(path, text)
        except OSError as exc:
            raise RoutineSaveError(t(
                "{path} could not be written ({reason}); nothing was changed",
                path=path, reason=os_reason(exc))) from exc
        return path

    def import_routine(self, shared: Routine, library: Library,
                       replace_own: bool = False) -> Imported:
        """Adds a routine read from a shared file to the folder.

        Under its own id when no routine or file has it; else, with `replace_own`, over
        the person's own routine of that id (never a preset, never an unreadable file);
        else as a copy with a new id, and a new name when its name is taken too.
        """
        stretches = library.stretches
        existing = library.routines.get(shared.id)
        clash = existing is not None or shared.id in self.taken_names()
        others = [r.name for r in library.routines.values() if r.id != shared.id or not clash]
        if not clash and shared.name.casefold() not in {n.casefold() for n in others}:
            routine = replace(shared, user=True, source_file="")
            return Imported(routine, self.save(routine, stretches), ImportHow.NEW)
        if clash and replace_own:
            if existing is None or not existing.user:
                raise RoutineSaveError(
                    t("the id {id} belongs to a file that cannot be read, which is not "
                      "replaced; import the routine as a copy instead", id=repr(shared.id))
                    if existing is None else
                    t("the id {id} belongs to a preset, which is not replaced; import the "
                      "routine as a copy instead", id=repr(shared.id)))
            if shared.name.casefold() in {n.casefold() for n in others}:
                raise RoutineSaveError(t(
                    "another routine is already named “{name}”; import it as a copy",
                    name=shared.name))
            routine = replace(shared, user=True, source_file=existing.source_file)
            path = self.save(routine, stretches, previous=existing)
            return Imported(routine, path, ImportHow.REPLACED)
        names = [r.name for r in library.routines.values()]
        taken_name = shared.name.casefold() in {n.casefold() for n in names}
        name = copy_name(shared.name, names) if taken_name else shared.name
        routine = replace(shared, id=self.new_id(name, set(library.routines)), name=name,
                          user=True, source_file="")
        return Imported(routine, self.save(routine, stretches), ImportHow.COPY)

    def delete(self, routine: Routine) -> DeletedRoutine:
        """Moves `routine`'s file into the hidden `.deleted` folder; `restore` undoes it."""
        path = self._own_file(routine)
        trash = self.folder / DELETED_FOLDER
        try:
            trash.mkdir(exist_ok=True)
            kept = _free_path(trash / path.name)
            os.rename(path, kept)
        except OSError as exc:
            raise RoutineSaveError(t("{path} could not be deleted ({reason})",
                                     path=path, reason=os_reason(exc))) from exc
        sync_folder(self.folder)
        return DeletedRoutine(routine, path, kept)

    def restore(self, deleted: DeletedRoutine) -> Path:
        """Puts a deleted routine's file back (beside, if its place was taken since)."""
        target = _free_path(deleted.original)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            os.rename(deleted.kept, target)
        except OSError as exc:
            raise RoutineSaveError(t(
                "{name} could not be restored ({reason}); it is still in {folder}",
                name=deleted.original.name, reason=os_reason(exc),
                folder=deleted.kept.parent)) from exc
        sync_folder(self.folder)
        return target

    def forget(self, deleted: DeletedRoutine) -> None:
        """Removes a deleted routine's file for good (its undo has passed)."""
        # Already gone, or a read-only folder: then it stays hidden, which is harmless.
        with contextlib.suppress(OSError):
            deleted.kept.unlink()

    # -- checks --------------------------------------------------------------------------

    def _own_file(self, routine: Routine) -> Path:
        """`routine`'s file, which must be one of the person's in this folder."""
        if not routine.user or not routine.source_file:
            raise RoutineSaveError(t(
                "“{name}” comes with StretchDesk and cannot be changed; duplicate it to "
                "change it", name=routine.name))
        path = Path(routine.source_file)
        if path.resolve().parent != self.folder.resolve():
            raise RoutineSaveError(t("{path} is not in your routine folder {folder}",
                                     path=path, folder=self.folder))
        return path

    def _check_unchanged(self, path: Path, previous: Routine, new_id: str,
                         stretches: Mapping[str, Stretch]) -> None:
        """Refuses when the file is unreadable now, or holds something else than `previous`."""
        try:
            on_disk = replace(read_routine(read_document(path), stretches), user=True)
        except LibraryError as exc:
            raise RoutineSaveError(t(
                "{problem}\nThat file cannot be read now, so it was left as it is and not "
                "overwritten. Save your routine as a new one instead.", problem=exc)) from exc
        if on_disk.id != new_id:
            raise RoutineSaveError(t("{path} now holds the routine {id}; it was left as it is",
                                     path=path, id=repr(on_disk.id)))
        if _comparable(on_disk) != _comparable(previous):
            raise RoutineChanged(t(
                "{path} was changed since you opened it (by hand, or in another window)",
                path=path), on_disk)

    @staticmethod
    def _check_reads_back(text: str, path: Path, routine: Routine,
                          stretches: Mapping[str, Stretch]) -> None:
        """Refuses to write text the loader would not read back as `routine`."""
        try:
            again = read_routine(parse_document(str(path), text), stretches)
        except LibraryError as exc:
            raise RoutineSaveError(t("the routine cannot be saved as it is: {problem}",
                                     problem=exc.message)) from exc
        if _comparable(again) != _comparable(routine):
            raise RoutineSaveError(t(
                "the routine would not read back as it is; it was not saved"))


def _comparable(routine: Routine) -> Routine:
    """The routine without where it was read from, to compare contents."""
    return replace(routine, source_file="", user=False)


def _free_path(wanted: Path) -> Path:
    """`wanted`, or `name-2.yaml`, `name-3.yaml` ... when it exists."""
    candidate, n = wanted, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = wanted.with_name(f"{wanted.stem}-{n}{wanted.suffix}")
    return candidate
