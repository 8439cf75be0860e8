"""Reads the wall clock in the person's time zone, and the monotonic clock, together.

The zone is looked up at every reading (it is cheap), so a change of time zone while the
app runs is seen at the next reminder check. A ZoneInfo is used, never a fixed offset,
so that the scheduler knows the DST rules of the days ahead.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stretchdesk.core.reminders.calendar import Moment

__all__ = ["local_zone", "now"]

_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")


def local_zone(env: Mapping[str, str] = os.environ, localtime: Path = _LOCALTIME,
               timezone_file: Path = _TIMEZONE_FILE) -> tzinfo:
    """The person's time zone: $TZ, else /etc/localtime's link, else /etc/timezone.

    Falls back to the current fixed offset when none names a known zone.
    """
    for name in (_tz_variable(env), _linked_zone(localtime), _file_zone(timezone_file)):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def now() -> Moment:
    """Both clocks, read now."""
    return Moment(datetime.now(local_zone()), time.monotonic())


def _tz_variable(env: Mapping[str, str]) -> str:
    return env.get("TZ", "").removeprefix(":").strip()


def _linked_zone(localtime: Path) -> str:
    try:
        target = os.readlink(localtime)
    except OSError:
        return ""
    _, found, name = target.partition("zoneinfo/")
    return name if found else ""


def _file_zone(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
