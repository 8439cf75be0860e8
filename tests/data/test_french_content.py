"""The shipped content in French: every text a person reads or hears has its French, and
every French file can be used (data/lang/fr/, docs/data-format.md)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from stretchdesk.core.library import load_library
from stretchdesk.core.model import Library
from stretchdesk.core.stretch_filter import all_worked
from stretchdesk.core.stretch_guide import MuscleAreas


@pytest.fixture(scope="module")
def french(data_dir: Path) -> Library:
    return load_library(data_dir, language_code="fr")


def test_every_shipped_text_has_its_french(french: Library) -> None:
    """Lists every field still in English: stretches, routines, cautions and their groups,
    the safety words, the muscle areas and names."""
    missing = list(french.untranslated)
    assert not missing, (f"Texts with no French yet, shown in English ({len(missing)}):\n"
                         + "\n".join(missing))


def test_every_french_file_can_be_used(french: Library) -> None:
    problems = [str(p) for p in french.translation_problems]
    assert not problems, "French text that cannot be used:\n" + "\n".join(problems)


def test_french_changes_words_only(french: Library, library: Library) -> None:
    assert french.stretches.keys() == library.stretches.keys()
    assert french.routines.keys() == library.routines.keys()
    for ident, stretch in library.stretches.items():
        fr = french.stretches[ident]
        assert (fr.hold_seconds, fr.reps, fr.position, fr.unilateral, fr.primary_muscles,
                fr.caution_ids) == (stretch.hold_seconds, stretch.reps, stretch.position,
                                    stretch.unilateral, stretch.primary_muscles,
                                    stretch.caution_ids), ident
    for ident, routine in library.routines.items():
        assert french.routines[ident].items == routine.items, ident


def test_each_muscle_has_one_french_name(french: Library) -> None:
    areas = french.muscle_areas
    assert isinstance(areas, MuscleAreas)
    names = [areas.names.get(m, m) for m in areas.names]
    assert len(set(names)) == len(names), "two muscles share a French name"
    for muscle, name in areas.names.items():  # a shown name finds its own muscle's area
        assert areas[name] == areas[muscle], muscle


def test_the_areas_a_person_filters_by_are_in_french_order(french: Library) -> None:
    worked = all_worked(french.stretches.values(), french.muscle_areas)
    assert "bas du dos" in worked and "lower back" not in worked
    plain = ["".join(c for c in unicodedata.normalize("NFKD", w) if c.isascii()) for w in worked]
    assert plain == sorted(plain), worked  # "côté" sorts as "cote", not after "cuisse"


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


# French typography: a no-break space (U+00A0 or the narrow U+202F) before ; : ! ? and
# inside « », the typographic apostrophe, and "…" rather than three dots.
_MISSET = re.compile(r"(?<![\u00a0\u202f])[;:!?]|«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»"
                     r"|['\"]|\.\.\.")


# What a message quotes of a file's syntax keeps it: a {field} or {when, do}, a YAML tag
# (!!bool) and a time of day as a file writes it (HH:MM, 07:30).
_SYNTAX = re.compile(r"\{[^{}]*\}|!![a-z]+|\bHH:MM\b|\b\d\d:\d\d\b")


def test_french_follows_french_typography(data_dir: Path) -> None:
    found = []
    for path in sorted((data_dir / "lang" / "fr").rglob("*.yaml")):
        for text in _texts(yaml.safe_load(path.read_text(encoding="utf-8"))):
            text = _SYNTAX.sub("x", text)
            found += [f"{path.relative_to(data_dir)}: ...{text[max(0, m.start() - 20):m.end()]}"
                      for m in _MISSET.finditer(text)]
    assert not found, "French punctuation to fix:\n" + "\n".join(found)
