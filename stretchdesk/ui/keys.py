"""The keys of the main window, in one table: what each does and where it works."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Key = Qt.Key


class Where(Enum):
    """Which screen a key works on."""

    EVERYWHERE = "everywhere"
    SESSION = "session"
    FINISH = "finish"


@dataclass(frozen=True)
class KeyBinding:
    """Keys that do one action (a method name of the window) on one screen."""

    action: str
    keys: tuple[QKeySequence, ...]
    where: Where


def _keys(*keys: Key | str) -> tuple[QKeySequence, ...]:
    return tuple(QKeySequence(k) for k in keys)


# Keypad + and - need no entries of their own: Qt retries a keypad key without the
# keypad modifier when nothing else matches it.
BINDINGS: tuple[KeyBinding, ...] = (
    KeyBinding("toggle_pause", _keys(Key.Key_Space), Where.SESSION),
    KeyBinding("skip", _keys(Key.Key_Right, Key.Key_N), Where.SESSION),
    KeyBinding("back", _keys(Key.Key_Left, Key.Key_P), Where.SESSION),
    KeyBinding("longer", _keys(Key.Key_Plus, Key.Key_Equal), Where.SESSION),
    KeyBinding("shorter", _keys(Key.Key_Minus, Key.Key_Underscore), Where.SESSION),
    KeyBinding("toggle_mute", _keys(Key.Key_M), Where.EVERYWHERE),
    KeyBinding("toggle_fullscreen", _keys(Key.Key_F, Key.Key_F11), Where.EVERYWHERE),
    KeyBinding("escape", _keys(Key.Key_Escape), Where.EVERYWHERE),
    KeyBinding("request_settings", _keys(Key.Key_S, "Ctrl+,"), Where.EVERYWHERE),
    KeyBinding("back_to_picker", _keys(Key.Key_Return, Key.Key_Enter), Where.FINISH),
    KeyBinding("remember_holds", _keys(Key.Key_K), Where.FINISH),
)


def install(window: QWidget, owner: QObject | None = None) -> dict[Where, list[QShortcut]]:
    """Makes a window-wide QShortcut for every binding, calling `window.<action>()`."""
    made: dict[Where, list[QShortcut]] = {where: [] for where in Where}
    for binding in BINDINGS:
        slot = getattr(window, binding.action)
        for sequence in binding.keys:
            shortcut = QShortcut(sequence, owner or window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)
            made[binding.where].append(shortcut)
    return made
