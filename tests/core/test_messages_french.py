"""The messages about bad files and the command line's output in French (issue 19):
`LANG=fr_FR.UTF-8 stretchdesk --check` and `--import`, the settings file's notes, the
YAML reader's and the loader's problems. Whole French sentences that still name the file,
the line and the field as the file has them; English unchanged under LANG=C."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from stretchdesk.core import language
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import load_library
from stretchdesk.core.os_words import os_reason
from stretchdesk.core.routine_draft import DraftItem, RoutineDraft
from stretchdesk.core.routine_exchange import export_text
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.yaml_source import parse_document, read_document
from tests.conftest import REPO
from tests.core.factory import make_data, routine_text, write
from tests.core.test_routine_import import SHARED, run_import
from tests.core.test_routine_import import home as home

NB, NNB = "\u00a0", "\u202f"  # French: before ":" and before ";", "?"

# Words that would give away an English sentence inside a French message.
ENGLISH = re.compile(r"\b(should|is missing|the file|was reset|it has|checked as|files have|"
                     r"must be|at least|at most|was not|nothing was|Imported|Saved in|"
                     r"beginner|stretches \()")


@pytest.fixture
def french() -> None:
    language.set_current("fr")  # English again after the test (tests/conftest.py)


def check(files: list[Path], lang: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """`stretchdesk --check FILES` run as a person runs it, with LANG=`lang`."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env |= {"LANG": lang, "STRETCHDESK_CONFIG_DIR": str(folder / "config"),
            "STRETCHDESK_DATA_DIR": str(folder / "data")}
    return subprocess.run([sys.executable, "-m", "stretchdesk", "--check", *map(str, files)],
                          env=env, capture_output=True, text=True, timeout=60, check=False,
                          cwd=REPO)


@pytest.fixture
def bad_files(tmp_path: Path) -> list[Path]:
    """A good stretch file, a routine with a hold too long, a settings file with a word for
    a number, and a named pipe where a YAML file should be."""
    good = REPO / "data" / "stretches" / "cat-cow.yaml"
    stretch = write(tmp_path / "stretches" / "cat-cow.yaml", good.read_text(encoding="utf-8"))
    routine = write(tmp_path / "bad.yaml",
                    routine_text("bad", "{stretch: cat-cow, hold_seconds: 900}"))
    settings = write(tmp_path / "settings.yaml", "version: 4\nvolume: loud\n")
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    return [stretch, routine, settings, pipe]


def test_check_in_french_says_what_is_wrong_in_french_naming_file_line_and_field(
        bad_files: list[Path], tmp_path: Path) -> None:
    stretch, routine, settings, folder = bad_files
    done = check(bad_files, "fr_FR.UTF-8", tmp_path)
    assert done.returncode == 1
    assert (f"{stretch}{NB}: ok, fichier d’étirement (il se trouve dans un dossier nommé "
            "stretches)") in done.stdout
    err = done.stderr
    assert (f"{routine}:5: routines[bad].items[0].hold_seconds: vaut 900 secondes{NNB}; la "
            "valeur doit être comprise entre 5 et 300 secondes\n"
            f"  (vérifié comme fichier de routine{NB}: il contient «{NB}items{NB}»)") in err
    assert (f"{settings}: Volume{NB}: devrait être un nombre, pas 'loud'{NNB}; la valeur par "
            "défaut a été reprise (") in err
    assert (f"{folder}: le fichier est un tube nommé, pas un fichier que StretchDesk peut "
            "lire") in err
    assert "3 fichiers sur 4 ont des problèmes." in err
    no_paths = (done.stdout + err).replace(str(tmp_path), "")
    assert not ENGLISH.search(no_paths), no_paths


def test_check_under_lang_c_is_english_as_before(bad_files: list[Path],
                                                 tmp_path: Path) -> None:
    stretch, routine, settings, folder = bad_files
    done = check(bad_files, "C", tmp_path)
    assert done.returncode == 1
    assert f"{stretch}: ok, a stretch file (it is in a folder named stretches)" in done.stdout
    assert (f"{routine}:5: routines[bad].items[0].hold_seconds: is 900 seconds; it must be "
            "at least 5 and at most 300 seconds\n"
            "  (checked as a routine file: it has 'items')") in done.stderr
    assert (f"{settings}: Volume should be a number, not 'loud'; it was reset to its default "
            "(") in done.stderr
    assert f"{folder}: the file is a named pipe, not a file StretchDesk can read" in done.stderr
    assert "3 of 4 files have problems." in done.stderr


def test_check_reads_the_language_without_touching_a_damaged_settings_file(
        tmp_path: Path) -> None:
    saved = write(tmp_path / "config" / "settings.yaml", "version: 4\nlanguage: fr\nlevel: [\n")
    before = saved.read_bytes()
    done = check([saved], "C", tmp_path)
    assert done.returncode == 1
    assert "pas du YAML valide" not in done.stderr  # unreadable: the system's language
    assert saved.read_bytes() == before and not list(saved.parent.glob("*.bad-*"))
    write(saved, "version: 4\nlanguage: fr\nvolume: loud\n")
    done = check([saved], "C", tmp_path)
    assert f"{saved}: Volume{NB}: devrait être un nombre" in done.stderr  # its own choice
    assert saved.read_text(encoding="utf-8") == "version: 4\nlanguage: fr\nvolume: loud\n"


