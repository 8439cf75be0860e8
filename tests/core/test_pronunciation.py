"""Words a language's voice would misread are respelt in spoken lines, and only there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.core import pronunciation
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.pronunciation import load_respellings, spoken_form


def test_a_french_line_says_dos_as_french() -> None:
    assert spoken_form("Extension du dos debout.", "fr") == "Extension du dau debout."
    assert spoken_form("Dos rond, puis dos creux.", "fr") == "Dau rond, puis dau creux."


def test_only_whole_words_change() -> None:
    assert spoken_form("Le dossier de la chaise.", "fr") == "Le dossier de la chaise."


def test_english_lines_are_left_alone() -> None:
    assert spoken_form("Lie on your back, dos and don'ts.", "en") == (
        "Lie on your back, dos and don'ts.")


def test_a_bad_entry_is_named_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "pronunciation.yaml"
    bad.write_text("dos: dau\nvoix: [a, b]\n", encoding="utf-8")
    with pytest.raises(LibraryError) as caught:
        load_respellings(bad)
    assert (caught.value.line, caught.value.field) == (2, "voix")


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_the_french_voice_reads_every_respelt_word_as_french() -> None:
    """espeak-ng marks a word it reads as English with "(en)": respelt, none is."""
    pronunciation.forget()
    words = load_respellings(paths.data_dir() / "lang" / "fr" / "pronunciation.yaml")
    assert words
    for word, said in words.items():
        before = subprocess.run(["espeak-ng", "-v", "fr", "-q", "-x", f"le {word}"],
                                capture_output=True, text=True, check=True).stdout
        after = subprocess.run(["espeak-ng", "-v", "fr", "-q", "-x", f"le {said}"],
                               capture_output=True, text=True, check=True).stdout
        assert "(en)" in before, f"{word!r} is read as French already: drop it"
        assert "(en)" not in after, f"{said!r} is still read as English"
