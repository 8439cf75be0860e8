"""The French stretch files (data/lang/fr/stretches) line up with the English ones.

Each overlay holds only the text a person reads or hears, keyed like the English file:
the same lists with the same number of items, the same modifications, the same
project_choice reasons. Nothing is left empty or in English, and the French follows its
own typography (a non-breaking space before : ; ? !, « guillemets »), since the lines are
read from the floor and spoken by a French voice.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "data"
ENGLISH = sorted((DATA / "stretches").glob("*.yaml"))
FRENCH_DIR = DATA / "lang" / "fr" / "stretches"

TEXT_FIELDS = ("name", "summary", "steps", "tips", "mistakes", "modifications", "project_choice")
PHASES = ("prepare", "hold", "release")
MODIFICATION_TEXT = ("when", "do")
# Words the two languages share, so a French value may equal the English one.
SAME_IN_BOTH: frozenset[str] = frozenset()

NBSP = ("\u00a0", "\u202f")
_SPACE_BEFORE_MARK = re.compile(r"(.)([:;?!»])")
_ASCII_QUOTE = re.compile(r"[\"“”]")


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        loaded = yaml.safe_load(f)
    assert isinstance(loaded, dict), f"{path}: not a mapping"
    return loaded


def text_of(english: dict[str, Any]) -> dict[str, Any]:
    """The translatable part of an English stretch, shaped as the French file must be."""
    wanted: dict[str, Any] = {k: english[k] for k in TEXT_FIELDS if k in english}
    if "modifications" in wanted:
        wanted["modifications"] = [
            {k: m[k] for k in MODIFICATION_TEXT if k in m} for m in english["modifications"]
        ]
    return wanted


def pairs(english: Any, french: Any, where: str) -> list[tuple[str, str, str]]:
    """(place, English, French) for every string, failing on any difference of shape."""
    if isinstance(english, str):
        assert isinstance(french, str), f"{where}: want text, found {french!r}"
        return [(where, english, french)]
    if isinstance(english, list):
        assert isinstance(french, list), f"{where}: want a list, found {french!r}"
        assert len(french) == len(english), (
            f"{where}: {len(french)} items in French, {len(english)} in English")
        return [p for i, (e, f) in enumerate(zip(english, french, strict=True))
                for p in pairs(e, f, f"{where}[{i}]")]
    assert isinstance(english, dict), where
    assert isinstance(french, dict), f"{where}: want a mapping, found {french!r}"
    missing = sorted(set(english) - set(french))
    extra = sorted(set(french) - set(english))
    assert not missing, f"{where}: missing {missing}"
    assert not extra, f"{where}: not translated here {extra}"
    return [p for k in english for p in pairs(english[k], french[k], f"{where}.{k}")]


def french_path(english: Path) -> Path:
    return FRENCH_DIR / english.name


@pytest.fixture(params=ENGLISH, ids=lambda p: p.stem)
def both(request: pytest.FixtureRequest) -> tuple[str, list[tuple[str, str, str]]]:
    english_path: Path = request.param
    path = french_path(english_path)
    assert path.is_file(), f"no French text for {english_path.stem}: write {path}"
    stretch_id = english_path.stem
    return stretch_id, pairs(text_of(load(english_path)), load(path), stretch_id)


def test_there_is_a_french_file_for_every_stretch_and_no_other() -> None:
    assert {p.name for p in FRENCH_DIR.glob("*.yaml")} == {p.name for p in ENGLISH}


def test_the_french_file_has_the_english_shape(
        both: tuple[str, list[tuple[str, str, str]]]) -> None:
    stretch_id, found = both
    # pairs() has checked every key and list length; the steps keep their three phases.
    places = {place.split("[")[0] for place, _, _ in found}
    assert {f"{stretch_id}.steps.{phase}" for phase in PHASES} <= places


def test_no_french_value_is_empty_or_left_in_english(
        both: tuple[str, list[tuple[str, str, str]]]) -> None:
    _, found = both
    empty = [place for place, _, fr in found if not fr.strip()]
    untranslated = [place for place, en, fr in found
                    if fr.strip() == en.strip() and fr.strip() not in SAME_IN_BOTH]
    assert not empty, f"empty: {empty}"
    assert not untranslated, f"still in English: {untranslated}"


def test_french_typography(both: tuple[str, list[tuple[str, str, str]]]) -> None:
    _, found = both
    wrong = []
    for place, _, fr in found:
        for before, mark in _SPACE_BEFORE_MARK.findall(fr):
            if before not in NBSP:
                wrong.append(f"{place}: no non-breaking space before {mark!r} in {fr!r}")
        if "«" in fr and not any(f"«{s}" in fr for s in NBSP):
            wrong.append(f"{place}: no non-breaking space after « in {fr!r}")
        if _ASCII_QUOTE.search(fr):
            wrong.append(f"{place}: use « guillemets » in {fr!r}")
        if "'" in fr:
            wrong.append(f"{place}: use the typographic apostrophe ’ in {fr!r}")
    assert not wrong, "\n".join(wrong)


def test_each_french_sentence_ends_like_its_english_one(
        both: tuple[str, list[tuple[str, str, str]]]) -> None:
    _, found = both
    # A spoken step that lost its full stop runs into the next one.
    wrong = [place for place, en, fr in found
             if en.rstrip().endswith(".") != fr.rstrip().endswith(".")]
    assert not wrong, wrong


def test_the_checks_catch_a_short_list_and_english_left_behind() -> None:
    english = {"name": "Cat-cow", "steps": {"prepare": ["Kneel.", "Breathe."]}}
    with pytest.raises(AssertionError, match="1 items in French, 2 in English"):
        pairs(english, {"name": "Chat-vache", "steps": {"prepare": ["À genoux."]}}, "x")
    with pytest.raises(AssertionError, match="missing"):
        pairs(english, {"name": "Chat-vache"}, "x")
    with pytest.raises(AssertionError, match="not translated here"):
        pairs(english, {**english, "id": "cat-cow"}, "x")
    found = pairs(english, {"name": "Cat-cow", "steps": {"prepare": ["À genoux.", "Respirez."]}},
                  "x")
    assert [p for p, en, fr in found if en == fr] == ["x.name"]
