"""The Sound page: which cues play, chimes and voice, the voice itself, its rate, the volume."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.core.settings_schema import BOUNDS, Bounds
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.settings_page import SettingsPage, hint, set_field
from stretchdesk.ui.voice_picker import VoicePicker

SOUND_MODE_NAMES = {
    SoundMode.CHIME_AND_VOICE: QT_TRANSLATE_NOOP("SoundPage", "Chimes and voice"),
    SoundMode.CHIME: QT_TRANSLATE_NOOP("SoundPage", "Chimes only"),
    SoundMode.SILENT: QT_TRANSLATE_NOOP("SoundPage", "Silent (captions only)"),
}

CUES = (
    ("countdown_ticks",
     QT_TRANSLATE_NOOP("SoundPage", "&Countdown ticks at 3, 2, 1 before each phase ends")),
    ("halfway_cue", QT_TRANSLATE_NOOP("SoundPage", "Half&way cue in holds of 20 s or more")),
    ("breath_cues", QT_TRANSLATE_NOOP(
        "SoundPage", "&Breath cues in moving stretches (breathe in, breathe out)")),
)

RATE_STEPS = 10  # the slider's steps from normal speed to either end

# The speaking rate in words, by (direction, size): whole phrases, so that a language can
# word each one its own way.
RATE_WORDS = {
    (0, "normal"): QT_TRANSLATE_NOOP("SoundPage", "Normal speed"),
    (1, "end"): QT_TRANSLATE_NOOP("SoundPage", "Fastest"),
    (-1, "end"): QT_TRANSLATE_NOOP("SoundPage", "Slowest"),
    (1, "little"): QT_TRANSLATE_NOOP("SoundPage", "A little faster than normal"),
    (-1, "little"): QT_TRANSLATE_NOOP("SoundPage", "A little slower than normal"),
    (1, "some"): QT_TRANSLATE_NOOP("SoundPage", "Faster than normal"),
    (-1, "some"): QT_TRANSLATE_NOOP("SoundPage", "Slower than normal"),
    (1, "much"): QT_TRANSLATE_NOOP("SoundPage", "Much faster than normal"),
    (-1, "much"): QT_TRANSLATE_NOOP("SoundPage", "Much slower than normal"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SoundPage", text)


def percent(value: int) -> str:
    """A percentage as the run's language writes it ("80 %", French with a narrow space)."""
    return QCoreApplication.translate("SoundPage", "{percent} %").format(
        percent=QLocale().toString(value))


def app_language() -> str:
    """The English name of the language StretchDesk speaks to this person ("English")."""
    language = QLocale().language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "English"  # the "C" locale: StretchDesk's own words are English
    return QLocale.languageToString(language)


