"""Command line for the illustrations.

    python -m stretchdesk.figure export [--out DIR]   write assets/images/<id>-<pose>.svg
    python -m stretchdesk.figure sheet OUT.png [--dark] contact sheet of every picture (Qt)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .export import expected_files, export_all


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
    args = parser.parse_args(argv)

    if args.command == "export":
        out = args.out or _default_images_dir()
        written = export_all(out)
        print(f"{len(expected_files())} illustrations in {out} ({len(written)} updated)")
        return 0
    # Qt is only needed for the sheet, so it is imported only here.
    from stretchdesk.ui.figure_sheet import write_contact_sheet

    count = write_contact_sheet(args.out, dark=args.dark)
    print(f"contact sheet of {count} pictures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
