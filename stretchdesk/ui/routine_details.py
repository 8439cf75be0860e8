"""RoutineDetails: the selected routine's purpose, length, needs, and its stretches with
what each works."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.words import format_duration
from stretchdesk.ui.accent_button import AccentButton
from stretchdesk.ui.plain_text import show_plain
from stretchdesk.ui.push_button import push_button
from stretchdesk.ui.stretch_overview import StretchOverview

# Qt.ScrollBarPolicy.ScrollBarAlwaysOff as its number: the details show with the first
# window, which stays clear of PySide's Qt namespace (see picker.py).
SCROLL_BAR_NEVER = 1
STRETCHES_HEADING = str(QT_TRANSLATE_NOOP(
    "RoutineDetails", "What each stretch works (click one, or press I, for more):"))
# The words of the routine files' `needs` and of the levels, in the language of the run.
NEED_WORDS = {
    "floor": str(QT_TRANSLATE_NOOP("RoutineDetails", "floor")),
    "chair": str(QT_TRANSLATE_NOOP("RoutineDetails", "chair")),
    "desk": str(QT_TRANSLATE_NOOP("RoutineDetails", "desk")),
    "bed": str(QT_TRANSLATE_NOOP("RoutineDetails", "bed")),
}
LEVEL_WORDS = {
    "beginner": str(QT_TRANSLATE_NOOP("RoutineDetails", "beginner")),
    "intermediate": str(QT_TRANSLATE_NOOP("RoutineDetails", "intermediate")),
    "advanced": str(QT_TRANSLATE_NOOP("RoutineDetails", "advanced")),
}

translate = QCoreApplication.translate


def _word(table: dict[str, str], word: str) -> str:
    """`word` from a routine file or the settings, translated when it is a known one."""
    return translate("RoutineDetails", table[word]) if word in table else word


class RoutineCounts(QObject):
    """Counted words in the language of the run. In a QObject because pyside6-lupdate
    sees a plural (%n) only in self.tr() with a variable count, not in translate()."""

    def stretches(self, count: int) -> str:
        """"3 stretches" (English picks the form here; French has its own two)."""
        return (self.tr("%n stretch", "", count) if count == 1
                else self.tr("%n stretches", "", count))


@cache
def _counts() -> RoutineCounts:
    return RoutineCounts()


def routine_length(seconds: float) -> str:
    """A routine's length as the language writes one: "9:40" in English, "9 min 40" in
    French (where "12:00" would read as noon). An hour or more: h:mm:ss."""
    minutes, rest = divmod(round(seconds), 60)
    if minutes >= 60:
        return format_duration(seconds)
    template = (translate("RoutineDetails", "{minutes}:00") if rest == 0
                else translate("RoutineDetails", "{minutes}:{seconds}"))
    return template.format(minutes=QLocale().toString(minutes), seconds=f"{rest:02d}")


def stretch_count(count: int) -> str:
    """"3 stretches", in the language of the run."""
    return _counts().stretches(count)


@dataclass(frozen=True)
class RoutineFacts:
    """What the picker tells about one routine at the current level."""

    id: str
    name: str
    purpose: str
    seconds: float
    stretch_names: tuple[str, ...]
    needs: tuple[str, ...]
    level_word: str
    caution_count: int
    cautions_hidden: bool
    user: bool
    stretch_works: tuple[tuple[str, ...], ...] = ()  # body areas, one entry per stretch

    @property
    def needs_text(self) -> str:
        """"Needs: floor, desk", or a note that nothing is needed."""
        if not self.needs:
            return translate("RoutineDetails", "Needs nothing but a little space")
        needs = ", ".join(_word(NEED_WORDS, need) for need in self.needs)
        if "floor" in self.needs:
            return translate("RoutineDetails", "Needs: {needs}").format(needs=needs)
        return translate("RoutineDetails", "Needs: {needs} (no floor)").format(needs=needs)

    @property
    def summary_line(self) -> str:
        """The one line the routine list shows under the name."""
        where = (", ".join(_word(NEED_WORDS, need) for need in self.needs)
                 or translate("RoutineDetails", "anywhere"))
        return (f"{routine_length(self.seconds)}  ·  {stretch_count(len(self.stretch_names))}"
                f"  ·  {where}")


class RoutineDetails(QWidget):
    """Shows one RoutineFacts and a Start button.

    Signals:
        start_requested(): the person pressed Start.
        guide_requested(int): the person clicked the stretch at this (0-based) place.
    """

    start_requested = Signal()
    guide_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineDetails")
        self.name_label = QLabel(self)
        self.name_label.setObjectName("routineName")
        self.purpose_label = QLabel(self)
        self.length_label = QLabel(self)
        self.length_label.setObjectName("routineLength")
        self.needs_label = QLabel(self)
        self.stretches_label = QLabel(translate("RoutineDetails", STRETCHES_HEADING), self)
        self.overview = StretchOverview(self)
        self.overview.stretch_clicked.connect(self.guide_requested)
        self.cautions_label = QLabel(self)
        self.cautions_label.setObjectName("cautionsNote")
        for label in (self.name_label, self.purpose_label, self.needs_label,
                      self.stretches_label, self.cautions_label, self.length_label):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            show_plain(label)  # names and purposes come from the person's files
        # Each button's words with its key, and without for a row too narrow for the key.
        self._wordings = {
            "start": (translate("RoutineDetails", "Start  (Enter)"),
                      translate("RoutineDetails", "Start")),
            "safety": (translate("RoutineDetails", "Warning signs  (W)"),
                       translate("RoutineDetails", "Warning signs")),
        }
        self.start_button = AccentButton(self._wordings["start"][0], self)
        self.start_button.setObjectName("startButton")
        # "(Enter)" is for the eyes.
        self.start_button.setAccessibleName(self._wordings["start"][1])
        # The one thing to do on this screen, so it looks like it.
        self.set_high_contrast(False)
        self.start_button.setToolTip(translate("RoutineDetails", "Start this routine (Enter)"))
        self.start_button.clicked.connect(self.start_requested)
        self.safety_button = push_button(self._wordings["safety"][0], self)
        self.safety_button.setObjectName("safetyButton")
        self.safety_button.setAccessibleName(self._wordings["safety"][1])
        self.safety_button.setToolTip(
            translate("RoutineDetails", "When to see a doctor instead of stretching (W)"))
        # The facts scroll when large text leaves them no room; Start stays in view.
        self.text_area = QScrollArea(self)
        self.text_area.setObjectName("routineFacts")
        self.text_area.setAccessibleName(translate("RoutineDetails", "About this routine"))
        self.text_area.setWidgetResizable(True)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_NEVER)
        facts = QWidget()
        # Its height is what its words need at the width they have (the scroll area asks
        # the layout), not the sum of each label's minimum, which Qt works out as if the
        # text were wrapped narrow: that showed a scroll bar beside facts that fitted.
        facts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        column = QVBoxLayout(facts)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.name_label)
        column.addWidget(self.purpose_label)
        column.addSpacing(8)
        column.addWidget(self.length_label)
        column.addWidget(self.needs_label)
        column.addSpacing(8)
        column.addWidget(self.stretches_label)
        column.addWidget(self.overview)
        column.addSpacing(8)
        column.addWidget(self.cautions_label)
        column.addStretch(1)
        # A viewport of our own, see-through: asking the scroll area for the one it made
        # would have PySide resolve every widget type first (~20 ms before the first paint).
        viewport = QWidget()
        viewport.setAutoFillBackground(False)
        self.text_area.setViewport(viewport)
        self.text_area.setWidget(facts)
        facts.setAutoFillBackground(False)
        outer = self._outer = QVBoxLayout(self)
        outer.addWidget(self.text_area, 1)
        button_row = self._button_row = QHBoxLayout()  # keeps the button its own width
        button_row.addWidget(self.start_button)
        button_row.addStretch(1)
        button_row.addWidget(self.safety_button)
        outer.addLayout(button_row)
        # Tab reads on from the routine list: its facts, then Start, then the warning signs.
        QWidget.setTabOrder(self.text_area, self.start_button)
        QWidget.setTabOrder(self.start_button, self.safety_button)
        self._facts: RoutineFacts | None = None

    def fit_buttons(self) -> None:
        """Names the keys on Start and Warning signs when the row has room for them (a
        longer language or larger type may leave none); their tooltips always do."""
        margins = self._outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        for wording in (0, 1):  # with the keys, then without
            self.start_button.setText(self._wordings["start"][wording])
            self.safety_button.setText(self._wordings["safety"][wording])
            self._button_row.invalidate()  # its size hint is kept until then
            if self._button_row.sizeHint().width() <= room:
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_buttons()

    def set_high_contrast(self, on: bool) -> None:
        """Start in the palette's highlight (7:1 or more) in high contrast, else our blue."""
        self.start_button.draw_with_style_sheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " border: 3px solid palette(window-text); border-radius: 6px;"
            " padding: 0.3em 1.2em; }"
            "QPushButton:disabled { background: palette(window);"
            " color: palette(window-text); border-style: dashed; }" if on else "")

    @property
    def facts(self) -> RoutineFacts | None:
        """What is shown."""
        return self._facts

    def show_facts(self, facts: RoutineFacts | None) -> None:
        """Shows `facts` (None: nothing selected)."""
        self._facts = facts
        self.start_button.setEnabled(facts is not None)
        if facts is None:
            for label in (self.name_label, self.purpose_label, self.length_label,
                          self.needs_label, self.cautions_label):
                label.clear()
            self.overview.show_stretches((), ())
            self.stretches_label.hide()
            return
        self.name_label.setText(translate("RoutineDetails", "{name}  (yours)").format(
            name=facts.name) if facts.user else facts.name)
        self.purpose_label.setText(facts.purpose)
        self.length_label.setText(translate("RoutineDetails", "{length} at {level} level").format(
            length=routine_length(facts.seconds), level=_word(LEVEL_WORDS, facts.level_word)))
        self.needs_label.setText(facts.needs_text)
        self.stretches_label.show()
        works = facts.stretch_works or tuple(() for _ in facts.stretch_names)
        self.overview.show_stretches(facts.stretch_names, works)
        if not facts.caution_count:
            self.cautions_label.clear()
        elif facts.cautions_hidden:
            self.cautions_label.setText(translate(
                "RoutineDetails", "You chose not to see this routine's cautions again."))
        else:
            self.cautions_label.setText(translate(
                "RoutineDetails", "⚠ Read the cautions for these stretches before you begin; "
                "they are shown when you start."))
