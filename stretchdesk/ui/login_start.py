"""Starting StretchDesk at login, as the Reminders setting asks: the autostart entry kept true.

The entry itself is desktop/autostart.py's; this turns the setting into writing or
removing it, and any failure into a sentence the Reminders page shows.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from stretchdesk.desktop.autostart import (
    AutostartError,
    autostart_path,
    entry_text,
    quiet_start_command,
    remove_autostart,
    write_autostart,
)

__all__ = ["apply_login_start", "keep_login_start"]


def apply_login_start(wanted: bool, env: Mapping[str, str] = os.environ) -> str | None:
    """Writes the entry (`wanted`) or removes StretchDesk's; what went wrong, or None."""
    try:
        if wanted:
            write_autostart(quiet_start_command(), env)
        else:
            remove_autostart(env)
    except AutostartError as exc:
        return str(exc)
    return None


def keep_login_start(wanted: bool, env: Mapping[str, str] = os.environ) -> str | None:
    """At each start, when wanted: rewrites the entry if it is missing or out of date (the
    app may have moved since). An entry is only ever removed by unticking the setting."""
    if not wanted:
        return None
    try:
        if autostart_path(env).read_text(encoding="utf-8") == entry_text(quiet_start_command()):
            return None  # as it should be: nothing to write
    except (OSError, UnicodeDecodeError):
        pass
    return apply_login_start(True, env)
