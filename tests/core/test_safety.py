"""The safety words read from safety.yaml: red flags and the not-medical-advice note."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import load_library
from stretchdesk.core.safety import load_safety
from tests.core.factory import make_data, write

SAFETY = """\
not_medical_advice: A guide, not medical advice.
red_flags:
  heading: See a doctor now if…
  signs:
    - a numb saddle area
    - a weak leg
  why: They need care quickly.
"""


def test_the_notes_are_read(tmp_path: Path) -> None:
    write(tmp_path / "safety.yaml", SAFETY)
    notes = load_safety(tmp_path)
    assert notes.not_medical_advice == "A guide, not medical advice."
    assert notes.red_flags_heading == "See a doctor now if…"
    assert notes.red_flags == ("a numb saddle area", "a weak leg")
    assert notes.red_flags_why == "They need care quickly."


@pytest.mark.parametrize(("old", "new", "field", "line"), [
    ("  signs:\n    - a numb saddle area\n    - a weak leg\n", "  signs: []\n",
     "safety.red_flags.signs", 4),
    ("not_medical_advice: A guide, not medical advice.\n", "", "safety.not_medical_advice", 1),
    ("  why: They need care quickly.\n", "  why: They need care quickly.\n  colour: red\n",
     "safety.red_flags.colour", 8),
])
def test_a_damaged_file_names_the_field(
    tmp_path: Path, old: str, new: str, field: str, line: int
) -> None:
    write(tmp_path / "safety.yaml", SAFETY.replace(old, new))
    with pytest.raises(LibraryError) as info:
        load_safety(tmp_path)
    assert (info.value.field, info.value.line) == (field, line)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="the file does not exist"):
        load_safety(tmp_path)


def test_the_library_carries_the_safety_words_and_muscle_areas(tmp_path: Path) -> None:
    root = make_data(tmp_path)
    assert load_library(root).safety is None  # neither file: nothing to show, no error
    write(root / "safety.yaml", SAFETY)
    write(root / "muscles.yaml", "erector spinae: lower back\n")
    library = load_library(root)
    assert library.safety == load_safety(root)
    assert library.muscle_areas == {"erector spinae": "lower back"}


def test_the_fingerprint_changes_with_the_signs_only(tmp_path: Path) -> None:
    write(tmp_path / "safety.yaml", SAFETY)
    notes = load_safety(tmp_path)
    assert replace(notes, not_medical_advice="Reworded.").fingerprint == notes.fingerprint
    assert replace(notes, red_flags=(*notes.red_flags, "a new sign")).fingerprint \
        != notes.fingerprint


def test_the_fingerprint_changes_with_any_sign_and_needs_no_hashlib(tmp_path: Path) -> None:
    import subprocess
    import sys

    write(tmp_path / "safety.yaml", SAFETY)
    notes = load_safety(tmp_path)
    assert len(notes.fingerprint) == 16 and notes.fingerprint == load_safety(tmp_path).fingerprint
    changed = {replace(notes, red_flags=("a numb saddle area", "a weak arm")).fingerprint,
               replace(notes, red_flags=("a numb saddle area",)).fingerprint,
               replace(notes, red_flags_heading="See a doctor today if…").fingerprint,
               notes.fingerprint}
    assert len(changed) == 4
    assert replace(notes, red_flags_why="Other words.").fingerprint == notes.fingerprint
    # hashlib maps OpenSSL's libcrypto (3.4 MiB) into the session for a 16-digit digest.
    script = ("import sys; from pathlib import Path; from stretchdesk.core.safety import "
              f"load_safety; load_safety(Path({str(tmp_path)!r})).fingerprint; "
              "print('hashlib' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
