"""`stretchdesk --self-test`: passes on the shipped files, names each broken part, no window."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from stretchdesk.figure.export import export_all
from tests.packaging.helpers import CHECKS, REPO, run_self_test, self_test_on, shipped_files

# A small but real drawing: a head and a body on a mat.
GOOD_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
<rect x="20" y="240" width="360" height="20" fill="#b7a6dc"/>
<circle cx="90" cy="200" r="28" fill="#e9b48c" stroke="#2d3a4a" stroke-width="4"/>
<rect x="120" y="185" width="200" height="40" rx="18" fill="#2f8f8a"/>
</svg>
"""


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/ and assets/ as they ship, with the pictures freshly exported by the figure code.

    Exporting rather than copying assets/images keeps these tests about the self-test, not
    about whether the committed pictures are up to date (the figure tests see to that).
    """
    root = tmp_path_factory.mktemp("shipped")
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "assets", root / "assets",
                    ignore=shutil.ignore_patterns("images"))
    export_all(root / "assets" / "images")
    (root / "assets" / "images" / "test-figure.svg").write_text(GOOD_SVG, encoding="utf-8")
    return root


@pytest.fixture
def shipped_copy(pristine: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the shipped files to break on purpose, with one drawing of our own."""
    data, assets = tmp_path / "data", tmp_path / "assets"
    shutil.copytree(pristine / "data", data)
    shutil.copytree(pristine / "assets", assets)
    return data, assets


def test_the_self_test_passes_on_the_checkout() -> None:
    run = run_self_test([sys.executable, "-m", "stretchdesk", "--self-test"], REPO,
                        {"PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stdout + run.stderr
    stretches = len(list((REPO / "data" / "stretches").glob("*.yaml")))
    routines = len(list((REPO / "data" / "routines").glob("*.yaml")))
    assert run.line("library") == f"ok  library: {stretches} stretches, {routines} routines"
    assert run.line("timelines").startswith(f"ok  timelines: {routines * 3} built")
    images = [p for p in shipped_files(REPO / "assets" / "images") if p.suffix == ".svg"]
    assert run.line("illustrations") == f"ok  illustrations: {len(images)} rendered"
    sounds = len(list((REPO / "assets" / "sounds").glob("*.wav")))
    assert run.line("sounds").startswith(f"ok  sounds: {sounds} chimes decoded")
    assert [run.line(check).split(":")[0] for check in CHECKS] == [f"ok  {c}" for c in CHECKS]
    assert run.stdout.splitlines()[-1].startswith(f"self-test passed: {len(CHECKS)} checks")


def test_each_broken_part_is_named_and_the_others_are_still_checked(
    shipped_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, assets = shipped_copy
    (assets / "images" / "cat-cow-hold.svg").write_text("<svg xmlns=", encoding="utf-8")
    damaged = assets / "sounds" / "release.wav"
    damaged.write_bytes(damaged.read_bytes()[:20])

    run = self_test_on(data, assets, tmp_path)

    assert run.returncode == 1
    assert run.failed() == ["illustrations", "sounds"]
    assert "cat-cow-hold.svg (not a valid SVG)" in run.line("illustrations")
    assert "test-figure.svg" not in run.line("illustrations")
    assert "release.wav is not a readable WAV file" in run.line("sounds")
    for check in ("files", "qt", "library", "timelines", "voice", "settings"):
        assert run.line(check).startswith(f"ok  {check}: ")
    assert run.stdout.splitlines()[-1] == "self-test FAILED: illustrations, sounds"


def test_a_picture_that_draws_nothing_fails(
    shipped_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, assets = shipped_copy
    (assets / "images" / "empty.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">'
        '<rect width="400" height="300" fill="none"/></svg>', encoding="utf-8")

    run = self_test_on(data, assets, tmp_path)

    assert run.returncode == 1
    assert "empty.svg (renders blank)" in run.line("illustrations")


def test_a_stretch_without_its_picture_fails(
    shipped_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, assets = shipped_copy
    (assets / "images" / "pelvic-tilt-start.svg").unlink()

    run = self_test_on(data, assets, tmp_path)

    assert run.returncode == 1
    assert run.failed() == ["illustrations"]
    assert "pelvic-tilt-start.svg (missing)" in run.line("illustrations")


def test_a_missing_chime_fails(shipped_copy: tuple[Path, Path], tmp_path: Path) -> None:
    data, assets = shipped_copy
    (assets / "sounds" / "tick.wav").unlink()

    run = self_test_on(data, assets, tmp_path)

    assert run.returncode == 1
    assert run.failed() == ["sounds"]
    assert "tick.wav" in run.line("sounds")


def test_a_damaged_library_fails_and_names_the_file(
    shipped_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, assets = shipped_copy
    (data / "stretches" / "cat-cow.yaml").write_text("id: cat-cow\nname: [unclosed\n")

    run = self_test_on(data, assets, tmp_path)

    assert run.returncode == 1
    assert "cat-cow.yaml" in run.line("library")
    assert run.line("timelines") == "FAIL timelines: not checked: the library did not load"
    assert run.line("illustrations").startswith("ok  illustrations: ")
    assert run.line("settings").startswith("ok  settings: ")


def test_without_libpulse_sound_is_a_warning_not_a_failure(
    shipped_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    # An unusable libpulse.so.0 found first on the library path is what a machine
    # without PulseAudio's client library looks like to Qt Multimedia.
    no_pulse = tmp_path / "no-pulse"
    no_pulse.mkdir()
    (no_pulse / "libpulse.so.0").write_bytes(b"")
    data, assets = shipped_copy

    run = self_test_on(data, assets, tmp_path, {"LD_LIBRARY_PATH": str(no_pulse)})

    assert run.returncode == 0, run.stdout + run.stderr
    chimes = len(list((assets / "sounds").glob("*.wav")))
    assert run.line("sounds").startswith(f"ok  sounds: {chimes} chimes decoded")
    assert any("Qt Multimedia cannot load" in w for w in run.warnings("sounds"))


def test_it_needs_no_display_and_chooses_the_offscreen_platform(
    shipped_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, assets = shipped_copy

    run = self_test_on(data, assets, tmp_path, {"QT_QPA_PLATFORM": None, "DISPLAY": None,
                                                 "WAYLAND_DISPLAY": None})

    assert run.returncode == 0, run.stdout + run.stderr
    assert run.line("qt").endswith("platform offscreen")
