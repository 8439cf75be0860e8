"""LibraryService: the stretches and routines, loaded once and reloaded when the person's change.

Views read the library from here and hear `changed` when it is reloaded, so none keeps
a copy that goes stale. The person's routine folder is watched (QFileSystemWatcher):
a file added, edited, renamed or deleted there reloads the library shortly after, and
so does the folder itself appearing later. The routine editor will save through here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import Library
from stretchdesk.timers import TimerFactory, qt_timer

# Editors save in several steps (a temporary file, a rename): reload once they are done.
SETTLE_MS = 300


class LibraryService(QObject):
    """Holds the current Library and reloads it when the person's routine folder changes.

    `load` builds a Library from the files (shipped data and `folder`); it may raise
    LibraryError only when the shipped data is damaged, which the first load reports to
    the caller and a reload keeps to the previous library.

    Signals:
        changed(Library): the library was reloaded from changed files.
    """

    changed = Signal(object)

    def __init__(self, load: Callable[[], Library], folder: Path,
                 parent: QObject | None = None, timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self._load = load
        self.folder = folder
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
