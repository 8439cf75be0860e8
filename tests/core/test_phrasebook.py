"""The core's phrasebook: every phrase has its French, and t()/tn() put fields in the
translation, pick the plural by the language's rule and fall back to English."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretchdesk.core import language, phrasebook, reader_words, words
from stretchdesk.core.cues import Cue, CuePlan, spoken_length
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.events import Stopped
from stretchdesk.core.history.check_in import BackCheckIn, CheckInMoment
from stretchdesk.core.history.database import describe
from stretchdesk.core.history.records import ProblemKind
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Side
from stretchdesk.core.phrasebook import load_phrases, t, tn
from stretchdesk.core.reminders.settings import WEEKDAYS, Weekday, days_phrase
from stretchdesk.core.routine_draft import DraftItem, RoutineDraft
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import Phase, PhaseKind
from stretchdesk.core.yaml_source import Document
from tests.core.factory import make_data, routine_text, write
from tests.core.test_cues import run

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "stretchdesk"
FRENCH = ROOT / "data" / "lang" / "fr" / phrasebook.PHRASES_FILE
IMPORT = "from stretchdesk.core.phrasebook import"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def used_phrases() -> Iterator[tuple[str, str, str | None]]:
    """(where, English text, English plural or None) of every literal t(), tn() and N_()
    call in the modules that import the phrasebook."""
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if IMPORT not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            args = [_literal(a) for a in node.args]
            if node.func.id in ("t", "N_") and args and args[0] is not None:
                yield where, args[0], None
            elif node.func.id == "tn" and len(args) >= 2 and None not in args[:2]:
                yield where, str(args[0]), args[1]


def fields(text: str) -> set[str]:
    """The names of the {fields} in a template."""
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    return {name.split(".")[0].split("[")[0] for name in names}


@pytest.fixture
def french() -> Iterator[None]:
    language.set_current("fr")
    yield
    language.set_current(language.ENGLISH)


@pytest.fixture
def phrases_at(tmp_path: Path) -> Iterator[Path]:
    """A data folder of our own for the phrasebook (the shipped one again afterwards)."""
    (tmp_path / "lang" / "fr").mkdir(parents=True)
    phrasebook.use_data_root(tmp_path)
    language.set_current("fr")
    yield tmp_path / "lang" / "fr" / phrasebook.PHRASES_FILE
    language.set_current(language.ENGLISH)
    phrasebook.use_data_root(None)


# -- the shipped French ----------------------------------------------------------------


def test_some_phrases_are_found() -> None:
    found = {english for _, english, _ in used_phrases()}
    assert {"Hold for {length}", "Starting position", "{n} second"} <= found


def test_every_phrase_has_its_french_and_no_french_is_left_over() -> None:
    table = load_phrases(FRENCH).texts
    used: dict[str, tuple[str, str | None]] = {}
    for where, english, plural in used_phrases():
        used.setdefault(english, (where, plural))
    missing = [f"{where}: {english!r}" for english, (where, _) in used.items()
               if english not in table]
    unused = [repr(english) for english in table if english not in used]
    assert not missing, "phrases with no French entry:\n" + "\n".join(missing)
    assert not unused, "French entries no longer used:\n" + "\n".join(unused)


def test_every_french_phrase_has_the_fields_of_its_english() -> None:
    table = load_phrases(FRENCH).texts
    wrong = []
    for where, english, plural in used_phrases():
        french = table.get(english)
        if plural is None:
            if not isinstance(french, str):
                wrong.append(f"{where}: {english!r} should be a text, not a plural")
            elif fields(french) != fields(english):
                wrong.append(f"{where}: {english!r} has {sorted(fields(english))}, "
                             f"the French {sorted(fields(french))}")
        elif isinstance(french, str) or french is None:
            wrong.append(f"{where}: {english!r} is a plural: give {{one: ..., other: ...}}")
        else:
            for form, english_form in (("one", english), ("other", plural)):
                if fields(french[form]) != fields(english_form):
                    wrong.append(f"{where}: {english!r} ({form}) has "
                                 f"{sorted(fields(english_form))}, the French "
                                 f"{sorted(fields(french[form]))}")
    assert not wrong, "\n".join(wrong)


def test_the_shipped_french_is_used_in_a_french_run(french: None) -> None:
    assert t("Hold for {length}", length="30 secondes") == "Maintenez 30 secondes"
    assert tn("{n} second", "{n} seconds", 1) == "1 seconde"


# -- t() and tn() ----------------------------------------------------------------------


def test_english_is_the_english_text_with_its_fields() -> None:
    assert t("Hold for {length}", length="30 seconds") == "Hold for 30 seconds"
    assert t("Rest") == "Rest"


def test_a_phrase_with_no_translation_stays_english(phrases_at: Path) -> None:
    phrases_at.write_text('"Rest": "Repos"\n', encoding="utf-8")
    assert t("Rest") == "Repos"
    assert t("Breathe in") == "Breathe in"
    assert t("Next: {name}", name="cat-cow") == "Next: cat-cow"
    assert tn("{n} round", "{n} rounds", 0) == "0 rounds"  # English's rule with English


def test_a_language_without_a_file_is_english(phrases_at: Path) -> None:
    language.set_current("de")
    assert t("Rest") == "Rest"


def test_the_translation_can_put_the_fields_in_another_order(phrases_at: Path) -> None:
    phrases_at.write_text('"{who} holds {what}": "{what}, tenu par {who}"\n', encoding="utf-8")
    assert t("{who} holds {what}", who="Ann", what="the pose") == "the pose, tenu par Ann"


def test_the_file_says_which_counts_take_the_singular(phrases_at: Path) -> None:
    phrases_at.write_text('_singular_counts: [0, 1]\n'
                          '"{n} round":\n  one: "{n} série"\n  other: "{n} séries"\n',
                          encoding="utf-8")
    assert [tn("{n} round", "{n} rounds", n) for n in (0, 1, 2)] == [
        "0 série", "1 série", "2 séries"]
    language.set_current(language.ENGLISH)
    assert [tn("{n} round", "{n} rounds", n) for n in (0, 1, 2)] == [
        "0 rounds", "1 round", "2 rounds"]
    # Without the entry, 1 alone takes the singular (German, Spanish...).
    phrases_at.write_text('"{n} round":\n  one: "{n} Runde"\n  other: "{n} Runden"\n',
                          encoding="utf-8")
    phrasebook.use_data_root(phrases_at.parents[2])
    language.set_current("fr")
    assert [tn("{n} round", "{n} rounds", n) for n in (0, 1, 2)] == [
        "0 Runden", "1 Runde", "2 Runden"]
    phrases_at.write_text('_singular_counts: one\n', encoding="utf-8")
    phrasebook.use_data_root(phrases_at.parents[2])
    with pytest.raises(LibraryError, match="counts that take the singular"):
        tn("{n} round", "{n} rounds", 1)


def test_a_malformed_phrases_file_names_the_file_and_the_entry(phrases_at: Path) -> None:
    phrases_at.write_text('"Rest": [1, 2]\n', encoding="utf-8")
    with pytest.raises(LibraryError) as caught:
        t("Rest")
    assert caught.value.file == str(phrases_at)
    assert (caught.value.line, caught.value.field) == (1, "Rest")


def test_the_phrases_can_come_through_the_start_ups_reader(phrases_at: Path) -> None:
    # At start-up the document cache reads the file: unchanged, it is not parsed again.
    phrases_at.write_text('"Rest": "Repos"\n', encoding="utf-8")
    asked: list[Path] = []

    def cached(path: Path) -> Document:
        asked.append(path)
        return Document(str(path), {"Rest": "Pause"}, {})

    phrasebook.use_data_root(phrases_at.parents[2], cached)
    assert (t("Rest"), t("Rest")) == ("Pause", "Pause")
    assert asked == [phrases_at]  # read once for the run


# -- a French session ------------------------------------------------------------------


def test_a_french_session_says_and_shows_every_line_in_french(tmp_path: Path,
                                                               french: None) -> None:
    root = make_data(tmp_path / "data")
    write(root / "routines" / "all.yaml", routine_text("all", "side-reach", "rocking"))
    library = load_library(root)
    settings = Settings(halfway_cue=True, breath_cues=True)
    cues = run(library, "all", settings)
    said = [c.text for c in cues if c.phase_start]
    assert said == [
        "Position de départ\u00a0: side reach, côté gauche",
        "Côté gauche. Maintenez 20 secondes",
        "Relâchez doucement",
        "Passez sur le côté droit",
        "Côté droit. Maintenez 20 secondes",
        "Relâchez doucement",
        "Passez sur le côté gauche",
        "Côté gauche. Maintenez 20 secondes",
        "Relâchez doucement",
        "Passez sur le côté droit",
        "Côté droit. Maintenez 20 secondes",
        "Relâchez doucement",
        "Repos. À suivre\u00a0: rocking",
        "Position de départ\u00a0: rocking",
        "Bougez au rythme de votre respiration pendant 20 secondes. Inspirez",
        "Relâchez doucement",
        "Routine terminée",
    ]
    others = {c.text for c in cues if not c.phase_start and c.text}
    assert others == {"À mi-parcours", "Inspirez", "Expirez"}
    plan = CuePlan.from_library(library, settings)
    assert plan.cue_for(Stopped()) == Cue(None, "Séance arrêtée", True, True)
    assert spoken_length(135) == "2 minutes 15 secondes"
    assert spoken_length(1) == "1 seconde"


# -- the other French the core writes ----------------------------------------------------


def test_the_screen_readers_words_are_french(french: None) -> None:
    hold = Phase(PhaseKind.HOLD, "x", Side.LEFT, 1, 2, 30.0)
    assert reader_words.phase_announcement(hold, "Chat-vache") == (
        "Tenez, côté gauche, 30 secondes. Chat-vache, répétition 1 sur 2.")
    assert reader_words.time_left_words(hold, "Chat-vache", 61, paused=True) == (
        "En pause, Tenez, côté gauche, encore 1 minute 1 seconde, Chat-vache, "
        "répétition 1 sur 2")
    assert reader_words.seconds_words(0) == "0 seconde"


def test_the_check_in_resume_question_and_reminder_days_are_french(french: None) -> None:
    assert BackCheckIn(CheckInMoment.AFTER).question == "Et maintenant, comment va votre dos\u202f?"
    assert (words.back_scale(), words.back_keys(), words.back_answer(3)) == (
        "0 = aucune douleur, 10 = douleur maximale", "tapez un chiffre, T pour 10",
        "votre réponse\u00a0: 3")
    assert words.resume_question("Au réveil", "Bascule du bassin", Side.RIGHT, 2, 3) == (
        "Reprendre Au réveil\u00a0: bascule du bassin, côté droit, répétition 2\u202f?")
    assert words.step_heading(PhaseKind.PREPARE) == "Mise en place"
    assert days_phrase(frozenset({Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY})) == (
        "les lun., mer. et ven.")
    assert days_phrase(WEEKDAYS) == "en semaine"


def test_the_history_files_problems_are_french(french: None, tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    one = describe(ProblemKind.CORRUPT, path, tmp_path / "old", salvaged=1).message
    assert one.endswith("avec 1 séance encore lisible.")
    many = describe(ProblemKind.CORRUPT, path, tmp_path / "old", salvaged=4).message
    assert many.endswith("avec les 4 séances encore lisibles.")
    assert describe(ProblemKind.LOCKED, path).message.startswith(
        f"Un autre programme utilise le fichier d’historique {path}.")


def test_the_routine_editors_own_sentences_are_french(french: None, tmp_path: Path) -> None:
    library = load_library(make_data(tmp_path / "data"))
    empty = RoutineDraft().problems(library)
    assert (empty.name, empty.purpose, empty.items) == (
        "Donnez un nom à la routine.", "Dites en quelques mots à quoi sert la routine.",
        "Ajoutez au moins un étirement\u00a0: choisissez-le à gauche et appuyez sur Entrée.")
    taken = RoutineDraft("Routine mixed", "Pour voir.", [DraftItem("gone")]).problems(library)
    assert taken.name == (
        "«\u00a0Routine mixed\u00a0» est déjà le nom d’une autre routine\u202f; "
        "choisissez-en un autre.")
    assert list(taken.stretches.values()) == [
        "L’étirement 'gone' n’existe plus\u202f; retirez cet élément."]
