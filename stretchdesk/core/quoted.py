"""A value from a file as a message quotes it, in the run's language.

Messages about a file name the value they found ("should be text, not a list"): `shown`
quotes a value briefly (never the whole of a long text or a huge number) and `kind`
describes it as a noun phrase ("the number 5", "a list"), which a sentence of the
phrasebook takes as a field ("should be text, not {value}").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from stretchdesk.core.phrasebook import N_, t
from stretchdesk.core.yaml_source import UnreadableValue


def shown(value: Any) -> str:
    """`value` as a message quotes it: short, and never the whole of a long text or number."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "…")
    if isinstance(value, int):
        if abs(value) >= 10**15:  # printing a huge number can fail, and helps nobody
            digits = int(value.bit_length() * 0.30103) + 1
            return t("a number of about {digits} digits", digits=digits)
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    return kind(value)


def kind(value: Any) -> str:
    """What `value` is, as a noun phrase: "nothing (null)", "the number 5", "a list"."""
    if value is None:
        return t("nothing (null)")
    if isinstance(value, bool):
        return t("yes/no ({value})", value=str(value).lower())
    if isinstance(value, str):
        return t("text {value}", value=shown(value)) if len(value) < 40 else t("text")
    if isinstance(value, int | float):
        return t("the number {value}", value=shown(value))
    if isinstance(value, UnreadableValue):
        return t("a value that cannot be read ({reason})", reason=value.message)
    for type_, words in _KINDS:
        if isinstance(value, type_):
            return t(words)
    return type(value).__name__


_KINDS: tuple[tuple[type, str], ...] = (
    (list, N_("a list")), (dict, N_("a mapping")), (bytes, N_("binary data")),
    (set, N_("a set")), (date, N_("a date")),
)
