"""ItemPanel: the chosen item's hold, repetitions and side order, each inherited until set.

Each value shows what the item inherits from its stretch and the person's settings
(and from where: "intermediate level", "your hold for this stretch") until the person
sets their own; Reset goes back to the inherited value. A value outside what a routine
file may hold is said in words under it, as it is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.item_defaults import SIDE_ORDER_WORDS, Inherited
from stretchdesk.core.model import SideOrder, Stretch
from stretchdesk.core.routine_draft import DraftItem

SIDE_ORDER_NAMES = {SideOrder.ALTERNATE: str(QT_TRANSLATE_NOOP("ItemPanel", "Alternate sides")),
                    SideOrder.ONE_SIDE_FIRST: str(QT_TRANSLATE_NOOP("ItemPanel", "One side first"))}
# Wide enough to type any mistake; what a file may hold is checked and said in words.
HOLD_TYPING_RANGE = (0, 3600)
REPS_TYPING_RANGE = (0, 99)


def problem_label(parent: QWidget, name: str) -> QLabel:
    """A label for a field's problem, in words, shown under the field (hidden when fine)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # A palette colour, not a style sheet: a style sheet would stop the label following
    # the window's font (the person's text scale).
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
    label.setPalette(palette)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    """Shows `text` in a problem label, or hides it when there is none."""
    label.setText(text)
    label.setVisible(bool(text))


