"""The person's time zone as a zoneinfo zone, so local days follow its clock changes."""

from __future__ import annotations

import os
from datetime import UTC, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> tzinfo:
    """The system's time zone (TZ, else Qt's idea of it); UTC when neither is known."""
    from PySide6.QtCore import QTimeZone

    names = [os.environ.get("TZ", "").lstrip(":"),
             bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")]
    for name in names:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return UTC
