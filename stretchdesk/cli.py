"""The command-line tools that need no window: --list, --check and --export-history."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from stretchdesk import paths
from stretchdesk.core.caution_book import CautionBook
from stretchdesk.core.errors import LibraryError, UnexpectedFileError
from stretchdesk.core.file_kind import FileKind, KindGuess, file_kind
from stretchdesk.core.language import SYSTEM
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level, Stretch
from stretchdesk.core.phrasebook import N_, t, tn
from stretchdesk.core.routine_size import check_routine_size
from stretchdesk.core.schema import parse_routine, parse_stretch
from stretchdesk.core.settings_store import FILE_NAME as SETTINGS_FILE
from stretchdesk.core.settings_store import SettingsStore, settings_problems
from stretchdesk.core.timeline import build_timeline
from stretchdesk.core.yaml_source import Document, read_document
from stretchdesk.run_language import start_language

# What --check says of a good file and of a bad one, by the kind it was taken for.
_FINE = {FileKind.STRETCH: N_("{file}: ok, a stretch file ({reason})"),
         FileKind.ROUTINE: N_("{file}: ok, a routine file ({reason})"),
         FileKind.SETTINGS: N_("{file}: ok, a settings file ({reason})")}
_TAKEN_AS = {FileKind.STRETCH: N_("(checked as a stretch file: {reason})"),
             FileKind.ROUTINE: N_("(checked as a routine file: {reason})"),
             FileKind.SETTINGS: N_("(checked as a settings file: {reason})")}

# The levels as --list names them, in the run's language.
LEVEL_WORDS = {Level.BEGINNER: N_("beginner"), Level.INTERMEDIATE: N_("intermediate"),
               Level.ADVANCED: N_("advanced")}


def format_duration(seconds: float) -> str:
    """`seconds` as m:ss (or h:mm:ss), the way a timer shows it."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def list_routines(
    level: Level | None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Prints every routine with its length; problems with user files go to `err`.

    Lengths follow the person's saved settings, at `level` when one is given.
    """
    out, err = out or sys.stdout, err or sys.stderr
    store = SettingsStore(paths.config_dir(), time.time)
    settings = store.load()
    if store.notice:
        print(store.notice, file=err)
    start_language(settings.language)  # the routines' names follow it (issue 19)
    if level is not None:
        settings = replace(settings, level=level)
    try:
        library = load_library(paths.data_dir(), [paths.user_routines_dir()])
    except LibraryError as exc:
        print(t("StretchDesk's own data is damaged: {problem}", problem=exc), file=err)
        return 1
    rows = []
    for routine in sorted(library.routines.values(), key=lambda r: (r.user, r.name.lower())):
        timeline = build_timeline(routine, library, settings)
        name = t("{name} (yours)", name=routine.name) if routine.user else routine.name
        rows.append((routine.id, name, format_duration(timeline.total_seconds),
                     timeline.item_count))
    width_id = max((len(r[0]) for r in rows), default=0)
    width_name = max((len(r[1]) for r in rows), default=0)
    print(t("Routines at {level} level:", level=t(LEVEL_WORDS[settings.level])), file=out)
    for ident, name, duration, count in rows:
        stretches = tn("{n} stretch", "{n} stretches", count)
        print(f"  {ident:<{width_id}}  {name:<{width_name}}  {duration:>6}  {stretches}",
              file=out)
    for problem in library.problems:
        print(t("skipped: {problem}", problem=problem), file=err)
    return 0


def check_files(
    files: Sequence[str], out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Validates stretch, routine and settings files; 0 when all are clean.

    Returns 1 when a file has problems, 2 when checking a file failed because of a fault
    in StretchDesk (the other files are still checked). A folder stands for the YAML
    files in it. Each file's kind comes from its folder or name, else from the keys only
    that kind has (see file_kind), and the message says which it was taken for.
    Stretch files are checked first, so routines may use them as well as the shipped
    stretches.
    """
    out, err = out or sys.stdout, err or sys.stderr
    _start_language_quietly()  # the messages follow it (issue 19)
    try:
        shipped = load_library(paths.data_dir())
        stretches, cautions = dict(shipped.stretches), shipped.cautions
    except LibraryError:
        stretches, cautions = {}, CautionBook()
    paths_given = _expand_folders(files)
    checks: list[tuple[Document, KindGuess]] = []
    problems = faults = 0
    for path in paths_given:
        try:
            doc = read_document(path)
            checks.append((doc, file_kind(path, doc.value)))
        except LibraryError as exc:
            print(exc, file=err)
            problems += 1
        except Exception as exc:  # a fault of ours: say so, and go on with the others
            print(UnexpectedFileError.about(str(path), exc), file=err)
            faults += 1
    order = {FileKind.STRETCH: 0, FileKind.ROUTINE: 1, FileKind.SETTINGS: 2, None: 3}
    for doc, guess in sorted(checks, key=lambda check: order[check[1].kind]):
        try:
            found = _check_document(doc, guess, stretches, cautions)
        except Exception as exc:
            print(UnexpectedFileError.about(doc.file, exc), file=err)
            faults += 1
            continue
        if found:
            for line in found:
                print(line, file=err)
            problems += 1
        elif guess.kind is not None:
            print(t(_FINE[guess.kind], file=doc.file, reason=guess.reason), file=out)
    if problems or faults:
        print(tn("{n} of {total} files has problems.", "{n} of {total} files have problems.",
                 problems + faults, total=len(paths_given)), file=err)
    if faults:
        print(t("Some files could not be checked because of a fault in StretchDesk."),
              file=err)
    return 2 if faults else (1 if problems else 0)


