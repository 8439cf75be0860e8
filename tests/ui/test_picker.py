"""The routine picker: every routine with its length, level, cautions, the person's own files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, Qt, QTimer
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core.cautions import CautionAnswer, caution_groups, routine_cautions
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import build_timeline, session_items
from stretchdesk.core.words import format_duration
from stretchdesk.ui.cautions import CautionsDialog
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.routine_rows import routine_facts
from tests.ui.conftest import MakeWindow


def test_every_routine_is_listed_with_its_length(window: MainWindow, library: Library) -> None:
    picker = window.picker
    assert set(picker.facts) == set(library.routines)
    for routine in library.routines.values():
        total = build_timeline(routine, library, Settings()).total_seconds
        row = picker.row_text(routine.id)
        assert routine.name in row
        assert format_duration(total) in row
        count = len(session_items(routine, library, Settings().level))
        assert f"{count} stretches" in row


def test_the_list_follows_the_level_a_stretch_belongs_to(
    window: MainWindow, library: Library
) -> None:
    """Double knee-to-chest joins at intermediate level, rocking at advanced (seed 001)."""
    picker = window.picker
    routine = library.routines["knee-to-chest-progression"]
    names = {lv: routine_facts(routine, library, Settings(level=lv), 0.0).stretch_names
             for lv in Level}
    assert "Double knee to chest" not in names[Level.BEGINNER]
    assert "Double knee to chest" in names[Level.INTERMEDIATE]
    assert "Knee-to-chest rocking" not in names[Level.INTERMEDIATE]
    assert "Knee-to-chest rocking" in names[Level.ADVANCED]
    picker.select(routine.id)
    shown = [name for name, _works in picker.details.overview.rows]
    assert any(name.endswith(". Double knee to chest") for name in shown)  # default level


def test_details_show_purpose_length_stretches_and_needs(window: MainWindow,
                                                         library: Library) -> None:
    window.picker.select("desk-break")
    details = window.picker.details
    routine = library.routines["desk-break"]
    total = build_timeline(routine, library, Settings()).total_seconds
    assert details.name_label.text() == routine.name
    assert details.purpose_label.text() == routine.purpose
    assert details.length_label.text() == f"{format_duration(total)} at intermediate level"
    assert details.needs_label.text() == "Needs: chair, desk (no floor)"
    shown = " ".join(name for name, _works in details.overview.rows)
    for item in routine.items:
        assert library.stretches[item.stretch_id].name in shown


def test_changing_the_level_changes_the_lengths_and_is_saved(
    window: MainWindow, library: Library, qtbot: QtBot
) -> None:
    routine = library.routines["morning-stiffness"]
    beginner = build_timeline(routine, library, Settings(level=Level.BEGINNER)).total_seconds
    with qtbot.waitSignal(window.controller.settings_changed) as changed:
        window.picker.level_selector.buttons[Level.BEGINNER].click()
    assert changed.args[0].level is Level.BEGINNER
    assert format_duration(beginner) in window.picker.row_text(routine.id)
    window.controller.start_routine(routine.id)
    assert window.controller.driver.session is not None
    assert window.controller.driver.session.timeline.total_seconds == beginner


def test_cautions_are_shown_once_before_the_first_start(
    window: MainWindow, cautions_asked: list[str], clock: object
) -> None:
    window.controller.start_routine("before-bed")
    assert cautions_asked == ["Before bed"]
    window.controller.driver.stop()
    window.back_to_picker()
    window.controller.start_routine("before-bed")
    assert cautions_asked == ["Before bed"]


def test_cautions_list_every_stretchs_caution_once(library: Library) -> None:
    routine = library.routines["after-sitting"]
    cautions = routine_cautions(routine, library)
    everything = [c for i in routine.items for c in library.stretches[i.stretch_id].cautions]
    assert set(cautions) == set(everything)
    assert len(cautions) == len(set(everything))


def test_declining_the_cautions_does_not_start(window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CautionsDialog, "ask",
                        classmethod(lambda cls, *a: CautionAnswer(False, False)))
    assert not window.controller.start_routine("before-bed")
    assert window.page is window.picker


def test_dont_show_again_is_remembered_per_routine(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[str] = []

    def ask(cls: type, parent: object, name: str, cautions: object) -> CautionAnswer:
        asked.append(name)
        return CautionAnswer(True, True)

    monkeypatch.setattr(CautionsDialog, "ask", classmethod(ask))
    window = make_window()
    with qtbot.waitSignal(window.controller.settings_changed) as changed:
        window.controller.start_routine("before-bed")
    hidden = changed.args[0].hidden_cautions
    assert hidden == frozenset({"before-bed"})
    window.controller.driver.stop()
    again = make_window(settings=changed.args[0])  # the next run, with the saved settings
    again.controller.start_routine("before-bed")
    again.controller.driver.stop()
    again.back_to_picker()
    again.controller.start_routine("after-sitting")
    assert asked == ["Before bed", "After long sitting"]
    again.picker.select("before-bed")
    assert "not to see" in again.picker.details.cautions_label.text()


def test_user_routines_and_problems_are_listed(make_window: MakeWindow, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "mine.yaml").write_text(
        "id: my-evening\nname: My evening\npurpose: Mine.\nneeds: [floor]\n"
        "items:\n  - stretch: childs-pose\n", encoding="utf-8")
    (folder / "broken.yaml").write_text("id: broken\nname: [unclosed\n", encoding="utf-8")
    lib = load_library(paths.data_dir(), [folder])
    window = make_window(lib=lib)
    assert "My evening" in window.picker.row_text("my-evening")
    panel = window.picker.problems_panel
    assert panel is not None and panel.isVisibleTo(window)
    assert [label.full_text for label in panel.file_labels()] == ["broken.yaml"]
    window.picker.select("my-evening")
    assert window.picker.details.name_label.text() == "My evening  (yours)"


def test_cautions_are_merged_and_grouped_by_kind(library: Library) -> None:
    routine = library.routines["after-sitting"]
    groups = caution_groups(routine, library)
    headings = [heading for heading, _ in groups]
    assert headings == ["Ask your doctor or physiotherapist first if…", "Stop if…", "Take care"]
    shown = [c for _, cautions in groups for c in cautions]
    assert len(shown) == len(set(shown)) == len(routine_cautions(routine, library))
    # Every stretch here says to stop at sharp pain; the list says it once.
    stop = dict(groups)["Stop if…"]
    assert sum("sharp" in c for c in stop) == 1


def test_the_idle_picker_runs_no_timer(window: MainWindow, qtbot: QtBot) -> None:
    """Nothing ticks while the person chooses, so the window costs no CPU."""
    window.prepare_screens()
    qtbot.wait(1)
    assert window.page is window.picker
    assert [t for t in window.findChildren(QTimer) if t.isActive()] == []
    assert [a for a in window.findChildren(QAbstractAnimation)
            if a.state() is QAbstractAnimation.State.Running] == []


def test_the_heading_of_your_routines_cannot_be_chosen(make_window: MakeWindow,
                                                      tmp_path: Path, qtbot: QtBot) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "mine.yaml").write_text(
        "id: my-evening\nname: My evening\npurpose: Mine.\nneeds: [floor]\n"
        "items:\n  - stretch: childs-pose\n", encoding="utf-8")
    window = make_window(lib=load_library(paths.data_dir(), [folder]))
    picker = window.picker
    routines = window.controller.library.routines.values()
    shipped = sorted(r.name.lower() for r in routines if not r.user)
    last = next(r.id for r in routines if r.name.lower() == shipped[-1])
    heading = picker.rows.index(len(shipped), 0)
    assert heading.data() == "Your routines"
    picker.select(last)
    qtbot.mouseClick(picker.routine_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=picker.routine_list.visualRect(heading).center())
    assert picker.selected_routine_id == last
    qtbot.keyClick(picker.routine_list, Qt.Key.Key_Down)  # over the heading, to the next row
    assert picker.selected_routine_id == "my-evening"
    assert picker.details.name_label.text() == "My evening  (yours)"


def test_a_double_click_or_enter_starts_the_routine(window: MainWindow, qtbot: QtBot) -> None:
    picker = window.picker
    picker.select("desk-break")
    row = picker.routine_list.currentIndex()
    where = picker.routine_list.visualRect(row).center()
    with qtbot.waitSignal(picker.start_requested) as clicked:
        # A double click is a click and then the second press (what QTest sends alone).
        qtbot.mouseClick(picker.routine_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(picker.routine_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert clicked.args == ["desk-break"]
    window.back_to_picker()
    picker.select("morning-stiffness")
    with qtbot.waitSignal(picker.start_requested) as pressed:
        qtbot.keyClick(picker.level_selector.buttons[Level.ADVANCED], Qt.Key.Key_Enter)
    assert pressed.args == ["morning-stiffness"]


def laid_out() -> None:
    """Lets every layout waiting to be redone be redone (no real time waited)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def test_the_details_scroll_only_when_their_words_need_more_room(
        window: MainWindow, qtbot: QtBot) -> None:
    """Hips and hamstrings at 1280×800 fitted with room to spare, yet had a scroll bar:
    the scroll area took each wrapped label's minimum (Qt's narrow guess) as the height."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.picker.select("hips-and-hamstrings")
    area = window.picker.details.text_area
    facts = area.widget()
    laid_out()  # for the routine chosen
    needed = facts.heightForWidth(area.viewport().width())
    narrow_guess = facts.minimumSizeHint().height()
    assert narrow_guess > needed + 8  # the case: the labels' minimums add up to more
    area.setFixedHeight((needed + narrow_guess) // 2)  # room for the words, not the guess
    laid_out()
    assert needed < area.viewport().height()  # it fits...
    assert not area.verticalScrollBar().isVisible()  # ...so nothing scrolls
    area.setFixedHeight(needed // 2)  # now it cannot fit: it scrolls, every word in reach
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())
    assert facts.height() >= facts.heightForWidth(area.viewport().width())
