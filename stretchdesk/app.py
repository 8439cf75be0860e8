"""The `stretchdesk` command: parses the command line and starts the right thing."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from stretchdesk import __version__, dataclass_code, paths, pattern_code, support_code

DATACLASS_CODE = "dataclass-code.cache"  # in the cache folder (stretchdesk/dataclass_code.py)
SUPPORT_CODE = "pyside-support-code.cache"  # in the cache folder (stretchdesk/support_code.py)
PATTERN_CODE = "pyside-pattern-code.cache"  # in the cache folder (stretchdesk/pattern_code.py)


def build_parser() -> argparse.ArgumentParser:
    """The command line (README.md, "Command line"; docs/architecture.md for what runs it)."""
    from stretchdesk.core.model import Level

    parser = argparse.ArgumentParser(
        prog="stretchdesk",
        description="A guided stretching session you can follow from the floor.",
    )
    parser.add_argument("--version", action="version", version=f"StretchDesk {__version__}")
    parser.add_argument("--list", action="store_true", help="print every routine and its length")
    parser.add_argument("--check", nargs="+", metavar="FILE",
                        help="validate stretch, routine or settings files (or folders of "
                             "them); exit 1 on problems, 2 on a fault in StretchDesk")
    parser.add_argument("--export-history", metavar="FILE",
                        help="write your history to FILE (.csv or .json)")
    parser.add_argument("--import", dest="import_file", metavar="FILE",
                        help="add a shared routine (an export or a routine file) to yours")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation without showing a window")
    parser.add_argument("--routine", metavar="ID", help="select this routine")
    parser.add_argument("--level", choices=[lv.value for lv in Level],
                        help="use this level instead of the saved one")
    parser.add_argument("--fullscreen", action="store_true", help="start in mat mode")
    parser.add_argument("--start", action="store_true", help="start the routine at once")
    parser.add_argument("--speed", type=float, default=1.0, metavar="N",
                        help="run every phase N times faster (demos and tests)")
    parser.add_argument("--event-log", metavar="FILE",
                        help="write every event, command and cue as JSON lines")
    parser.add_argument("--quit-when-done", action="store_true",
                        help="close the window when the routine ends (tests, demos)")
    parser.add_argument("--tray", action="store_true",
                        help="start quietly in the tray with the window hidden (how the login "
                             "entry starts it); without a tray the window opens minimised")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command; returns the exit status."""
    # Before any of the app's classes is defined: their methods' code comes from the cache.
    dataclass_code.remember(paths.cache_dir() / DATACLASS_CODE)
    args = build_parser().parse_args(argv)
    if args.speed <= 0 or args.speed > 1000:
        print("stretchdesk: --speed must be more than 0 and at most 1000", file=sys.stderr)
        return 2
    if args.import_file:
        from stretchdesk.import_command import import_file

        return import_file(args.import_file)
    if args.list or args.check or args.export_history:
        from stretchdesk import cli

        if args.export_history:
            return cli.export_history(args.export_history)
        if args.check:
            return cli.check_files(args.check)
        from stretchdesk.core.model import Level

        return cli.list_routines(Level(args.level) if args.level else None)
    if args.self_test:
        from stretchdesk.selftest import run_self_test

        return run_self_test()
    # Nothing made while the window opens is garbage, yet Python's cyclic collector would
    # sweep the tens of thousands of new objects (Qt's types and enums, the library, the
    # widgets) again and again: ~5-10 ms of the first window. launch() turns it back on
    # once the window has been painted.
    gc.disable()
    try:
        # PySide's support modules and the regular expressions compiled as it loads: on
        # every start unless kept (~45 and ~35 ms).
        cache = paths.cache_dir()
        with (support_code.kept_while_importing(cache / SUPPORT_CODE),
              pattern_code.kept_while_importing(cache / PATTERN_CODE)):
            import PySide6  # noqa: F401  (sets up the check that source_lines tames)

        from stretchdesk.source_lines import forget_module_sources

        forget_module_sources()
        from stretchdesk.launch_options import LaunchOptions
        from stretchdesk.ui.launch import launch
    except BaseException:
        gc.enable()
        raise
    return int(launch(LaunchOptions.from_args(args)))
