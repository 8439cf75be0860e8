"""The tray icon in a real tray host (trayer, XEmbed) on Xvfb, checked on a screenshot."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.desktop.services import Desktop, close_app, need, start_app, stop

TRAY_BACKGROUND = QColor("#dddddd")


@pytest.fixture
def tray_host(x_display: Desktop) -> Iterator[Desktop]:
    """trayer, a stand-alone system tray, along the top edge, opaque light grey."""
    process = subprocess.Popen(
        [need("trayer"), "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true", "--transparent", "false",
         "--tint", "0xdddddd", "--expand", "false"],
        env=x_display.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield x_display
    finally:
        stop(process)


def test_the_icon_is_shown_in_the_tray(tray_host: Desktop, tmp_path: Path) -> None:
    app, line = start_app(tray_host, "tray")
    try:
        x, y, w, h = (int(n) for n in line.split()[1:])
        shot = tmp_path / "tray.png"
        tray_host.run("import", "-window", "root", str(shot))
    finally:
        close_app(app)
    keep = os.environ.get("STRETCHDESK_KEEP_SCREENSHOTS")
    if keep:  # for a person to look at
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / "tray-host.png").write_bytes(shot.read_bytes())
    image = QImage(str(shot))
    assert image.width() - 40 < x and x + w <= image.width() and y + h <= 32  # top right
    icon = [image.pixelColor(px, py) for px in range(x, x + w) for py in range(y, y + h)]
    drawn = [c for c in icon if _distance(c, TRAY_BACKGROUND) > 60]
    assert len(drawn) > 0.25 * len(icon), "the icon's area shows only the tray's background"
    assert any(_saturation(c) > 60 for c in drawn)  # the icon's teal, not a grey
    tray = [image.pixelColor(px, py) for px in range(x - 1, x + w) for py in range(y, y + h)
            if not x <= px < x + w or (py - y) in (0, h - 1)]
    assert any(_distance(c, TRAY_BACKGROUND) < 30 for c in tray)  # trayer drew around it


def _saturation(c: QColor) -> int:
    return max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue())


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
