"""Raster output of the illustrations: the review contact sheet and the app icon PNGs.

    python -m tools.figure_sheet sheet OUT.png [--dark]   contact sheet of every picture
    python -m tools.figure_sheet icon [--out DIR]         app icon SVG and hicolor PNGs
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from stretchdesk import paths
from stretchdesk.figure import DARK, LIGHT, key_pose, key_pose_svg, pose_names, stretch_ids
from stretchdesk.figure.icon import icon_svg

CELL_W, CELL_H = 360, 270
LABEL_H = 34
PAIRS_PER_ROW = 2
PAD = 12


def stretch_names() -> dict[str, str]:
    """Display names from the shipped library; ids stand in if it cannot be read."""
    try:
        from stretchdesk.core.library import load_library
        from stretchdesk.paths import data_dir

        return {sid: s.name for sid, s in load_library(data_dir()).stretches.items()}
    except Exception:  # the sheet is a review aid: a broken library must not stop it
        return {}


def _application() -> QGuiApplication:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([])


def render_contact_sheet(dark: bool = False) -> tuple[QImage, int]:
    """The sheet image and how many pictures are on it."""
    _application()
    theme = DARK if dark else LIGHT
    names = stretch_names()
    ids = stretch_ids()
    rows = (len(ids) + PAIRS_PER_ROW - 1) // PAIRS_PER_ROW
    width = PAIRS_PER_ROW * (2 * CELL_W + PAD) + PAD
    height = rows * (CELL_H + LABEL_H + PAD) + PAD
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(17)
    painter.setFont(font)
    count = 0
    for i, sid in enumerate(ids):
        x0 = PAD + (i % PAIRS_PER_ROW) * (2 * CELL_W + PAD)
        y0 = PAD + (i // PAIRS_PER_ROW) * (CELL_H + LABEL_H + PAD)
        painter.setPen(QColor(theme.placeholder_text))
        label = QRectF(x0 + 6, y0, 2 * CELL_W - 12, LABEL_H)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignVCenter), names.get(sid, sid))
        for j, pose in enumerate(pose_names(sid)):
            cell = QRectF(x0 + j * CELL_W, y0 + LABEL_H, CELL_W, CELL_H)
            svg = key_pose_svg(key_pose(sid, pose), theme)
            painter.save()
            painter.setClipRect(cell)
            QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, cell)
            painter.restore()
            painter.setPen(QPen(QColor(theme.placeholder_text), 1))
            painter.drawText(cell.adjusted(8, 4, -8, -4), int(Qt.AlignmentFlag.AlignRight), pose)
            count += 1
    painter.end()
    return image, count


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def write_icon_files(folder: Path, svg: str, sizes: tuple[int, ...] = ICON_SIZES) -> list[Path]:
    """The scalable icon plus one PNG per size, laid out as hicolor/<n>x<n>/apps/."""
    folder.mkdir(parents=True, exist_ok=True)
    scalable = folder / "stretchdesk.svg"
    scalable.write_text(svg, encoding="utf-8")
    pngs = {size: folder / "hicolor" / f"{size}x{size}" / "apps" / "stretchdesk.png"
            for size in sizes}
    return [scalable, *write_pngs(svg, pngs)]


def write_pngs(svg: str, files: dict[int, Path]) -> list[Path]:
    """Renders `svg` as a square PNG of each size, to the file given for that size."""
    _application()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    written = []
    for size, path in files.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def write_contact_sheet(out: Path, dark: bool = False) -> int:
    """Render the sheet to `out` (PNG); returns the number of pictures on it."""
    image, count = render_contact_sheet(dark)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")
    return count


def main(argv: list[str] | None = None) -> int:
    """Writes the contact sheet or the icon files, as the command line asks."""
    parser = argparse.ArgumentParser(prog="python -m tools.figure_sheet")
    commands = parser.add_subparsers(dest="command", required=True)
    sheet = commands.add_parser("sheet", help="render a contact sheet PNG of every picture")
    sheet.add_argument("out", type=Path)
    sheet.add_argument("--dark", action="store_true", help="use the dark theme")
    icon = commands.add_parser("icon", help="write the app icon (SVG and PNGs)")
    icon.add_argument("--out", type=Path, default=None, help="folder (default: packaging/icons)")
    args = parser.parse_args(argv)
    if args.command == "icon":
        folder = args.out or Path(__file__).resolve().parents[1] / "packaging" / "icons"
        files = write_icon_files(folder, icon_svg())
        # The running app sets its window icon from the copies among the shipped assets:
        # PNGs at the sizes the window system wants, and the SVG they are drawn from.
        app_icon = paths.images_dir().parent / "icons" / "stretchdesk.svg"
        app_icon.parent.mkdir(parents=True, exist_ok=True)
        app_icon.write_text(icon_svg(), encoding="utf-8")
        window_icons = write_pngs(icon_svg(), paths.window_icon_files())
        print(f"{len(files)} icon files in {folder}, and {app_icon} with "
              f"{len(window_icons)} PNGs")
        return 0
    count = write_contact_sheet(args.out, dark=args.dark)
    print(f"contact sheet of {count} pictures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
