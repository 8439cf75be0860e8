"""Chooses this run's language at start-up: the Settings choice, else the system's.

Both the window (ui/launch.py) and the command-line tools (cli.py) call this once, after
reading the settings and before loading the library, whose French overlays and spoken
words follow core.language.current(). Qt-free: the window installs its translators
itself (ui/translation.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from stretchdesk import paths
from stretchdesk.core.language import available_languages, choose_language, set_current


def start_language(choice: str, environ: Mapping[str, str] | None = None) -> str:
    """Sets and returns the language of this run, for the Settings `choice` ("system",
    "en", "fr", ...) and the locale variables of `environ` (the process's by default)."""
    code = choose_language(choice, os.environ if environ is None else environ,
                           available_languages(paths.data_dir()))
    set_current(code)
    return code
