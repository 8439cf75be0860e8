"""RoutineButtons: the picker's buttons for the person's own routines, each naming its key.

New, Duplicate, Edit, Delete, Import and Export. A preset cannot be changed: for one,
Edit reads "Duplicate to change it" (and does that), and Delete is off. Like the rest
of the first screen, this stays clear of PySide's `Qt` namespace (see ui/picker.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from stretchdesk.ui.type_scale import sized_font

EDIT_OWN = "Edit  (Ctrl+E)"
EDIT_PRESET = "Duplicate to change it  (Ctrl+E)"


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
        self.new_button = self._button("New  (Ctrl+N)", "Build a routine of your own",
                                       self.new_requested)
        self.duplicate_button = self._button(
            "Duplicate  (Ctrl+D)", "Start a routine of your own from this one",
            self.duplicate_requested)
        self.edit_button = self._button(EDIT_OWN, "Change this routine", self.edit_requested)
        self.delete_button = self._button("Delete  (Del)", "Delete this routine of yours",
                                          self.delete_requested)
        self.import_button = self._button("Import…  (Ctrl+O)",
                                          "Add a routine someone shared with you",
                                          self.import_requested)
        self.export_button = self._button("Export…  (Ctrl+Shift+E)",
                                          "Save this routine as a file to share",
                                          self.export_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.duplicate_button, self.edit_button,
                       self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)

    def _button(self, text: str, tip: str, signal: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(signal)
        return button

    def show_selection(self, selected: bool, own: bool) -> None:
        """Fits the buttons to the selected routine (`own`: one of the person's)."""
        for button in (self.duplicate_button, self.edit_button, self.export_button):
            button.setEnabled(selected)
        self.edit_button.setText(EDIT_OWN if own or not selected else EDIT_PRESET)
        self.edit_button.setToolTip("Change this routine" if own else
                                    "Presets cannot be changed: start your own copy of it")
        self.delete_button.setEnabled(selected and own)
        self.delete_button.setToolTip("Delete this routine of yours" if own else
                                      "Presets cannot be deleted")

    def set_pixel_size(self, pixels: int) -> None:
        """Sizes the buttons' text (the picker's type grows with the window)."""
        for button in self.findChildren(QPushButton):
            button.setFont(sized_font(self.font(), pixels))
