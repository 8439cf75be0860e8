"""LaunchOptions: what the command line asked of the window, typed and checked once."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from stretchdesk.core.model import Level


@dataclass(frozen=True)
class LaunchOptions:
    """How to open the window (see `stretchdesk --help`); the defaults open it plainly."""

    routine: str | None = None  # select this routine (and start it with `start`)
    level: Level | None = None  # use this level for this run instead of the saved one
    fullscreen: bool = False  # open in mat mode
    start: bool = False  # start the routine at once, without its cautions
    speed: float = 1.0  # every phase this many times faster (demos, tests)
    event_log: Path | None = None  # write every event, command and cue here
    quit_when_done: bool = False  # close the app when the routine ends
    tray: bool = False  # start in the tray, the window hidden (the login entry's start)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> LaunchOptions:
        """The options in `args`, as parsed by stretchdesk.app.build_parser()."""
        return cls(
            routine=args.routine,
            level=Level(args.level) if args.level else None,
            fullscreen=args.fullscreen,
            start=args.start,
            speed=args.speed,
            event_log=Path(args.event_log) if args.event_log else None,
            quit_when_done=args.quit_when_done,
            tray=args.tray,
        )