def _check_document(
    doc: Document, guess: KindGuess, stretches: dict[str, Stretch], cautions: CautionBook
) -> list[str]:
    """The problems of one file read as `guess` says (an empty list: none)."""
    taken_as = t(_TAKEN_AS[guess.kind], reason=guess.reason) if guess.kind else ""
    try:
        if guess.kind is FileKind.STRETCH:
            stretch = parse_stretch(doc, cautions)
            stretches[stretch.id] = stretch
        elif guess.kind is FileKind.ROUTINE:
            check_routine_size(parse_routine(doc, set(stretches)), stretches, doc)
        elif guess.kind is FileKind.SETTINGS:
            notes = settings_problems(doc)
            return [f"{doc.file}: {note}" for note in notes] + [f"  {taken_as}"] if notes else []
        else:
            return [f"{doc.file}: {guess.reason}."]
    except LibraryError as exc:
        return [str(exc), f"  {taken_as}"]
    return []


def _expand_folders(files: Sequence[str]) -> list[Path]:
    """`files`, with each folder replaced by the YAML files in it (by name)."""
    out: list[Path] = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")
                          and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def export_history(target: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Writes the person's history to `target`, CSV or JSON by its extension; 0, else 1."""
    from stretchdesk.core.history.database import FILE_NAME
    from stretchdesk.core.history.export import ExportError, export_file

    out, err = out or sys.stdout, err or sys.stderr
    _start_language(err)  # the messages follow it (issue 19)
    try:
        done = export_file(paths.user_data_dir() / FILE_NAME, Path(target))
    except ExportError as exc:
        print(f"stretchdesk: {exc}", file=err)
        return 1
    print(t("Wrote {sessions} ({phases}) to {path} as {format}.",
            sessions=tn("{n} session", "{n} sessions", done.sessions),
            phases=tn("{n} phase", "{n} phases", done.phases), path=done.path,
            format=done.format.upper()), file=out)
    return 0


def _start_language_quietly() -> None:
    """Sets the run's language from the saved settings' choice, changing nothing: the
    settings file may be one of the files --check is asked about, and a damaged one must
    be reported, not moved aside. Any problem with it leaves the choice to the system."""
    choice = SYSTEM
    with contextlib.suppress(LibraryError):
        saved = read_document(paths.config_dir() / SETTINGS_FILE).value
        if isinstance(saved, dict) and isinstance(saved.get("language"), str):
            choice = saved["language"].strip().lower()
    start_language(choice)


def _start_language(err: TextIO) -> None:
    """Sets the run's language from the saved settings and the system's locale."""
    store = SettingsStore(paths.config_dir(), time.time)
    settings = store.load()
    if store.notice:
        print(store.notice, file=err)
    start_language(settings.language)
