"""What the app controller asks of a view: the questions only a person can answer.

Everything else a view learns from the controller's signals. A window, the tray, or a
test's fake answers these (the controller never builds a dialog itself).
"""

from __future__ import annotations

from typing import Protocol

from stretchdesk.core.cautions import CautionAnswer


class QuestionView(Protocol):
    """The part of a view the controller calls and waits on."""

    def ask_cautions(self, routine_name: str,
                     groups: list[tuple[str, list[str]]]) -> CautionAnswer:
        """Shows a routine's cautions (heading, cautions) and returns the person's answer."""
        ...
