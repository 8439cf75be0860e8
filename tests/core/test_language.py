"""The run's language: the system's locale variables read as gettext reads them, the Settings
choice over them, and the `language` setting in the settings file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from stretchdesk.core import language
from stretchdesk.core.language import (
    available_languages,
    choose_language,
    language_dir,
    system_language,
)
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from tests.conftest import REPO
from tests.core.settings_files import put

OFFERED = ["en", "fr"]


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    language.set_current(language.ENGLISH)


# -- the system's language ------------------------------------------------------------------

SYSTEMS = {
    "nothing set": ({}, "en"),
    "LANG French": ({"LANG": "fr_FR.UTF-8"}, "fr"),
    "LANG Canadian French": ({"LANG": "fr_CA.UTF-8"}, "fr"),
    "LANG bare code": ({"LANG": "fr"}, "fr"),
    "LANG with a modifier": ({"LANG": "fr_BE@euro"}, "fr"),
    "LANG English": ({"LANG": "en_GB.UTF-8"}, "en"),
    "LANG not offered": ({"LANG": "de_DE.UTF-8"}, "en"),
    "LANG C": ({"LANG": "C"}, "en"),
    "LANG C.UTF-8": ({"LANG": "C.UTF-8"}, "en"),
    "LANG POSIX": ({"LANG": "POSIX"}, "en"),
    "LC_ALL over LANG": ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
    "LC_MESSAGES over LANG": ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
    "LC_ALL over LC_MESSAGES": ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "en"),
    "LANGUAGE list, first offered": ({"LANGUAGE": "de:fr:en", "LANG": "de_DE.UTF-8"}, "fr"),
    "LANGUAGE list, first wins": ({"LANGUAGE": "en:fr", "LANG": "fr_FR.UTF-8"}, "en"),
    "LANGUAGE list, none offered, LANG": ({"LANGUAGE": "de:it", "LANG": "fr_FR.UTF-8"}, "fr"),
    "LANGUAGE with regions": ({"LANGUAGE": "fr_CA:en_US", "LANG": "en_US.UTF-8"}, "fr"),
    "LANGUAGE ignored under C": ({"LANGUAGE": "fr", "LANG": "C"}, "en"),
    "LANGUAGE ignored under LC_ALL=C": ({"LANGUAGE": "fr", "LC_ALL": "C",
                                          "LANG": "fr_FR.UTF-8"}, "en"),
    "LANGUAGE alone": ({"LANGUAGE": "fr"}, "fr"),
    "LANGUAGE empty": ({"LANGUAGE": "", "LANG": "fr_FR.UTF-8"}, "fr"),
    "upper-case code": ({"LANG": "FR_fr.UTF-8"}, "fr"),
}


@pytest.mark.parametrize("environ,expected", SYSTEMS.values(), ids=SYSTEMS.keys())
def test_the_system_language_is_read_as_gettext_reads_it(
    environ: dict[str, str], expected: str
) -> None:
    assert system_language(environ, OFFERED) == expected


def test_without_french_files_a_french_system_runs_in_english() -> None:
    assert system_language({"LANG": "fr_FR.UTF-8"}, ["en"]) == "en"


CHOICES = {
    "system follows LANG": ("system", {"LANG": "fr_FR.UTF-8"}, "fr"),
    "English over a French system": ("en", {"LANG": "fr_FR.UTF-8"}, "en"),
    "French over an English system": ("fr", {"LANG": "en_US.UTF-8"}, "fr"),
    "French under C": ("fr", {"LANG": "C"}, "fr"),
    "a language not installed follows the system": ("de", {"LANG": "fr_FR.UTF-8"}, "fr"),
    "a missing choice follows the system": ("", {"LANG": "fr_FR.UTF-8"}, "fr"),
}


@pytest.mark.parametrize("choice,environ,expected", CHOICES.values(), ids=CHOICES.keys())
def test_the_settings_choice_wins_when_it_is_installed(
    choice: str, environ: dict[str, str], expected: str
) -> None:
    assert choose_language(choice, environ, OFFERED) == expected


def test_the_available_languages_are_english_and_the_data_folders(tmp_path: Path) -> None:
    assert available_languages(tmp_path) == ["en"]  # no data/lang at all
    for code in ("fr", "de", "en"):
        (tmp_path / "lang" / code).mkdir(parents=True)
    (tmp_path / "lang" / "README.md").write_text("not a language")
    assert available_languages(tmp_path) == ["en", "de", "fr"]
    assert language_dir(tmp_path, "fr") == tmp_path / "lang" / "fr"


def test_the_run_language_is_english_until_set() -> None:
    assert language.current() == "en"
    language.set_current("fr")
    assert language.current() == "fr"
    language.set_current("")
    assert language.current() == "en"


# -- the setting --------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config", lambda: 1_790_000_000.0)


def test_the_language_setting_defaults_to_the_system() -> None:
    assert Settings().language == "system"


@pytest.mark.parametrize("choice", ["system", "en", "fr"])
def test_the_language_setting_round_trips(store: SettingsStore, choice: str) -> None:
    settings = Settings(language=choice)
    store.save(settings)
    assert f"language: {choice}\n" in store.path.read_text(encoding="utf-8")
    assert store.load() == settings
    assert store.notice is None


def test_a_hand_written_code_is_read_in_small_letters(store: SettingsStore) -> None:
    put(store, "version: 4\nlanguage: FR\n")
    assert store.load().language == "fr"
    assert store.notice is None


def test_a_code_whose_files_are_not_installed_is_kept(store: SettingsStore) -> None:
    """A later StretchDesk may bring it; until then the run follows the system."""
    put(store, "version: 4\nlanguage: de\n")
    assert store.load().language == "de"
    assert store.notice is None
    assert choose_language("de", {"LANG": "fr_FR.UTF-8"}, OFFERED) == "fr"


BAD_LANGUAGES = {
    "a name, not a code": ("Klingon", "'Klingon'"),
    "a number": ("12", "12"),
    "a list": ("[fr, en]", "a list"),
    "a region": ("fr_FR", "'fr_FR'"),
}


@pytest.mark.parametrize("value,shown", BAD_LANGUAGES.values(), ids=BAD_LANGUAGES.keys())
def test_a_bad_language_is_named_with_its_file_and_line_and_falls_back_to_the_system(
    store: SettingsStore, value: str, shown: str
) -> None:
    put(store, f"version: 4\nlevel: advanced\nlanguage: {value}\nrest_seconds: 20\n")
    loaded = store.load()
    assert loaded.language == "system"
    assert (loaded.level.value, loaded.rest_seconds) == ("advanced", 20.0)  # the rest is kept
    notice = store.notice or ""
    assert (f"Language is {shown} (settings.yaml, line 3), which is not a language; use system "
            "or a language code such as en or fr; it was reset to its default "
            "(follow the system).") in notice
    store.load()
    assert store.notice is None  # told once: the file now says system


def test_an_empty_language_goes_back_to_the_system(store: SettingsStore) -> None:
    put(store, "version: 4\nlanguage:\n")
    assert store.load().language == "system"
    assert "Language was empty; it is set to its default (follow the system)." in (
        store.notice or "")


# -- the command line ---------------------------------------------------------------------


def test_list_reads_the_library_in_the_language_of_the_system(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`LANG=fr_FR.UTF-8 stretchdesk --list`: the library's French overlays follow
    core.language.current(), so it is set before the library loads."""
    from stretchdesk import cli, run_language

    seen: list[str] = []
    real_load = cli.load_library

    def load_library(*args: object, **kwargs: object) -> object:
        seen.append(language.current())
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run_language, "available_languages", lambda _root: OFFERED)
    monkeypatch.setattr(cli, "load_library", load_library)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert cli.list_routines(None) == 0
    assert seen == ["fr"]
    assert "desk-break" in capsys.readouterr().out


