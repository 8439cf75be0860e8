"""Command line for the illustrations.

    python -m stretchdesk.figure export [--out DIR]   write assets/images/<id>-<pose>.svg

The raster outputs (a contact sheet of every picture, the app icon's PNGs) need Qt and
are developer tools: `python -m tools.figure_sheet`.
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
    args = parser.parse_args(argv)
    out = args.out or _default_images_dir()  # "export", the one command
    written = export_all(out)
    print(f"{len(expected_files())} illustrations in {out} ({len(written)} updated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
