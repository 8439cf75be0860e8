"""Shipped content in another language: files in data/lang/<code>/ that give the text of the
English stretches, routines, cautions, safety words and muscle areas, keyed by their ids.

English stays the whole truth about a stretch (timing, sides, muscles, cautions); an
overlay replaces only what a person reads or hears, field by field, and whatever it leaves
out or gets wrong (a list of another length than the English) is shown in English. A file
or field that cannot be used is listed in `problems` and never hides the English. Only
shipped content is overlaid: a person's own routines keep the language they were written in
(docs/data-format.md, "Content in other languages").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from stretchdesk.core.caution_book import CautionBook, CautionGroup
from stretchdesk.core.errors import LibraryError, UnexpectedFileError
from stretchdesk.core.fields import FieldReader, shown, too_long
from stretchdesk.core.language import ENGLISH, language_dir
from stretchdesk.core.limits import MAX_NAME_CHARS, MAX_PURPOSE_CHARS
from stretchdesk.core.model import Modification, Routine, Steps, Stretch
from stretchdesk.core.overlay_reader import Check, OverlayReader
from stretchdesk.core.phrasebook import N_, t, tn
from stretchdesk.core.safety import FIELDS as SAFETY_FIELDS
from stretchdesk.core.safety import RED_FLAG_FIELDS, SafetyNotes
from stretchdesk.core.stretch_guide import MuscleAreas
from stretchdesk.core.yaml_source import Document, FieldKey

STRETCH_TEXT = ("name", "summary", "steps", "tips", "mistakes", "modifications",
                "project_choice")
STEP_PARTS = ("prepare", "hold", "release")
# Notes on chosen values a translation must give; any other note may be left in English.
CHOICE_NOTES = ("hold_seconds", "reps")
ROUTINE_TEXT = ("name", "purpose")
NAMES = "names"  # muscles.yaml: muscle -> its name in the language, beside muscle -> area
_SLOT = "{}"
_NO_SUCH = {
    "stretches": N_("no shipped stretch has the id {id}; name the file after the English "
                    "file it translates"),
    "routines": N_("no shipped routine has the id {id}; name the file after the English "
                   "file it translates"),
}

_T = TypeVar("_T")
_R = TypeVar("_R")


def open_overlay(
    data_dir: Path, code: str, read: Callable[[Path], Document]
) -> ContentOverlay | None:
    """The overlay of language `code` in `data_dir`/lang, or None for English or a language
    the data has no folder for."""
    folder = language_dir(data_dir, code)
    if code == ENGLISH or not folder.is_dir():
        return None
    return ContentOverlay(folder, read)


class ContentOverlay(OverlayReader):
    """The overlay files of one language, applied to the English content as it loads.

    `problems`: what in the files could not be used (the English is shown instead).
    `missing`: every text left in English, as "lang/<code>/<file>: <field>".
    """

    # -- the kinds of content -------------------------------------------------------------

    def stretch(self, stretch: Stretch) -> Stretch:
        """`stretch` with the text this language's file gives."""
        return self._safely(f"stretches/{stretch.id}.yaml", self._stretch, stretch, stretch)

    def routine(self, routine: Routine) -> Routine:
        """A shipped `routine` with the name and purpose this language's file gives."""
        return self._safely(f"routines/{routine.id}.yaml", self._routine, routine, routine)

    def caution_book(self, book: CautionBook) -> CautionBook:
        """The shared cautions with this language's headings and texts."""
        return self._safely("cautions.yaml", self._caution_book, book, book)

    def safety(self, notes: SafetyNotes) -> SafetyNotes:
        """The warning signs and the not-medical-advice note in this language."""
        return self._safely("safety.yaml", self._safety, notes, notes)

    def muscle_areas(self, areas: Mapping[str, str]) -> MuscleAreas:
        """Each muscle's body area, and its own name, in this language."""
        return self._safely("muscles.yaml", self._muscle_areas, areas, MuscleAreas(areas))

    def _safely(self, relative: str, apply: Callable[[_T], _R], english: _T, kept: _R) -> _R:
        """`apply(english)`, or `kept` (the English) when a fault of ours stops it: that
        file's problem only."""
        try:
            return apply(english)
        except Exception as exc:
            self.problems.append(UnexpectedFileError.about(str(self.folder / relative), exc))
            return kept

    def _stretch(self, stretch: Stretch) -> Stretch:
        f = self._open(f"stretches/{stretch.id}.yaml", f"stretches[{stretch.id}]",
                       STRETCH_TEXT, stretch.id)
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

    def _routine(self, routine: Routine) -> Routine:
        f = self._open(f"routines/{routine.id}.yaml", f"routines[{routine.id}]",
                       ROUTINE_TEXT, routine.id)
        return replace(
            routine,
            name=self._text(f, ("name",), routine.name, check=_at_most(MAX_NAME_CHARS)),
            purpose=self._text(f, ("purpose",), routine.purpose,
                               check=_at_most(MAX_PURPOSE_CHARS)),
        )

    def _caution_book(self, book: CautionBook) -> CautionBook:
        if not book.groups:
            return book
        f = self._open("cautions.yaml", "caution-book", ("groups", "cautions"))
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

    def _safety(self, notes: SafetyNotes) -> SafetyNotes:
        f = self._open("safety.yaml", "safety", SAFETY_FIELDS)
        self._table(f, ("red_flags",), RED_FLAG_FIELDS)
        return SafetyNotes(
            not_medical_advice=self._text(f, ("not_medical_advice",), notes.not_medical_advice),
            red_flags_heading=self._text(f, ("red_flags", "heading"), notes.red_flags_heading),
            red_flags=self._texts(f, ("red_flags", "signs"), notes.red_flags),
            red_flags_why=self._text(f, ("red_flags", "why"), notes.red_flags_why),
        )

    def _muscle_areas(self, areas: Mapping[str, str]) -> MuscleAreas:
        if not areas:
            return MuscleAreas(areas)
        f = self._open("muscles.yaml", "muscles", (*areas, NAMES))
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
                self.problems.append(LibraryError(str(path), 0, "", t(
                    _NO_SUCH[kind], id=shown(path.stem))))

    def _modifications(self, f: FieldReader, english: tuple[Modification, ...]
                       ) -> tuple[Modification, ...]:
        key: FieldKey = ("modifications",)
        if not f.has(key):
            if english:
                self._note_missing(f, key)
            return english
        given = f.raw(key)
        if not isinstance(given, list) or len(given) != len(english):
            self._refuse(f.error(key, (
                tn("has {n} item but the English has {english} modifications; give a "
                   "{{when, do}} for each one, in the same order",
                   "has {n} items but the English has {english} modifications; give a "
                   "{{when, do}} for each one, in the same order",
                   len(given), english=len(english)) if isinstance(given, list)
                else t("has no list but the English has {english} modifications; give a "
                       "{{when, do}} for each one, in the same order", english=len(english)))))
            return english
        out = []
        for i, modification in enumerate(english):
            item = (*key, i)
            kind = given[i].get("kind") if isinstance(given[i], dict) else None
            if not isinstance(given[i], dict) or kind not in (None, modification.kind.value):
                self._refuse(f.error(item, t(
                    "should be {{when, do}} for the English modification {n} ({kind}: {when})",
                    n=i + 1, kind=modification.kind.value, when=shown(modification.when))))
                out.append(modification)
                continue
            self._only(f, item, ("when", "do", "kind"))
            out.append(replace(modification, when=self._text(f, (*item, "when"), modification.when),
                               do=self._text(f, (*item, "do"), modification.do)))
        return tuple(out)



def _at_most(most: int) -> Check:
    return lambda text: too_long(len(text), most) if len(text) > most else None


def _one_slot(sentence: str) -> str | None:
    return None if sentence.count(_SLOT) == 1 else t(
        "should hold {slot} once, where a caution goes", slot=_SLOT)
