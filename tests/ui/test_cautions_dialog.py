"""The cautions before a routine: grouped, every item shown or reachable, never cut off."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk.core.cautions import caution_groups
from stretchdesk.core.library import Library
from stretchdesk.ui.cautions import CautionsDialog

ROUTINES = ["after-exercise", "standing-only", "morning-stiffness", "desk-break"]


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_caution_is_shown_or_can_be_scrolled_to(
    qtbot: QtBot, library: Library, routine_id: str
) -> None:
    routine = library.routines[routine_id]
    groups = caution_groups(routine, library)
    dialog = CautionsDialog(routine.name, groups)
    qtbot.add_widget(dialog)
    dialog.show()
    QApplication.processEvents()
    body = dialog.body
    text = body.text()
    for heading, items in groups:
        assert escape(heading) in text
        for item in items:
            assert escape(item) in text
    # The label has the height its wrapped text needs: nothing is clipped inside it...
    assert body.height() >= body.heightForWidth(body.width())
    # ...and whatever the viewport does not show, the scroll bar reaches.
    viewport = dialog.body_scroll.viewport().height()
    assert dialog.body_scroll.verticalScrollBar().maximum() >= body.height() - viewport
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()
