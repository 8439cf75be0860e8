"""LibraryService: the stretches and routines, loaded once and reloaded when the person's change.

Views read the library from here and hear `changed` when it is reloaded, so none keeps
a copy that goes stale. The person's routine folder is watched (QFileSystemWatcher):
a file added, edited, renamed or deleted there reloads the library shortly after, and
so does the folder itself appearing later. The routine editor and the import save
through here (core/routine_folder.py does the writing); each change reloads at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import Library, Routine
from stretchdesk.timers import TimerFactory, qt_timer

if TYPE_CHECKING:
    from stretchdesk.core.routine_folder import DeletedRoutine, Imported, RoutineFolder

# Editors save in several steps (a temporary file, a rename): reload once they are done.
SETTLE_MS = 300


class LibraryService(QObject):
    """Holds the current Library and reloads it when the person's routine folder changes.

    `load` builds a Library from the files (shipped data and `folder`); it may raise
    LibraryError only when the shipped data is damaged, which the first load reports to
    the caller and a reload keeps to the previous library.

    Writing (each raises RoutineSaveError with nothing changed, and reloads on success):
    `save_routine`, `delete_routine` / `restore_routine` / `forget_deleted`,
    `import_routine`.

    Signals:
        changed(Library): the library was reloaded from changed files.
    """

    changed = Signal(object)

    def __init__(self, load: Callable[[], Library], folder: Path,
                 parent: QObject | None = None, timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self._load = load
        self.folder = folder
        self._routine_folder: RoutineFolder | None = None
        self._library = load()
        self._watcher: QFileSystemWatcher | None = None
        self._had_folder = folder.is_dir()
        self._settle = timers(self, "library reload")
        self._settle.timeout.connect(self.reload)

    @property
    def library(self) -> Library:
        """The stretches, the routines (shipped and the person's), and any bad files."""
        return self._library

    def reload(self) -> Library:
        """Reads the files again and announces the new library."""
        try:
            library = self._load()
        except LibraryError as exc:  # the shipped data changed under a running app
            print(f"stretchdesk: the library was not reloaded: {exc}", file=sys.stderr)
            return self._library
        self._library = library
        self._watch_paths()
        self.changed.emit(library)
        return library

    # -- the person's routines -----------------------------------------------------------

    @property
    def routine_folder(self) -> RoutineFolder:
        """Writes the person's routine files (made when first needed: the list needs none)."""
        if self._routine_folder is None:
            from stretchdesk.core.routine_folder import RoutineFolder

            self._routine_folder = RoutineFolder(self.folder)
        return self._routine_folder

    def save_routine(self, routine: Routine, previous: Routine | None = None) -> Routine:
        """Saves a routine of the person's and returns it as the reloaded library has it.

        A new routine (`previous` None) with an empty id gets one made from its name,
        unique among the routines and the folder's files. An edited one (`previous` as
        it was loaded) replaces its own file, unless that file changed or became
        unreadable since (RoutineChanged / RoutineSaveError: nothing is written).
        """
        if previous is None and not routine.id:
            routine = replace(routine, id=self.new_routine_id(routine.name))
        path = self.routine_folder.save(routine, self._library.stretches, previous)
        return self._reloaded(path)

    def new_routine_id(self, name: str) -> str:
        """The id a new routine named `name` would get."""
        return self.routine_folder.new_id(name, set(self._library.routines))

    def delete_routine(self, routine_id: str) -> DeletedRoutine:
        """Moves the person's routine `routine_id` aside; `restore_routine` brings it back."""
        deleted = self.routine_folder.delete(self._library.routines[routine_id])
        self.reload()
        return deleted

    def restore_routine(self, deleted: DeletedRoutine) -> Routine:
        """Puts a deleted routine back where it was (undo of `delete_routine`)."""
        path = self.routine_folder.restore(deleted)
        return self._reloaded(path)

    def forget_deleted(self, deleted: DeletedRoutine) -> None:
        """Removes a deleted routine for good, once its undo has passed."""
        self.routine_folder.forget(deleted)

    def import_routine(self, shared: Routine, replace_own: bool = False) -> Imported:
        """Adds a routine from a shared file: its own id, a copy, or over the person's own
        routine of that id (`replace_own`); see RoutineFolder.import_routine."""
        imported = self.routine_folder.import_routine(shared, self._library, replace_own)
        return replace(imported, routine=self._reloaded(imported.path))

    def _reloaded(self, path: Path) -> Routine:
        """Reloads, and returns the routine just written to `path`."""
        library = self.reload()
        for routine in library.routines.values():
            if routine.source_file == str(path):
                return routine
        from stretchdesk.core.routine_folder import RoutineSaveError

        problems = [str(p) for p in library.problems if p.file == str(path)]
        problem = "; ".join(problems) or QCoreApplication.translate(
            "LibraryService", "the library was not reloaded")
        raise RoutineSaveError(QCoreApplication.translate(
            "LibraryService", "{file} was written but did not load: {problems}").format(
            file=path, problems=problem))

    def watch(self) -> None:
        """Starts watching the person's routine folder (or, until it exists, its parent)."""
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(self._folder_changed)
            self._watcher.fileChanged.connect(self._folder_changed)
        self._watch_paths()

    @property
    def watched(self) -> list[str]:
        """The folders and files watched now."""
        if self._watcher is None:
            return []
        return self._watcher.directories() + self._watcher.files()

    def _watch_paths(self) -> None:
        """Watches the folder and each routine file in it, or the nearest folder above."""
        watcher = self._watcher
        if watcher is None:
            return
        old = self.watched
        if old:
            watcher.removePaths(old)
        wanted: list[str] = []
        if self.folder.is_dir():
            wanted.append(str(self.folder))
            # Watching the files as well catches an edit saved in place, which a folder
            # watch alone does not report on every system.
            wanted += [str(p) for p in sorted(self.folder.iterdir())
                       if p.suffix in (".yaml", ".yml")]
        else:
            parent = next((p for p in self.folder.parents if p.is_dir()), None)
            if parent is not None:
                wanted.append(str(parent))
        if wanted:
            watcher.addPaths(wanted)

    def _folder_changed(self, _path: str) -> None:
        exists = self.folder.is_dir()
        if not exists and not self._had_folder:
            # A change above the folder: it is not there yet, but a folder on the way to
            # it may be, and is watched from now on instead.
            self._watch_paths()
            return
        self._had_folder = exists
        self._watch_paths()  # the folder, its new files, or its parent again
        self._settle.start(SETTLE_MS)
