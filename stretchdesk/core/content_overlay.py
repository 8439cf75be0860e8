"""Shipped content in another language: files in data/lang/<code>/ that give the text of the
English stretches, routines, cautions, safety words and muscle areas, keyed by their ids.

English stays the whole truth about a stretch (its timing, sides, muscles, cautions); an
overlay only replaces what a person reads or hears, field by field. A field the overlay
does not give, or a list whose length differs from the English one, is shown in English.
Nothing in an overlay can hide or break the English content: a file or field that cannot
be used is listed in `problems` (file, line, field and what to change) and its English is
shown. `missing` names every text still in English, so a test can list what is left to
translate (tests/data/test_french_content.py). Only shipped content is overlaid: a
person's own routines keep the language they were written in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from stretchdesk.core.caution_book import CautionBook, CautionGroup
from stretchdesk.core.errors import LibraryError, UnexpectedFileError
from stretchdesk.core.fields import FieldReader, shown
from stretchdesk.core.limits import MAX_NAME_CHARS, MAX_PURPOSE_CHARS
from stretchdesk.core.model import Modification, Routine, Steps, Stretch
from stretchdesk.core.safety import FIELDS as SAFETY_FIELDS
from stretchdesk.core.safety import RED_FLAG_FIELDS, SafetyNotes
from stretchdesk.core.stretch_guide import MuscleAreas
from stretchdesk.core.yaml_source import Document, FieldKey

ENGLISH = "en"
STRETCH_TEXT = ("name", "summary", "steps", "tips", "mistakes", "modifications",
                "project_choice")
STEP_PARTS = ("prepare", "hold", "release")
# Notes on chosen values a translation must give; any other note may be left in English.
CHOICE_NOTES = ("hold_seconds", "reps")
ROUTINE_TEXT = ("name", "purpose")
NAMES = "names"  # muscles.yaml: muscle -> its name in the language, beside muscle -> area
_SLOT = "{}"
_ONE = {"stretches": "stretch", "routines": "routine"}
_KEPT = "the English text is shown until this is fixed"

Check = Callable[[str], str | None]  # a message when a translated text cannot be used


def open_overlay(
    data_dir: Path, code: str, read: Callable[[Path], Document]
) -> ContentOverlay | None:
    """The overlay of language `code` in `data_dir`/lang, or None for English or a language
    the data has no folder for."""
    folder = data_dir / "lang" / code
    if code == ENGLISH or not folder.is_dir():
        return None
    return ContentOverlay(folder, read)


class ContentOverlay:
    """The overlay files of one language, applied to the English content as it loads.

    `problems`: what in the files could not be used (the English is shown instead).
    `missing`: every text left in English, as "lang/<code>/<file>: <field>".
    """

    def __init__(self, folder: Path, read: Callable[[Path], Document]) -> None:
        self.folder = folder
        self._read = read
        self.problems: list[LibraryError] = []
        self.missing: list[str] = []

    # -- the kinds of content -------------------------------------------------------------

    def stretch(self, stretch: Stretch) -> Stretch:
        """`stretch` with the text this language's file gives."""
        f = self._open(f"stretches/{stretch.id}.yaml", f"stretches[{stretch.id}]")
        self._only(f, (), (*STRETCH_TEXT, "id"))
        self._same_id(f, stretch.id)
        self._table(f, ("steps",), STEP_PARTS)
        english = stretch.steps
        steps = Steps(*(self._texts(f, ("steps", part), getattr(english, part))
                        for part in STEP_PARTS))
        self._table(f, ("project_choice",), tuple(stretch.project_choice))
        notes = {name: self._text(f, ("project_choice", name), note,
                                  required=name in CHOICE_NOTES)
                 for name, note in stretch.project_choice.items()}
        return replace(
            stretch,
            name=self._text(f, ("name",), stretch.name, check=_at_most(MAX_NAME_CHARS)),
            summary=self._text(f, ("summary",), stretch.summary),
            steps=steps,
            tips=self._texts(f, ("tips",), stretch.tips),
            mistakes=self._texts(f, ("mistakes",), stretch.mistakes),
            modifications=self._modifications(f, stretch.modifications),
            project_choice=notes,
        )

    def routine(self, routine: Routine) -> Routine:
        """A shipped `routine` with the name and purpose this language's file gives."""
        f = self._open(f"routines/{routine.id}.yaml", f"routines[{routine.id}]")
        self._only(f, (), (*ROUTINE_TEXT, "id"))
        self._same_id(f, routine.id)
        return replace(
            routine,
            name=self._text(f, ("name",), routine.name, check=_at_most(MAX_NAME_CHARS)),
            purpose=self._text(f, ("purpose",), routine.purpose,
                               check=_at_most(MAX_PURPOSE_CHARS)),
        )

    def caution_book(self, book: CautionBook) -> CautionBook:
        """The shared cautions with this language's headings and texts."""
        if not book.groups:
            return book
        f = self._open("cautions.yaml", "caution-book")
        self._only(f, (), ("groups", "cautions"))
        self._table(f, ("groups",), tuple(g.id for g in book.groups))
        self._table(f, ("cautions",), tuple(book.cautions))
        groups = []
        for group in book.groups:
            key: FieldKey = ("groups", group.id)
            self._table(f, key, ("heading", "sentence"))
            groups.append(CautionGroup(
                group.id, self._text(f, (*key, "heading"), group.heading),
                self._text(f, (*key, "sentence"), group.sentence, check=_one_slot),
            ))
        cautions = {}
        for caution in book.cautions.values():
            key = ("cautions", caution.id)
            self._table(f, key, ("text",))
            text = self._text(f, (*key, "text"), caution.text)
            sentence = next(g.sentence for g in groups if g.id == caution.group)
            cautions[caution.id] = replace(caution, text=text,
                                           sentence=sentence.replace(_SLOT, text))
        return CautionBook(tuple(groups), cautions)

    def safety(self, notes: SafetyNotes) -> SafetyNotes:
        """The warning signs and the not-medical-advice note in this language."""
        f = self._open("safety.yaml", "safety")
        self._only(f, (), SAFETY_FIELDS)
        self._table(f, ("red_flags",), RED_FLAG_FIELDS)
        return SafetyNotes(
            not_medical_advice=self._text(f, ("not_medical_advice",), notes.not_medical_advice),
            red_flags_heading=self._text(f, ("red_flags", "heading"), notes.red_flags_heading),
            red_flags=self._texts(f, ("red_flags", "signs"), notes.red_flags),
            red_flags_why=self._text(f, ("red_flags", "why"), notes.red_flags_why),
        )

    def muscle_areas(self, areas: Mapping[str, str]) -> MuscleAreas:
        """Each muscle's body area, and its own name, in this language."""
        if not areas:
            return MuscleAreas(areas)
        f = self._open("muscles.yaml", "muscles")
        self._only(f, (), (*areas, NAMES))
        self._table(f, (NAMES,), tuple(areas))
        return MuscleAreas(
            {muscle: self._text(f, (muscle,), area) for muscle, area in areas.items()},
            {muscle: self._text(f, (NAMES, muscle), muscle) for muscle in areas},
        )

    def strays(self, kind: str, ids: Iterable[str]) -> None:
        """Lists as problems the `kind` ("stretches", "routines") files of this language
        that name no shipped one: their file name must be the English id."""
        known = set(ids)
        folder = self.folder / kind
        found = sorted(folder.glob("*.y*ml")) if folder.is_dir() else []
        for path in found:
            if path.stem not in known and not path.name.startswith("."):
                self.problems.append(LibraryError(str(path), 0, "", (
                    f"no shipped {_ONE[kind]} has the id {shown(path.stem)}; name the file "
                    f"after the English file it translates")))

    # -- fields ---------------------------------------------------------------------------

    def _open(self, relative: str, label: str) -> FieldReader:
        """The reader of one overlay file; over nothing when it is missing or unusable, so
        every field of it then falls back to English."""
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

    def _modifications(self, f: FieldReader, english: tuple[Modification, ...]
                       ) -> tuple[Modification, ...]:
        key: FieldKey = ("modifications",)
        if not f.has(key):
            if english:
                self._note_missing(f, key)
            return english
        given = f.raw(key)
        if not isinstance(given, list) or len(given) != len(english):
            count = f"{len(given)} items" if isinstance(given, list) else "no list"
            self._refuse(f.error(key, (
                f"has {count} but the English has {len(english)} modifications; give a "
                f"{{when, do}} for each one, in the same order")))
            return english
        out = []
        for i, modification in enumerate(english):
            item = (*key, i)
            kind = given[i].get("kind") if isinstance(given[i], dict) else None
            if not isinstance(given[i], dict) or kind not in (None, modification.kind.value):
                self._refuse(f.error(item, (
                    f"should be {{when, do}} for the English modification {i + 1} "
                    f"({modification.kind.value}: {shown(modification.when)})")))
                out.append(modification)
                continue
            self._only(f, item, ("when", "do", "kind"))
            out.append(replace(modification, when=self._text(f, (*item, "when"), modification.when),
                               do=self._text(f, (*item, "do"), modification.do)))
        return tuple(out)

    def _table(self, f: FieldReader, key: FieldKey, allowed: tuple[str, ...]) -> None:
        """Checks that the mapping at `key`, if given, holds only `allowed` names."""
        if f.has(key) and not isinstance(f.raw(key), dict):
            self._refuse(f.error(key, "should be a mapping of names to text"))
            return
        if f.has(key):
            self._only(f, key, allowed)

    def _only(self, f: FieldReader, key: FieldKey, allowed: tuple[str, ...]) -> None:
        table = f.raw(key)
        for name in table if isinstance(table, dict) else ():
            if name not in allowed:
                known = ", ".join(allowed) or "none"
                self.problems.append(f.error((*key, name), (
                    f"is not in the English, so it is not used; known names: {known}")))

    def _same_id(self, f: FieldReader, ident: str) -> None:
        if f.has(("id",)) and f.raw(("id",)) != ident:
            self.problems.append(f.error(("id",), (
                f"is {shown(f.raw(('id',)))} but the file translates {shown(ident)}; the file "
                f"name says which one, so leave the id out or make it match")))

    def _refuse(self, exc: LibraryError) -> None:
        self.problems.append(LibraryError(exc.file, exc.line, exc.field,
                                          f"{exc.message}; {_KEPT}"))
        if exc.field:
            self.missing.append(f"{self._where(exc.file)}: {exc.field} (not usable)")

    def _note_missing(self, f: FieldReader, key: FieldKey) -> None:
        self.missing.append(f"{self._where(f.doc.file)}: {f.path(key)}")

    def _where(self, file: str) -> str:
        path = Path(file)
        try:
            return str(path.relative_to(self.folder.parents[1]))
        except ValueError:
            return file


def _at_most(most: int) -> Check:
    def check(text: str) -> str | None:
        return f"is {len(text)} characters long; keep it to {most} at most" if (
            len(text) > most) else None
    return check


def _one_slot(sentence: str) -> str | None:
    return None if sentence.count(_SLOT) == 1 else "should hold {} once, where a caution goes"
