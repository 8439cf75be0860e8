"""The keys of the main window, in one table: what each does and where it works.

The keys overlay (? or F1, ui/key_overlay.py) is drawn from this table, so what it lists
is what the window does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from stretchdesk.core.words import BACK_TEN_KEY
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP


class Where(Enum):
    """Which screen a key works on."""

    EVERYWHERE = "everywhere"
    PICKER = "picker"
    SESSION = "session"
    FINISH = "finish"
    CHECK_IN = "check-in"  # while the back question shows (session or finish screen)


# Each screen's heading in the keys overlay, in the order it lists them.
WHERE_WORDS: dict[Where, str] = {
    Where.EVERYWHERE: QT_TRANSLATE_NOOP("keys", "Anywhere"),
    Where.PICKER: QT_TRANSLATE_NOOP("keys", "Choosing a routine"),
    Where.SESSION: QT_TRANSLATE_NOOP("keys", "During a session"),
    Where.FINISH: QT_TRANSLATE_NOOP("keys", "After a session"),
    Where.CHECK_IN: QT_TRANSLATE_NOOP("keys", "While “How does your back feel?” shows"),
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
    # The history (ui/history_screens.py): H opens it; the screen's own keys are its own.
    KeyBinding("show_history", _keys("H"), Where.PICKER),
    KeyBinding("show_history", _keys("H"), Where.FINISH),
    # The back check-in's answers, 0 to 10: a digit key, and T (core.words) for 10. None
    # of these keys does anything else on the session or finish screen.
    *(KeyBinding(f"back_score_{n}", _keys(str(n)), Where.CHECK_IN) for n in range(10)),
    KeyBinding("back_score_10", _keys(BACK_TEN_KEY), Where.CHECK_IN),
)

# What each action does, in the words of the keys overlay (every binding's action has one).
BACK_SCORE_WORDS = QT_TRANSLATE_NOOP("keys", "Your back: {score}")
ACTION_WORDS: dict[str, str] = {
    "start_selected": QT_TRANSLATE_NOOP("keys", "Start the routine chosen in the list"),
    "toggle_pause": QT_TRANSLATE_NOOP("keys", "Pause or resume"),
    "skip": QT_TRANSLATE_NOOP("keys", "Skip to the next phase"),
    "back": QT_TRANSLATE_NOOP("keys", "Restart this phase, or go back to the one before"),
    "longer": QT_TRANSLATE_NOOP("keys", "5 seconds more of this phase"),
    "shorter": QT_TRANSLATE_NOOP("keys", "5 seconds less of this phase"),
    "about_stretch": QT_TRANSLATE_NOOP(
        "keys", "About this stretch: tips, easier and harder versions (I again hides it)"),
    "show_safety": QT_TRANSLATE_NOOP("keys", "Warning signs: when to stop and get help"),
    "about_stretches": QT_TRANSLATE_NOOP("keys", "About the chosen routine's stretches"),
    "quit": QT_TRANSLATE_NOOP("keys", "Quit StretchDesk (during a session it asks first)"),
    "toggle_mute": QT_TRANSLATE_NOOP("keys", "Mute or unmute the chimes and voice"),
    "toggle_fullscreen": QT_TRANSLATE_NOOP(
        "keys", "Mat mode: fill the screen, for reading from the floor"),
    "escape": QT_TRANSLATE_NOOP(
        "keys", "Leave mat mode; in a session, stop (it asks first); after one, go back"),
    "request_settings": QT_TRANSLATE_NOOP("keys", "Settings (a session pauses first)"),
    "back_to_picker": QT_TRANSLATE_NOOP("keys", "Back to the routines"),
    "remember_holds": QT_TRANSLATE_NOOP(
        "keys", "Keep the holds changed with + and − for next time"),
    "show_keys": QT_TRANSLATE_NOOP("keys", "This list of keys"),
    "new_routine": QT_TRANSLATE_NOOP("keys", "A new routine of your own, in the editor"),
    "duplicate_routine": QT_TRANSLATE_NOOP(
        "keys", "A copy of the chosen routine, to change as you like"),
    "edit_routine": QT_TRANSLATE_NOOP("keys", "Change the chosen routine (your own ones)"),
    "delete_routine": QT_TRANSLATE_NOOP(
        "keys", "Delete the chosen routine of yours (it can be brought back)"),
    "undo_delete": QT_TRANSLATE_NOOP("keys", "Bring back the routine just deleted"),
    "import_routine": QT_TRANSLATE_NOOP("keys", "Add a routine from a file someone shared"),
    "export_routine": QT_TRANSLATE_NOOP("keys", "Save the chosen routine to a file, to share it"),
    # -- the history (issue 17) --
    "show_history": QT_TRANSLATE_NOOP(
        "keys", "Your history: streaks, minutes, the back score (Esc comes back)"),
    "back_score_0": QT_TRANSLATE_NOOP("keys", "Your back: 0, no pain"),
    **{f"back_score_{n}": BACK_SCORE_WORDS for n in range(1, 10)},
    "back_score_10": QT_TRANSLATE_NOOP("keys", "Your back: 10, the worst pain"),
}

# Keys that the controls themselves answer to, listed in the overlay after the table's.
CONTROL_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("keys", "Tab, Shift+Tab"),
     QT_TRANSLATE_NOOP("keys", "Move to the next or the previous control")),
    (QT_TRANSLATE_NOOP("keys", "Up, Down"), QT_TRANSLATE_NOOP("keys", "Choose in a list")),
    (QT_TRANSLATE_NOOP("keys", "Alt + underlined letter"),
     QT_TRANSLATE_NOOP("keys", "The control with that letter")),
    (QT_TRANSLATE_NOOP("keys", "Space"),
     QT_TRANSLATE_NOOP("keys", "Press the button that has the focus (outside a session)")),
    (QT_TRANSLATE_NOOP("keys", "Esc"), QT_TRANSLATE_NOOP("keys", "Close a window or a question")),
)


def where_words(where: Where) -> str:
    """A screen's heading in the keys overlay, in the run's language."""
    return QCoreApplication.translate("keys", WHERE_WORDS[where])


def action_words(action: str) -> str:
    """What `action` does, in the words of the keys overlay and the run's language."""
    text = QCoreApplication.translate("keys", ACTION_WORDS[action])
    if ACTION_WORDS[action] == BACK_SCORE_WORDS:
        text = text.format(score=QLocale().toString(int(action.rsplit("_", 1)[1])))
    return text


def control_keys() -> list[tuple[str, str]]:
    """CONTROL_KEYS in the run's language."""
    return [(QCoreApplication.translate("keys", keys), QCoreApplication.translate("keys", words))
            for keys, words in CONTROL_KEYS]


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
