"""RoutineButtons: the picker's buttons for the person's own routines, each naming its key.

New, Duplicate, Edit, Delete, Import and Export. A preset cannot be changed: for one,
Edit reads "Duplicate to change it" (and does that), and Delete is off. Each button
says its key when the row has the room (always in its tooltip). Like the rest of the
first screen, this stays clear of PySide's `Qt` namespace (see ui/picker.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from stretchdesk.ui.type_scale import sized_font

EDIT_OWN = str(QT_TRANSLATE_NOOP("RoutineButtons", "Edit"))
EDIT_PRESET = str(QT_TRANSLATE_NOOP("RoutineButtons", "Duplicate to change it"))
EDIT_OWN_TIP = str(QT_TRANSLATE_NOOP("RoutineButtons", "Change this routine"))

translate = QCoreApplication.translate


def key_text(key: str) -> str:
    """A key as the desktop names it in the language of the run ("Del": "Suppr")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class RoutineButtons(QWidget):
    """A row of buttons under the routine list.

    Signals:
        new_requested(), duplicate_requested(), edit_requested(), delete_requested(),
        import_requested(), export_requested(): the button of that name was pressed.
    """

    new_requested = Signal()
    duplicate_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineButtons")
        self._keys: dict[QPushButton, str] = {}
        self._tips: dict[QPushButton, str] = {}
        self._with_keys = True
        self.new_button = self._button(
            translate("RoutineButtons", "New"), "Ctrl+N",
            translate("RoutineButtons", "Build a routine of your own"), self.new_requested)
        self.duplicate_button = self._button(
            translate("RoutineButtons", "Duplicate"), "Ctrl+D",
            translate("RoutineButtons", "Start a routine of your own from this one"),
            self.duplicate_requested)
        self.edit_button = self._button(
            translate("RoutineButtons", EDIT_OWN), "Ctrl+E",
            translate("RoutineButtons", EDIT_OWN_TIP), self.edit_requested)
        self.delete_button = self._button(
            translate("RoutineButtons", "Delete"), "Del",
            translate("RoutineButtons", "Delete this routine of yours"), self.delete_requested)
        self.import_button = self._button(
            translate("RoutineButtons", "Import…"), "Ctrl+O",
            translate("RoutineButtons", "Add a routine someone shared with you"),
            self.import_requested)
        self.export_button = self._button(
            translate("RoutineButtons", "Export…"), "Ctrl+Shift+E",
            translate("RoutineButtons", "Save this routine as a file to share"),
            self.export_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.duplicate_button, self.edit_button,
                       self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)

    def _button(self, name: str, key: str, tip: str, signal: object) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(signal)
        self._keys[button] = key_text(key)
        self._name(button, name, tip)
        return button

    def _name(self, button: QPushButton, name: str, tip: str) -> None:
        """Sets a button's words (with its key, when there is room) and its tooltip."""
        key = self._keys[button]
        button.setProperty("name", name)
        button.setAccessibleName(name.rstrip("…"))  # the key is said as its shortcut
        button.setText(f"{name}  ({key})" if self._with_keys else name)
        button.setToolTip(f"{tip} ({key})")

    def name_of(self, button: QPushButton) -> str:
        """A button's words without its key."""
        return str(button.property("name"))

    def _fit_keys(self) -> None:
        """Shows the keys on the buttons when the row is wide enough for them."""
        for with_keys in (True, False):
            self._with_keys = with_keys
            for button in self._keys:
                name = self.name_of(button)
                button.setText(f"{name}  ({self._keys[button]})" if with_keys else name)
            layout = self.layout()
            if layout is not None:
                layout.invalidate()  # its size hint is kept until then
            if layout is None or layout.sizeHint().width() <= self.width():
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_keys()

    def show_selection(self, selected: bool, own: bool) -> None:
        """Fits the buttons to the selected routine (`own`: one of the person's)."""
        for button in (self.duplicate_button, self.edit_button, self.export_button):
            button.setEnabled(selected)
        preset = selected and not own
        self._name(self.edit_button,
                   translate("RoutineButtons", EDIT_PRESET if preset else EDIT_OWN),
                   translate("RoutineButtons",
                             "Presets cannot be changed: start your own copy of it")
                   if preset else translate("RoutineButtons", EDIT_OWN_TIP))
        self.delete_button.setEnabled(selected and own)
        self.delete_button.setToolTip(
            translate("RoutineButtons", "Presets cannot be deleted") if preset
            else translate("RoutineButtons", "Delete this routine of yours ({key})").format(
                key=self._keys[self.delete_button]))
        self._fit_keys()

    def set_pixel_size(self, pixels: int) -> None:
        """Sizes the buttons' text (the picker's type grows with the window)."""
        for button in self._keys:
            button.setFont(sized_font(self.font(), pixels))
        self._fit_keys()
