"""Shipped content in another language: overlay files keyed by the English ids, English as
the fallback for each field, and a bad overlay never hiding the English."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchdesk.core import language
from stretchdesk.core.cautions import caution_groups
from stretchdesk.core.document_cache import DocumentCache
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level, Library
from stretchdesk.core.stretch_filter import all_worked
from stretchdesk.core.stretch_guide import stretch_guide, works
from tests.core.factory import TWO_SIDED, make_data, routine_text, write
from tests.core.test_library_fuzz import junk, mutated

GUIDED = TWO_SIDED.replace(
    "muscles: {primary: [Lower back]}",
    "muscles: {primary: [erector spinae], secondary: [piriformis]}",
) + """\
tips: [Breathe out as you hug., Keep the head down.]
mistakes: [Lifting the head.]
modifications:
  - {kind: easier, when: Too much, do: One knee only.}
  - {when: Knee pain, do: Hold the thighs.}
project_choice:
  hold_seconds: No page gives it.
cautions: [sharp]
"""

BOTH_KNEES_FR = """\
name: Deux genoux
summary: Un étirement inventé, des deux côtés.
steps:
  prepare: [Allongez-vous.]
  hold: [Serrez les deux genoux.]
  release: [Reposez les pieds.]
tips: [Expirez en serrant., Gardez la tête au sol.]
mistakes: [Lever la tête.]
modifications:
  - {when: Trop difficile, do: Un seul genou.}
  - {when: Mal aux genoux, do: Tenez les cuisses.}
project_choice:
  hold_seconds: Aucune page ne la donne.
"""

BOOK = """\
groups:
  stop-if:
    heading: Stop if…
    sentence: Stop if {}.
cautions:
  sharp: {group: stop-if, text: it hurts}
