"""The cautions before a routine: every line can be read on a small screen, Start stays in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from stretchdesk.core.cautions import caution_groups, routine_cautions
from stretchdesk.core.library import Library
from stretchdesk.ui.cautions import CautionsDialog

ROOMS = [QSize(1280, 800), QSize(800, 600)]


def preset_routines_with_cautions(library: Library) -> list[str]:
    ids = [r.id for r in library.routines.values() if routine_cautions(r, library)]
    assert ids  # the shipped routines do have cautions
    return sorted(ids)


def shown_dialog(qtbot: QtBot, library: Library, routine_id: str,
                 room: QSize) -> CautionsDialog:
    routine = library.routines[routine_id]
    dialog = CautionsDialog(routine.name, caution_groups(routine, library), room=room)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def visible_in(dialog: CautionsDialog, label: QLabel) -> bool:
    """Whether all of `label` lies inside the part of the scroll area one can see."""
    viewport = dialog.scroll_area.viewport()
    box = QRect(label.mapTo(viewport, label.rect().topLeft()), label.size())
    return viewport.rect().contains(box)


@pytest.mark.parametrize("room", ROOMS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_caution_can_be_read_and_start_stays_in_view(
    qtbot: QtBot, library: Library, room: QSize
) -> None:
    for routine_id in preset_routines_with_cautions(library):
        dialog = shown_dialog(qtbot, library, routine_id, room)
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        texts = [label.text() for label in dialog.caution_labels]
        groups = caution_groups(library.routines[routine_id], library)
        assert texts == [item for _, items in groups for item in items]
        start = QRect(dialog.start_button.mapTo(dialog, dialog.start_button.rect().topLeft()),
                      dialog.start_button.size())
        for label in dialog.caution_labels:
            dialog.scroll_area.ensureWidgetVisible(label)
            QApplication.processEvents()
            assert visible_in(dialog, label), (routine_id, label.text())
            # Wrapped text gets every line it needs: nothing stops mid-sentence.
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert dialog.rect().contains(start)  # Start never scrolls away
        dialog.close()


def test_group_headings_are_shown_and_the_screen_sets_the_size(
    qtbot: QtBot, library: Library
) -> None:
    routine = library.routines["morning-stiffness"]
    groups = caution_groups(routine, library)
    dialog = CautionsDialog(routine.name, groups)  # no room given: the screen's
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert {heading for heading, _ in groups} <= shown
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()


def test_a_short_list_needs_no_scrolling(qtbot: QtBot, library: Library) -> None:
    dialog = CautionsDialog("Short", [("Throughout", ["Stop if it hurts."])],
                            room=QSize(1280, 800))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert not dialog.scroll_area.verticalScrollBar().isVisible()
    assert dialog.height() < 400  # it does not fill the screen for one line


def test_caution_text_is_shown_as_written(qtbot: QtBot) -> None:
    dialog = CautionsDialog("<b>Mine</b>", [("<i>Group</i>", ["Keep <3 & breathe"])],
                            room=QSize(800, 600))
    qtbot.addWidget(dialog)
    assert dialog.caution_labels[0].text() == "Keep <3 & breathe"
    headings = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Before you start: <b>Mine</b>" in headings
    assert "<i>Group</i>" in headings


def test_a_long_list_says_there_is_more_and_keys_scroll(qtbot: QtBot, library: Library) -> None:
    from PySide6.QtCore import Qt

    dialog = shown_dialog(qtbot, library, "morning-stiffness", QSize(800, 600))
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    assert dialog.more_hint.isVisible()
    qtbot.keyClick(dialog.scroll_area, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.scroll_area, Qt.Key.Key_Return)  # Enter still starts
