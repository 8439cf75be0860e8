"""The reminders section of the settings file: round trips, upgrades, and bad values."""

from __future__ import annotations

from datetime import time

import pytest
import yaml

from stretchdesk.core.reminders.schema import (
    SETTINGS_VERSION,
    reminders_from_document,
    reminders_to_data,
    upgrade_2_to_3,
)
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    WEEKDAYS,
    WEEKEND,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
    Weekday,
    days_phrase,
)
from stretchdesk.core.yaml_source import parse_document

FILE = "/home/someone/.config/stretchdesk/settings.yaml"

CHANGED = ReminderSettings(
    routines=(
        RoutineReminder("morning-stiffness", time(7, 30), WEEKDAYS),
        RoutineReminder("before-bed", time(22, 5), EVERY_DAY, enabled=False),
        RoutineReminder("hips-and-hamstrings", time(12, 0),
                        frozenset({Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY})),
        RoutineReminder("after-exercise", time(18, 0), WEEKEND),
    ),
    desk_break=DeskBreak(enabled=True, routine_id="after-sitting", after_minutes=40,
                         idle_reset_minutes=8),
    start_at_login=True,
    close_to_tray=False,
)


def read(text: str) -> tuple[ReminderSettings, list[str]]:
    return reminders_from_document(parse_document(FILE, text))


def through_yaml(settings: ReminderSettings) -> str:
    return yaml.safe_dump({"version": SETTINGS_VERSION, "reminders": reminders_to_data(settings)},
                          sort_keys=False)


def test_every_reminder_setting_survives_writing_and_reading() -> None:
    text = through_yaml(CHANGED)
    assert read(text) == (CHANGED, [])
    assert read(through_yaml(ReminderSettings())) == (ReminderSettings(), [])


def test_the_section_reads_as_a_person_would_write_it() -> None:
    text = through_yaml(CHANGED)
    assert "at: 07:30\n    days: weekdays\n" in text
    assert "days:\n    - mon\n    - wed\n    - fri\n" in text
    settings, notes = read("""
reminders:
  desk_break: {enabled: yes, after_minutes: 45}
  routines:
    - routine: morning-stiffness
      at: 7:30
    - {routine: before-bed, at: '21:45', days: every day}
    - {routine: after-sitting, at: "0:15", days: [Monday, SAT]}
""")
    assert notes == []
    assert settings.desk_break == DeskBreak(enabled=True, after_minutes=45)
    assert [(r.routine_id, r.at, r.days) for r in settings.routines] == [
        ("morning-stiffness", time(7, 30), WEEKDAYS),  # YAML 1.1 reads 7:30 as 450
        ("before-bed", time(21, 45), EVERY_DAY),
        ("after-sitting", time(0, 15), frozenset({Weekday.MONDAY, Weekday.SATURDAY})),
    ]


def test_no_section_gives_no_reminders() -> None:
    assert read("version: 2\nlevel: advanced\n") == (ReminderSettings(), [])
    assert not ReminderSettings().active and CHANGED.active


def test_a_bad_reminder_is_left_out_with_its_file_line_and_field_and_the_rest_kept() -> None:
    settings, notes = read("""reminders:
  routines:
    - {routine: morning-stiffness, at: '07:30'}
    - {routine: before-bed, at: '25:00'}
    - {routine: after-sitting, at: '12:00', days: [mon, funday]}
    - {at: '09:00'}
    - just text
    - {routine: morning-stiffness, at: '07:30'}
""")
    assert [r.routine_id for r in settings.routines] == ["morning-stiffness"]
    assert notes == [
        f"{FILE}:4: settings.reminders.routines[1].at: is '25:00'; write a time of day as "
        "HH:MM, e.g. '07:30'. This reminder was left out.",
        f"{FILE}:5: settings.reminders.routines[2].days[1]: is 'funday'; use a day such as "
        "mon, tue … sun. This reminder was left out.",
        f"{FILE}:6: settings.reminders.routines[3].routine: should name a routine, not None. "
        "This reminder was left out.",
        f"{FILE}:7: settings.reminders.routines[4]: should be a mapping with routine, at and "
        "days. This reminder was left out.",
        f"{FILE}:8: settings.reminders.routines[5]: repeats an earlier reminder; it was left out",
    ]


