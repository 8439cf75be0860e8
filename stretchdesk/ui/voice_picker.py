"""VoicePicker: a voice from the thousands an engine may offer, found in a few keystrokes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.voice_catalog import VoiceGroup, group_voices, join_voice, split_voice

DEFAULT_VOICE = QT_TRANSLATE_NOOP("VoicePicker", "The system's default voice")
STANDARD = QT_TRANSLATE_NOOP("VoicePicker", "Standard")
MISSING = QT_TRANSLATE_NOOP("VoicePicker", "{voice} (not on this computer)")


class VoicePicker(QWidget):
    """A search box, the voices (the app's language first), and the chosen voice's variants.

    espeak-ng offers each of its ~130 voices in ~100 variants: listing them apart keeps
    each list short and quick to fill. Typing in the search box narrows both lists (the
    voice already chosen stays in them, so typing never changes it); Enter picks the
    first voice found.

    Signals:
        voice_chosen(str): the engine's name of the voice picked ("" for the default).
    """

    voice_chosen = Signal(str)

    def __init__(self, voices: Sequence[str], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = {g.base: g for g in group_voices(voices, language)}
        self._chosen = ""
        self._filling = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search: a language or a variant's name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search voices"))
        self.voice = QComboBox(self)
        self.voice.setAccessibleName(self.tr("Voice"))
        self.variant = QComboBox(self)
        self.variant.setAccessibleName(self.tr("Variant"))
        self.variant.setPlaceholderText(self.tr("None for this voice"))
        # Sized for a long name rather than for what is listed: the row keeps its width
        # whichever voice is chosen or searched for.
        for combo, letters in ((self.voice, 34), (self.variant, 24)):
            combo.setMaxVisibleItems(20)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        variant_label = QLabel(self.tr("Va&riant:"), self)
        variant_label.setBuddy(self.variant)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.voice, 1, 0, 1, 2)
        grid.addWidget(variant_label, 2, 0)
        grid.addWidget(self.variant, 2, 1)
        grid.setColumnStretch(1, 1)
        self.search.textChanged.connect(self._refill)
        self.search.returnPressed.connect(self._pick_first_found)
        self.voice.currentIndexChanged.connect(self._on_voice)
        self.variant.currentIndexChanged.connect(self._on_variant)
        self._refill()

    @property
    def groups(self) -> tuple[VoiceGroup, ...]:
        """Every voice with its variants, in the order listed."""
        return tuple(self._groups.values())

    def chosen(self) -> str:
        """The engine's name of the voice shown as chosen ("" for the default)."""
        return self._chosen

    def set_voices(self, voices: Sequence[str], language: str) -> None:
        """Lists `voices` instead (the speech engine listed them after the window opened)."""
        self._groups = {g.base: g for g in group_voices(voices, language)}
        self._refill()

    def set_voice(self, name: str) -> None:
        """Shows `name` as chosen, without reporting it (a voice no longer on this
        computer stays chosen, marked as missing)."""
        self._chosen = name
        self._refill()

    # -- filling ---------------------------------------------------------------------------

    def _refill(self) -> None:
        """Lists the voices (and the chosen one's variants) the search leaves."""
        query = self.search.text()
        base, variant = self._chosen_parts()
        self._filling = True
        try:
            self.voice.clear()
            self.voice.addItem(self.tr(DEFAULT_VOICE), "")
            shown = [g for g in self._groups.values() if g.matches(query) or g.base == base]
            own = [g for g in shown if g.own_language]
            for group in own:
                self.voice.addItem(group.base, group.base)
            if own and len(own) < len(shown):
                self.voice.insertSeparator(self.voice.count())
            for group in shown[len(own):]:
                self.voice.addItem(group.base, group.base)
            if base and base not in self._groups:
                self.voice.addItem(self.tr(MISSING).format(voice=self._chosen), self._chosen)
                base = self._chosen
            self.voice.setCurrentIndex(max(0, self.voice.findData(base)))
            self._fill_variants(query, variant)
        finally:
            self._filling = False

    def _fill_variants(self, query: str, chosen: str) -> None:
        self.variant.clear()
        group = self._groups.get(self.voice.currentData() or "")
        if group is None:
            self.variant.setEnabled(False)
            return
        if group.plain:
            self.variant.addItem(self.tr(STANDARD), "")
        names = list(group.variants_matching(query))
        if chosen and chosen not in names:
            names.insert(0, chosen)
        for name in names:
            self.variant.addItem(
                name if name in group.variants else self.tr(MISSING).format(voice=name), name)
        self.variant.setCurrentIndex(max(0, self.variant.findData(chosen)))
        self.variant.setEnabled(self.variant.count() > 1)

    def _chosen_parts(self) -> tuple[str, str]:
        if not self._chosen or self._chosen in self._groups:
            return self._chosen, ""
        base, variant = split_voice(self._chosen)
        return (base, variant) if base in self._groups else (self._chosen, "")

    # -- choosing --------------------------------------------------------------------------

    def _on_voice(self) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            self._fill_variants(self.search.text(), "")
        finally:
            self._filling = False
        self._choose()

    def _on_variant(self) -> None:
        if not self._filling:
            self._choose()

    def _choose(self) -> None:
        base = self.voice.currentData() or ""
        variant = (self.variant.currentData() or "") if base in self._groups else ""
        name = join_voice(base, variant)
        if name != self._chosen:
            self._chosen = name
            self.voice_chosen.emit(name)

    def _pick_first_found(self) -> None:
        """Enter in the search box: the first voice found (after the default)."""
        query = self.search.text()
        for row in range(1, self.voice.count()):
            base = self.voice.itemData(row)
            group = self._groups.get(base) if base else None
            if group is not None and group.matches(query):
                self.voice.setCurrentIndex(row)
                return
