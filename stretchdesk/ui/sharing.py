"""Sharing routines from the window: importing a file (with a preview first) and exporting.

Reading a shared file is core's (routine_exchange: the loader's safe reading, the
format version, known stretches only); adding it to the person's routines is the
library service's. A file that is refused changes nothing and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from stretchdesk.core.atomic_file import write_atomically
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import Level, Routine
from stretchdesk.core.routine_exchange import export_name, export_text, read_shared_routine
from stretchdesk.core.routine_folder import Imported, RoutineSaveError
from stretchdesk.ui.editor.import_preview import ImportChoice, ImportFacts, ImportPreview
from stretchdesk.ui.editor.questions import NotDone

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController

FILE_FILTER = str(QT_TRANSLATE_NOOP(
    "FileChooser", "StretchDesk routines (*.stretchdesk.yaml *.yaml *.yml);;All files (*)"))

translate = QCoreApplication.translate


class FileChooser:
    """The file dialogs for sharing (classmethods, so tests can answer them)."""

    @classmethod
    def open_routine(cls, parent: QWidget | None) -> str:
        """A routine file to import ("" when the person cancelled)."""
        file, _ = QFileDialog.getOpenFileName(
            parent, translate("FileChooser", "Import a routine"), str(Path.home()),
            translate("FileChooser", FILE_FILTER))
        return file

    @classmethod
    def save_export(cls, parent: QWidget | None, suggested: str) -> str:
        """Where to export a routine ("" when the person cancelled)."""
        file, _ = QFileDialog.getSaveFileName(
            parent, translate("FileChooser", "Export a routine"), str(Path.home() / suggested),
            translate("FileChooser", FILE_FILTER))
        return file


def import_facts(controller: AppController, routine: Routine, file: str,
                 version: int | None) -> ImportFacts:
    """What the import preview shows about `routine` read from `file`."""
    library = controller.library
    same = library.routines.get(routine.id)
    in_folder = routine.id in controller.library_service.routine_folder.taken_names()
    same_name = (same.name if same is not None
                 else translate("Sharing", "{file}, a file that cannot be read").format(
                     file=f"{routine.id}.yaml") if in_folder else None)
    others = {r.name.casefold() for r in library.routines.values() if r.id != routine.id}
    return ImportFacts(
        file=file, format_version=version, name=routine.name, purpose=routine.purpose,
        stretch_names=tuple(library.stretches[i.stretch_id].name for i in routine.items),
        lengths={level: controller.timeline_for(routine, level).total_seconds
                 for level in Level},
        your_level=controller.settings.level,
        same_id=same_name, same_id_is_yours=same is not None and same.user,
        name_taken=routine.name.casefold() in others,
    )


def import_with_preview(parent: QWidget, controller: AppController,
                        path: Path) -> Imported | None:
    """Reads `path`, shows the preview, and imports as chosen; what was added, if anything."""
    try:
        shared = read_shared_routine(path, controller.library.stretches)
    except LibraryError as exc:
        NotDone.tell(parent, translate("Sharing", "Not imported"), translate(
            "Sharing", "{file} cannot be imported; nothing was changed.\n\n{problem}").format(
                file=path.name, problem=exc))
        return None
    facts = import_facts(controller, shared.routine, shared.file, shared.format_version)
    choice = ImportPreview.ask(parent, facts)
    if choice is ImportChoice.CANCEL:
        return None
    try:
        imported = controller.library_service.import_routine(
            shared.routine, replace_own=choice is ImportChoice.REPLACE)
    except RoutineSaveError as exc:
        NotDone.tell(parent, translate("Sharing", "Not imported"), str(exc))
        return None
    return imported


def export_routine(parent: QWidget, routine: Routine) -> str | None:
    """Asks where, and writes `routine` as a file to share; what to tell the person."""
    file = FileChooser.save_export(parent, export_name(routine))
    if not file:
        return None
    path = Path(file)
    if not path.name.endswith((".yaml", ".yml")):
        path = path.with_name(path.name + ".stretchdesk.yaml")
    try:
        write_atomically(path, export_text(routine))
    except OSError as exc:
        NotDone.tell(parent, translate("Sharing", "Not exported"), translate(
            "Sharing", "{file} could not be written ({problem}).").format(
                file=path, problem=exc.strerror or exc))
        return None
    return translate("Sharing", "Exported “{name}” to {file}").format(name=routine.name,
                                                                        file=path)