"""


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    language.set_current(language.ENGLISH)


def data(root: Path) -> Path:
    make_data(root)
    write(root / "stretches" / "both-knees.yaml", GUIDED)
    write(root / "cautions.yaml", BOOK)
    write(root / "muscles.yaml", "erector spinae: lower back\npiriformis: deep hip\n")
    write(root / "lang" / "fr" / "stretches" / "both-knees.yaml", BOTH_KNEES_FR)
    write(root / "lang" / "fr" / "routines" / "mixed.yaml",
          "name: Mélange\npurpose: Pour essayer.\n")
    return root


def french(root: Path, **kwargs: object) -> Library:
    return load_library(root, language_code="fr", **kwargs)  # type: ignore[arg-type]


def problem_at(lib: Library, field: str) -> str:
    found = [str(p) for p in lib.translation_problems if p.field == field]
    assert found, [str(p) for p in lib.translation_problems]
    return found[0]


def test_french_replaces_every_text_field_and_nothing_else(tmp_path: Path) -> None:
    root = data(tmp_path)
    english, lib = load_library(root, language_code="en"), french(root)
    knees, before = lib.stretches["both-knees"], english.stretches["both-knees"]
    assert (knees.name, knees.summary) == ("Deux genoux", "Un étirement inventé, des deux côtés.")
    assert knees.steps.hold == ("Serrez les deux genoux.",)
    assert knees.tips[0] == "Expirez en serrant." and knees.mistakes == ("Lever la tête.",)
    assert [(m.kind, m.when, m.do) for m in knees.modifications] == [
        (before.modifications[0].kind, "Trop difficile", "Un seul genou."),
        (before.modifications[1].kind, "Mal aux genoux", "Tenez les cuisses.")]
    assert knees.project_choice == {"hold_seconds": "Aucune page ne la donne."}
    assert (knees.hold_seconds, knees.reps, knees.primary_muscles) == (
        before.hold_seconds, before.reps, before.primary_muscles)
    assert (lib.routines["mixed"].name, lib.routines["mixed"].purpose) == (
        "Mélange", "Pour essayer.")
    assert lib.translation_problems == []
    assert english.stretches["both-knees"].name == "Both knees"  # English ignores lang/
    assert english.untranslated == ()


def test_the_runs_language_is_used_by_default(tmp_path: Path) -> None:
    root = data(tmp_path)
    assert load_library(root).routines["mixed"].name == "Routine mixed"
    language.set_current("fr")
    assert load_library(root).routines["mixed"].name == "Mélange"
    language.set_current("de")  # no data/lang/de: English, and nothing reported missing
    lib = load_library(root)
    assert lib.routines["mixed"].name == "Routine mixed" and lib.untranslated == ()


def test_a_missing_field_or_file_falls_back_to_english_and_is_listed(tmp_path: Path) -> None:
    root = data(tmp_path)
    write(root / "lang" / "fr" / "routines" / "mixed.yaml", "name: Mélange\n")
    lib = french(root)
    assert lib.routines["mixed"].purpose == "Testing."
    assert lib.stretches["side-reach"].name == "Side reach"  # no French file at all
    assert "lang/fr/routines/mixed.yaml: routines[mixed].purpose" in lib.untranslated
    assert "lang/fr/stretches/side-reach.yaml: stretches[side-reach].steps.hold" in (
        lib.untranslated)
    assert lib.translation_problems == []  # missing is not wrong; the data test counts it


def test_a_list_of_the_wrong_length_falls_back_alone(tmp_path: Path) -> None:
    root = data(tmp_path)
    path = write(root / "lang" / "fr" / "stretches" / "both-knees.yaml",
                 BOTH_KNEES_FR.replace("tips: [Expirez en serrant., Gardez la tête au sol.]",
                                       "tips: [Expirez en serrant.]"))
    lib = french(root)
    knees = lib.stretches["both-knees"]
    assert knees.tips == ("Breathe out as you hug.", "Keep the head down.")
    assert knees.name == "Deux genoux"  # the rest of the file is used
    message = problem_at(lib, "stretches[both-knees].tips")
    assert message.startswith(f"{path}:7: stretches[both-knees].tips: has 1 items but the "
                              "English has 2")
    assert "the English text is shown until this is fixed" in message


def test_modifications_must_match_the_english_ones(tmp_path: Path) -> None:
    root = data(tmp_path)
    fr = root / "lang" / "fr" / "stretches" / "both-knees.yaml"
    write(fr, BOTH_KNEES_FR.replace("  - {when: Mal aux genoux, do: Tenez les cuisses.}\n", ""))
    lib = french(root)
    assert [m.do for m in lib.stretches["both-knees"].modifications] == [
        "One knee only.", "Hold the thighs."]
    assert "has 1 item but the English has 2 modifications" in problem_at(
        lib, "stretches[both-knees].modifications")
    write(fr, BOTH_KNEES_FR.replace("{when: Trop difficile,", "{kind: harder, when: Trop,"))
    lib = french(root)
    assert [m.when for m in lib.stretches["both-knees"].modifications] == [
        "Too much", "Mal aux genoux"]  # a reordered item is not used, the other is
    problem_at(lib, "stretches[both-knees].modifications[0]")


@pytest.mark.parametrize(("text", "field", "line"), [
    ("name: [Deux, genoux]\n", "stretches[both-knees].name", 1),
    ("name: Deux genoux\nsummery: Faute de frappe.\n", "stretches[both-knees].summery", 2),
    ("steps: [Allongez-vous.]\n", "stretches[both-knees].steps", 1),
    ("id: other\nname: Deux genoux\n", "stretches[both-knees].id", 1),
    ("- just a list\n", "stretches[both-knees]", 1),
    ("name: Deux genoux\nsummary: 'unfinished\n", "", 3),
])
def test_a_bad_overlay_never_hides_the_english_stretch(
        tmp_path: Path, text: str, field: str, line: int) -> None:
    root = data(tmp_path)
    path = write(root / "lang" / "fr" / "stretches" / "both-knees.yaml", text)
    lib = french(root)
    knees = lib.stretches["both-knees"]
    assert knees.summary == "A made-up two-sided stretch."
    assert knees.steps.hold == ("Hug both knees.",)
    problem = next(p for p in lib.translation_problems if p.file == str(path))
    assert (problem.field, problem.line) == (field, line)
    assert lib.problems == []  # the person's routines are not blamed


def test_a_file_naming_no_shipped_stretch_or_routine_is_reported(tmp_path: Path) -> None:
    root = data(tmp_path)
    path = write(root / "lang" / "fr" / "stretches" / "both-knee.yaml", "name: Deux genoux\n")
    lib = french(root)
    assert any(p.file == str(path) and "no shipped stretch has the id 'both-knee'" in p.message
               for p in lib.translation_problems)


def test_a_persons_own_routine_keeps_its_language(tmp_path: Path) -> None:
    root = data(tmp_path / "data")
    mine = tmp_path / "mine"
    write(mine / "evening.yaml", routine_text("evening", "both-knees").replace(
        "Routine evening", "My evening"))
    write(root / "lang" / "fr" / "routines" / "evening.yaml", "name: Mon soir\n")
    lib = french(root, extra_dirs=[mine])
    evening = lib.routines["evening"]
    assert (evening.name, evening.purpose, evening.user) == ("My evening", "Testing.", True)
    assert lib.routines["mixed"].name == "Mélange"
    assert lib.stretches["both-knees"].name == "Deux genoux"  # its stretches are shown in French
    assert any("no shipped routine has the id 'evening'" in p.message
               for p in lib.translation_problems)


def test_cautions_read_on_from_the_french_headings(tmp_path: Path) -> None:
    root = data(tmp_path)
    write(root / "lang" / "fr" / "cautions.yaml", """\
        groups:
          stop-if:
            heading: Arrêtez-vous si…
            sentence: Arrêtez-vous si {}.
        cautions:
          sharp: {text: cela fait mal}
        """)
    lib = french(root)
    assert lib.stretches["both-knees"].cautions == ("Arrêtez-vous si cela fait mal.",)
    routine = lib.routines["mixed"]
    assert caution_groups(routine, lib) == [("Arrêtez-vous si…", ["cela fait mal"])]
    write(root / "lang" / "fr" / "cautions.yaml", """\
        groups:
          stop-if: {heading: Arrêtez-vous si…, sentence: Arrêtez-vous.}
        """)
    lib = french(root)  # a sentence with no place for the caution: the English one
    assert lib.stretches["both-knees"].cautions == ("Stop if it hurts.",)
    assert "should hold {} once" in problem_at(lib, "caution-book.groups.stop-if.sentence")
    assert "lang/fr/cautions.yaml: caution-book.cautions.sharp.text" in lib.untranslated


def test_the_safety_words_in_french(tmp_path: Path) -> None:
    root = data(tmp_path)
    write(root / "safety.yaml", """\
        not_medical_advice: A guide, not medical advice.
        red_flags: {heading: See a doctor if…, signs: [a numb saddle area, a weak leg],
                    why: They need care.}
        """)
    write(root / "lang" / "fr" / "safety.yaml", """\
        not_medical_advice: Un guide, pas un avis médical.
        red_flags: {heading: Consultez un médecin si…, signs: [une jambe faible], why: Vite.}
        """)
    lib = french(root)
    assert lib.safety is not None
    assert (lib.safety.not_medical_advice, lib.safety.red_flags_heading) == (
        "Un guide, pas un avis médical.", "Consultez un médecin si…")
    assert lib.safety.red_flags == ("a numb saddle area", "a weak leg")  # one sign short
    problem_at(lib, "safety.red_flags.signs")


def test_muscles_and_their_areas_in_french(tmp_path: Path) -> None:
    root = data(tmp_path)
    write(root / "lang" / "fr" / "muscles.yaml", """\
        erector spinae: bas du dos
        piriformis: hanche en profondeur
        names: {erector spinae: érecteurs du rachis}
        """)
    lib = french(root)
    knees = lib.stretches["both-knees"]
    assert works(knees, lib.muscle_areas) == ("bas du dos",)
    guide = stretch_guide(knees, lib.muscle_areas)
    assert guide.primary_muscles == ("érecteurs du rachis",)
    assert lib.muscle_areas[guide.primary_muscles[0]] == "bas du dos"  # shown with its area
    assert guide.secondary_muscles == ("piriformis",)  # no French name: as the data has it
    assert knees.primary_muscles == ("erector spinae",)  # the history keys stay English
    assert "lang/fr/muscles.yaml: muscles.names.piriformis" in lib.untranslated


def test_overlays_are_cached_like_the_english(tmp_path: Path) -> None:
    root = data(tmp_path)
    cache = DocumentCache(tmp_path / "cache" / "documents", "test")
    french(root, documents=cache)
    overlay = root / "lang" / "fr" / "stretches" / "both-knees.yaml"
    assert overlay in cache
    cache.save()
    again = DocumentCache(tmp_path / "cache" / "documents", "test")
    assert french(root, documents=again).stretches["both-knees"].name == "Deux genoux"
    assert overlay in again


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(mutated(yaml.safe_load(BOTH_KNEES_FR)), junk))
def test_no_overlay_stops_the_english_from_loading(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = data(Path(tmp))
        (root / "lang" / "fr" / "stretches" / "both-knees.yaml").write_bytes(content)
        lib = french(root)
        knees = lib.stretches["both-knees"]
        assert knees.hold_for(Level.ADVANCED) == 45
        assert len(knees.steps.hold) == 1 and len(knees.modifications) == 2
        assert all(type(p).__name__ == "LibraryError" and str(p)
                   for p in lib.translation_problems), lib.translation_problems


def test_areas_sort_with_their_accents_aside(tmp_path: Path) -> None:
    root = data(tmp_path)
    write(root / "stretches" / "side-reach.yaml",
          (root / "stretches" / "side-reach.yaml").read_text().replace("[Back]", "[deltoids]"))
    write(root / "lang" / "fr" / "muscles.yaml", "erector spinae: fesses\ndeltoids: épaules\n")
    write(root / "muscles.yaml", "erector spinae: buttocks\ndeltoids: shoulders\n")
    lib = french(root)
    assert all_worked(lib.stretches.values(), lib.muscle_areas)[:2] == ["épaules", "fesses"]
