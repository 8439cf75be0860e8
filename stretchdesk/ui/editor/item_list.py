"""ItemList: the routine's stretches in order, moved, copied and removed by key or button.

With the list focused: Delete removes the chosen item, Alt+↑ / Alt+↓ move it, Ctrl+D
adds a copy under it; rows can be dragged to another place too, and stretches dropped
in from the library. Every change is asked for (signals) and made as an undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.ui.editor.draft_model import DraftModel
from stretchdesk.ui.editor.item_panel import problem_label
from stretchdesk.ui.editor.thumbnails import Thumbnails


class ItemList(QWidget):
    """The list of the routine's items and the buttons that change it.

    Signals:
        remove_requested(int): remove the item at this row.
        move_requested(int, int): move the item at this row to that row.
        duplicate_requested(int): add a copy of the item at this row under it.
        current_changed(int): the chosen row (-1: none).
    """

    remove_requested = Signal(int)
    move_requested = Signal(int, int)
    duplicate_requested = Signal(int)
    current_changed = Signal(int)

    def __init__(self, model: DraftModel, thumbnails: Thumbnails,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QListView(self)
        self.view.setObjectName("routineItems")
        # Lists take no name from a buddy label.
        self.view.setAccessibleName(self.tr("Stretches in this routine"))
        self.view.setModel(model)
        self.view.setIconSize(thumbnails.size)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.current_changed.emit(current.row()))
        heading = QLabel(self.tr("Stretches &in this routine"), self)
        heading.setBuddy(self.view)
        self.problem = problem_label(self, "itemsProblem")
        self.remove_button = QPushButton(self.tr("Remove  (Delete)"), self)
        self.up_button = QPushButton(self.tr("Move up  (Alt+↑)"), self)
        self.down_button = QPushButton(self.tr("Move down  (Alt+↓)"), self)
        self.copy_button = QPushButton(self.tr("Duplicate  (Ctrl+D)"), self)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.copy_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.view, 1)
        column.addWidget(self.problem)
        column.addLayout(buttons)
        for keys, action in (("Delete", self.remove), ("Alt+Up", self.move_up),
                             ("Alt+Down", self.move_down), ("Ctrl+D", self.duplicate)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.copy_button.clicked.connect(self.duplicate)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self.current_changed.connect(self._update_buttons)
        self._update_buttons()

    @property
    def current_row(self) -> int:
        """The chosen row (-1: none)."""
        return self.view.currentIndex().row()

    def choose(self, row: int) -> None:
        """Makes `row` the chosen one (shown in the item panel)."""
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))

    def remove(self) -> None:
        """Delete: removes the chosen item."""
        if self.current_row >= 0:
            self.remove_requested.emit(self.current_row)

    def move_up(self) -> None:
        """Alt+↑: the chosen item one place earlier."""
        row = self.current_row
        if row > 0:
            self.move_requested.emit(row, row - 1)

    def move_down(self) -> None:
        """Alt+↓: the chosen item one place later."""
        row = self.current_row
        if 0 <= row < self.model.rowCount() - 1:
            self.move_requested.emit(row, row + 1)

    def duplicate(self) -> None:
        """Ctrl+D: a copy of the chosen item under it."""
        if self.current_row >= 0:
            self.duplicate_requested.emit(self.current_row)

    def _update_buttons(self, *_args: object) -> None:
        row, count = self.current_row, self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.copy_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
