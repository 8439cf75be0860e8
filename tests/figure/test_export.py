"""The shipped SVG files: valid, and exactly what `python -m stretchdesk.figure export` makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from stretchdesk.figure import (
    DARK,
    LIGHT,
    Transition,
    key_pose,
    key_pose_svg,
    pose_names,
    scene_svg,
    stretch_ids,
)
from stretchdesk.figure.__main__ import main
from stretchdesk.figure.export import expected_files

REPO = Path(__file__).resolve().parents[2]
IMAGES = REPO / "assets" / "images"
EXPECTED = expected_files()


def is_valid_svg(svg: str) -> bool:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    return renderer.isValid() and not renderer.viewBoxF().isEmpty()


def test_there_is_a_file_for_every_stretch_and_pose() -> None:
    names = {f"{sid}-{pose}.svg" for sid in stretch_ids() for pose in pose_names(sid)}
    assert set(EXPECTED) == names
    assert len(names) == 2 * len(stretch_ids())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_committed_picture_is_what_export_makes(name: str) -> None:
    path = IMAGES / name
    assert path.is_file(), f"{name} is missing: run python -m stretchdesk.figure export"
    assert path.read_text(encoding="utf-8") == EXPECTED[name], (
        f"{name} differs from the body model: run python -m stretchdesk.figure export"
    )


def test_no_stale_pictures_are_left_in_assets() -> None:
    drawn = {p.name for pattern in ("*-start.svg", "*-hold.svg") for p in IMAGES.glob(pattern)}
    assert drawn <= set(EXPECTED), f"pictures of no stretch: {sorted(drawn - set(EXPECTED))}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_exported_svg_is_valid(qapp: object, name: str) -> None:
    assert is_valid_svg((IMAGES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("stretch_id", stretch_ids())
def test_dark_mirrored_and_in_between_pictures_are_valid(qapp: object, stretch_id: str) -> None:
    start, hold = key_pose(stretch_id, "start"), key_pose(stretch_id, "hold")
    assert is_valid_svg(key_pose_svg(hold, DARK))
    assert is_valid_svg(key_pose_svg(hold, LIGHT, mirrored=True))
    move = Transition(start, hold.mirrored())
    for progress in (0.25, 0.5, 0.75):
        assert is_valid_svg(scene_svg(move.scene_at(progress), DARK))


def test_export_command_writes_every_file_then_only_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--out", str(tmp_path)]) == 0
    written = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.svg")}
    assert written == EXPECTED
    assert f"({len(EXPECTED)} updated)" in capsys.readouterr().out
    assert main(["export", "--out", str(tmp_path)]) == 0
    assert "(0 updated)" in capsys.readouterr().out


def test_export_is_the_same_text_every_time() -> None:
    assert expected_files() == EXPECTED
