"""CautionGate: a routine's cautions are seen before it starts, once per run at most."""

from __future__ import annotations

from stretchdesk.controller.view import QuestionView
from stretchdesk.core.cautions import CautionAnswer, caution_groups, routine_cautions
from stretchdesk.core.model import Library, Routine
from stretchdesk.core.settings import Settings

_GO = CautionAnswer(start=True, hide_next_time=False)


class CautionGate:
    """Asks the view to show a routine's cautions unless they need not be shown again."""

    def __init__(self) -> None:
        self._seen: set[str] = set()  # routines whose cautions were shown this run

    def ask(self, routine: Routine, library: Library, settings: Settings,
            view: QuestionView | None) -> CautionAnswer:
        """The person's answer; a start without asking when there is nothing to show.

        Without a view to show them on, unseen cautions never let a routine start.
        """
        if (not routine_cautions(routine, library) or routine.id in settings.hidden_cautions
                or routine.id in self._seen):
            return _GO
        if view is None:
            return CautionAnswer(start=False, hide_next_time=False)  # safety first
        answer = view.ask_cautions(routine.name, caution_groups(routine, library))
        if answer.start:
            self._seen.add(routine.id)
        return answer
