"""The tray menu: what it offers, in which order, and the intents it sends."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.desktop.tray_menu import RoutineEntry, pause_label, tray_menu
from tests.core.reminder_clocks import paris

LIBRARY = [RoutineEntry(rid, name) for rid, name in [
    ("after-exercise", "After exercise"), ("after-sitting", "After sitting"),
    ("before-bed", "Before bed"), ("desk-break", "Desk break"),
    ("gentle-beginner", "Gentle beginner"), ("hips-and-hamstrings", "Hips & hamstrings"),
    ("morning-stiffness", "Morning stiffness")]]


def test_favourites_then_last_used_then_the_library_order() -> None:
    menu = tray_menu(LIBRARY, favourites=["morning-stiffness", "gone"],
                     recent=["desk-break", "morning-stiffness", "before-bed"])
    assert [e.routine_id for e in menu.routines] == [
        "morning-stiffness", "desk-break", "before-bed", "after-exercise", "after-sitting"]
    assert [e.routine_id for e in menu.more] == ["gentle-beginner", "hips-and-hamstrings"]


def test_the_pause_line_says_until_when() -> None:
    now = paris(2026, 11, 2, 13, 5)
    assert pause_label(paris(2026, 11, 2, 14, 5), now) == "Reminders paused until 14:05"
    assert pause_label(paris(2026, 11, 3, 0, 0), now) == "Reminders paused until tomorrow"


def texts(tray: TrayIcon) -> list[str]:
    return [a.text() for a in tray.actions() if not a.isSeparator()]


def test_the_menu_shows_routines_today_and_pause_and_sends_intents(qtbot: QtBot) -> None:
    tray = TrayIcon(QIcon())
    tray.show_menu(tray_menu(LIBRARY, recent=["hips-and-hamstrings"], today_minutes=12,
                             reminders_on=True))
    assert texts(tray) == [
        "Hips && hamstrings", "After exercise", "After sitting", "Before bed", "Desk break",
        "More routines", "Open StretchDesk", "Today: 12 min of stretching", "Pause reminders",
        "Settings…", "Quit StretchDesk", "Gentle beginner", "Morning stiffness",
        "For 1 hour", "Until tomorrow"]
    by_text = {a.text(): a for a in tray.actions()}
    assert not by_text["Today: 12 min of stretching"].isEnabled()
    with qtbot.waitSignal(tray.start_routine) as started:
        by_text["Hips && hamstrings"].trigger()  # shown as "Hips & hamstrings"
    assert started.args == ["hips-and-hamstrings"]
    with qtbot.waitSignal(tray.start_routine) as started:
        by_text["Morning stiffness"].trigger()
    assert started.args == ["morning-stiffness"]
    for text, signal in [("Open StretchDesk", tray.open_window),
                         ("For 1 hour", tray.pause_for_hour),
                         ("Until tomorrow", tray.pause_until_tomorrow),
                         ("Settings…", tray.open_settings),
                         ("Quit StretchDesk", tray.quit_requested)]:
        with qtbot.waitSignal(signal):
            by_text[text].trigger()
    keep = os.environ.get("STRETCHDESK_KEEP_SCREENSHOTS")
    if keep:  # for a person to look at
        tray.menu.adjustSize()
        Path(keep).mkdir(parents=True, exist_ok=True)
        tray.menu.grab().save(str(Path(keep) / "tray-menu.png"))


def test_while_paused_the_menu_offers_resume(qtbot: QtBot) -> None:
    tray = TrayIcon(QIcon())
    tray.show_menu(tray_menu(LIBRARY[:1], reminders_on=True,
                             paused_until=paris(2026, 11, 2, 14, 5)),
                   now=paris(2026, 11, 2, 13, 5))
    assert texts(tray)[2:4] == ["Reminders paused until 14:05", "Resume reminders"]
    with qtbot.waitSignal(tray.resume_reminders):
        next(a for a in tray.actions() if a.text() == "Resume reminders").trigger()


def test_without_reminders_or_history_those_lines_are_left_out(qtbot: QtBot) -> None:
    tray = TrayIcon(QIcon())
    tray.show_menu(tray_menu([]))
    assert texts(tray) == ["Open StretchDesk", "Settings…", "Quit StretchDesk"]
