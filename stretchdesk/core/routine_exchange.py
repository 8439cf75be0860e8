"""Routines shared between people: the export file, and reading a file to import.

An export file (`NAME.stretchdesk.yaml`) holds one routine under a format version, so a
later StretchDesk can change the format and an older one can say it is too new:

    stretchdesk_format: 1
    routine:
      id: evening-back
      name: Evening back
      ...

A plain routine file in the schema of data/routines (as people already share them) is
read too. Files are read only through the loader's own safe reading (yaml_source), so
what it refuses (huge files, alias bombs, tags) is refused here as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.fields import unknown_field
from stretchdesk.core.model import Routine, Stretch
from stretchdesk.core.phrasebook import t
from stretchdesk.core.routine_checks import read_routine
from stretchdesk.core.routine_writer import routine_to_data, yaml_text
from stretchdesk.core.yaml_source import Document, FieldKey, read_document

__all__ = [
    "EXPORT_SUFFIX",
    "FORMAT_KEY",
    "FORMAT_VERSION",
    "SharedRoutine",
    "export_name",
    "export_text",
    "read_shared_routine",
]

FORMAT_KEY = "stretchdesk_format"
FORMAT_VERSION = 1
EXPORT_SUFFIX = ".stretchdesk.yaml"
EXPORT_HEADER = (
    "# A StretchDesk routine to share. Open StretchDesk and choose Import (or drop this\n"
    "# file on its window, or run: stretchdesk --import FILE).\n"
)


@dataclass(frozen=True)
class SharedRoutine:
    """A routine read from a file to import, and how the file held it."""

    routine: Routine
    file: str
    format_version: int | None  # None: a plain routine file


def export_name(routine: Routine) -> str:
    """The file name an export of `routine` suggests: `<id>.stretchdesk.yaml`."""
    return f"{routine.id}{EXPORT_SUFFIX}"


def export_text(routine: Routine) -> str:
    """The text of an export file holding `routine`."""
    body = yaml_text({FORMAT_KEY: FORMAT_VERSION, "routine": routine_to_data(routine)})
    return EXPORT_HEADER + body


def read_shared_routine(path: Path, stretches: Mapping[str, Stretch]) -> SharedRoutine:
    """The routine in an export file or a plain routine file, checked like the library's.

    Raises LibraryError (file, line, field and what is wrong) for anything that is not a
    routine StretchDesk can use: unreadable or hostile YAML, a newer format version, an
    unknown stretch id, a value out of range.
    """
    doc = read_document(path)
    if isinstance(doc.value, dict) and FORMAT_KEY in doc.value:
        inner, version = _unwrap(doc)
        routine = read_routine(inner, stretches)
    else:
        routine, version = read_routine(doc, stretches), None
    return SharedRoutine(replace(routine, source_file="", user=False), doc.file, version)


def _unwrap(doc: Document) -> tuple[Document, int]:
    """The routine inside an export file, as a document of its own (same lines)."""
    value = doc.value
    version = value[FORMAT_KEY]
    where = doc.line_of((FORMAT_KEY,))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LibraryError(doc.file, where, FORMAT_KEY, t(
            "is {value}; it should be a whole number from 1", value=repr(version)))
    if version > FORMAT_VERSION:
        raise LibraryError(doc.file, where, FORMAT_KEY, t(
            "the file was made by a newer StretchDesk (format {found}; this one reads format "
            "{known}); update StretchDesk to import it", found=version, known=FORMAT_VERSION))
    for key in value:
        if key not in (FORMAT_KEY, "routine"):
            raise LibraryError(doc.file, doc.line_of((str(key),)), str(key),
                               unknown_field((FORMAT_KEY, "routine")))
    if "routine" not in value:
        raise LibraryError(doc.file, where, "routine",
                           t("is missing; the file holds no routine"))
    inner_lines: dict[FieldKey, int] = {
        key[1:]: line for key, line in doc.lines.items() if key[:1] == ("routine",)
    }
    return Document(doc.file, value["routine"], inner_lines), version

