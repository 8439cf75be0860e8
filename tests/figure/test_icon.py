"""The app icon: the committed SVG is what the body model draws; every PNG size is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from stretchdesk import paths
from stretchdesk.figure.icon import FIGURE, TILE, icon_svg

ICONS = Path(__file__).resolve().parents[2] / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_committed_icon_is_what_the_model_draws(qapp: object) -> None:
    svg = (ICONS / "stretchdesk.svg").read_text(encoding="utf-8")
    assert svg == icon_svg(), "run python -m tools.figure_sheet icon"
    assert (paths.assets_dir() / "icons" / "stretchdesk.svg").read_text(encoding="utf-8") == svg
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()


@pytest.mark.parametrize("size", SIZES)
def test_every_hicolor_size_is_a_square_png_of_the_icon(qapp: object, size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "stretchdesk.png"))
    assert (image.width(), image.height()) == (size, size)
    colours = {image.pixelColor(x, y).name() for x in range(size) for y in range(size)}
    if size >= 48:
        # The tile and the light figure on it are both there, not a blank square.
        assert QColor(TILE).name() in colours
        assert QColor(FIGURE).name() in colours
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent


@pytest.mark.parametrize("size", paths.WINDOW_ICON_SIZES)
def test_the_window_icon_pngs_are_the_icon_at_each_size(qapp: object, size: int) -> None:
    shipped = QImage(str(paths.window_icon_files()[size]))
    drawn = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "stretchdesk.png"))
    assert (shipped.width(), shipped.height()) == (size, size)
    assert shipped == drawn, "run python -m tools.figure_sheet icon"
