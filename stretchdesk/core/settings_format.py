"""The frame the store writes around the settings: a header, and a last line marking the end.

A file that starts with the store's header but lacks its end line was cut short, by a
copy or sync tool say, at a line boundary or inside a line; reading it as it is would
load part of the settings without a word. A file written by hand, or by an older
StretchDesk, has no such header and is read as it is.
"""

from __future__ import annotations

from typing import Any

from stretchdesk.core.phrasebook import t
from stretchdesk.core.settings_words import FIELD_WORDS, setting_name
from stretchdesk.core.yaml_source import Document

FIRST_LINE = "# StretchDesk settings, written by its Settings window. The last line marks"
HEADER = (
    f"{FIRST_LINE}\n"
    "# the end of the file. If you edit it by hand and it cannot be read, StretchDesk\n"
    "# keeps it beside as settings.yaml.bad-<time>.\n"
)
END_LINE = "# end of StretchDesk settings"


def framed(body: str) -> str:
    """The whole file for settings written as YAML `body`."""
    return f"{HEADER}{body}{END_LINE}\n"


def cut_short(text: str) -> bool:
    """Whether `text` was written by the store and has lost its end."""
    return text.startswith(FIRST_LINE) and END_LINE not in text.splitlines()


def drop_cut_settings(doc: Document, data: dict[str, Any]) -> list[str]:
    """Removes from `data` what a cut-short file may have lost; the note for the person.

    The last setting left may itself be cut in the middle (a list without its end, a
    number without its last digits), so it goes too, and every setting after it was
    never there: all of those are back to their defaults.
    """
    written = [name for name in data if isinstance(name, str) and name in FIELD_WORDS]
    last = max(written, key=lambda name: doc.lines.get((name,), 0), default=None)
    if last is not None:
        del data[last]
    lost = [setting_name(name) for name in FIELD_WORDS if name not in data]
    if not lost:
        return []
    return [t("Your settings file was cut short (its end is missing), so these settings are "
              "back to their defaults: {settings}.", settings=", ".join(lost))]