class ItemPanel(QGroupBox):
    """Edits one item; changes are asked for, not made (the window makes undo steps).

    Signals:
        change_requested(int, str, object): item key, field (hold_seconds, reps,
            side_order) and new value (None: inherit again).
    """

    change_requested = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self._key: int | None = None
        self.hold = QSpinBox(self)
        self.hold.setObjectName("holdSeconds")
        self.hold.setRange(*HOLD_TYPING_RANGE)
        self.hold.setSuffix(self.tr(" s"))
        self.hold.setAccelerated(True)
        self.hold_from = self._source_label()
        self.hold_reset = QPushButton(self.tr("Reset"), self)
        self.hold_problem = problem_label(self, "holdProblem")
        self.reps = QSpinBox(self)
        self.reps.setObjectName("reps")
        self.reps.setRange(*REPS_TYPING_RANGE)
        self.reps_from = self._source_label()
        self.reps_reset = QPushButton(self.tr("Reset"), self)
        self.reps_problem = problem_label(self, "repsProblem")
        self.side_order = QComboBox(self)
        self.side_order.setObjectName("sideOrder")
        for order in SideOrder:
            self.side_order.addItem(self.tr(SIDE_ORDER_NAMES[order]), order)
        self.side_from = self._source_label()
        self.side_reset = QPushButton(self.tr("Reset"), self)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Hold"), self.hold),
                    self._row(self.hold, self.hold_from, self.hold_reset))
        form.addRow("", self.hold_problem)
        form.addRow(self._label(self.tr("&Repetitions"), self.reps),
                    self._row(self.reps, self.reps_from, self.reps_reset))
        form.addRow("", self.reps_problem)
        form.addRow(self._label(self.tr("Si&de order"), self.side_order),
                    self._row(self.side_order, self.side_from, self.side_reset))
        # Named here: a label names its buddy for a screen reader only beside it, and the
        # fields sit in their rows' own widgets.
        self.hold.setAccessibleName(self.tr("Hold"))
        self.reps.setAccessibleName(self.tr("Repetitions"))
        self.side_order.setAccessibleName(self.tr("Side order"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        self.hold.valueChanged.connect(lambda v: self._ask("hold_seconds", float(v)))
        self.reps.valueChanged.connect(lambda v: self._ask("reps", int(v)))
        self.side_order.activated.connect(
            lambda i: self._ask("side_order", self.side_order.itemData(i)))
        self.hold_reset.clicked.connect(lambda: self._ask("hold_seconds", None))
        self.reps_reset.clicked.connect(lambda: self._ask("reps", None))
        self.side_reset.clicked.connect(lambda: self._ask("side_order", None))
        # Three Resets, told apart by ear.
        for reset, tip, name in (
                (self.hold_reset, self.tr("Use the inherited hold again"), self.tr("Reset hold")),
                (self.reps_reset, self.tr("Use the inherited repetitions again"),
                 self.tr("Reset repetitions")),
                (self.side_reset, self.tr("Use the inherited side order again"),
                 self.tr("Reset side order"))):
            reset.setToolTip(tip)
            reset.setAccessibleName(name)
        self.show_item(None, None, None)

    def _source_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _row(self, field: QWidget, source: QLabel, reset: QPushButton) -> QWidget:
        """The field, where its value comes from, and Reset, on one line.

        In a widget of their own: a form row grows for a wrapped label (a longer language,
        a narrow window) only when its field is a widget.
        """
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        row.addWidget(source, 1)
        row.addWidget(reset)
        return box

    @property
    def key(self) -> int | None:
        """The key of the item shown (None: no item chosen)."""
        return self._key

    def show_item(self, item: DraftItem | None, stretch: Stretch | None,
                  inherited: Inherited | None, hold_problem: str = "",
                  reps_problem: str = "") -> None:
        """Shows `item` of `stretch`, with what it inherits, and its problems."""
        self._key = item.key if item is not None else None
        for widget in (self.hold, self.reps, self.side_order, self.hold_reset, self.reps_reset,
                       self.side_reset):
            widget.setEnabled(item is not None)
        if item is None or stretch is None or inherited is None:
            self.setTitle(self.tr("Chosen stretch: none"))
            for label in (self.hold_from, self.reps_from, self.side_from):
                label.clear()
            show_problem(self.hold_problem, "")
            show_problem(self.reps_problem, "")
            return
        self.setTitle(self.tr("Chosen stretch: {name}").format(name=stretch.name))
        own_hold, own_reps = item.hold_seconds is not None, item.reps is not None
        hold = item.hold_seconds if item.hold_seconds is not None else inherited.hold_seconds
        self._set_quietly(self.hold, round(hold))
        self._set_quietly(self.reps, item.reps if item.reps is not None else inherited.reps)
        held = QLocale().toString(float(inherited.hold_seconds), "g", 6)
        self.hold_from.setText(
            self.tr("Your own; inherited: {seconds} s from {source}").format(
                seconds=held, source=inherited.hold_from) if own_hold
            else self.tr("Inherited from {source}").format(source=inherited.hold_from))
        self.reps_from.setText(self._reps_source(stretch.unilateral, own_reps, inherited))
        self.hold_reset.setEnabled(own_hold)
        self.reps_reset.setEnabled(own_reps)
        show_problem(self.hold_problem, hold_problem)
        show_problem(self.reps_problem, reps_problem)
        self._show_side_order(item, inherited)

    def _show_side_order(self, item: DraftItem, inherited: Inherited) -> None:
        if inherited.side_order is None:  # a two-sided stretch
            self.side_order.setEnabled(False)
            self.side_reset.setEnabled(False)
            self.side_from.setText(self.tr("Both sides at once"))
            return
        order = item.side_order or inherited.side_order
        self.side_order.setCurrentIndex(self.side_order.findData(order))
        self.side_reset.setEnabled(item.side_order is not None)
        words = SIDE_ORDER_WORDS[inherited.side_order]
        self.side_from.setText(
            self.tr("Your own; inherited: {order} from {source}").format(
                order=words, source=inherited.side_order_from) if item.side_order is not None
            else self.tr("Inherited from {source}").format(source=inherited.side_order_from))

    def _reps_source(self, per_side: bool, own: bool, inherited: Inherited) -> str:
        """Where the repetitions come from, in words."""
        source, reps = inherited.reps_from, inherited.reps
        if own and per_side:
            text = self.tr("Your own per side; inherited: {reps} from {source}")
        elif own:
            text = self.tr("Your own; inherited: {reps} from {source}")
        elif per_side:
            text = self.tr("Inherited per side from {source}")
        else:
            text = self.tr("Inherited from {source}")
        return text.format(reps=QLocale().toString(reps), source=source)

    @staticmethod
    def _set_quietly(spin: QSpinBox, value: int) -> None:
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)

    def _ask(self, field: str, value: object) -> None:
        if self._key is not None:
            self.change_requested.emit(self._key, field, value)
