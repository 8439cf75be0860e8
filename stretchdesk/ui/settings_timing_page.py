"""The Timing page: repetitions per side, side order, and the length of every other phase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.settings import RepsMode, Settings, SideOrderChoice
from stretchdesk.core.settings_schema import BOUNDS
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.settings_page import (
    SECONDS,
    BoundedSpinBox,
    SettingsPage,
    hint,
    set_field,
)

SIDE_ORDER_NAMES = {
    SideOrderChoice.STRETCH: QT_TRANSLATE_NOOP("TimingPage", "Each stretch's own order"),
    SideOrderChoice.ALTERNATE: QT_TRANSLATE_NOOP(
        "TimingPage", "Alternate sides every repetition (L R L R)"),
    SideOrderChoice.ONE_SIDE_FIRST: QT_TRANSLATE_NOOP(
        "TimingPage", "All repetitions on one side first (L L R R)"),
}

# (field, label with mnemonic, what the phase is for)
PHASES = (
    ("prepare_seconds", QT_TRANSLATE_NOOP("TimingPage", "Starting &position:"),
     QT_TRANSLATE_NOOP("TimingPage", "to get into position before a stretch")),
    ("release_seconds", QT_TRANSLATE_NOOP("TimingPage", "R&elease:"),
     QT_TRANSLATE_NOOP("TimingPage", "to come out slowly after every hold")),
    ("switch_seconds", QT_TRANSLATE_NOOP("TimingPage", "S&witch sides:"),
     QT_TRANSLATE_NOOP("TimingPage", "between the two sides of a one-sided stretch")),
    ("rest_seconds", QT_TRANSLATE_NOOP("TimingPage", "Rest betwee&n stretches:"),
     QT_TRANSLATE_NOOP("TimingPage", "a pause that shows the next stretch")),
)


class TimingPage(SettingsPage):
    """Repetitions (by level or fixed), side order and phase lengths."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)

        reps_box = QGroupBox(self.tr("Repetitions per side"), self)
        self.reps_by_level = QRadioButton(self.tr("&By level"), reps_box)
        self.reps_fixed = QRadioButton(self.tr("Same number for e&very stretch:"), reps_box)
        self.reps = BoundedSpinBox(BOUNDS["reps"], parent=reps_box)
        self.reps.setAccessibleName(self.tr("Repetitions per side for every stretch"))
        group = QButtonGroup(self)
        group.addButton(self.reps_by_level)
        group.addButton(self.reps_fixed)
        reps_row = QHBoxLayout(reps_box)
        reps_row.addWidget(self.reps_by_level)
        reps_row.addSpacing(16)
        reps_row.addWidget(self.reps_fixed)
        reps_row.addWidget(self.reps)
        reps_row.addStretch(1)
        layout.addWidget(reps_box)

        order_box = QGroupBox(self.tr("One-sided stretches"), self)
        order_form = QFormLayout(order_box)
        order_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.side_order = QComboBox(order_box)
        for choice, name in SIDE_ORDER_NAMES.items():
            self.side_order.addItem(self.tr(name), choice)
        order_label = QLabel(self.tr("Side &order:"), order_box)
        order_label.setBuddy(self.side_order)
        order_form.addRow(order_label, self.side_order)
        layout.addWidget(order_box)

        phase_box = QGroupBox(self.tr("Phase lengths"), self)
        phase_form = QFormLayout(phase_box)
        self.phases: dict[str, BoundedSpinBox] = {}
        for name, label_text, purpose in PHASES:
            spin = BoundedSpinBox(BOUNDS[name], suffix=SECONDS, parent=phase_box)
            spin.setSpecialValueText(self.tr("Off"))  # 0 s leaves the phase out
            label = QLabel(self.tr(label_text), phase_box)
            label.setBuddy(spin)
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(hint(self.tr(purpose), phase_box), 1)
            phase_form.addRow(label, row)
            spin.valueChanged.connect(
                lambda _, n=name, s=spin: self.report(set_field(n, s.setting())))
            self.phases[name] = spin
        phase_form.addRow(hint(self.tr("Off leaves that phase out. Holds are set on the Holds "
                                       "page."), phase_box))
        layout.addWidget(phase_box)
        layout.addStretch(1)

        self.reps_by_level.toggled.connect(self._on_reps_mode)
        self.reps.valueChanged.connect(lambda _: self.report(set_field("reps", self.reps.value())))
        self.side_order.currentIndexChanged.connect(
            lambda _: self.report(set_field("side_order", self.side_order.currentData())))

    def show_settings(self, settings: Settings) -> None:
        """Shows repetitions, side order and phase lengths."""
        fixed = settings.reps_mode is RepsMode.FIXED
        (self.reps_fixed if fixed else self.reps_by_level).setChecked(True)
        self.reps.setValue(settings.reps)
        self.reps.setEnabled(fixed)
        self.side_order.setCurrentIndex(self.side_order.findData(settings.side_order))
        for name, spin in self.phases.items():
            spin.set_setting(getattr(settings, name))

    def _on_reps_mode(self) -> None:
        mode = RepsMode.LEVEL if self.reps_by_level.isChecked() else RepsMode.FIXED
        self.reps.setEnabled(mode is RepsMode.FIXED)
        self.report(set_field("reps_mode", mode))