def test_import_in_french_says_what_it_imported_and_what_it_refused(
        home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    path = write(home / "evening-back.stretchdesk.yaml", export_text(SHARED))
    status, out, err = run_import(path)
    assert (status, err) == (0, "")
    assert out.startswith(f"«{NB}Evening back{NB}» importée (id evening-back){NB}: "
                          "2 étirements (Genou contre la poitrine, Chat-vache)"
                          f"{NNB}; ")
    assert " en débutant, " in out and " en avancé." in out
    assert f"\nEnregistrée dans {home / 'data' / 'routines' / 'evening-back.yaml'}" in out
    bad = write(home / "bad.yaml", routine_text("bad", "nope", "cat-cow"))
    status, out, err = run_import(bad)
    assert (status, out) == (1, "")
    assert err.startswith(f"stretchdesk: {bad} n’a pas été importé, et rien n’a été modifié.\n"
                          f"{bad}:")
    assert ("routines[bad].items[0].stretch: aucun étirement n’a l’identifiant "
            "'nope'") in err
    assert not ENGLISH.search(out + err.replace(str(home), "")), err


def test_a_settings_notice_is_french(tmp_path: Path, french: None) -> None:
    store = SettingsStore(tmp_path, lambda: 1_700_000_000.0)
    write(tmp_path / "settings.yaml",
          "version: 4\nweekly_goal_minutes: 5000\nrest_days: [sat, someday]\nvoice:\n"
          "hold_overrides: {cat-cow: long}\nnonsense: 1\n")
    store.load()
    notice = store.notice or ""
    for said in (f"Objectif hebdomadaire{NB}: 5000 min était hors limites (0–1000 min){NNB}; "
                 "1000 min est utilisé.",
                 f"Jours de repos{NB}: 'someday' n’est pas un jour (mon … sun) et a donc été "
                 "ignoré.",
                 f"Voix{NB}: vide{NNB}; la valeur par défaut est reprise (la voix du système).",
                 f"Votre maintien pour cat-cow{NB}: devrait être un nombre, pas 'long'{NNB}; "
                 "ce maintien a été ignoré.",
                 "Le réglage inconnu 'nonsense' a été ignoré.",
                 "Le fichier d’origine a été conservé sous le nom settings.yaml.bad-"):
        assert said in notice, notice
    write(tmp_path / "settings.yaml", "version: 4\nlevel: [beginner\n")
    store.load()
    assert (store.notice or "").startswith(
        f"Votre fichier de réglages était endommagé (ligne 3{NB}: ce n’est pas du YAML "
        f"valide (l’analyseur YAML dit{NB}: «{NB}")
    assert f"»)){NNB}; il a été mis de côté sous le nom settings.yaml.bad-" in (
        store.notice or "").replace(f"{NB}»", "»")


def test_the_loaders_problems_are_french(tmp_path: Path, french: None) -> None:
    root = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    write(mine / "long.yaml", routine_text("long", "rocking").replace(
        "name: Routine long", "name: " + "x" * 90))
    write(mine / "tagged.yaml", "id: tagged\nname: !!python/object:os.system x\n")
    write(mine / "twice.yaml", routine_text("twice", "rocking") + "id: again\n")
    problems = {Path(p.file).name: str(p) for p in load_library(root, [mine]).problems}
    assert problems["long.yaml"].endswith(
        f":2: routines[long].name: fait 90 caractères{NNB}; 80 au plus sont permis")
    assert problems["tagged.yaml"].endswith(
        f":2: le fichier contient la balise !!python/object:os.system, une commande Python"
        f"{NNB}; StretchDesk n’exécute jamais ce genre de balise. Supprimez-la")
    assert f"«{NB}id{NB}»" not in problems["twice.yaml"]  # a key is quoted as YAML has it
    assert problems["twice.yaml"].endswith(f"'id' apparaît deux fois ici{NNB}; "
                                           "n’en gardez qu’un")
    with pytest.raises(LibraryError) as caught:
        parse_document("x.yaml", "when: 2001-13-45\n")
    assert caught.value.message == (f"'2001-13-45' n’est pas une vraie date{NNB}; mettez-le "
                                    "entre guillemets si c’est du texte")
    with pytest.raises(LibraryError) as caught:
        read_document(tmp_path / "nowhere.yaml")
    assert caught.value.message == "le fichier n’existe pas"
    assert os_reason(PermissionError(13, "Permission denied")) == "permission refusée"
    assert os_reason(OSError(1234, "Something odd")) == "Something odd"  # the system's words


def test_the_editors_field_problems_are_french(tmp_path: Path, french: None) -> None:
    library = load_library(make_data(tmp_path / "data"))
    draft = RoutineDraft("x" * 81, "Pour voir.", [DraftItem("cat-cow", hold_seconds=601)])
    problems = draft.problems(library)
    assert problems.name == f"Le nom fait 81 caractères{NNB}; 80 au plus sont permis."
    assert list(problems.holds.values()) == [
        f"Le maintien vaut 601 secondes{NNB}; la valeur doit être comprise entre 5 et 300 "
        "secondes."]
