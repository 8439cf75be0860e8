"""Which language this process speaks, and which languages the shipped files offer.

A language is a short code ("en", "fr"). English is written in the code and the data
files; every other language is files only: `data/lang/<code>/` for the content and the
spoken words, `translations/<area>_<code>.ts` for the interface (docs/translating.md).
The language is chosen once at start-up, from the Settings choice or else the system's
locale variables, and holds for the whole run; a change in Settings applies at the next
start. Qt-free: the Qt side (ui/translation.py) installs the matching translators.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

ENGLISH = "en"
SYSTEM = "system"  # the Settings choice "follow the system"

# The language this process speaks (set_current at start-up; English until then).
_current = ENGLISH


def current() -> str:
    """The language of this run: "en", "fr", ..."""
    return _current


def set_current(code: str) -> None:
    """Makes `code` the language of this run (start-up, and tests)."""
    global _current
    _current = code or ENGLISH


def available_languages(data_root: Path) -> list[str]:
    """English, then every language the shipped data has a folder for, sorted."""
    lang_root = data_root / "lang"
    found = sorted(p.name for p in lang_root.iterdir() if p.is_dir()) if lang_root.is_dir() else []
    return [ENGLISH, *(code for code in found if code != ENGLISH)]


def language_dir(data_root: Path, code: str) -> Path:
    """Where the shipped files of language `code` are (`data/lang/<code>`)."""
    return data_root / "lang" / code


def system_language(environ: Mapping[str, str], available: Iterable[str]) -> str:
    """The first of the system's languages that is available, else English.

    Read as gettext reads them: LANGUAGE (a colon-separated list), then LC_ALL,
    LC_MESSAGES, LANG; "fr_FR.UTF-8" and "fr" both mean French; "C" and "POSIX" mean
    English.
    """
    offered = set(available)
    wanted: list[str] = []
    locale_set = environ.get("LC_ALL") or environ.get("LANG", "")
    if environ.get("LANGUAGE") and locale_set not in ("C", "POSIX"):
        wanted.extend(environ["LANGUAGE"].split(":"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            wanted.append(environ[name])
            break
    for locale_name in wanted:
        code = locale_name.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in ("c", "posix"):
            return ENGLISH
        if code in offered:
            return code
    return ENGLISH


def choose_language(choice: str, environ: Mapping[str, str], available: Iterable[str]) -> str:
    """The language to run in: the Settings `choice` ("system", "en", "fr", ...) when it
    is available, else the system's."""
    offered = list(available)
    if choice != SYSTEM and choice in offered:
        return choice
    return system_language(environ, offered)
