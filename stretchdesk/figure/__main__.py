"""Command line for the illustrations.

    python -m stretchdesk.figure export [--out DIR]   write assets/images/<id>-<pose>.svg
    python -m stretchdesk.figure sheet OUT.png [--dark] contact sheet of every picture (Qt)
    python -m stretchdesk.figure icon [--out DIR]      app icon SVG and hicolor PNGs (Qt)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .export import expected_files, export_all
from .icon import icon_svg


def _default_images_dir() -> Path:
    from stretchdesk.paths import images_dir

    return images_dir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stretchdesk.figure")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write every illustration as SVG")
    export.add_argument("--out", type=Path, default=None, help="folder (default: assets/images)")
    sheet = commands.add_parser("sheet", help="render a contact sheet PNG of every picture")
    sheet.add_argument("out", type=Path)
    sheet.add_argument("--dark", action="store_true", help="use the dark theme")
    icon = commands.add_parser("icon", help="write the app icon (SVG and PNGs)")
    icon.add_argument("--out", type=Path, default=None, help="folder (default: packaging/icons)")
    args = parser.parse_args(argv)

    if args.command == "export":
        out = args.out or _default_images_dir()
        written = export_all(out)
        print(f"{len(expected_files())} illustrations in {out} ({len(written)} updated)")
        return 0
    # Qt is only needed for raster output, so it is imported only here.
    from stretchdesk.paths import window_icon_files
    from stretchdesk.ui.figure_sheet import write_contact_sheet, write_icon_files, write_pngs

    if args.command == "icon":
        folder = args.out or Path(__file__).resolve().parents[2] / "packaging" / "icons"
        files = write_icon_files(folder, icon_svg())
        # The running app sets its window icon from the copies among the shipped assets:
        # PNGs at the sizes the window system wants, and the SVG they are drawn from.
        app_icon = _default_images_dir().parent / "icons" / "stretchdesk.svg"
        app_icon.parent.mkdir(parents=True, exist_ok=True)
        app_icon.write_text(icon_svg(), encoding="utf-8")
        window_icons = write_pngs(icon_svg(), window_icon_files())
        print(f"{len(files)} icon files in {folder}, and {app_icon} with "
              f"{len(window_icons)} PNGs")
        return 0
    count = write_contact_sheet(args.out, dark=args.dark)
    print(f"contact sheet of {count} pictures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
