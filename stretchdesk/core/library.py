"""Loads the stretch library: shipped stretches and routines plus the person's own routines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from stretchdesk.core import language
from stretchdesk.core.caution_book import load_caution_book
from stretchdesk.core.content_overlay import open_overlay
from stretchdesk.core.errors import LibraryError, UnexpectedFileError
from stretchdesk.core.limits import MAX_FOLDER_FILES
from stretchdesk.core.model import Library, Position, Routine, Stretch
from stretchdesk.core.os_words import os_reason
from stretchdesk.core.phrasebook import t
from stretchdesk.core.routine_size import check_routine_size
from stretchdesk.core.safety import FILE_NAME as SAFETY_FILE
from stretchdesk.core.safety import load_safety
from stretchdesk.core.schema import parse_routine, parse_stretch
from stretchdesk.core.stretch_guide import load_muscle_areas
from stretchdesk.core.yaml_source import Document, read_document

if TYPE_CHECKING:
    from stretchdesk.core.document_cache import DocumentCache

__all__ = ["Library", "LibraryError", "load_library", "load_user_routines"]


def load_library(
    data_dir: Path | str,
    extra_dirs: Iterable[Path | str] = (),
    documents: DocumentCache | None = None,
    language_code: str | None = None,
) -> Library:
    """Loads `data_dir`/stretches and `data_dir`/routines, then the user's routine folders.

    The stretches' shared cautions come from `data_dir`/cautions.yaml, the muscle areas
    from muscles.yaml and the safety words from safety.yaml, each when it is there.

    A bad shipped file raises LibraryError: the app's own content must be right. A bad
    file in one of `extra_dirs` is listed in `Library.problems` and skipped, so one
    broken routine never hides the others. With `documents`, files unchanged since they
    were cached are not parsed again; every document is still checked in full.

    In a language other than English (`language_code`, else the run's language) the
    shipped text comes from `data_dir`/lang/<code>/ where it is given, field by field,
    and is English elsewhere (core/content_overlay.py); the person's own routines are
    left as they were written.
    """
    root = Path(data_dir)

    def read(path: Path) -> Document:
        return read_document(path) if documents is None else documents.read(path, read_document)

    code = language.current() if language_code is None else language_code
    overlay = open_overlay(root, code, read)
    cautions = load_caution_book(root, read, [p.value for p in Position])
    if overlay is not None:
        cautions = overlay.caution_book(cautions)
    stretches: dict[str, Stretch] = {}
    for path in _yaml_files(root / "stretches", required=True):
        stretch = parse_stretch(read(path), cautions)
        if stretch.id in stretches:
            raise LibraryError(str(path), 1, f"stretches[{stretch.id}].id", t(
                "the id {id} is already used by another stretch file", id=repr(stretch.id)))
        stretches[stretch.id] = stretch if overlay is None else overlay.stretch(stretch)
    routines: dict[str, Routine] = {}
    for path in _yaml_files(root / "routines", required=True):
        doc = read(path)
        routine = parse_routine(doc, set(stretches))
        check_routine_size(routine, stretches, doc)
        if routine.id in routines:
            raise LibraryError(str(path), 1, f"routines[{routine.id}].id", t(
                "the id {id} is already used by another routine file", id=repr(routine.id)))
        routines[routine.id] = routine if overlay is None else overlay.routine(routine)
    problems: list[LibraryError] = []
    mine = load_user_routines(extra_dirs, set(stretches), set(routines), problems, read, stretches)
    for routine in mine:
        routines[routine.id] = routine
    safety = load_safety(root, read) if (root / SAFETY_FILE).is_file() else None
    areas = load_muscle_areas(root, read)
    if overlay is None:
        return Library(stretches, routines, problems, cautions, muscle_areas=areas,
                       safety=safety)
    overlay.strays("stretches", stretches)
    overlay.strays("routines", (r.id for r in routines.values() if not r.user))
    return Library(stretches, routines, problems, cautions,
                   muscle_areas=overlay.muscle_areas(areas),
                   safety=None if safety is None else overlay.safety(safety),
                   translation_problems=overlay.problems,
                   untranslated=tuple(overlay.missing))


def load_user_routines(
    folders: Iterable[Path | str],
    stretch_ids: set[str],
    taken_ids: set[str],
    problems: list[LibraryError],
    read: Callable[[Path], Document] = read_document,
    stretches: Mapping[str, Stretch] | None = None,
) -> list[Routine]:
    """The good routine files in `folders`; each bad one is appended to `problems`.

    With `stretches`, a routine that would hold for too long is refused too. Whatever
    goes wrong with one file, even a fault in StretchDesk, is that file's problem only.
    """
    loaded: list[Routine] = []
    taken = set(taken_ids)
    for folder in folders:
        try:
            paths = _yaml_files(Path(folder), required=False)
        except LibraryError as exc:
            problems.append(exc)
            continue
        if len(paths) > MAX_FOLDER_FILES:
            problems.append(LibraryError(str(folder), 0, "", t(
                "the folder holds {n} routine files; StretchDesk reads the first {most} by "
                "name and leaves the rest", n=len(paths), most=MAX_FOLDER_FILES)))
            paths = paths[:MAX_FOLDER_FILES]
        for path in paths:
            try:
                doc = read(path)
                routine = parse_routine(doc, stretch_ids)
                if stretches is not None:
                    check_routine_size(routine, stretches, doc)
            except LibraryError as exc:
                problems.append(exc)
                continue
            except Exception as exc:  # a fault of ours must not hide the other routines
                problems.append(UnexpectedFileError.about(str(path), exc))
                continue
            if routine.id in taken:
                problems.append(LibraryError(str(path), 1, f"routines[{routine.id}].id", t(
                    "the id {id} is already taken; give this routine another id",
                    id=repr(routine.id))))
                continue
            taken.add(routine.id)
            loaded.append(replace(routine, user=True))
    return loaded


def _yaml_files(folder: Path, required: bool) -> list[Path]:
    """The YAML files in `folder` by name, hidden ones left out.

    Anything named like a YAML file is listed, even a folder, a pipe or a broken link:
    reading it then says why it cannot be used, instead of leaving it out unexplained.
    """
    if not folder.is_dir():
        if required:
            raise LibraryError(str(folder), 0, "", t("the folder is missing"))
        return []
    try:
        return sorted(p for p in folder.iterdir()
                      if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))
    except OSError as exc:
        raise LibraryError(str(folder), 0, "", t("cannot list the folder ({reason})",
                                                 reason=os_reason(exc))) from exc
