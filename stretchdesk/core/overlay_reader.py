"""Reads one overlay file field by field, each field falling back to its English text.

The fields of a translation (core/content_overlay.py) are read here: a field the file does
not give is noted in `missing`; one that cannot be used (wrong kind of value, a list of
another length than the English, a name the English does not have) is listed in
`problems` with its file, line and field, and its English is kept. Nothing here raises:
the English content always loads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from stretchdesk.core.errors import LibraryError, UnexpectedFileError
from stretchdesk.core.fields import FieldReader, shown
from stretchdesk.core.phrasebook import N_, t
from stretchdesk.core.yaml_source import Document, FieldKey

KEPT = N_("{problem}; the English text is shown until this is fixed")

Check = Callable[[str], str | None]  # a message when a translated text cannot be used


class OverlayReader:
    """Reads the overlay files of one language folder, noting what falls back to English.

    `problems`: what in the files could not be used (the English is shown instead).
    `missing`: every text left in English, as "lang/<code>/<file>: <field>".
    """

    def __init__(self, folder: Path, read: Callable[[Path], Document]) -> None:
        self.folder = folder
        self._read = read
        self.problems: list[LibraryError] = []
        self.missing: list[str] = []

    def _open(self, relative: str, label: str, fields: tuple[str, ...],
              ident: str = "") -> FieldReader:
        """The reader of one overlay file, whose top level may hold `fields` (and the
        `ident` it translates); over nothing when the file is missing or unusable, so every
        field of it then falls back to English."""
        path = self.folder / relative
        empty = FieldReader(Document(str(path), {}, {}), label)
        if not path.exists():
            return empty
        try:
            doc = self._read(path)
        except LibraryError as exc:
            self._refuse(exc)
            return empty
        except Exception as exc:  # a fault of ours must not hide the English text
            self.problems.append(UnexpectedFileError.about(str(path), exc))
            return empty
        reader = FieldReader(doc, label)
        if not isinstance(doc.value, dict):
            self._refuse(reader.error((), "should be a mapping of field names to text"))
            return empty
        self._only(reader, (), (*fields, "id") if ident else fields)
        if ident and reader.has(("id",)) and doc.value["id"] != ident:
            self.problems.append(reader.error(("id",), t(
                "is {value} but the file translates {id}; the file name says which one, so "
                "leave the id out or make it match", value=shown(doc.value["id"]),
                id=shown(ident))))
        return reader

    def _text(self, f: FieldReader, key: FieldKey, english: str,
              check: Check | None = None, required: bool = True) -> str:
        if not f.has(key):
            if required:
                self._note_missing(f, key)
            return english
        try:
            text = f.text(key)
            trouble = check(text) if check is not None else None
            if trouble:
                raise f.error(key, trouble)
        except LibraryError as exc:
            self._refuse(exc)
            return english
        return text

    def _texts(self, f: FieldReader, key: FieldKey, english: tuple[str, ...]) -> tuple[str, ...]:
        if not f.has(key):
            if english:
                self._note_missing(f, key)
            return english
        try:
            texts = f.texts(key)
            if len(texts) != len(english):
                raise f.error(key, (f"has {len(texts)} items but the English has "
                                    f"{len(english)}; translate each one, in the same order"))
        except LibraryError as exc:
            self._refuse(exc)
            return english
        return texts

    def _table(self, f: FieldReader, key: FieldKey, allowed: tuple[str, ...]) -> None:
        """Checks that the mapping at `key`, if given, holds only `allowed` names."""
        if f.has(key) and not isinstance(f.raw(key), dict):
            self._refuse(f.error(key, t("should be a mapping of names to text")))
        self._only(f, key, allowed)

    def _only(self, f: FieldReader, key: FieldKey, allowed: tuple[str, ...]) -> None:
        table = f.raw(key)
        for name in table if isinstance(table, dict) else ():
            if name not in allowed:
                self.problems.append(f.error((*key, name), (
                    t("is not in the English, so it is not used; known names: {names}",
                      names=", ".join(allowed)) if allowed
                    else t("is not in the English, so it is not used"))))

    def _refuse(self, exc: LibraryError) -> None:
        self.problems.append(LibraryError(exc.file, exc.line, exc.field,
                                          t(KEPT, problem=exc.message)))
        if exc.field:
            self.missing.append(f"{self._where(exc.file)}: {exc.field} (not usable)")

    def _note_missing(self, f: FieldReader, key: FieldKey) -> None:
        self.missing.append(f"{self._where(f.doc.file)}: {f.path(key)}")

    def _where(self, file: str) -> str:
        """`file` from the data folder on: "lang/fr/routines/x.yaml"."""
        path, root = Path(file), self.folder.parents[1]
        return str(path.relative_to(root)) if path.is_relative_to(root) else file