def routine_names(folder: Path) -> set[str]:
    names = (yaml.safe_load(path.read_text(encoding="utf-8")).get("name")
             for path in folder.glob("*.yaml"))
    return {name for name in names if name}


@pytest.mark.parametrize("lang", ["fr_FR.UTF-8", "C.UTF-8"])
def test_stretchdesk_list_prints_the_routines_in_the_language_of_lang(lang: str) -> None:
    """`LANG=fr_FR.UTF-8 stretchdesk --list` prints the French names (data/lang/fr)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    done = subprocess.run([sys.executable, "-m", "stretchdesk", "--list"],
                          env={**env, "LANG": lang}, capture_output=True, text=True,
                          timeout=60, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr
    french = routine_names(REPO / "data" / "lang" / "fr" / "routines")
    english = routine_names(REPO / "data" / "routines")
    shown, hidden = (french, english) if lang.startswith("fr") else (english, french)
    assert shown and all(name in done.stdout for name in shown), done.stdout
    assert not any(f"  {name}  " in done.stdout for name in hidden - shown)
    header, stretches = (("Routines au niveau", "étirements") if lang.startswith("fr") else
                         ("Routines at", "stretches"))
    assert done.stdout.startswith(header) and f" {stretches}\n" in done.stdout


def test_export_history_speaks_the_language_of_the_system(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from stretchdesk import cli

    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setenv("STRETCHDESK_DATA_DIR", str(tmp_path / "nothing yet"))
    assert cli.export_history(str(tmp_path / "history.csv")) == 1
    assert "il n’y a pas encore d’historique à exporter" in capsys.readouterr().err