@pytest.mark.parametrize(("text", "field", "words"), [
    ("desk_break: {after_minutes: 500}", "desk_break.after_minutes",
     "500 is out of range (10–240 minutes); using 240"),
    ("desk_break: {idle_reset_minutes: 0}", "desk_break.idle_reset_minutes",
     "0 is out of range (1–60 minutes); using 1"),
    ("desk_break: {after_minutes: 1" + "0" * 20 + "}", "desk_break.after_minutes",
     "a very large number is out of range"),
    ("desk_break: {after_minutes: '50'}", "desk_break.after_minutes",
     "should be a whole number of minutes, not '50'; using 50"),
    ("desk_break: {enabled: maybe}", "desk_break.enabled",
     "should be yes or no (true/false), not 'maybe'; using false"),
    ("desk_break: {routine: ''}", "desk_break.routine", "should name a routine"),
    ("desk_break: [on]", "desk_break", "should be a mapping"),
    ("start_at_login: 1", "start_at_login", "should be yes or no"),
    ("close_to_tray: null", "close_to_tray", "not None; using true"),
    ("routines: {a: b}", "routines", "should be a list of routine reminders"),
    ("snooze_minutes: 5", "snooze_minutes", "is not a reminder setting; it was ignored"),
])
def test_a_bad_value_falls_back_and_the_note_names_line_and_field(
        text: str, field: str, words: str) -> None:
    settings, notes = read(f"version: 3\nreminders:\n  {text}\n")
    assert len(notes) == 1, notes
    assert notes[0].startswith(f"{FILE}:3: settings.reminders.{field}: ")
    assert words in notes[0]
    assert settings.desk_break.routine_id == "desk-break"  # the rest are defaults


def test_a_section_that_is_not_a_mapping_sets_no_reminders_and_says_so() -> None:
    settings, notes = read("reminders: every morning\n")
    assert settings == ReminderSettings()
    assert notes == [f"{FILE}:1: settings.reminders: should be a mapping of reminder "
                     "settings; no reminders are set"]


def test_too_many_reminders_keep_the_first_fifty() -> None:
    items = "".join(f"    - {{routine: r{i}, at: '07:30'}}\n" for i in range(60))
    settings, notes = read(f"reminders:\n  routines:\n{items}")
    assert len(settings.routines) == 50
    assert notes == [f"{FILE}:2: settings.reminders.routines: has 60 reminders; only the "
                     "first 50 are kept"]


def test_the_upgrade_to_version_3_writes_the_reminders_out_and_keeps_the_rest() -> None:
    old = {"level": "advanced", "volume": 0.5}
    new = upgrade_2_to_3(old)
    assert new == {"level": "advanced", "volume": 0.5,
                   "reminders": reminders_to_data(ReminderSettings())}
    assert old == {"level": "advanced", "volume": 0.5}  # the input is not changed
    mine = {"reminders": reminders_to_data(CHANGED)}
    assert upgrade_2_to_3(mine) == mine  # a section already there is kept as it is


def test_the_model_refuses_what_the_file_reader_never_builds() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        RoutineReminder("x", time(7, 30), frozenset())
    with pytest.raises(ValueError, match="out of range"):
        DeskBreak(after_minutes=5)
    with pytest.raises(ValueError, match="hour and minute"):
        RoutineReminder("x", time(7, 30, 15))


def test_days_read_as_words() -> None:
    assert days_phrase(WEEKDAYS) == "on weekdays"
    assert days_phrase(EVERY_DAY) == "every day"
    assert days_phrase(WEEKEND) == "at weekends"
    assert days_phrase(frozenset({Weekday.FRIDAY, Weekday.MONDAY})) == "on Mon and Fri"
    assert days_phrase(frozenset({Weekday.TUESDAY})) == "on Tue"