class BoundedSlider(QSlider):
    """A horizontal slider over a setting's bounds, in `scale` steps per unit."""

    def __init__(self, bounds: Bounds, scale: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.scale = scale
        self.setRange(round(bounds.low * scale), round(bounds.high * scale))
        self.setPageStep(max(1, scale // 10))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_setting(self, value: float) -> None:
        """Shows a setting's value (in its own unit)."""
        self.setValue(round(value * self.scale))

    def setting(self) -> float:
        """The value shown, in the setting's own unit."""
        return self.value() / self.scale


class SoundPage(SettingsPage):
    """Cue switches, sound mode, voice, speaking rate and volume with a Test button.

    Signals:
        test_requested(): play a chime at the chosen volume.
    """

    test_requested = Signal()

    def __init__(self, voices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._voices = tuple(voices)
        self._voices_pending = False  # the speech engine is still listing them
        layout = QVBoxLayout(self)

        cue_box = QGroupBox(self.tr("Cues"), self)
        cue_layout = QVBoxLayout(cue_box)
        self.cues: dict[str, QCheckBox] = {}
        for name, text in CUES:
            box = QCheckBox(self.tr(text), cue_box)
            box.toggled.connect(lambda on, n=name: self.report(set_field(n, on)))
            cue_layout.addWidget(box)
            self.cues[name] = box
        layout.addWidget(cue_box)

        sound_box = QGroupBox(self.tr("Sound"), self)
        form = QFormLayout(sound_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.status = QLabel(sound_box)  # what will not be heard, when something will not
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.status.hide()
        form.addRow(self.status)
        self._chimes = True  # whether chimes can be heard, as far as is known
        self.sound_mode = QComboBox(sound_box)
        for mode, name in SOUND_MODE_NAMES.items():
            self.sound_mode.addItem(self.tr(name), mode)
        self._add_row(form, self.tr("&Play:"), self.sound_mode, self.sound_mode)

        self.voice_picker = VoicePicker(self._voices, app_language(), sound_box)
        self.voice = self.voice_picker.voice
        self._add_row(form, self.tr("&Voice:"), self.voice_picker, self.voice_picker.search)
        self.voice_hint = hint("", sound_box)
        form.addRow("", self.voice_hint)

        self.rate = BoundedSlider(BOUNDS["speech_rate"], 10, sound_box)
        self.rate.setAccessibleName(self.tr("Speaking rate"))
        self.rate.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.rate.setTickInterval(5)
        self.rate_text = QLabel(sound_box)
        ends = (self.tr("Slower"), self.tr("Faster"), self.tr("Quiet"), self.tr("Loud"))
        self._add_row(form, self.tr("Speaking r&ate:"),
                      _row(ends[0], self.rate, ends[1], self.rate_text, ends=ends,
                           widest=_widest_rate_words()),
                      buddy=self.rate)

        self.volume = BoundedSlider(BOUNDS["volume"], 100, sound_box)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_text = QLabel(sound_box)
        self.test = QPushButton(self.tr("T&est"), sound_box)
        self.test.setToolTip(self.tr("Play a chime at this volume (sound that was not working "
                                     "is tried again first)"))
        self._add_row(form, self.tr("Vol&ume:"),
                      _row(ends[2], self.volume, ends[3], self.volume_text, self.test,
                           ends=ends, widest=_widest_rate_words()),
                      buddy=self.volume)
        layout.addWidget(sound_box)
        layout.addStretch(1)

        self.sound_mode.currentIndexChanged.connect(
            lambda _: self.report(set_field("sound_mode", self.sound_mode.currentData())))
        self.voice_picker.voice_chosen.connect(
            lambda name: self.report(set_field("voice", name)))
        self.rate.valueChanged.connect(self._on_rate)
        self.volume.valueChanged.connect(self._on_volume)
        self.test.clicked.connect(self.test_requested)

    def _add_row(
        self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        form.addRow(label, field)

    def show_settings(self, settings: Settings) -> None:
        """Shows the cue switches and the sound settings, enabling what applies."""
        for name, box in self.cues.items():
            box.setChecked(getattr(settings, name))
        self.sound_mode.setCurrentIndex(self.sound_mode.findData(settings.sound_mode))
        self._fill_voices(settings.voice)
        self.rate.set_setting(settings.speech_rate)
        self.rate_text.setText(_rate_words(settings.speech_rate))
        self.volume.set_setting(settings.volume)
        self.volume_text.setText(percent(round(settings.volume * 100)))
        speaking = settings.sound_mode is SoundMode.CHIME_AND_VOICE
        self.voice_picker.setEnabled(speaking and bool(self._voices))
        self.rate.setEnabled(speaking)
        audible = settings.sound_mode is not SoundMode.SILENT
        self.volume.setEnabled(audible)
        self.test.setEnabled(audible)

    def _fill_voices(self, chosen: str) -> None:
        """The system's voices, plus the chosen one marked when it is no longer there."""
        self.voice_picker.set_voice(chosen)
        none = (self.tr("No voices were found on this computer; chimes still play.")
                if self._chimes
                else self.tr("No voice is available."))  # the line above the form says why
        if self._voices_pending:
            none = self.tr("Looking for the voices on this computer…")
        self.voice_hint.setText("" if self._voices else none)
        self.voice_hint.setVisible(not self._voices)

    def set_sound_status(self, notice: str, chimes: bool) -> None:
        """Says what will not be heard ("" when all works); `chimes`: whether they sound."""
        self._chimes = chimes
        self.status.setText(notice)
        self.status.setVisible(bool(notice))
        if not self._voices:
            with self.loading():
                self._fill_voices(self.voice_picker.chosen())

    def set_voices_pending(self) -> None:
        """Says the voices are still being looked for (set_voices follows)."""
        self._voices_pending = True
        with self.loading():
            self._fill_voices(self.voice_picker.chosen())

    def set_voices(self, voices: Sequence[str]) -> None:
        """Lists the voices the speech engine found after the window opened."""
        self._voices_pending = False
        self._voices = tuple(voices)
        with self.loading():
            self.voice_picker.set_voices(self._voices, app_language())
            self._fill_voices(self.voice_picker.chosen())
            self.voice_picker.setEnabled(bool(self._voices) and self.rate.isEnabled())

    def _on_rate(self) -> None:
        self.rate_text.setText(_rate_words(self.rate.setting()))
        self.report(set_field("speech_rate", self.rate.setting()))

    def _on_volume(self) -> None:
        self.volume_text.setText(percent(self.volume.value()))
        self.report(set_field("volume", self.volume.setting()))


def _row(low: str, slider: QSlider, high: str, value: QLabel, *extra: QWidget,
         ends: tuple[str, ...], widest: str) -> QHBoxLayout:
    """A slider between two words, then its value (as wide as `widest`): rows of these
    line up in a form. `ends` are every row's end words, (low, high) pairs."""
    row = QHBoxLayout()
    left = QLabel(low)
    metrics = left.fontMetrics()
    left.setMinimumWidth(max(metrics.horizontalAdvance(w) for w in ends[0::2]) + 4)
    left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    slider.setFixedWidth(260)
    right = QLabel(high)
    right.setMinimumWidth(max(metrics.horizontalAdvance(w) for w in ends[1::2]) + 4)
    value.setMinimumWidth(value.fontMetrics().horizontalAdvance(widest) + 8)
    row.addWidget(left)
    row.addWidget(slider)
    row.addWidget(right)
    row.addSpacing(16)
    row.addWidget(value)
    for widget in extra:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _rate_words(rate: float) -> str:
    """The speaking rate as a person would put it: "Normal speed", "A little slower than
    normal", "Much faster than normal", "Slowest" (the slider's ends)."""
    steps = round(rate * RATE_STEPS)
    if steps == 0:
        return _tr(RATE_WORDS[0, "normal"])
    way = 1 if steps > 0 else -1
    size = abs(steps)
    amount = ("end" if size >= RATE_STEPS else "little" if size <= 3
              else "much" if size >= 7 else "some")
    return _tr(RATE_WORDS[way, amount])


def _widest_rate_words() -> str:
    """The longest thing the rate label says, so its row never shifts as it changes."""
    return max((_rate_words(n / RATE_STEPS) for n in range(-RATE_STEPS, RATE_STEPS + 1)),
               key=len)
