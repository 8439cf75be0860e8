"""The installation check behind `stretchdesk --self-test`, for packaged builds.

It runs headless and shows no window: the shipped library and every routine's timeline
at every level, every illustration rendered, every chime decoded, and a settings file
written and read back in a temporary folder. Each check runs on its own, so one broken
part never hides the state of the others; a person (or a packaging test) reads one line
per check and the exit status.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from stretchdesk import __version__, paths
from stretchdesk.selftest.content import (
    check_files,
    check_library,
    check_settings,
    check_timelines,
)
from stretchdesk.selftest.media import check_illustrations, check_qt, check_sounds, check_voice
from stretchdesk.selftest.outcome import CheckFailed, CheckReport, Found, Places

__all__ = ["run_self_test"]


def run_self_test(
    out: TextIO | None = None, *, data_dir: Path | None = None, assets_dir: Path | None = None
) -> int:
    """Runs every check and prints one line each; 0 when all passed, 1 otherwise.

    `data_dir` and `assets_dir` default to where `stretchdesk.paths` finds the shipped
    files, which is the point: the check sees what the installed app would see.
    """
    out = out or sys.stdout
    # Set before Qt loads its platform plugin: without it, a machine with no display
    # would abort here, and one with a display would not need it anyway.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    places = Places(data_dir or paths.data_dir(), assets_dir or paths.assets_dir())
    print(f"StretchDesk {__version__} self-test", file=out)
    found = Found()
    checks: list[tuple[str, Callable[[], CheckReport]]] = [
        ("files", lambda: check_files(places)),
        ("qt", check_qt),
        ("library", lambda: check_library(places, found)),
        ("timelines", lambda: check_timelines(found)),
        ("illustrations", lambda: check_illustrations(places.assets / "images", found)),
        ("sounds", lambda: check_sounds(places.assets / "sounds")),
        ("voice", check_voice),
        ("settings", lambda: check_settings(found)),
    ]
    failed: list[str] = []
    warned = 0
    for name, check in checks:
        try:
            report = check()
        except Exception as exc:  # any error in one check must not stop the others
            detail = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
            print(f"FAIL {name}: {detail}", file=out)
            failed.append(name)
            continue
        print(f"ok  {name}: {report.summary}", file=out)
        for warning in report.warnings:
            print(f"warn {name}: {warning}", file=out)
        warned += len(report.warnings)
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=out)
        return 1
    note = f", {warned} warning{'s' if warned != 1 else ''}" if warned else ""
    print(f"self-test passed: {len(checks)} checks{note}", file=out)
    return 0

