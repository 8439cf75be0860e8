"""The keys of the main window, in one table: what each does and where it works.

The keys overlay (? or F1, ui/key_overlay.py) is drawn from this table, so what it lists
is what the window does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class Where(Enum):
    """Which screen a key works on."""

    EVERYWHERE = "everywhere"
    PICKER = "picker"
    SESSION = "session"
    FINISH = "finish"


# Each screen's heading in the keys overlay, in the order it lists them.
WHERE_WORDS: dict[Where, str] = {
    Where.EVERYWHERE: "Anywhere",
    Where.PICKER: "Choosing a routine",
    Where.SESSION: "During a session",
    Where.FINISH: "After a session",
}


@dataclass(frozen=True)
class KeyBinding:
    """Keys that do one action (named, see `install`) on one screen."""

    action: str
    keys: tuple[QKeySequence, ...]
    where: Where


def _keys(*keys: str) -> tuple[QKeySequence, ...]:
    # Key names rather than Qt.Key values: the window is built before anything else
    # needs PySide's Qt namespace, whose first use costs ~14 ms (see ui/picker.py).
    return tuple(QKeySequence(k) for k in keys)


# Keypad + and - need no entries of their own: Qt retries a keypad key without the
# keypad modifier when nothing else matches it.
BINDINGS: tuple[KeyBinding, ...] = (
    KeyBinding("start_selected", _keys("Return", "Enter"), Where.PICKER),
    KeyBinding("toggle_pause", _keys("Space"), Where.SESSION),
    KeyBinding("skip", _keys("Right", "N"), Where.SESSION),
    KeyBinding("back", _keys("Left", "P"), Where.SESSION),
    KeyBinding("longer", _keys("+", "="), Where.SESSION),
    KeyBinding("shorter", _keys("-", "_"), Where.SESSION),
    KeyBinding("about_stretch", _keys("I"), Where.SESSION),
    KeyBinding("show_safety", _keys("W"), Where.PICKER),
    KeyBinding("about_stretches", _keys("I"), Where.PICKER),
    KeyBinding("toggle_mute", _keys("M"), Where.EVERYWHERE),
    KeyBinding("toggle_fullscreen", _keys("F", "F11"), Where.EVERYWHERE),
    KeyBinding("escape", _keys("Esc"), Where.EVERYWHERE),
    KeyBinding("request_settings", _keys("S", "Ctrl+,"), Where.EVERYWHERE),
    KeyBinding("quit", _keys("Ctrl+Q"), Where.EVERYWHERE),
    KeyBinding("back_to_picker", _keys("Return", "Enter"), Where.FINISH),
    KeyBinding("remember_holds", _keys("K"), Where.FINISH),
    # The person's own routines (ui/routine_actions.py): the picker's buttons say these.
    KeyBinding("new_routine", _keys("Ctrl+N"), Where.PICKER),
    KeyBinding("duplicate_routine", _keys("Ctrl+D"), Where.PICKER),
    KeyBinding("edit_routine", _keys("Ctrl+E", "F2"), Where.PICKER),
    KeyBinding("delete_routine", _keys("Delete"), Where.PICKER),
    KeyBinding("undo_delete", _keys("Ctrl+Z"), Where.PICKER),
    KeyBinding("import_routine", _keys("Ctrl+O", "Ctrl+I"), Where.PICKER),
    KeyBinding("export_routine", _keys("Ctrl+Shift+E"), Where.PICKER),
    KeyBinding("show_keys", _keys("?", "F1"), Where.EVERYWHERE),
)

# What each action does, in the words of the keys overlay (every binding's action has one).
ACTION_WORDS: dict[str, str] = {
    "start_selected": "Start the routine chosen in the list",
    "toggle_pause": "Pause or resume",
    "skip": "Skip to the next phase",
    "back": "Restart this phase, or go back to the one before",
    "longer": "5 seconds more of this phase",
    "shorter": "5 seconds less of this phase",
    "about_stretch": "About this stretch: tips, easier and harder versions (I again hides it)",
    "show_safety": "Warning signs: when to stop and get help",
    "about_stretches": "About the chosen routine's stretches",
    "quit": "Quit StretchDesk (during a session it asks first)",
    "toggle_mute": "Mute or unmute the chimes and voice",
    "toggle_fullscreen": "Mat mode: fill the screen, for reading from the floor",
    "escape": "Leave mat mode; in a session, stop (it asks first); after one, go back",
    "request_settings": "Settings (a session pauses first)",
    "back_to_picker": "Back to the routines",
    "remember_holds": "Keep the holds changed with + and − for next time",
    "show_keys": "This list of keys",
    "new_routine": "A new routine of your own, in the editor",
    "duplicate_routine": "A copy of the chosen routine, to change as you like",
    "edit_routine": "Change the chosen routine (your own ones)",
    "delete_routine": "Delete the chosen routine of yours (it can be brought back)",
    "undo_delete": "Bring back the routine just deleted",
    "import_routine": "Add a routine from a file someone shared",
    "export_routine": "Save the chosen routine to a file, to share it",
}

# Keys that the controls themselves answer to, listed in the overlay after the table's.
CONTROL_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab, Shift+Tab", "Move to the next or the previous control"),
    ("Up, Down", "Choose in a list"),
    ("Alt + underlined letter", "The control with that letter"),
    ("Space", "Press the button that has the focus (outside a session)"),
    ("Esc", "Close a window or a question"),
)


def install(window: QWidget, actions: Mapping[str, Callable[[], object]],
            owner: QObject | None = None) -> dict[Where, list[QShortcut]]:
    """Makes a window-wide QShortcut for every binding, calling `actions[binding.action]`.

    Window-wide is QShortcut's default context, so it is not set again here.
    """
    made: dict[Where, list[QShortcut]] = {where: [] for where in Where}
    for binding in BINDINGS:
        slot = actions[binding.action]
        for sequence in binding.keys:
            shortcut = QShortcut(sequence, owner or window)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)
            made[binding.where].append(shortcut)
    return made
