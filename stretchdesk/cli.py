"""The command-line tools that need no window: --list, --check and --export-history."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from stretchdesk import paths
from stretchdesk.core.caution_book import CautionBook
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level
from stretchdesk.core.schema import parse_routine, parse_stretch
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import build_timeline
from stretchdesk.core.yaml_source import read_document


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
    if level is not None:
        settings = replace(settings, level=level)
    try:
        library = load_library(paths.data_dir(), [paths.user_routines_dir()])
    except LibraryError as exc:
        print(f"StretchDesk's own data is damaged: {exc}", file=err)
        return 1
    rows = []
    for routine in sorted(library.routines.values(), key=lambda r: (r.user, r.name.lower())):
        timeline = build_timeline(routine, library, settings)
        mark = " (yours)" if routine.user else ""
        rows.append((routine.id, routine.name + mark, format_duration(timeline.total_seconds),
                     timeline.item_count))
    width_id = max((len(r[0]) for r in rows), default=0)
    width_name = max((len(r[1]) for r in rows), default=0)
    print(f"Routines at {settings.level.value} level:", file=out)
    for ident, name, duration, count in rows:
        print(f"  {ident:<{width_id}}  {name:<{width_name}}  {duration:>6}  {count} stretches",
              file=out)
    for problem in library.problems:
        print(f"skipped: {problem}", file=err)
    return 0


def check_files(
    files: Sequence[str], out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Validates stretch and routine files; 0 when all are clean, 1 otherwise.

    A file is read as a stretch when it lies in a `stretches` folder or has a `sides`
    field, else as a routine. Routines may use the shipped stretches and any stretch
    files checked in the same run.
    """
    out, err = out or sys.stdout, err or sys.stderr
    try:
        shipped = load_library(paths.data_dir())
        known, cautions = set(shipped.stretches), shipped.cautions
    except LibraryError:
        known, cautions = set(), CautionBook()
    documents, failures = [], 0
    for name in files:
        try:
            documents.append(read_document(Path(name)))
        except LibraryError as exc:
            print(exc, file=err)
            failures += 1
    stretch_docs = [d for d in documents if _is_stretch(d.file, d.value)]
    for doc in stretch_docs:
        try:
            known.add(parse_stretch(doc, cautions).id)
            print(f"{doc.file}: ok", file=out)
        except LibraryError as exc:
            print(exc, file=err)
            failures += 1
    for doc in documents:
        if doc in stretch_docs:
            continue
        try:
            parse_routine(doc, known)
            print(f"{doc.file}: ok", file=out)
        except LibraryError as exc:
            print(exc, file=err)
            failures += 1
    if failures:
        print(f"{failures} of {len(files)} files have problems.", file=err)
    return 1 if failures else 0


def _is_stretch(file: str, value: object) -> bool:
    return Path(file).parent.name == "stretches" or (isinstance(value, dict) and "sides" in value)


def export_history(target: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Writes the person's history to `target`, CSV or JSON by its extension; 0, else 1."""
    from stretchdesk.core.history.database import FILE_NAME
    from stretchdesk.core.history.export import ExportError, export_file

    out, err = out or sys.stdout, err or sys.stderr
    try:
        done = export_file(paths.user_data_dir() / FILE_NAME, Path(target))
    except ExportError as exc:
        print(f"stretchdesk: {exc}", file=err)
        return 1
    print(f"Wrote {done.sessions} sessions ({done.phases} phases) to {done.path} "
          f"as {done.format.upper()}.", file=out)
    return 0
