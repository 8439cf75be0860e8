"""Shared cautions: each written once in data/cautions.yaml and named by id from stretches.

A caution belongs to a group ("ask first", "stop if", "take care"). Its `text` reads on
from the group's heading ("Ask your doctor or physiotherapist first if…" / "you have a
herniated or bulging disc"), and its `sentence` stands on its own wherever a single
stretch is shown. A caution may also name body positions: it then applies to every
stretch done in them, without each stretch having to list it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.fields import FieldReader, unknown_field
from stretchdesk.core.phrasebook import t
from stretchdesk.core.yaml_source import Document, FieldKey

FILE_NAME = "cautions.yaml"
LABEL = "caution-book"
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SLOT = "{}"


@dataclass(frozen=True)
class CautionGroup:
    """A kind of caution, with the heading its cautions are listed under."""

    id: str
    heading: str
    sentence: str  # how one of its cautions reads alone: a template with one {}


@dataclass(frozen=True)
class Caution:
    """One caution, shared by every stretch that names it."""

    id: str
    group: str
    text: str
    sentence: str
    positions: tuple[str, ...] = ()


@dataclass(frozen=True)
class CautionBook:
    """Every shared caution by id, and their groups in the order they are shown."""

    groups: tuple[CautionGroup, ...] = ()
    cautions: Mapping[str, Caution] = field(default_factory=dict)

    def group(self, group_id: str) -> CautionGroup | None:
        """The group with this id, if the book has it."""
        return next((g for g in self.groups if g.id == group_id), None)

    def for_position(self, position: str) -> tuple[Caution, ...]:
        """The cautions that apply to every stretch done in `position`."""
        return tuple(c for c in self.cautions.values() if position in c.positions)


def parse_caution_book(doc: Document, positions: Iterable[str]) -> CautionBook:
    """Builds the book from a cautions file, or raises LibraryError naming the field."""
    r = FieldReader(doc, LABEL)
    if not isinstance(doc.value, dict):
        raise r.error((), t("the file should be a mapping with 'groups' and 'cautions'"))
    for name in r.mapping(()):
        if name not in ("groups", "cautions"):
            raise r.error((name,), unknown_field(("cautions", "groups")))
    groups: list[CautionGroup] = []
    for group_id in r.mapping(("groups",)):
        key: FieldKey = ("groups", group_id)
        _check_id(r, key, group_id)
        _only(r, key, ("heading", "sentence"))
        sentence = r.text((*key, "sentence"))
        if sentence.count(_SLOT) != 1:
            raise r.error((*key, "sentence"), t(
                "should hold {slot} once, where a caution's text goes", slot="{}"))
        groups.append(CautionGroup(group_id, r.text((*key, "heading")), sentence))
    known_positions = tuple(positions)
    cautions: dict[str, Caution] = {}
    for caution_id in r.mapping(("cautions",)):
        key = ("cautions", caution_id)
        _check_id(r, key, caution_id)
        _only(r, key, ("group", "text", "positions"))
        group_id = r.choice((*key, "group"), [g.id for g in groups])
        group = next(g for g in groups if g.id == group_id)
        text = r.text((*key, "text"))
        cautions[caution_id] = Caution(
            caution_id, group_id, text, group.sentence.replace(_SLOT, text),
            r.choices((*key, "positions"), known_positions),
        )
    return CautionBook(tuple(groups), cautions)


def load_caution_book(
    data_dir: Path, read: Callable[[Path], Document], positions: Iterable[str]
) -> CautionBook:
    """The book in `data_dir`, or an empty one when the folder has no cautions file."""
    path = data_dir / FILE_NAME
    if not path.is_file():
        return CautionBook()
    return parse_caution_book(read(path), positions)


def stretch_cautions(
    r: FieldReader, key: FieldKey, book: CautionBook, position: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A stretch's (caution ids, caution sentences) from its `cautions` list.

    An entry written like an id (lowercase words joined by dashes) names a caution in
    the book; any other entry is a sentence of the stretch's own. Cautions the book ties
    to the stretch's position come last, each once.
    """
    ids: list[str] = []
    sentences: list[str] = []
    for i, entry in enumerate(r.texts(key)):
        if not _ID.match(entry):
            sentences.append(entry)
            continue
        caution = book.cautions.get(entry)
        if caution is None:
            known = ", ".join(sorted(book.cautions)) or "none: the data folder has no " + FILE_NAME
            raise r.error((*key, i), t("no shared caution has the id {id}; known: {known}",
                                       id=repr(entry), known=known))
        if entry in ids:
            raise r.error((*key, i), t("{id} is listed twice; keep one", id=repr(entry)))
        ids.append(entry)
        sentences.append(caution.sentence)
    for caution in book.for_position(position):
        if caution.id not in ids:
            ids.append(caution.id)
            sentences.append(caution.sentence)
    return tuple(ids), tuple(sentences)


def _check_id(r: FieldReader, key: FieldKey, ident: str) -> None:
    if not _ID.match(ident):
        raise r.error(key, t("{id} is not a valid id; use lowercase letters, digits and dashes",
                             id=repr(ident)))


def _only(r: FieldReader, key: FieldKey, allowed: tuple[str, ...]) -> None:
    for name in r.mapping(key):
        if name not in allowed:
            raise LibraryError(r.doc.file, r.doc.line_of((*key, name)), r.path((*key, name)),
                               unknown_field(allowed))
